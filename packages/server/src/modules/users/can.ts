// What the caller may do to each account in the list, and the account-wide flags of /api/auth/me: each flag
// is the guard of the route that does it (platform/policy.ts), ANDed with the rules the service applies
// to the account itself whatever the caller's scope.
import { apiContract, type Role, type UserListRow, type UserRow } from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { canOf } from '../../platform/policy.ts';
import { otherActiveAdministrators } from './queries.ts';

/** Only a system administrator hands out, or touches an account holding, that role (service.ts, ROLE_TOO_HIGH). */
export function mayHandleRole(actor: Actor, role: Role): boolean {
  return role !== 'system_admin' || actor.role === 'system_admin';
}

/**
 * The accounts with their `can`. Turning one off is refused for the last active system administrator
 * (service.ts, LAST_ADMIN), which needs a count only for the administrators' own rows.
 */
export async function userRows(
  request: FastifyRequest,
  db: Db,
  actor: Actor,
  rows: UserRow[],
): Promise<UserListRow[]> {
  return Promise.all(
    rows.map(async (row) => {
      const guard = await canOf(request, { update: [apiContract.users.update, { params: { id: row.id } }] });
      const edit = guard.update && mayHandleRole(actor, row.role);
      const lastAdmin =
        row.role === 'system_admin' && row.active && (await otherActiveAdministrators(db, row.id)) === 0;
      return { ...row, can: { edit, resetPassword: edit, deactivate: edit && row.active && !lastAdmin } };
    }),
  );
}
