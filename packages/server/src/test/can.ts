// Checks an object's `can` against the guards of the routes that do its actions: for each flag, the route's
// own access rule (role power, then every scope check, as platform/http.ts runs it before the handler) is
// evaluated afresh for the signed-in user — not through platform/policy.ts, which computed the flag.
import { ROLE_POWERS, role } from '@congdoan/domain';
import type { AppRoute } from '@ts-rest/core';
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { users } from '../db/schema/index.ts';
import type { Actor } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { assertAccess } from '../platform/scope.ts';
import { createTestContext, type TestContext } from './context.ts';
import { buildScopeFixture, type ScopeFixture, type Session } from './scope-fixture.ts';

/** The account as the routes see it once signed in. */
export async function actorNamed(ctx: TestContext, username: string): Promise<Actor> {
  const [user] = await ctx.database.db.select().from(users).where(eq(users.username, username));
  if (!user) throw new Error(`no user ${username}`);
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: role.parse(user.role),
    locale: 'vi',
    unitId: user.unitId,
  };
}

/** Whether `actor` passes the guard of the route registered for `route` with this params/query/body. */
export async function guardAllows(
  ctx: TestContext,
  actor: Actor,
  route: AppRoute,
  input: { params?: object; query?: object; body?: object },
): Promise<boolean> {
  const entry = ctx.app.routeTable.find((candidate) => candidate.contract === route);
  if (!entry) throw new Error(`no route for ${route.method} ${route.path}`);
  if (entry.access === 'public') return true;
  if (entry.access.power && !ROLE_POWERS[actor.role][entry.access.power]) return false;
  for (const check of entry.access.checks?.({ ...input, actor } as unknown as FastifyRequest) ?? []) {
    try {
      await assertAccess(ctx.database.db, actor, check);
    } catch (error) {
      if (error instanceof AppError && (error.status === 403 || error.status === 404)) return false;
      throw error;
    }
  }
  return true;
}

/**
 * Asserts that `can` (as the API sent it) gives, for every flag, what the flag's route guard decides, and
 * returns it so the test can also assert what the user should see (e.g. a viewer edits nothing).
 */
export async function expectCanAgrees<K extends string>(
  ctx: TestContext,
  username: string,
  can: Record<K, boolean>,
  routes: Record<K, readonly [AppRoute, { params?: object; query?: object; body?: object }]>,
): Promise<Record<K, boolean>> {
  const actor = await actorNamed(ctx, username);
  expect(Object.keys(can).sort()).toEqual(Object.keys(routes).sort());
  for (const [flag, [route, input]] of Object.entries(routes) as [K, (typeof routes)[K]][]) {
    const guard = await guardAllows(ctx, actor, route, input);
    expect({ user: username, flag, can: can[flag] }).toEqual({ user: username, flag, can: guard });
  }
  return can;
}

/** The four accounts of the scope fixture every `can` test asks: the whole tree, Long Biên's admin, viewer, officer. */
export const CAN_USERS = ['admin', 'longbien', 'longbien.viewer', 'longbien.officer'] as const;
export type CanUser = (typeof CAN_USERS)[number];

/** Whether the account may write: all four but the viewer. */
export const writes = (user: CanUser) => user !== 'longbien.viewer';

/**
 * What a `can` test file works on: its app and database, the scope fixture, the accounts signed in, and a GET as
 * one of them. The objects are made empty and filled in before the file's tests run, so a file can take them
 * apart at once: `const { ctx, f, get } = canWorld();`.
 */
export class CanWorld {
  readonly ctx = {} as TestContext;
  readonly f = {} as ScopeFixture;
  /** The four accounts' sessions, and any the file's own setup signs in (e.g. `member.a`). */
  readonly sessions = {} as Record<CanUser, Session> & Record<string, Session>;

  /** GET `url` as `user` (signed in beforehand): its status and JSON body. */
  readonly get = async (user: string, url: string) => {
    const headers = this.sessions[user];
    if (!headers) throw new Error(`${user} is not signed in`);
    const response = await this.ctx.app.inject({ method: 'GET', url, headers });
    return { status: response.statusCode, body: response.json() };
  };
}

/**
 * Sets up a `can` test file's world before its tests (a fresh database, the scope fixture, the four accounts
 * signed in, then the file's own `prepare`) and closes it after them. Call it in the file's `describe`.
 */
export function canWorld(prepare?: (world: CanWorld) => Promise<void>): CanWorld {
  const world = new CanWorld();
  beforeAll(async () => {
    Object.assign(world.ctx, await createTestContext());
    Object.assign(world.f, await buildScopeFixture(world.ctx));
    const { admin, longBien, viewer, officer } = world.f.sessions;
    Object.assign(world.sessions, {
      admin,
      longbien: longBien,
      'longbien.viewer': viewer,
      'longbien.officer': officer,
    });
    await prepare?.(world);
  }, 300_000);
  afterAll(() => world.ctx.close?.());
  return world;
}
