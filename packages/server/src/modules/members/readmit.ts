// Kết nạp lại: a former member (left, expelled, or transferred out of the platform) joins the union again.
// One person keeps one record: a new membership period opens on the same member, after the last one ended,
// so their whole history stays on it and every count as of a date follows the periods. RULES.md sets no
// condition (such as a waiting time after expulsion) on re-admission, so none is checked here.
import { type MemberStatus, type ReadmitMemberBody, todayInVietnam } from '@congdoan/domain';
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { members, memberships } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { NotFound, RuleViolation } from '../../platform/errors.ts';
import { assertUnitWritable } from '../../platform/scope.ts';
import { memberFactsChanged } from '../facts/index.ts';
import { latestVersion } from '../org/index.ts';
import { unitsInScope } from './queries.ts';
import {
  assertForeignContract,
  assertIdentifiersFree,
  assertNotFuture,
  audited,
  rethrowTaken,
  type StoredFields,
  storedFields,
  unitThatAdmits,
} from './service.ts';

type MemberRow = typeof members.$inferSelect;

/**
 * Only a member whose current or last unit lies in the caller's subtree today may be re-admitted by id;
 * any other answers as unknown, so ids cannot be guessed to pull in other unions' people. Across subtrees
 * the receiving union sends a request that the holding side approves (modules/member-requests).
 */
async function assertReachable(tx: Tx, actor: Actor, member: MemberRow) {
  const [row] = await queryRows<{ reachable: boolean }>(
    tx,
    sql`select ${member.unitId} in (${unitsInScope(actor)}) as reachable`,
  );
  if (!row?.reachable) throw new NotFound('MEMBER_NOT_FOUND');
}

/** A former member who may join again: not an active member, not one recorded as deceased. */
async function assertFormer(tx: Tx, member: MemberRow) {
  const status = member.status as MemberStatus;
  if (status === 'deceased') throw new RuleViolation('MEMBER_DECEASED_NO_READMIT', { name: member.fullName });
  if (status === 'active') {
    const unit = await latestVersion(tx, member.unitId);
    throw new RuleViolation('MEMBER_ALREADY_ACTIVE', { name: member.fullName, unit: unit.name });
  }
}

/** History is kept in date order: the new period starts no earlier than the last one ended. */
async function assertAfterLastPeriod(tx: Tx, member: MemberRow, date: string) {
  assertNotFuture(date);
  const [last] = await queryRows<{ ended: string | null }>(
    tx,
    sql`select max(valid_to)::text as ended from memberships where member_id = ${member.id}`,
  );
  if (last?.ended && date < last.ended) {
    throw new RuleViolation('DATE_BEFORE_LAST_CHANGE', { date, name: member.fullName, last: last.ended });
  }
}

/**
 * Re-admits a former member into a unit that admits members, on the effective date: a period with
 * startKind 'readmit', status active, the corrections applied, one audit row on the receiving unit. The
 * caller must reach the member (their last unit in the caller's subtree) and, unless approving a request,
 * be able to write into the receiving unit (the route checks it too); actor null is the system.
 */
export async function readmitMember(
  tx: Tx,
  actor: Actor | null,
  memberId: number,
  body: ReadmitMemberBody,
  options: { approvedRequest?: boolean } = {},
): Promise<void> {
  const date = body.effectiveDate;
  const [member] = await tx.select().from(members).where(eq(members.id, memberId)).for('update');
  if (!member) throw new NotFound('MEMBER_NOT_FOUND');
  const corrections = body.corrections ?? {};
  if (actor) {
    await assertReachable(tx, actor, member);
    // Approving a request (modules/member-requests), the holding side brings the member into the
    // requester's unit, which it need not be able to write into: the request checked the requester's.
    if (!options.approvedRequest) await assertUnitWritable(tx, actor, body.unitId, date);
  }
  await assertFormer(tx, member);
  await assertAfterLastPeriod(tx, member, date);
  await unitThatAdmits(tx, body.unitId, date);

  const today = todayInVietnam();
  assertNotFuture(corrections.dateOfBirth, today);
  assertNotFuture(corrections.joinedUnionOn, today);
  const fields = storedFields(corrections);
  const changedKeys = (Object.keys(fields) as (keyof StoredFields)[]).filter(
    (key) => (fields[key] ?? null) !== (member[key] ?? null),
  );
  const changes = Object.fromEntries(changedKeys.map((key) => [key, fields[key]])) as StoredFields;
  const next = { ...member, ...changes };
  await assertForeignContract(tx, next, date);
  await assertIdentifiersFree(
    tx,
    actor,
    {
      nationalId: changedKeys.includes('nationalId') ? next.nationalId : null,
      cardNumber: changedKeys.includes('cardNumber') ? next.cardNumber : null,
    },
    memberId,
  );

  await tx
    .update(members)
    .set({ ...changes, status: 'active', unitId: body.unitId, updatedAt: sql`now()` })
    .where(eq(members.id, memberId))
    .catch((error: unknown) => rethrowTaken(error, next));
  const decision = body.decisionNumber?.trim() || null;
  await tx.insert(memberships).values({
    memberId,
    unitId: body.unitId,
    validFrom: date,
    startKind: 'readmit',
    startDecision: decision,
    recordedBy: actor?.id ?? null,
  });
  await recordAudit(tx, actor, {
    action: 'readmit',
    entity: 'member',
    entityId: memberId,
    unitId: body.unitId,
    before: {
      status: member.status,
      unitId: member.unitId,
      ...audited(Object.fromEntries(changedKeys.map((key) => [key, member[key]]))),
    },
    after: {
      status: 'active',
      unitId: body.unitId,
      effectiveDate: date,
      decisionNumber: decision,
      ...audited(changes),
    },
  });
  await memberFactsChanged(tx, [memberId]);
}
