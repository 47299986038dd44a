// Member figures of a unit's subtree, all from membership periods: who was a member on a date (women,
// foreign members, age bands, ethnic groups) and who came in or left in a period. "In the subtree on day d"
// is "the unit's version on d has a path through the unit's id" — one lquery test, right for any date.
import { AGE_BANDS, birthDateRangeOfAgeBand, type MemberStats, todayInVietnam } from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { liveOn, treeOn, unitVersions, withinOn } from '../org/index.ts';

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

/** Age band of a date of birth on `asOf`: the ranges of the list filter, youngest band first. */
function ageBandCase(asOf: string): SQL {
  const branches = AGE_BANDS.map((band) => {
    const { earliest } = birthDateRangeOfAgeBand(band, asOf);
    return earliest === null
      ? sql`else ${band}`
      : sql`when m.date_of_birth >= ${earliest}::date then ${band}`;
  });
  return sql`case when m.date_of_birth is null then 'unknown' ${sql.join(branches, sql` `)} end`;
}

/** Figures that took longer than this to count are kept for TTL_MS (national and provincial roll-ups). */
const SLOW_MS = 500;
const TTL_MS = 5 * 60_000;
const slowFigures = new WeakMap<
  object,
  Map<string, { countedAt: number; generation: number; stats: MemberStats }>
>();
/** Bumped by every member write, so kept figures never outlive a change someone just made. */
let generation = 0;

/** Called by every write to members or memberships: kept figures are counted afresh next time. */
export function memberFiguresChanged(): void {
  generation++;
}

/**
 * The member figures of the subtree of `unitId` (the unit included): members on asOf with their
 * breakdowns, and admissions and departures in [from, to]. Zero everywhere for a unit absent on asOf.
 * A subtree of millions takes seconds (every member row is read for the breakdowns; ~10 s for ten
 * million on the test server), so such figures are reused for five minutes: the org unit page asks for
 * them on every visit. Small subtrees are always counted afresh.
 */
export async function memberStatsFor(tx: Tx, unitId: number, period: StatsPeriod = {}): Promise<MemberStats> {
  const asOf = period.asOf ?? todayInVietnam();
  const to = period.to ?? asOf;
  const from = period.from ?? `${to.slice(0, 4)}-01-01`;
  const key = `${unitId}|${asOf}|${from}|${to}`;
  const kept = slowFigures.get(tx)?.get(key);
  if (kept && kept.generation === generation && Date.now() - kept.countedAt < TTL_MS) return kept.stats;
  const countedFor = generation;
  const started = performance.now();
  const stats = await countMemberStats(tx, unitId, asOf, from, to);
  if (performance.now() - started > SLOW_MS) {
    const figures = slowFigures.get(tx) ?? new Map();
    for (const [oldKey, old] of figures) if (Date.now() - old.countedAt >= TTL_MS) figures.delete(oldKey);
    figures.set(key, { countedAt: Date.now(), generation: countedFor, stats });
    slowFigures.set(tx, figures);
  }
  return stats;
}

async function countMemberStats(
  tx: Tx,
  unitId: number,
  asOf: string,
  from: string,
  to: string,
): Promise<MemberStats> {
  const subtree = `*.${unitId}.*`;

  // Members on asOf: the subtree's units live that day (gist index on paths), their live periods
  // (memberships_unit_period), and the people (primary key). One row per ethnic group and age band.
  const rows = await queryRows<{
    ethnicity: string;
    age_band: string;
    members: number;
    women: number;
    foreign: number;
  }>(
    tx,
    sql`select coalesce(m.ethnicity, 'unknown') as ethnicity, ${ageBandCase(asOf)} as age_band,
          count(*)::int as members,
          count(*) filter (where m.gender = 'female')::int as women,
          count(*) filter (where m.nationality <> 'VN')::int as foreign
        from ${treeOn(asOf)} v
        join memberships p on p.unit_id = v.unit_id
          and p.valid_from <= ${asOf}::date and (p.valid_to is null or p.valid_to > ${asOf}::date)
        join members m on m.id = p.member_id
        where v.path ~ ${subtree}::lquery
        group by 1, 2`,
  );

  // Movements: periods starting or ending in [from, to] in a unit of the subtree on that day, except
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

  const ageBands: Record<string, number> = Object.fromEntries(AGE_BANDS.map((band) => [band, 0]));
  const ethnicity: Record<string, number> = {};
  let members = 0;
  let women = 0;
  let foreign = 0;
  for (const row of rows) {
    members += row.members;
    women += row.women;
    foreign += row.foreign;
    ageBands[row.age_band] = (ageBands[row.age_band] ?? 0) + row.members;
    ethnicity[row.ethnicity] = (ethnicity[row.ethnicity] ?? 0) + row.members;
  }
  return {
    asOf,
    periodFrom: from,
    periodTo: to,
    members,
    women,
    foreign,
    admissions: moves?.admissions ?? 0,
    departures: moves?.departures ?? 0,
    ageBands,
    ethnicity,
  };
}
