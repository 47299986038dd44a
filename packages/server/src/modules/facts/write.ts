// The write side of the member facts (db/schema/facts.ts): every write to members or memberships calls
// `memberFactsChanged` in its own transaction with the members it wrote, or `unitFactsChanged` with the
// units whose memberships it wrote in bulk (restructuring, import). The units' rows are recomputed from
// their memberships in one statement, so a back-dated change corrects every day after it. The cost is the
// touched units' membership periods (a unit of a few thousand members: a few milliseconds), never the
// subtree's or the country's.
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { rebuildAllSubtreeFacts, withSubtreeFacts } from './subtree.ts';

/** A date `years` after a date of birth; a 29 February birthday falls on 1 March in other years (ageOn). */
const birthday = (years: number) =>
  sql`(make_date(extract(year from p.dob)::int + ${sql.raw(String(years))},
        extract(month from p.dob)::int, 1) + (extract(day from p.dob)::int - 1))`;

/** Age bands by completed years, as domain/members/age.ts: the band holds from `lo`th to `hi`th birthday. */
const BANDS: [string, number | null, number | null][] = [
  ['under30', null, 30],
  ['30to39', 30, 40],
  ['40to49', 40, 50],
  ['50to59', 50, 60],
  ['60plus', 60, null],
];

const bandSegments = sql.join(
  BANDS.map(
    ([band, lo, hi]) =>
      sql`select p.unit_id, ${lo === null ? sql`p.valid_from` : sql`greatest(p.valid_from, ${birthday(lo)})`} as s,
            ${hi === null ? sql`p.valid_to` : sql`least(p.valid_to, ${birthday(hi)})`} as e,
            ${`age:${band}`}::text as measure
          from p where p.dob is not null`,
  ),
  sql` union all `,
);

/**
 * Recomputes the facts of the given units (every unit when `units` is null) from their membership periods:
 * each stock (members, women, foreign, ethnic group, age band) rises on the day a stretch starts and falls on
 * the day it ends; each start and end kind counts on its day; the running totals are one row per changing day.
 */
function rebuildStatement(units: SQL | null): SQL {
  const only = units ? sql`where p.unit_id in ${units}` : sql``;
  return sql`
    with p as (
      select p.unit_id, p.valid_from, p.valid_to, p.start_kind, p.end_kind, m.date_of_birth as dob,
        m.gender, coalesce(m.ethnicity, 'unknown') as eth, m.nationality <> 'VN' as is_foreign
      from memberships p join members m on m.id = p.member_id ${only}),
    stretch as (
      select p.unit_id, p.valid_from as s, p.valid_to as e, x.measure
      from p cross join lateral (values ('members'), (case when p.gender = 'female' then 'women' end),
        (case when p.is_foreign then 'foreign' end), ('eth:' || p.eth)) x(measure)
      where x.measure is not null
      union all select p.unit_id, p.valid_from, p.valid_to, 'age:unknown' from p where p.dob is null
      union all select * from (${bandSegments}) b where b.e is null or b.s < b.e),
    ev as (
      select unit_id, s as day, measure, 1 as delta from stretch
      union all select unit_id, e, measure, -1 from stretch where e is not null
      union all select unit_id, valid_from, 'in:' || start_kind, 1 from p
      union all select unit_id, valid_to, 'out:' || end_kind, 1 from p where valid_to is not null and end_kind is not null),
    daily as (select unit_id, day, measure, sum(delta)::int as delta from ev group by 1, 2, 3),
    days as (select distinct unit_id, day from daily),
    measures as (select distinct unit_id, measure from daily),
    run as (
      select d.unit_id, d.day, m.measure,
        (sum(coalesce(x.delta, 0)) over (partition by d.unit_id, m.measure order by d.day))::int as value
      from days d join measures m on m.unit_id = d.unit_id
      left join daily x on x.unit_id = d.unit_id and x.day = d.day and x.measure = m.measure)
    insert into member_facts (unit_id, day, members, women, foreign_members, age_under30, age_30to39, age_40to49,
      age_50to59, age_60plus, age_unknown, ethnicities, started_by_kind, ended_by_kind)
    select unit_id, day,
      coalesce(sum(value) filter (where measure = 'members'), 0),
      coalesce(sum(value) filter (where measure = 'women'), 0),
      coalesce(sum(value) filter (where measure = 'foreign'), 0),
      ${sql.join(
        [...BANDS.map(([band]) => band), 'unknown'].map(
          (band) => sql`coalesce(sum(value) filter (where measure = ${`age:${band}`}), 0)`,
        ),
        sql`, `,
      )},
      coalesce(jsonb_object_agg(substr(measure, 5), value) filter (where measure like 'eth:%' and value <> 0), '{}'),
      coalesce(jsonb_object_agg(substr(measure, 4), value) filter (where measure like 'in:%' and value <> 0), '{}'),
      coalesce(jsonb_object_agg(substr(measure, 5), value) filter (where measure like 'out:%' and value <> 0), '{}')
    from run group by unit_id, day`;
}

const idList = (ids: number[]) =>
  sql`(${sql.join(
    ids.map((id) => sql`${id}::int`),
    sql`, `,
  )})`;

/** Recomputes the facts of these units after a write to their memberships (restructuring, import). */
export async function unitFactsChanged(tx: Tx, unitIds: Iterable<number>): Promise<void> {
  const units = [...new Set(unitIds)];
  if (units.length === 0) return;
  // the ancestors' subtree facts take the difference of these units' contributions (modules/facts/subtree.ts)
  await withSubtreeFacts(tx, units, async () => {
    await tx.execute(sql`delete from member_facts where unit_id in ${idList(units)}`);
    await tx.execute(rebuildStatement(idList(units)));
  });
}

/**
 * Recomputes the facts of every unit these members have a period in, after a write to them (admission,
 * transfer, departure, readmission, a corrected gender, date of birth, ethnicity or nationality). A write
 * that takes a period away from a unit names that unit in `alsoUnits`.
 */
export async function memberFactsChanged(
  tx: Tx,
  memberIds: Iterable<number>,
  alsoUnits: Iterable<number> = [],
): Promise<void> {
  const ids = [...new Set(memberIds)];
  const units = new Set(alsoUnits);
  if (ids.length > 0) {
    const rows = await queryRows<{ unit_id: number }>(
      tx,
      sql`select distinct unit_id from memberships where member_id in ${idList(ids)}`,
    );
    for (const row of rows) units.add(row.unit_id);
  }
  await unitFactsChanged(tx, units);
}

/** The same for members given by a query of their ids (an import's staged rows). */
export async function memberFactsChangedIn(tx: Tx, memberIds: SQL): Promise<void> {
  const rows = await queryRows<{ unit_id: number }>(
    tx,
    sql`select distinct unit_id from memberships where member_id in (${memberIds})`,
  );
  await unitFactsChanged(
    tx,
    rows.map((row) => row.unit_id),
  );
}

/** Recomputes every unit's facts and subtree facts: the backfill of an existing database, the demo and the benches. */
export async function rebuildAllMemberFacts(tx: Tx): Promise<void> {
  await tx.execute(sql`delete from member_facts`);
  await tx.execute(rebuildStatement(null));
  await rebuildAllSubtreeFacts(tx);
}

/** Bumped when the facts' definition changes, so every database recomputes them once at its next start. */
const FACTS_VERSION = 2; // 2: the subtree facts (member_subtree_facts, migration 0014)
const FACTS_MARKER = 'memberFacts';

/**
 * The backfill: a database whose facts were never computed (made before migration 0013, or by an older
 * definition) gets every unit's facts from its memberships, once; a fresh database only gets the marker.
 * Deterministic: the facts depend on the memberships and members alone.
 */
export async function ensureMemberFacts(db: Tx): Promise<void> {
  const [marker] = await queryRows<{ version: number }>(
    db,
    sql`select (value->>'version')::int as version from meta where key = ${FACTS_MARKER}`,
  );
  if (marker?.version === FACTS_VERSION) return;
  await db.transaction(async (tx) => {
    await rebuildAllMemberFacts(tx);
    await tx.execute(
      sql`insert into meta (key, value) values (${FACTS_MARKER}, ${JSON.stringify({ version: FACTS_VERSION })}::jsonb)
          on conflict (key) do update set value = excluded.value`,
    );
  });
}
