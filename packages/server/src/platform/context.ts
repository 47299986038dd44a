// What a request carries once signed in, and the access rule every API route must declare.
import type { Locale, Role, RolePower } from '@congdoan/domain';
import type { AppRoute } from '@ts-rest/core';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/client.ts';

export interface Actor {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  locale: Locale;
  /** The unit the user's role is bound to; the role covers this unit's subtree. */
  unitId: number;
}

export type Power = RolePower;

/**
 * A unit (or an entity that belongs to a unit) the request touches, and how. A read names the date the data
 * concerns (today for current data, the `asOf` asked for, the record's date or year): the unit must lie in
 * the caller's subtree then. An entity's resolver gives its unit and that date. 'history' is for routes
 * that filter every record by its own date (the audit log, a unit's versions).
 */
export type AccessCheck =
  | { unitId: number; mode: 'read'; date: string }
  | { unitId: number; mode: 'history' }
  | { unitId: number; mode: 'write'; date: string }
  | { entity: string; id: number | string; mode: 'read' | 'write' };

/**
 * Declared in each route's `config.access`. 'public' needs no sign-in; otherwise the user must be signed
 * in, hold `power` if given, and every check returned by `checks` must pass before the handler runs.
 * List routes filter their SQL through `inScope` (scope.ts) instead.
 */
export type AccessRule =
  | 'public'
  | {
      power?: Power;
      checks?: (request: FastifyRequest) => AccessCheck[];
    };

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** The session is valid but its account's unit has ended: refused with ACCOUNT_UNIT_ENDED. */
    actorUnitEnded: boolean;
  }
  interface FastifyContextConfig {
    access?: AccessRule;
    /** The route's contract, when registered through `implement` (platform/routes.ts). */
    contract?: AppRoute;
  }
  interface FastifyInstance {
    database: Database;
  }
}

/** The signed-in user; routes behind an access rule always have one. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('actorOf called on a public route');
  return request.actor;
}
