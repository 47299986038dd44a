// What the caller may do to an object, sent with the object as `can: {…}` so the web shows and hides its
// actions without a permission rule of its own. Each flag is the guard of the route that does the action,
// evaluated for this caller and this object: the same role power and the same scope checks the route runs
// before its handler (platform/http.ts), so `can` and the routes cannot disagree.

import { ROLE_POWERS } from '@congdoan/domain';
import type { AppRoute } from '@ts-rest/core';
import type { FastifyRequest } from 'fastify';
import { actorOf } from './context.ts';
import { AppError } from './errors.ts';
import type { RouteRequest } from './routes.ts';
import { assertAccess } from './scope.ts';

/**
 * The parts of a route's request its guard reads: the params, and the query or body fields its checks use
 * (an action not yet taken has no whole body: admitting "into this unit today" names only the unit and date).
 */
export type GuardInput<R extends AppRoute> = Partial<Pick<RouteRequest<R>, 'params' | 'query'>> & {
  body?: Partial<RouteRequest<R>['body']>;
};

/** A check's outcome, kept for the rest of the request: a list of 50 objects asks about the same units. */
const decided = new WeakMap<FastifyRequest, Map<string, Promise<boolean>>>();

function remembered(request: FastifyRequest, key: string, decide: () => Promise<boolean>): Promise<boolean> {
  let known = decided.get(request);
  if (!known) {
    known = new Map();
    decided.set(request, known);
  }
  const hit = known.get(key);
  if (hit) return hit;
  const answer = decide();
  known.set(key, answer);
  return answer;
}

/** Whether the caller of `request` would pass `route`'s guard for `input`. */
export async function permits<R extends AppRoute>(
  request: FastifyRequest,
  route: R,
  input: GuardInput<R>,
): Promise<boolean> {
  const entry = request.server.routeTable.find((candidate) => candidate.contract === route);
  if (!entry) throw new Error(`no route is registered for the contract ${route.method} ${route.path}`);
  const access = entry.access;
  if (access === 'public') return true;
  const actor = actorOf(request);
  if (access.power && !ROLE_POWERS[actor.role][access.power]) return false;
  const checks = access.checks?.({ ...input, actor } as unknown as FastifyRequest) ?? [];
  for (const check of checks) {
    const allowed = await remembered(request, JSON.stringify(check), async () => {
      try {
        await assertAccess(request.server.database.db, actor, check);
        return true;
      } catch (error) {
        if (error instanceof AppError && (error.status === 403 || error.status === 404)) return false;
        throw error;
      }
    });
    if (!allowed) return false;
  }
  return true;
}

/**
 * The `can` of an object: each action named with the route that does it and that route's guard input, the
 * input typed by that route's contract (its params, query or body).
 */
export async function canOf<A extends Record<string, AppRoute>>(
  request: FastifyRequest,
  actions: { [K in keyof A]: readonly [A[K], GuardInput<A[K]>] },
): Promise<Record<keyof A, boolean>> {
  const entries = Object.entries(actions) as [keyof A, readonly [AppRoute, GuardInput<AppRoute>]][];
  const answers = await Promise.all(entries.map(([, [route, input]]) => permits(request, route, input)));
  return Object.fromEntries(entries.map(([name], index) => [name, answers[index]])) as Record<
    keyof A,
    boolean
  >;
}
