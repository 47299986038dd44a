// Completeness of a period under a unit: the reporting units below it (tier 1–3, live on the cut-off) with their
// report's status — approved, submitted, returned, draft, or missing when never saved — lateness against the
// due date, and the last reminder (đôn đốc), a page at a time with the counts per status over all of them
// (grouped in SQL: 130,000 units nationally never leave the database); and the reminders themselves, recorded
// for the units below that have not submitted. The dashboard reads completenessCounts.
import {
  type CompletenessFilter,
  type CompletenessStatus,
  type CompletenessUnit,
  type completenessQuery,
  normalizeForSearch,
  type ReminderBody,
  type ReportCompleteness,
  todayInVietnam,
} from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { assertUnitReadable, assertUnitWritable } from '../../platform/scope.ts';
import { pathWithin, treeOn } from '../org/index.ts';
import { likeContains } from '../org/queries.ts';
import { levelOfTier, type PeriodRow } from './figures.ts';
import { reportingUnit, visiblePeriod } from './periods.ts';

/** The page and filters as the route hands them over (defaults applied). */
export type CompletenessPageQuery = Omit<z.output<typeof completenessQuery>, 'unitId'>;

const timestamp = (value: unknown) => (value === null || value === undefined ? null : isoTimestamp(value));

const NOT_SUBMITTED: CompletenessStatus[] = ['missing', 'draft', 'returned'];

/**
 * Every reporting unit strictly below `unitId` in the period (the issuer's subtree on the cut-off), one row
 * each: unit_id, name, name_normalized, tier, parent_id, status (missing when never saved), first_submitted_at,
 * submitted_at and late (never submitted and past due, or first submitted — Vietnam date — after it).
 */
function unitsBelow(period: PeriodRow, unitId: number, today: string): SQL {
  return sql`(select v.unit_id, v.name, v.name_normalized, t.tier, v.parent_id,
        coalesce(r.status, 'missing') as status, r.first_submitted_at, r.submitted_at,
        case when r.first_submitted_at is null then ${today}::date > ${period.dueOn}::date
          else (r.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date > ${period.dueOn}::date end as late
      from ${treeOn(period.cutOff)} v join unit_types t on t.code = v.type
        left join unit_reports r on r.period_id = ${period.id} and r.unit_id = v.unit_id
      where v.path ~ ${`*.${unitId}.*`}::lquery and v.path ~ ${`*.${period.unitId}.*`}::lquery
        and v.unit_id <> ${unitId} and v.unit_id <> ${period.unitId}
        and t.tier between 1 and 3)`;
}

/** The filter on `b` (a row of unitsBelow): a status or not-submitted, lateness, words of the name. */
function filterOf(query: Partial<CompletenessPageQuery>): SQL {
  const conditions: SQL[] = [sql`true`];
  const status: CompletenessFilter | undefined = query.status;
  if (status === 'notSubmitted') {
    conditions.push(
      sql`b.status in (${sql.join(
        NOT_SUBMITTED.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  } else if (status) conditions.push(sql`b.status = ${status}`);
  if (query.late !== undefined) conditions.push(query.late ? sql`b.late` : sql`not b.late`);
  const words = normalizeForSearch(query.q ?? '')
    .split(' ')
    .filter((word) => word !== '');
  for (const word of words) conditions.push(sql`b.name_normalized like ${likeContains(word)}`);
  return sql.join(conditions, sql` and `);
}

/** Counts per status and late over every unit below: one grouped query. */
async function countsBelow(
  tx: Tx,
  period: PeriodRow,
  unitId: number,
  today: string,
): Promise<ReportCompleteness['counts']> {
  const rows = await queryRows<{ status: CompletenessStatus; units: number; late: number }>(
    tx,
    sql`select b.status, count(*)::int as units, (count(*) filter (where b.late))::int as late
        from ${unitsBelow(period, unitId, today)} b group by b.status`,
  );
  const counts = { expected: 0, approved: 0, submitted: 0, returned: 0, draft: 0, missing: 0, late: 0 };
  for (const row of rows) {
    counts[row.status] = row.units;
    counts.expected += row.units;
    counts.late += row.late;
  }
  return counts;
}

/**
 * One page of the units below matching the filter: not yet submitted first (what the level above has to
 * chase: missing, returned, draft), then submitted, then approved; within a status by the unit above and the
 * unit's accent-free name (collate "C": the same order on every server), then id.
 */
async function pageBelow(
  tx: Tx,
  period: PeriodRow,
  unitId: number,
  today: string,
  query: CompletenessPageQuery,
): Promise<CompletenessUnit[]> {
  const rows = await queryRows<{
    unit_id: number;
    name: string;
    tier: number;
    parent_name: string | null;
    status: CompletenessStatus;
    late: boolean;
    submitted_at: unknown;
    reminded_at: unknown;
  }>(
    tx,
    sql`select b.unit_id, b.name, b.tier, pv.name as parent_name, b.status, b.late, b.submitted_at,
          (select max(m.sent_at) from report_reminders m
            where m.period_id = ${period.id} and m.unit_id = b.unit_id) as reminded_at
        from ${unitsBelow(period, unitId, today)} b
          left join ${treeOn(period.cutOff)} pv on pv.unit_id = b.parent_id
        where ${filterOf(query)}
        order by case b.status when 'missing' then 0 when 'returned' then 1 when 'draft' then 2
            when 'submitted' then 3 else 4 end,
          pv.name_normalized collate "C", b.name_normalized collate "C", b.unit_id
        limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return rows.map(
    (row): CompletenessUnit => ({
      unitId: row.unit_id,
      unitName: row.name,
      parentName: row.parent_name,
      level: levelOfTier(row.tier) ?? 'superior',
      status: row.status,
      late: row.late,
      submittedAt: timestamp(row.submitted_at),
      lastRemindedAt: timestamp(row.reminded_at),
    }),
  );
}

/** The units below matching the filter, over every page (the counts' total when there is no filter). */
async function totalBelow(
  tx: Tx,
  period: PeriodRow,
  unitId: number,
  today: string,
  query: CompletenessPageQuery,
  counts: ReportCompleteness['counts'],
): Promise<number> {
  if (query.status === undefined && query.late === undefined && !query.q?.trim()) return counts.expected;
  if (query.late === undefined && !query.q?.trim() && query.status !== 'notSubmitted' && query.status)
    return counts[query.status];
  const [row] = await queryRows<{ total: number }>(
    tx,
    sql`select count(*)::int as total from ${unitsBelow(period, unitId, today)} b where ${filterOf(query)}`,
  );
  return row?.total ?? 0;
}

/** The counts per status of `periodId` under `unitId` (readable by the actor, inside the period's tree). */
export async function completenessCounts(
  tx: Tx,
  actor: Actor,
  periodId: number,
  unitId: number,
): Promise<ReportCompleteness['counts']> {
  const period = await visiblePeriod(tx, actor, periodId);
  await assertUnitReadable(tx, actor, unitId, period.cutOff);
  await reportingUnit(tx, period, unitId);
  return countsBelow(tx, period, unitId, todayInVietnam());
}

/**
 * The completeness of `periodId` under `unitId` (readable by the actor, inside the period's tree): the counts
 * over every unit below and one page of them as the query filters it.
 */
export async function reportCompleteness(
  tx: Tx,
  actor: Actor,
  periodId: number,
  unitId: number,
  query: CompletenessPageQuery = { page: 1, pageSize: 50 },
): Promise<ReportCompleteness> {
  const period = await visiblePeriod(tx, actor, periodId);
  await assertUnitReadable(tx, actor, unitId, period.cutOff);
  const unit = await reportingUnit(tx, period, unitId);
  const asOf = todayInVietnam();
  const counts = await countsBelow(tx, period, unitId, asOf);
  const units = await pageBelow(tx, period, unitId, asOf, query);
  return {
    periodId,
    unitId,
    unitName: unit.name,
    dueOn: period.dueOn,
    asOf,
    counts,
    units,
    total: await totalBelow(tx, period, unitId, asOf, query, counts),
    page: query.page,
    pageSize: query.pageSize,
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
  const chosen = body.unitIds ? sql` and b.unit_id = any(${`{${body.unitIds.join(',')}}`}::int[])` : sql``;
  const due = await queryRows<{ unit_id: number }>(
    tx,
    sql`insert into report_reminders (period_id, unit_id, from_unit_id, sent_by)
        select ${periodId}, b.unit_id, ${body.unitId}, ${actor.id}
        from ${unitsBelow(period, body.unitId, todayInVietnam())} b
        where ${filterOf({ status: 'notSubmitted' })}${chosen}
        order by b.unit_id
        returning unit_id`,
  );
  if (due.length === 0) return { reminded: 0 };
  await recordAudit(tx, actor, {
    action: 'remind',
    entity: 'reportPeriod',
    entityId: periodId,
    unitId: body.unitId,
    after: { unitIds: due.map((unit) => unit.unit_id).sort((a, b) => a - b) },
  });
  return { reminded: due.length };
}
