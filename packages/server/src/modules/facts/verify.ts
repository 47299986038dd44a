// Checks the member facts against a recount from the records (`npm run cli -- figures:verify`, and the
// property test): on each date, every unit's figures counted straight from members and memberships, side by
// side with the unit's facts row of that day. The recount shares no SQL with the write side (ages come from
// the calendar, not from birthdays written ahead), so a fault in either shows as drift.
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { treeOn } from '../org/index.ts';
import { subtreeStocksOn } from './subtree.ts';

export interface FactDrift {
  unitId: number;
  date: string;
  /**
   * members, women, foreign, age:<band>, eth:<group>, in:<start kind>, out:<end kind>; subtree:<stock> for a
   * unit's subtree figures (itself and every unit below it that day: members, women, foreign, age:<band>)
   */
  measure: string;
  facts: number;
  records: number;
}

const checked = (date: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a date: ${date}`);
  return sql.raw(`'${date}'::date`);
};

/** Every unit's figures on `date` from the records, one row per unit and measure. */
function recount(date: string) {
  const d = checked(date);
  const age = sql`(extract(year from ${d}) - extract(year from m.date_of_birth)
    - case when to_char(${d}, 'MM-DD') < to_char(m.date_of_birth, 'MM-DD') then 1 else 0 end)`;
  return sql`
    select p.unit_id, x.measure, count(*)::int as value
    from memberships p join members m on m.id = p.member_id
    cross join lateral (values ('members'), (case when m.gender = 'female' then 'women' end),
      (case when m.nationality <> 'VN' then 'foreign' end), ('eth:' || coalesce(m.ethnicity, 'unknown')),
      ('age:' || case when m.date_of_birth is null then 'unknown' when ${age} < 30 then 'under30'
        when ${age} < 40 then '30to39' when ${age} < 50 then '40to49' when ${age} < 60 then '50to59'
        else '60plus' end)) x(measure)
    where p.valid_from <= ${d} and (p.valid_to is null or p.valid_to > ${d}) and x.measure is not null
    group by 1, 2
    union all select unit_id, 'in:' || start_kind, count(*)::int from memberships where valid_from <= ${d} group by 1, 2
    union all select unit_id, 'out:' || end_kind, count(*)::int from memberships
      where valid_to <= ${d} and end_kind is not null group by 1, 2`;
}

/** Every unit's facts row of `date`, one row per unit and measure. */
function factsOn(date: string) {
  const d = checked(date);
  return sql`
    with f as (select distinct on (unit_id) * from member_facts where day <= ${d} order by unit_id, day desc)
    select f.unit_id, x.measure, x.value from f
    cross join lateral (values ('members', f.members), ('women', f.women), ('foreign', f.foreign_members),
      ('age:under30', f.age_under30), ('age:30to39', f.age_30to39), ('age:40to49', f.age_40to49),
      ('age:50to59', f.age_50to59), ('age:60plus', f.age_60plus), ('age:unknown', f.age_unknown)) x(measure, value)
    union all select f.unit_id, 'eth:' || e.key, e.value::int from f, jsonb_each_text(f.ethnicities) e
    union all select f.unit_id, 'in:' || e.key, e.value::int from f, jsonb_each_text(f.started_by_kind) e
    union all select f.unit_id, 'out:' || e.key, e.value::int from f, jsonb_each_text(f.ended_by_kind) e`;
}

/**
 * Every live unit's subtree stocks on `date` from the records: each unit's recounted stocks added to every
 * unit on its path that day (the tree's versions, not the subtree facts' deltas).
 */
function subtreeRecount(date: string) {
  const d = checked(date);
  return sql`
    select a.id as unit_id, 'subtree:' || r.measure as measure, sum(r.value)::int as value
    from (${recount(date)}) r
    join ${treeOn(d)} v on v.unit_id = r.unit_id
    cross join lateral unnest(string_to_array(v.path::text, '.')::int[]) a(id)
    where r.measure in ('members', 'women', 'foreign') or r.measure like 'age:%'
    group by 1, 2`;
}

/** Every live unit's subtree stocks on `date` as the subtree facts give them. */
function subtreeFactsOn(date: string) {
  const d = checked(date);
  return sql`
    select s.unit_id, 'subtree:' || x.measure as measure, x.value from (${subtreeStocksOn(
      sql`select unit_id from ${treeOn(d)} t`,
      date,
    )}) s
    cross join lateral (values ('members', s.members), ('women', s.women), ('foreign', s.foreign_members),
      ('age:under30', s.age_under30), ('age:30to39', s.age_30to39), ('age:40to49', s.age_40to49),
      ('age:50to59', s.age_50to59), ('age:60plus', s.age_60plus), ('age:unknown', s.age_unknown)) x(measure, value)`;
}

/**
 * The units and measures whose facts (a unit's own, and its subtree's) differ from the records on any of
 * `dates` (none: the facts hold).
 */
export async function verifyMemberFacts(tx: Tx, dates: string[]): Promise<FactDrift[]> {
  const drift: FactDrift[] = [];
  for (const date of dates) {
    const rows = await queryRows<{ unit_id: number; measure: string; facts: number; records: number }>(
      tx,
      sql`select coalesce(f.unit_id, r.unit_id) as unit_id, coalesce(f.measure, r.measure) as measure,
            coalesce(f.value, 0)::int as facts, coalesce(r.value, 0)::int as records
          from (${factsOn(date)} union all ${subtreeFactsOn(date)}) f
          full join (${recount(date)} union all ${subtreeRecount(date)}) r
            on r.unit_id = f.unit_id and r.measure = f.measure
          where coalesce(f.value, 0) <> coalesce(r.value, 0)
          order by 1, 2`,
    );
    for (const row of rows) drift.push({ unitId: row.unit_id, date, ...row });
  }
  return drift;
}

/**
 * The dates `figures:verify` checks when none are given: today and the last day of every year since the
 * first membership began (the days reports are cut off on fall in between; a drift lasts until the unit's
 * next change, so year ends catch most of what any day would).
 */
export async function defaultVerifyDates(tx: Tx, today: string): Promise<string[]> {
  const [row] = await queryRows<{ first: string | null }>(
    tx,
    sql`select min(valid_from)::text as first from memberships`,
  );
  const dates: string[] = [];
  const firstYear = row?.first ? Number(row.first.slice(0, 4)) : Number(today.slice(0, 4));
  for (let year = firstYear; year < Number(today.slice(0, 4)); year++) dates.push(`${year}-12-31`);
  dates.push(today);
  return dates;
}
