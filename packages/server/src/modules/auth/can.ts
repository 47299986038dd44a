// The `can` of /api/auth/me: what the signed-in user may do beyond a single object (the menu, the pages'
// global buttons). Each flag is the guard of a route that does it, asked for the user's own unit today.
import { apiContract, type GlobalCan, todayInVietnam } from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import { actorOf } from '../../platform/context.ts';
import { canOf } from '../../platform/policy.ts';
import { mayHandleRole } from '../users/can.ts';

export async function globalCanOf(request: FastifyRequest): Promise<GlobalCan> {
  const actor = actorOf(request);
  const own = actor.unitId;
  const today = todayInVietnam();
  const flags = await canOf(request, {
    manageUsers: [apiContract.users.create, { body: { unitId: own } }],
    restructure: [apiContract.org.found, { body: { parentId: own, effectiveDate: today } }],
    writeRecords: [apiContract.members.admit, { body: { unitId: own, admittedOn: today } }],
    editRules: [apiContract.rules.create, {}],
    managePrivacy: [apiContract.privacy.recordBreach, {}],
  });
  return { ...flags, grantSystemAdmin: flags.manageUsers && mayHandleRole(actor, 'system_admin') };
}
