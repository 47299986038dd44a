// A person's requests to correct their record: recorded with the value held and the value asked for, then
// accepted (the change goes through the members module's own update, with its checks and audit row) or
// refused with a reason. Each step in one transaction, audited.
import {
  type CorrectionDecisionBody,
  type CorrectionRequest,
  type CorrectionRequestBody,
  todayInVietnam,
  updateMemberBody,
} from '@congdoan/domain';
import { eq } from 'drizzle-orm';
import { queryRows, sql, type Tx } from '../../db/client.ts';
import { members, personalDataCorrections } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { Conflict, NotFound, RuleViolation } from '../../platform/errors.ts';
import { registerEntityResolver } from '../../platform/scope.ts';
import { updateMember } from '../members/service.ts';
import { listCorrections } from './queries.ts';

// A request belongs to the member's current unit: deciding it changes their record today.
registerEntityResolver('personalDataCorrection', async (tx, id) => {
  const requestId = Number(id);
  if (!Number.isSafeInteger(requestId) || requestId > 2_147_483_647) return null;
  const [row] = await queryRows<{ unit_id: number }>(
    tx,
    sql`select m.unit_id from personal_data_corrections c join members m on m.id = c.member_id
        where c.id = ${requestId}`,
  );
  return row ? { unitId: row.unit_id, date: todayInVietnam() } : null;
});

async function correction(tx: Tx, actor: Actor | null, id: number): Promise<CorrectionRequest> {
  const [found] = await listCorrections(tx, actor, { id });
  if (!found) throw new NotFound('CORRECTION_NOT_FOUND');
  return found;
}

export async function recordCorrection(
  tx: Tx,
  actor: Actor,
  memberId: number,
  body: CorrectionRequestBody,
): Promise<CorrectionRequest> {
  const [member] = await tx.select().from(members).where(eq(members.id, memberId));
  if (!member) throw new NotFound('MEMBER_NOT_FOUND');
  if (body.receivedOn > todayInVietnam()) throw new RuleViolation('CORRECTION_RECEIVED_IN_FUTURE');
  const [row] = await tx
    .insert(personalDataCorrections)
    .values({
      memberId,
      unitId: member.unitId,
      requestedBy: body.requestedBy,
      field: body.field,
      oldValue: member[body.field] ?? null,
      requestedValue: body.requestedValue,
      receivedOn: body.receivedOn,
      note: body.note ?? null,
      recordedBy: actor.id,
    })
    .returning({ id: personalDataCorrections.id });
  if (!row) throw new Error('correction request not recorded');
  await recordAudit(tx, actor, {
    action: 'record',
    entity: 'personalDataCorrection',
    entityId: row.id,
    unitId: member.unitId,
    after: { memberId, field: body.field, requestedBy: body.requestedBy, receivedOn: body.receivedOn },
  });
  return correction(tx, null, row.id);
}

export async function decideCorrection(
  tx: Tx,
  actor: Actor,
  id: number,
  body: CorrectionDecisionBody,
): Promise<CorrectionRequest> {
  const [request] = await tx
    .select()
    .from(personalDataCorrections)
    .where(eq(personalDataCorrections.id, id))
    .for('update');
  if (!request) throw new NotFound('CORRECTION_NOT_FOUND');
  if (request.status !== 'pending') throw new Conflict('CORRECTION_ALREADY_DECIDED');
  if (body.decision === 'accept') {
    // The members module's own update: its format checks, uniqueness of IDs and its audit row.
    await updateMember(
      tx,
      actor,
      request.memberId,
      updateMemberBody.parse({ [request.field]: request.requestedValue }),
    );
  }
  await tx
    .update(personalDataCorrections)
    .set({
      status: body.decision === 'accept' ? 'accepted' : 'refused',
      decidedBy: actor.id,
      decidedAt: sql`now()`,
      refusalReason: body.decision === 'refuse' ? body.reason : null,
    })
    .where(eq(personalDataCorrections.id, id));
  await recordAudit(tx, actor, {
    action: body.decision,
    entity: 'personalDataCorrection',
    entityId: id,
    unitId: request.unitId,
    before: { status: 'pending' },
    after: body.decision === 'refuse' ? { status: 'refused', reason: body.reason } : { status: 'accepted' },
  });
  return correction(tx, null, id);
}
