// Completeness of a period under a unit: every reporting unit below it (tier 1–3, live on the cut-off) with its
// report's status — approved, submitted, returned, draft, or missing when never saved — lateness against the
// due date, and the last reminder (đôn đốc); and the reminders themselves, recorded for the units below that
// have not submitted. The dashboard (helper D) reads reportCompleteness.
import {
  type CompletenessStatus,
  type CompletenessUnit,
  type ReminderBody,
  type ReportCompleteness,
  todayInVietnam,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { assertUnitReadable, assertUnitWritable } from '../../platform/scope.ts';
import { pathWithin, treeOn } from '../org/index.ts';
import { isLate, levelOfTier, type PeriodRow } from './figures.ts';
import { reportingUnit, visiblePeriod } from './periods.ts';

/** Not yet submitted first (what the level above has to chase), then submitted, then approved. */
const ORDER: Record<CompletenessStatus, number> = {
  missing: 0,
  returned: 1,
  draft: 2,
  submitted: 3,
  approved: 4,
};

const timestamp = (value: unknown) => (value === null || value === undefined ? null : isoTimestamp(value));

/** Every reporting unit strictly below `unitId` in the period (the issuer's subtree on the cut-off). */
async function unitsBelow(
  tx: Tx,
  period: PeriodRow,
  unitId: number,
  today: string,
): Promise<CompletenessUnit[]> {
  const rows = await queryRows<{
    unit_id: number;
    name: string;
    tier: number;
    parent_name: string | null;
    status: CompletenessStatus | null;
    first_submitted_at: unknown;
    submitted_at: unknown;
    reminded_at: unknown;
  }>(
    tx,
    sql`select v.unit_id, v.name, t.tier, pv.name as parent_name, r.status, r.first_submitted_at,
          r.submitted_at, m.reminded_at
        from ${treeOn(period.cutOff)} v join unit_types t on t.code = v.type
          left join ${treeOn(period.cutOff)} pv on pv.unit_id = v.parent_id
          left join unit_reports r on r.period_id = ${period.id} and r.unit_id = v.unit_id
          left join (select unit_id, max(sent_at) as reminded_at from report_reminders
            where period_id = ${period.id} group by unit_id) m on m.unit_id = v.unit_id
        where v.path ~ ${`*.${unitId}.*`}::lquery and v.path ~ ${`*.${period.unitId}.*`}::lquery
          and v.unit_id <> ${unitId} and v.unit_id <> ${period.unitId}
          and t.tier between 1 and 3`,
  );
  const units = rows.map(
    (row): CompletenessUnit => ({
      unitId: row.unit_id,
      unitName: row.name,
      parentName: row.parent_name,
      level: levelOfTier(row.tier) ?? 'superior',
      status: row.status ?? 'missing',
      late: isLate(period.dueOn, timestamp(row.first_submitted_at), today),
      submittedAt: timestamp(row.submitted_at),
      lastRemindedAt: timestamp(row.reminded_at),
    }),
  );
  return units.sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      (a.parentName ?? '').localeCompare(b.parentName ?? '', 'vi') ||
      a.unitName.localeCompare(b.unitName, 'vi') ||
      a.unitId - b.unitId,
  );
}

/** The completeness of `periodId` under `unitId` (readable by the actor, inside the period's tree). */
export async function reportCompleteness(
  tx: Tx,
  actor: Actor,
  periodId: number,
  unitId: number,
): Promise<ReportCompleteness> {
  const period = await visiblePeriod(tx, actor, periodId);
  await assertUnitReadable(tx, actor, unitId, period.cutOff);
  const unit = await reportingUnit(tx, period, unitId);
  const asOf = todayInVietnam();
  const units = await unitsBelow(tx, period, unitId, asOf);
  const count = (status: CompletenessStatus) => units.filter((unit) => unit.status === status).length;
  return {
    periodId,
    unitId,
    unitName: unit.name,
    dueOn: period.dueOn,
    asOf,
    counts: {
      expected: units.length,
      approved: count('approved'),
      submitted: count('submitted'),
      returned: count('returned'),
      draft: count('draft'),
      missing: count('missing'),
      late: units.filter((unit) => unit.late).length,
    },
    units,
  };
}

/**
 * The unit a period's data is read at when none is asked: the actor's unit when it lies in the period's tree,
 * else the issuer (when the actor sits above it).
 */
export async function defaultUnitOf(tx: Tx, actor: Actor, period: PeriodRow): Promise<number> {
  const [row] = await queryRows<{ inside: boolean }>(
    tx,
    sql`select bool_or(${pathWithin(sql`v.path`, period.unitId)}) as inside from ${treeOn(period.cutOff)} v
        where v.unit_id = ${actor.unitId}`,
  );
  return row?.inside ? actor.unitId : period.unitId;
}

/**
 * Reminds the units below `body.unitId` that have not submitted (missing, draft or returned), or only those
 * of `body.unitIds` among them: one report_reminders row each. Write scope on `body.unitId`.
 */
export async function remindUnits(
  tx: Tx,
  actor: Actor,
  periodId: number,
  body: ReminderBody,
): Promise<{ reminded: number }> {
  const period = await visiblePeriod(tx, actor, periodId);
  await assertUnitWritable(tx, actor, body.unitId, todayInVietnam());
  await reportingUnit(tx, period, body.unitId);
  const chosen = body.unitIds ? new Set(body.unitIds) : null;
  const due = (await unitsBelow(tx, period, body.unitId, todayInVietnam())).filter(
    (unit) =>
      (unit.status === 'missing' || unit.status === 'draft' || unit.status === 'returned') &&
      (chosen === null || chosen.has(unit.unitId)),
  );
  if (due.length === 0) return { reminded: 0 };
  await tx.execute(
    sql`insert into report_reminders (period_id, unit_id, from_unit_id, sent_by)
        select ${periodId}, unnest(${`{${due.map((unit) => unit.unitId).join(',')}}`}::int[]), ${body.unitId},
          ${actor.id}`,
  );
  await recordAudit(tx, actor, {
    action: 'remind',
    entity: 'reportPeriod',
    entityId: periodId,
    unitId: body.unitId,
    after: { unitIds: due.map((unit) => unit.unitId) },
  });
  return { reminded: due.length };
}
