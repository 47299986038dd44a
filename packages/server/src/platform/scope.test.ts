// The proof that scope is enforced on every route: walk the app's route table and, for each signed-in
// route, make a Long Biên administrator reach into Hoàng Mai, then into a union that has moved out of Long
// Biên, and call it with the session of an account whose unit has ended. A route with no probe fails the build.
import { ROLE_POWERS, type Role } from '@congdoan/domain';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/context.ts';
import { AFTER_MOVE, MOVED_ON } from '../test/moved-out.ts';
import { buildScopeFixture, movedOutView, type ScopeFixture, type Session } from '../test/scope-fixture.ts';
import { HISTORY_ROUTES, PROBES, type ProbeRequest } from '../test/scope-probes.ts';
import type { RouteTableEntry } from './http.ts';

const keyOf = (route: { method: string; url: string }) => `${route.method} ${route.url}`;
/**
 * A read that names only dates or years before the union moved out of Long Biên (`asOf=2024-01-01`, a 2023
 * sheet) concerns its years there, which stay readable; any other read of it is today's, and refused.
 */
function concernsOnlyBeforeMove(request: ProbeRequest): boolean {
  const dates = [...request.url.matchAll(/(?<![\d])(20\d{2})(-\d{2}-\d{2})?(?![\d])/gu)].map(
    ([, year, rest]) => (rest ? `${year}${rest}` : `${year}-12-31`),
  );
  return request.method === 'GET' && dates.length > 0 && dates.every((date) => date < MOVED_ON);
}
/** What no refusal may carry: names of units and people out of Long Biên's reach, the moved union's new data. */
const SECRETS = ['Hoàng Mai', 'Nguyễn Văn Hải', ...Object.values(AFTER_MOVE)];

describe('scope on every API route', () => {
  let ctx: TestContext;
  let f: ScopeFixture;
  let routes: RouteTableEntry[];
  const send = (who: Session, request: ProbeRequest): Promise<LightMyRequestResponse> =>
    ctx.app.inject({ ...request, headers: { ...who, 'accept-language': 'en' } });
  const describeResponse = (request: ProbeRequest, response: LightMyRequestResponse) =>
    `${request.method} ${request.url} → ${response.statusCode} ${response.body.slice(0, 300)}`;

  beforeAll(async () => {
    ctx = await createTestContext();
    f = await buildScopeFixture(ctx);
    routes = ctx.app.routeTable.filter((route) => route.access !== 'public');
  });
  afterAll(() => ctx.close());

  it('has a probe for every signed-in route', () => {
    expect(routes.length).toBeGreaterThan(5);
    const missing = routes.map(keyOf).filter((key) => !(key in PROBES));
    expect(missing, `routes without a scope probe in test/scope-probes.ts: ${missing.join(', ')}`).toEqual(
      [],
    );
    const absent = Object.keys(PROBES).filter((key) => !routes.some((route) => keyOf(route) === key));
    if (absent.length > 0)
      console.info(`scope walk: probes for routes not registered (skipped): ${absent.join(', ')}`);
  });

  it.for(Object.keys(PROBES))('%s', async (key, context) => {
    const route = routes.find((candidate) => keyOf(candidate) === key);
    if (!route) {
      console.info(`scope walk: ${key} is not registered; its probe is skipped`);
      context.skip();
      return;
    }
    const probe = PROBES[key]!;
    const kinds = [probe.denied, probe.filtered, probe.unscoped].filter(Boolean);
    expect(
      kinds.length,
      `${key}: a probe must refuse, filter or say why the route has no scope`,
    ).toBeGreaterThan(0);

    // Outside scope a refusal looks like an unknown id (404) and names nobody; only a role lacking the
    // power answers 403 ROLE_FORBIDDEN (national settings, which no unit holds).
    const expectRefused = (request: ProbeRequest, response: LightMyRequestResponse) => {
      const said = describeResponse(request, response);
      const { code } = response.json().error;
      expect([response.statusCode, code === 'ROLE_FORBIDDEN'], said).toEqual(
        response.statusCode === 403 ? [403, true] : [404, false],
      );
      for (const secret of SECRETS) expect(response.body, said).not.toContain(secret);
    };
    for (const request of probe.denied?.(f) ?? [])
      expectRefused(request, await send(f.sessions.longBien, request));

    // The same refusals against the union that moved out of Long Biên and its member admitted after the
    // move. A route that reads history keeps the records of the years in Long Biên and shows nothing later.
    for (const request of probe.denied?.(movedOutView(f)) ?? []) {
      const response = await send(f.sessions.longBien, request);
      const historical = HISTORY_ROUTES.has(key) || concernsOnlyBeforeMove(request);
      if (historical && response.statusCode === 200) {
        for (const secret of Object.values(AFTER_MOVE))
          expect(response.body, describeResponse(request, response)).not.toContain(secret);
      } else expectRefused(request, response);
    }

    // An account whose unit has ended is suspended on every signed-in route, its open session included.
    const anyRequest = probe.own?.(f) ?? probe.unscoped?.request(f) ?? probe.denied?.(f)[0];
    if (anyRequest) {
      const response = await send(f.endedUnit.session, anyRequest);
      expect(
        [response.statusCode, response.json().error.code],
        describeResponse(anyRequest, response),
      ).toEqual([401, 'ACCOUNT_UNIT_ENDED']);
    }

    if (probe.filtered) {
      const request = probe.filtered.request(f);
      const response = await send(f.sessions.longBien, request);
      expect(response.statusCode, describeResponse(request, response)).toBe(200);
      const seen = probe.filtered.ids(response.json() as never);
      expect(seen.length, `${key} shows nothing, so it proves nothing`).toBeGreaterThan(0);
      expect(
        seen.filter((id) => f.outside.has(id)),
        describeResponse(request, response),
      ).toEqual([]);
      // The same request by the administrator does show units outside Long Biên: the filter is real.
      const everything = probe.filtered.ids((await send(f.sessions.admin, request)).json() as never);
      expect(
        everything.some((id) => f.outside.has(id)),
        `${key}: admin sees nothing outside`,
      ).toBe(true);
    }

    if (probe.unscoped) {
      const request = probe.unscoped.request(f);
      const response = await send(f.sessions.longBien, request);
      expect(response.statusCode, describeResponse(request, response)).toBeLessThan(300);
      expect(route.access === 'public' || !route.access.checks, `${key} has checks yet claims no scope`).toBe(
        true,
      );
    }

    if (probe.own) {
      const request = probe.own(f);
      const response = await send(f.sessions.longBien, request);
      expect(response.statusCode, describeResponse(request, response)).toBeLessThan(300);
    }
  });
});

describe('roles on every route that needs a power', () => {
  let ctx: TestContext;
  let f: ScopeFixture;
  beforeAll(async () => {
    ctx = await createTestContext();
    f = await buildScopeFixture(ctx);
  });
  afterAll(() => ctx.close());

  /** Routes whose power the role lacks, each with a request inside the caller's own subtree. */
  function refusedRoutes(role: Role) {
    return ctx.app.routeTable.flatMap((route) => {
      if (route.access === 'public' || !route.access.power || ROLE_POWERS[role][route.access.power])
        return [];
      const probe = PROBES[keyOf(route)];
      const request = probe?.own?.(f) ?? probe?.denied?.(f)[0];
      return request ? [{ key: keyOf(route), request }] : [];
    });
  }

  it.each([
    ['viewer', 'viewer' as const, (x: ScopeFixture) => x.sessions.viewer],
    ['unit officer', 'unit_officer' as const, (x: ScopeFixture) => x.sessions.officer],
  ])(
    'a %s gets 403 ROLE_FORBIDDEN from every route needing a power it lacks',
    async (_name, role, session) => {
      const refused = refusedRoutes(role);
      expect(refused.map((route) => route.key)).toContain('POST /api/users');
      for (const { key, request } of refused) {
        const response = await ctx.app.inject({ ...request, headers: session(f) });
        expect([response.statusCode, response.json().error.code], `${key}: ${response.body}`).toEqual([
          403,
          'ROLE_FORBIDDEN',
        ]);
      }
    },
  );

  it('a unit officer cannot restructure the tree', async (context) => {
    const restructuring = refusedRoutes('unit_officer').filter((route) =>
      /org-units|emulation-clusters/u.test(route.key),
    );
    if (restructuring.length === 0) {
      console.info('scope walk: no restructuring routes registered yet; skipped');
      context.skip();
      return;
    }
    const request = PROBES['POST /api/org-units/:id/move']!.own!(f);
    const response = await ctx.app.inject({ ...request, headers: f.sessions.officer });
    expect([response.statusCode, response.json().error.code]).toEqual([403, 'ROLE_FORBIDDEN']);
  });

  it('a viewer cannot write accounts even inside their own unit', async () => {
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${f.accounts.longBienMember}`,
      payload: { active: false },
      headers: f.sessions.viewer,
    });
    expect([response.statusCode, response.json().error.code]).toEqual([403, 'ROLE_FORBIDDEN']);
  });
});
