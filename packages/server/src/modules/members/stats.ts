// Member figures of a unit's subtree: who was a member on a date (women, foreign members, age bands, ethnic
// groups) from the member facts, and who came in or left in a period from the membership periods. "In the
// subtree on day d" is "the unit's version on d has a path through the unit's id" — one lquery test.
import { type MemberStats, todayInVietnam } from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { memberFigures } from '../facts/index.ts';
import { liveOn, unitVersions, withinOn } from '../org/index.ts';

export interface StatsPeriod {
  /** The day the counts are taken; today by default. */
  asOf?: string | undefined;
  /** First day of the period of admissions and departures; by default 1 January of `to`'s year. */
  from?: string | undefined;
  /** Last day of that period, counted in full; asOf by default. */
  to?: string | undefined;
}

/** The last day of a period [valid_from, valid_to): the day before valid_to, or valid_from if it is empty. */
const lastDay = (alias: SQL) => sql`greatest(${alias}.valid_from, ${alias}.valid_to - 1)`;

/**
 * The member figures of the subtree of `unitId` (the unit included): members on asOf with their
 * breakdowns, read from the facts (modules/facts: one row per unit of the subtree, kept up to date by every
 * member write, so nothing is cached here), and admissions and departures in [from, to], counted from the
 * periods that start or end in the period. Zero everywhere for a unit absent on asOf.
 */
export async function memberStatsFor(tx: Tx, unitId: number, period: StatsPeriod = {}): Promise<MemberStats> {
  const asOf = period.asOf ?? todayInVietnam();
  const to = period.to ?? asOf;
  const from = period.from ?? `${to.slice(0, 4)}-01-01`;
  const figures = await memberFigures(tx, unitId, asOf);
  const moves = await countMovements(tx, unitId, from, to);
  return { asOf, periodFrom: from, periodTo: to, ...figures, ...moves };
}

async function countMovements(
  tx: Tx,
  unitId: number,
  from: string,
  to: string,
): Promise<{ admissions: number; departures: number }> {
  const subtree = `*.${unitId}.*`;

  // Periods starting or ending in [from, to] in a unit of the subtree on that day, except
  // transfers and restructuring moves whose other end was in the subtree too. Joined from the subtree's
  // versions (any date, gist index) to the periods, so PostgreSQL may walk memberships_unit_period per unit
  // for a small subtree or range-scan memberships_from / memberships_to for the whole country; the version
  // live on the day keeps each period once.
  const versionLiveOn = (day: SQL) => liveOn(day, sql`x`);
  const [moves] = await queryRows<{ admissions: number; departures: number }>(
    tx,
    sql`select
        (select count(*)::int from ${unitVersions()} x
          join memberships p on p.unit_id = x.unit_id and p.valid_from between ${from}::date and ${to}::date
            and ${versionLiveOn(sql`p.valid_from`)}
          where x.path ~ ${subtree}::lquery
            and (p.start_kind not in ('transferIn', 'reorganised') or not exists (
              select 1 from memberships q
              where q.member_id = p.member_id and q.valid_to = p.valid_from
                and q.end_kind in ('transferOut', 'reorganised')
                and ${withinOn(sql`q.unit_id`, unitId, lastDay(sql`q`))}))) as admissions,
        (select count(*)::int from ${unitVersions()} x
          join memberships p on p.unit_id = x.unit_id and p.valid_to between ${from}::date and ${to}::date
            and ${versionLiveOn(lastDay(sql`p`))}
          where x.path ~ ${subtree}::lquery
            and (p.end_kind not in ('transferOut', 'reorganised') or not exists (
              select 1 from memberships n
              where n.member_id = p.member_id and n.valid_from = p.valid_to
                and n.start_kind in ('transferIn', 'reorganised')
                and ${withinOn(sql`n.unit_id`, unitId, sql`n.valid_from`)}))) as departures`,
  );

  return { admissions: moves?.admissions ?? 0, departures: moves?.departures ?? 0 };
}
