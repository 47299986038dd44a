// The effective-dated lifecycle of a membership after admission: transfer to another unit (chuyển sinh
// hoạt), leaving, expulsion and death, and union offices. Each closes or opens membership periods in one
// transaction, so every count as of any date follows the effective date, and both units keep the history.
import {
  type AddOfficeBody,
  type LEAVE_KINDS,
  type LeaveMemberBody,
  type MemberStatus,
  type TransferMemberBody,
  todayInVietnam,
} from '@congdoan/domain';

import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { memberOffices, memberships } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { NotFound, RuleViolation } from '../../platform/errors.ts';
import { assertUnitWritable } from '../../platform/scope.ts';
import { memberFactsChanged } from '../facts/index.ts';
import { activeOn, latestVersion, treeOn } from '../org/index.ts';
import { assertNotFuture, unitThatAdmits } from './service.ts';

interface LockedMember {
  id: number;
  fullName: string;
  status: MemberStatus;
  unitId: number;
  nationality: string;
}

/** The member's row, locked for the change, after the actor's write scope on their unit is checked. */
async function lockMember(
  tx: Tx,
  actor: Actor | null,
  memberId: number,
  date: string,
): Promise<LockedMember> {
  const [row] = await queryRows<{
    id: number;
    full_name: string;
    status: MemberStatus;
    unit_id: number;
    nationality: string;
  }>(
    tx,
    sql`select id, full_name, status, unit_id, nationality from members where id = ${memberId} for update`,
  );
  if (!row) throw new NotFound('MEMBER_NOT_FOUND');
  if (actor) await assertUnitWritable(tx, actor, row.unit_id, date);
  return {
    id: row.id,
    fullName: row.full_name,
    status: row.status,
    unitId: row.unit_id,
    nationality: row.nationality,
  };
}

/**
 * The open membership period of an active member, which an event on `date` will close. History is kept
 * in date order, so the date may not fall before the period began, nor after today.
 */
async function openPeriod(tx: Tx, member: LockedMember, date: string) {
  if (member.status !== 'active') throw new RuleViolation('MEMBER_NOT_ACTIVE', { name: member.fullName });
  const [period] = await queryRows<{ id: number; unit_id: number; valid_from: string }>(
    tx,
    sql`select id, unit_id, valid_from::text from memberships
        where member_id = ${member.id} and valid_to is null order by valid_from desc limit 1 for update`,
  );
  if (!period) throw new RuleViolation('MEMBER_NOT_ACTIVE', { name: member.fullName });
  assertNotFuture(date);
  if (date < period.valid_from) {
    throw new RuleViolation('DATE_BEFORE_LAST_CHANGE', {
      date,
      name: member.fullName,
      last: period.valid_from,
    });
  }
  return period;
}

async function closePeriod(
  tx: Tx,
  periodId: number,
  end: { date: string; kind: string; reason: string; decision?: string | undefined },
) {
  await tx.execute(
    sql`update memberships set valid_to = ${end.date}::date, end_kind = ${end.kind},
          end_reason = ${end.reason}, end_decision = ${end.decision || null}
        where id = ${periodId}`,
  );
}

/** Offices are held in a unit the member belongs to: they end when the membership there ends. */
async function endOffices(tx: Tx, memberId: number, date: string) {
  await tx.execute(
    sql`update member_offices set valid_to = greatest(valid_from, ${date}::date)
        where member_id = ${memberId} and (valid_to is null or valid_to > ${date}::date)`,
  );
}

async function setMember(tx: Tx, memberId: number, changes: { unitId?: number; status?: MemberStatus }) {
  await tx.execute(
    sql`update members set unit_id = coalesce(${changes.unitId ?? null}::int, unit_id),
          status = coalesce(${changes.status ?? null}, status), updated_at = now()
        where id = ${memberId}`,
  );
}

/**
 * Chuyển sinh hoạt: the period in the current unit ends on the effective date (transferOut) and one in the
 * target unit starts that day (transferIn), so the counts move on that date. The target may lie outside
 * the actor's subtree (members move between unions); it must exist then and be able to admit members.
 * With only `toUnitName`, the member leaves the platform: status transferredOut.
 */
export async function transferMember(
  tx: Tx,
  actor: Actor | null,
  memberId: number,
  body: TransferMemberBody,
): Promise<void> {
  const date = body.effectiveDate;
  const member = await lockMember(tx, actor, memberId, date);
  const period = await openPeriod(tx, member, date);
  const audit = { entity: 'member', entityId: memberId } as const;
  const event = { effectiveDate: date, reason: body.reason, decisionNumber: body.decisionNumber ?? null };

  if (body.toUnitId === undefined) {
    const destination = body.toUnitName ?? '';
    // The destination outside the platform has no column of its own: it is kept with the reason.
    await closePeriod(tx, period.id, {
      date,
      kind: 'transferOut',
      reason: `${body.reason} (→ ${destination})`,
      decision: body.decisionNumber,
    });
    await endOffices(tx, memberId, date);
    await setMember(tx, memberId, { status: 'transferredOut' });
    await recordAudit(tx, actor, {
      ...audit,
      action: 'transfer',
      unitId: member.unitId,
      before: { unitId: member.unitId, status: member.status },
      after: { toUnitName: destination, status: 'transferredOut', ...event },
    });
    await memberFactsChanged(tx, [memberId]);
    return;
  }

  if (body.toUnitId === member.unitId) {
    const unit = await latestVersion(tx, member.unitId);
    throw new RuleViolation('TRANSFER_SAME_UNIT', { name: member.fullName, unit: unit.name });
  }
  await unitThatAdmits(tx, body.toUnitId, date);
  await closePeriod(tx, period.id, {
    date,
    kind: 'transferOut',
    reason: body.reason,
    decision: body.decisionNumber,
  });
  await tx.insert(memberships).values({
    memberId,
    unitId: body.toUnitId,
    validFrom: date,
    startKind: 'transferIn',
    startDecision: body.decisionNumber || null,
    recordedBy: actor?.id ?? null,
  });
  await endOffices(tx, memberId, date);
  await setMember(tx, memberId, { unitId: body.toUnitId });
  // One audit row for each unit, so each union's log shows the member leaving or arriving.
  for (const unitId of [member.unitId, body.toUnitId]) {
    await recordAudit(tx, actor, {
      ...audit,
      action: 'transfer',
      unitId,
      before: { unitId: member.unitId },
      after: { unitId: body.toUnitId, ...event },
    });
  }
  await memberFactsChanged(tx, [memberId]);
}

const STATUS_AFTER: Record<(typeof LEAVE_KINDS)[number], MemberStatus> = {
  leave: 'left',
  expel: 'expelled',
  death: 'deceased',
};

/** Leaving, expulsion or death: the membership period ends on the effective date, with the reason. */
export async function leaveMember(
  tx: Tx,
  actor: Actor | null,
  memberId: number,
  body: LeaveMemberBody,
): Promise<void> {
  const date = body.effectiveDate;
  const member = await lockMember(tx, actor, memberId, date);
  const period = await openPeriod(tx, member, date);
  await closePeriod(tx, period.id, {
    date,
    kind: body.kind,
    reason: body.reason,
    decision: body.decisionNumber,
  });
  await endOffices(tx, memberId, date);
  const status = STATUS_AFTER[body.kind];
  await setMember(tx, memberId, { status });
  await recordAudit(tx, actor, {
    action: body.kind,
    entity: 'member',
    entityId: memberId,
    unitId: member.unitId,
    before: { status: member.status },
    after: { status, effectiveDate: date, reason: body.reason, decisionNumber: body.decisionNumber ?? null },
  });
  await memberFactsChanged(tx, [memberId]);
}

/**
 * Records a union office held by an active Vietnamese member, in their unit or a unit above it (a
 * committee member of the superior union belongs to a grassroots union under it).
 */
export async function addOffice(
  tx: Tx,
  actor: Actor | null,
  memberId: number,
  body: AddOfficeBody,
): Promise<void> {
  const member = await lockMember(tx, actor, memberId, todayInVietnam());
  if (actor) await assertUnitWritable(tx, actor, body.unitId, body.validFrom);
  if (member.nationality !== 'VN') {
    throw new RuleViolation('FOREIGN_MEMBER_NO_OFFICE', { name: member.fullName });
  }
  if (member.status !== 'active') throw new RuleViolation('MEMBER_NOT_ACTIVE', { name: member.fullName });
  assertNotFuture(body.validFrom);
  if (body.validTo !== undefined && body.validTo <= body.validFrom) {
    throw new RuleViolation('OFFICE_END_BEFORE_START', { validFrom: body.validFrom });
  }
  const unit = await activeOn(tx, body.unitId, body.validFrom);
  const [membership] = await queryRows<{ id: number }>(
    tx,
    sql`select p.id from memberships p
        join ${treeOn(body.validFrom)} v on v.unit_id = p.unit_id
        where p.member_id = ${memberId} and p.valid_from <= ${body.validFrom}::date
          and (p.valid_to is null or p.valid_to > ${body.validFrom}::date)
          and v.path ~ ${`*.${body.unitId}.*`}::lquery`,
  );
  if (!membership) {
    throw new RuleViolation('OFFICE_UNIT_NOT_ABOVE_MEMBER', {
      name: member.fullName,
      unit: unit.name,
      date: body.validFrom,
    });
  }
  const [office] = await tx
    .insert(memberOffices)
    .values({
      memberId,
      unitId: body.unitId,
      office: body.office,
      validFrom: body.validFrom,
      validTo: body.validTo ?? null,
    })
    .returning({ id: memberOffices.id });
  await recordAudit(tx, actor, {
    action: 'addOffice',
    entity: 'member',
    entityId: memberId,
    unitId: member.unitId,
    after: { officeId: office?.id, ...body },
  });
}
