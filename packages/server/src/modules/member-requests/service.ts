// Bringing a member across subtrees: the receiving union, told only that a national ID is "already a member
// elsewhere", sends a request; the side holding the member (an account whose subtree holds the member's
// current or last unit today, which a common superior's does too) approves it — the member is transferred
// (active) or re-admitted (former) into the receiving unit, in one transaction — or refuses it with a reason.
// Outside the holding side a request answers as unknown, and the requester learns nothing of the person
// until it is approved.
import type { CreateMemberRequestBody, MemberRequestSent, RefuseMemberRequestBody } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { memberTransferRequests } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { AppError, Conflict, isUniqueViolation, NotFound, RuleViolation } from '../../platform/errors.ts';
import { transferMember } from '../members/lifecycle.ts';
import { membersInScopeCondition, unitsInScope } from '../members/queries.ts';
import { readmitMember } from '../members/readmit.ts';
import { assertNotFuture, unitThatAdmits } from '../members/service.ts';

/**
 * Sends a request for the holder of `nationalId` to join `unitId` (which the route checked the caller may
 * write into). Answers only that it was sent; a national ID nobody holds, or one the caller may reach
 * directly, is refused with the way to go instead.
 */
export async function createMemberRequest(
  tx: Tx,
  actor: Actor,
  body: CreateMemberRequestBody,
): Promise<MemberRequestSent> {
  assertNotFuture(body.effectiveDate);
  await unitThatAdmits(tx, body.unitId, body.effectiveDate);
  const [holder] = await queryRows<{ id: number; unit_id: number; visible: boolean }>(
    tx,
    sql`select m.id, m.unit_id, ${membersInScopeCondition(actor)} as visible
        from members m where m.national_id = ${body.nationalId}`,
  );
  if (!holder) throw new RuleViolation('MEMBER_REQUEST_NO_HOLDER', { nationalId: body.nationalId });
  if (holder.visible) throw new Conflict('MEMBER_REQUEST_IN_SCOPE', { nationalId: body.nationalId });
  const pending = () => new Conflict('MEMBER_REQUEST_PENDING');
  const [open] = await queryRows<{ id: number }>(
    tx,
    sql`select id from member_transfer_requests
        where member_id = ${holder.id} and target_unit_id = ${body.unitId} and status = 'pending'`,
  );
  if (open) throw pending();
  const [request] = await tx
    .insert(memberTransferRequests)
    .values({
      memberId: holder.id,
      nationalId: body.nationalId,
      requestingUnitId: actor.unitId,
      targetUnitId: body.unitId,
      holdingUnitId: holder.unit_id,
      effectiveDate: body.effectiveDate,
      reason: body.reason,
      decisionNumber: body.decisionNumber?.trim() || null,
      requestedBy: actor.id,
    })
    .returning({ id: memberTransferRequests.id })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? pending() : error;
    });
  if (!request) throw new Error('member request not inserted');
  // The requesting side's log: what it typed, never the member id it does not know.
  await recordAudit(tx, actor, {
    action: 'request',
    entity: 'memberRequest',
    entityId: request.id,
    unitId: body.unitId,
    after: { nationalId: body.nationalId, targetUnitId: body.unitId, effectiveDate: body.effectiveDate },
  });
  return { id: request.id, status: 'pending' };
}

interface LockedRequest {
  id: number;
  member_id: number;
  member_status: string;
  member_unit_id: number;
  requesting_unit_id: number;
  target_unit_id: number;
  effective_date: string;
  reason: string;
  decision_number: string | null;
  status: string;
}

/**
 * The request, locked, for the holding side: the member's current unit must lie in the caller's subtree
 * today; otherwise it answers as an unknown id. A decided request is not decided again.
 */
async function lockForDecision(tx: Tx, actor: Actor, requestId: number): Promise<LockedRequest> {
  const [row] = await queryRows<LockedRequest & { holding: boolean }>(
    tx,
    sql`select r.id, r.member_id, m.status as member_status, m.unit_id as member_unit_id,
          r.requesting_unit_id, r.target_unit_id, r.effective_date::text, r.reason, r.decision_number,
          r.status, ${membersInScopeCondition(actor)} as holding
        from member_transfer_requests r join members m on m.id = r.member_id
        where r.id = ${requestId}
        for update of r`,
  );
  if (!row?.holding) throw new NotFound('NOT_FOUND');
  if (row.status !== 'pending') throw new Conflict('MEMBER_REQUEST_DECIDED');
  return row;
}

async function decide(
  tx: Tx,
  actor: Actor,
  request: LockedRequest,
  status: 'approved' | 'refused',
  refusalReason: string | null,
) {
  await tx.execute(
    sql`update member_transfer_requests set status = ${status}, decided_by = ${actor.id},
          decided_at = now(), refusal_reason = ${refusalReason}
        where id = ${request.id}`,
  );
  // One row in each side's log, like a transfer.
  for (const unitId of new Set([request.member_unit_id, request.target_unit_id])) {
    await recordAudit(tx, actor, {
      action: status === 'approved' ? 'approve' : 'refuse',
      entity: 'memberRequest',
      entityId: request.id,
      unitId,
      before: { status: 'pending' },
      after: { status, ...(refusalReason ? { reason: refusalReason } : {}) },
    });
  }
}

/**
 * Approves: an active member is transferred into the receiving unit, a former one re-admitted there, on the
 * requested date, by the services that record those events; then the request is marked approved. The
 * receiving unit must still lie under the union that asked.
 */
export async function approveMemberRequest(tx: Tx, actor: Actor, requestId: number): Promise<void> {
  const request = await lockForDecision(tx, actor, requestId);
  const [target] = await queryRows<{ under: boolean }>(
    tx,
    sql`select ${request.target_unit_id} in (${unitsInScope(
      null,
      sql`v.path ~ ${`*.${request.requesting_unit_id}.*`}::lquery`,
    )}) as under`,
  );
  if (!target?.under) throw new AppError(409, 'MEMBER_REQUEST_TARGET_MOVED');
  const decisionNumber = request.decision_number ?? undefined;
  if (request.member_status === 'active') {
    await transferMember(tx, actor, request.member_id, {
      toUnitId: request.target_unit_id,
      effectiveDate: request.effective_date,
      reason: request.reason,
      decisionNumber,
    });
  } else {
    await readmitMember(
      tx,
      actor,
      request.member_id,
      { unitId: request.target_unit_id, effectiveDate: request.effective_date, decisionNumber },
      { approvedRequest: true },
    );
  }
  await decide(tx, actor, request, 'approved', null);
}

export async function refuseMemberRequest(
  tx: Tx,
  actor: Actor,
  requestId: number,
  body: RefuseMemberRequestBody,
): Promise<void> {
  const request = await lockForDecision(tx, actor, requestId);
  await decide(tx, actor, request, 'refused', body.reason);
}
