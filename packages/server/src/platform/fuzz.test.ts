// Hostile input on every API route: huge and disguised ids, impossible dates, NUL and lone surrogates, 100,000
// character strings, every field of the wrong JSON type, deep nesting, empty, invalid and non-JSON bodies,
// as the system administrator and anonymously. No answer may be a 5xx, and every refusal has the error shape.
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema/index.ts';
import { createTestContext, signIn, type TestContext } from '../test/context.ts';
import {
  type BaseRequest,
  bodyMutations,
  type FuzzRequest,
  pathMutations,
  queryMutations,
  sampleOf,
  shapeOf,
} from '../test/fuzz-payloads.ts';
import { buildScopeFixture, type ScopeFixture } from '../test/scope-fixture.ts';
import { PROBES } from '../test/scope-probes.ts';
import { hashPassword } from './auth.ts';
import type { RouteTableEntry } from './http.ts';

const keyOf = (route: { method: string; url: string }) => `${route.method} ${route.url}`;

/** A well-formed request of the route, from its scope probe (the admin may make them all) or its schemas. */
function baseRequest(route: RouteTableEntry, f: ScopeFixture): BaseRequest {
  const probe = PROBES[keyOf(route)];
  const fromProbe =
    probe?.own?.(f) ?? probe?.unscoped?.request(f) ?? probe?.filtered?.request(f) ?? probe?.denied?.(f)[0];
  if (fromProbe) return fromProbe;
  const path = route.url.replace(/:\w+/gu, String(f.units.grassrootsA));
  const query = new URLSearchParams();
  for (const [key, schema] of Object.entries(shapeOf(route.schema.querystring)))
    query.set(key, String(sampleOf(schema)));
  const body = route.schema.body ? sampleOf(route.schema.body) : undefined;
  return {
    method: route.method,
    url: query.size > 0 ? `${path}?${query}` : path,
    payload: body as object | undefined,
  };
}

function mutationsOf(route: RouteTableEntry, base: BaseRequest): FuzzRequest[] {
  const writes = route.method !== 'GET';
  return [
    ...pathMutations(base, route.url),
    ...queryMutations(base, route.schema.querystring),
    ...(writes ? bodyMutations(base, route.schema.body) : []),
  ];
}

describe('hostile input on every API route', () => {
  let ctx: TestContext;
  let f: ScopeFixture;
  let admin: { cookie: string };

  beforeAll(async () => {
    ctx = await createTestContext();
    f = await buildScopeFixture(ctx);
    admin = f.sessions.admin;
  }, 300_000);
  afterAll(() => ctx?.close());

  /** The fuzz may sign the administrator out or, through a malformed yet valid change, alter the password. */
  async function keepAdminSignedIn() {
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: admin });
    if (me.statusCode === 200) return;
    const passwordHash = await hashPassword('secret123');
    await ctx.database.db
      .update(users)
      .set({ passwordHash, active: true })
      .where(eq(users.username, 'admin'));
    admin = await signIn(ctx, 'admin');
  }

  it('answers no 5xx, and refuses with the error shape', { timeout: 600_000 }, async () => {
    const routes = ctx.app.routeTable;
    expect(routes.length).toBeGreaterThan(50);
    const failures: string[] = [];
    let sent = 0;
    let asAdmin = 0;
    const started = Date.now();
    const check = (identity: string, request: FuzzRequest, response: LightMyRequestResponse) => {
      sent++;
      const where = `${identity} ${request.method} ${request.url.slice(0, 160)} [${request.what}]`;
      if (response.statusCode >= 500) {
        failures.push(`${where} → ${response.statusCode} ${response.body.slice(0, 300)}`);
      } else if (response.statusCode >= 400) {
        const body = response.headers['content-type']?.includes('json') ? response.json() : null;
        if (typeof body?.error?.code !== 'string' || !Array.isArray(body.error.details))
          failures.push(
            `${where} → ${response.statusCode} without the error shape: ${response.body.slice(0, 200)}`,
          );
      }
    };

    const send = (request: FuzzRequest, session?: { cookie: string }) =>
      ctx.app.inject({
        method: request.method as 'GET',
        url: request.url,
        payload: request.payload,
        headers: { ...session, ...request.headers, 'accept-language': 'en' },
      });
    for (const route of routes) {
      const base = baseRequest(route, f);
      // Every request goes first without a session. Input is checked before the caller is, so what passes
      // the checks (401 on a signed-in route) is sent again as the administrator, to reach the handler.
      for (const request of [...mutationsOf(route, base), { ...base, what: 'the sample request' }]) {
        const response = await send(request);
        check('anonymous', request, response);
        if (response.statusCode === 401 && route.access !== 'public') {
          asAdmin++;
          check('admin', request, await send(request, admin));
        }
      }
      if (route.url.startsWith('/api/auth/')) await keepAdminSignedIn();
    }

    console.info(
      `fuzz: ${sent} requests over ${routes.length} routes (${asAdmin} passed the checks and went on as the administrator) in ${Date.now() - started} ms`,
    );
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
