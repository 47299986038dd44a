// Checks an object's `can` against the guards of the routes that do its actions: for each flag, the route's
// own access rule (role power, then every scope check, as platform/http.ts runs it before the handler) is
// evaluated afresh for the signed-in user — not through platform/policy.ts, which computed the flag.
import { ROLE_POWERS, role } from '@congdoan/domain';
import type { AppRoute } from '@ts-rest/core';
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { expect } from 'vitest';
import { users } from '../db/schema/index.ts';
import type { Actor } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { assertAccess } from '../platform/scope.ts';
import type { TestContext } from './context.ts';
import type { ScopeFixture } from './scope-fixture.ts';

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

/** Their signed-in sessions in the scope fixture, by username. */
export function canSessions(f: ScopeFixture): Record<CanUser, { cookie: string }> {
  return {
    admin: f.sessions.admin,
    longbien: f.sessions.longBien,
    'longbien.viewer': f.sessions.viewer,
    'longbien.officer': f.sessions.officer,
  };
}
