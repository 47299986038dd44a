// The dashboard's own SQL: the unit on the day, the members of its subtree at each month end, the overdue
// tasks of its subtree, the reminders it has not answered, the congress cycles held in it and the latest
// report period over it. The rest of the dashboard comes from the features that own it (service.ts).
import { addDays, addMonths, type Dashboard, endOfMonth, type UnitReportStatus } from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { NotFound } from '../../platform/errors.ts';
import { memberCountsOn } from '../facts/index.ts';
import { everWithin, unitName, unitsEverWithin, versionOnOrLatest } from '../org/index.ts';

/** Overdue tasks listed on the dashboard; the count covers all of them. */
export const OVERDUE_LIMIT = 10;

export interface UnitRow {
  name: string;
  tier: number;
  path: string;
}

/** The unit as it stood on asOf (its latest state when it did not exist then). */
export async function unitOn(tx: Tx, unitId: number, asOf: string): Promise<UnitRow> {
  const [row] = await queryRows<UnitRow>(
    tx,
    sql`select v.name, t.tier, v.path::text
        from ${versionOnOrLatest(sql`${unitId}::int`, asOf)} v join unit_types t on t.code = v.type`,
  );
  if (!row) throw new NotFound('UNIT_NOT_FOUND');
  return row;
}

/** The end of each of the 11 months before asOf's, then asOf itself. */
export function trendDays(asOf: string): string[] {
  return [...Array.from({ length: 11 }, (_, index) => endOfMonth(addMonths(asOf, index - 11))), asOf];
}

/** Members of the subtree on each day, from the member facts (one row per unit of the subtree a day). */
export async function memberTrend(
  tx: Tx,
  unitId: number,
  days: string[],
): Promise<Dashboard['members']['trend']> {
  const counts = await memberCountsOn(tx, unitId, days);
  return days.map((date, index) => ({ date, members: counts[index] ?? 0 }));
}

/**
 * Tasks set by committees of the subtree or owned by its units (and the actor's to see, as the task list
 * has it), set by a meeting held by asOf, due before asOf and not done by then: the count, the oldest ten.
 */
export async function overdueTasks(
  tx: Tx,
  actor: Actor,
  unitId: number,
  asOf: string,
): Promise<Dashboard['overdueTasks']> {
  // Units that have lain in the subtree (or the actor's) at any time.
  const subtree = unitsEverWithin(unitId);
  const scope = unitsEverWithin(actor.unitId);
  const overdue: SQL = sql`select t.id, t.description as title, t.deadline::text as deadline,
        coalesce(t.owner_name, ${unitName(sql`t.owner_unit_id`)}) as "ownerName",
        r.meeting_id as "meetingId"
      from resolution_tasks t
      join meeting_resolutions r on r.id = t.resolution_id
      join committee_meetings m on m.id = r.meeting_id
      where (t.unit_id in ${subtree} or t.owner_unit_id in ${subtree})
        and (t.unit_id in ${scope} or t.owner_unit_id in ${scope})
        and m.held_on <= ${asOf}::date and t.deadline < ${asOf}::date
        and (t.status = 'open' or (t.status = 'done' and t.done_on > ${asOf}::date))`;
  const [row] = await queryRows<{ count: number; items: Dashboard['overdueTasks']['items'] | null }>(
    tx,
    sql`with overdue as materialized (${overdue})
        select (select count(*)::int from overdue) as count,
          (select json_agg(o order by o.deadline, o.id) from (
            select * from overdue order by deadline, id limit ${OVERDUE_LIMIT}) o) as items`,
  );
  return { count: row?.count ?? 0, items: row?.items ?? [] };
}

/** The latest reminder of each period sent to the unit by asOf, while its report is not submitted. */
export async function remindersOf(tx: Tx, unitId: number, asOf: string): Promise<Dashboard['reminders']> {
  const rows = await queryRows<{
    period_id: number;
    period_name: string;
    sent_at: string | Date;
    from_unit: string;
  }>(
    tx,
    sql`select distinct on (r.period_id) r.period_id, p.name as period_name, r.sent_at,
          ${unitName(sql`r.from_unit_id`)} as from_unit
        from report_reminders r
        join report_periods p on p.id = r.period_id
        left join unit_reports u on u.period_id = r.period_id and u.unit_id = r.unit_id
        where r.unit_id = ${unitId}
          and r.sent_at < ${`${addDays(asOf, 1)}T00:00:00+07:00`}::timestamptz
          and (u.status is null or u.status in ('draft', 'returned'))
        order by r.period_id, r.sent_at desc`,
  );
  return rows
    .map((row) => ({
      periodId: row.period_id,
      periodName: row.period_name,
      at: isoTimestamp(row.sent_at),
      fromUnit: row.from_unit,
    }))
    .sort((a, b) => b.at.localeCompare(a.at));
}

/** The cycles of the congresses held by asOf in the subtree of the unit. */
export async function cyclesHeldIn(tx: Tx, unitId: number, asOf: string): Promise<string[]> {
  const rows = await queryRows<{ cycle: string }>(
    tx,
    sql`select distinct c.cycle from congresses c
        where c.held_on <= ${asOf}::date and ${everWithin(sql`c.unit_id`, unitId)}`,
  );
  return rows.map((row) => row.cycle);
}

/**
 * The report period with the latest cut-off opened by the unit or a unit above it (on asOf) that has started
 * by asOf, with the unit's own report status in it.
 */
export async function latestPeriodOver(tx: Tx, unit: UnitRow & { id: number }, asOf: string) {
  const selfAndAbove = sql.join(
    unit.path.split('.').map((id) => sql`${Number(id)}`),
    sql`, `,
  );
  const [period] = await queryRows<{
    id: number;
    name: string;
    due_on: string;
    issuer_id: number;
    own_status: UnitReportStatus | null;
  }>(
    tx,
    sql`select p.id, p.name, p.due_on::text, p.unit_id as issuer_id,
          (select r.status from unit_reports r where r.period_id = p.id and r.unit_id = ${unit.id}) as own_status
        from report_periods p
        where p.unit_id in (${selfAndAbove}) and p.starts_on <= ${asOf}::date
        order by p.cut_off desc, p.id desc
        limit 1`,
  );
  return period ?? null;
}
