// What the caller may do to a member and in a member list, sent with them as `can`: each flag is the guard of
// the route doing the action (platform/policy.ts), ANDed with the member's state where the service refuses
// by state too (only an active member is transferred, leaves or takes an office; only a former one who has
// not died is re-admitted).
import { apiContract, type MemberCan, type MemberRecord, todayInVietnam } from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import { canOf } from '../../platform/policy.ts';

const { members, memberImport, privacy } = apiContract;

export async function memberCanOf(request: FastifyRequest, member: MemberRecord): Promise<MemberCan> {
  const params = { id: member.id };
  const today = todayInVietnam();
  // Re-admission and a new office are asked about the member's own (current or last) unit, from today.
  const can = await canOf(request, {
    edit: [members.update, { params }],
    transfer: [members.transfer, { params }],
    leave: [members.leave, { params }],
    readmit: [members.readmit, { params, body: { unitId: member.unit.id, effectiveDate: today } }],
    addOffice: [members.addOffice, { params, body: { unitId: member.unit.id, validFrom: today } }],
    exportData: [privacy.exportMember, { params }],
    requestCorrection: [privacy.requestCorrection, { params }],
  });
  const active = member.status === 'active';
  const former = !active && member.status !== 'deceased';
  return {
    ...can,
    transfer: can.transfer && active,
    leave: can.leave && active,
    readmit: can.readmit && former,
    addOffice: can.addOffice && active,
  };
}

/** Admitting into and importing into the unit a list shows (the caller's own when it names none), today. */
export function memberListCanOf(request: FastifyRequest, unitId: number) {
  return canOf(request, {
    admit: [members.admit, { body: { unitId, admittedOn: todayInVietnam() } }],
    import: [memberImport.upload, { params: { id: unitId } }],
  });
}
