// Subtree member facts (db/schema/facts.ts, member_subtree_facts): the member stocks of the units strictly
// below each unit, as deltas per (unit, day). A unit's contribution is a function of its own facts and its
// versions' paths; a write that changes either for some units takes their contributions before it and after
// it and adds the difference, in the write's own transaction. Only the (ancestor, day) rows whose figures
// change are written: an admission on day d touches d (and the member's birthday days ahead) on each
// ancestor, a province moved on day d touches its old and new ancestors from d on.
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { unitVersions } from '../org/index.ts';

/** The stocks kept per subtree, as member_facts and member_subtree_facts name their columns. */
export const SUBTREE_MEASURES = [
  'members',
  'women',
  'foreign_members',
  'age_under30',
  'age_30to39',
  'age_40to49',
  'age_50to59',
  'age_60plus',
  'age_unknown',
] as const;

const list = (make: (column: string) => string) => sql.raw(SUBTREE_MEASURES.map(make).join(', '));
const anyNonZero = (alias: string) => sql.raw(SUBTREE_MEASURES.map((c) => `${alias}${c} <> 0`).join(' or '));

/**
 * The contributions of the units `units` selects (null: every unit) to their strict ancestors, one row per
 * (ancestor, day) with a non-zero delta. For each version of a unit (path P over [from, to)): its facts on
 * `from`, each change of its facts inside (from, to), and minus its facts on the eve of `to`, added to every
 * unit of P above it.
 */
function contributions(units: SQL | null): SQL {
  const own = (alias: string) => (units ? sql`${sql.raw(alias)}.unit_id in ${units}` : sql`true`);
  return sql`
    with d as (
      select unit_id, day, ${list((c) => `${c} - coalesce(lag(${c}) over w, 0) as ${c}`)}
      from member_facts f where ${own('f')}
      window w as (partition by unit_id order by day)),
    v as (
      select unit_id, valid_from, valid_to, subpath(path, 0, nlevel(path) - 1) as up
      from ${unitVersions()} o where ${own('o')} and nlevel(path) > 1),
    pieces as (
      select v.up, v.valid_from as day, ${list((c) => `s.${c}`)}
      from v cross join lateral (select * from member_facts f where f.unit_id = v.unit_id and f.day <= v.valid_from
                                 order by f.day desc limit 1) s
      union all
      select v.up, d.day, ${list((c) => `d.${c}`)}
      from v join d on d.unit_id = v.unit_id and d.day > v.valid_from and (v.valid_to is null or d.day < v.valid_to)
      where ${anyNonZero('d.')}
      union all
      select v.up, v.valid_to, ${list((c) => `-s.${c}`)}
      from v cross join lateral (select * from member_facts f where f.unit_id = v.unit_id and f.day < v.valid_to
                                 order by f.day desc limit 1) s
      where v.valid_to is not null)
    select a.id as unit_id, p.day, ${list((c) => `sum(p.${c})::int as ${c}`)}
    from pieces p cross join lateral unnest(string_to_array(p.up::text, '.')::int[]) a(id)
    group by 1, 2
    having ${sql.raw(SUBTREE_MEASURES.map((c) => `sum(p.${c}) <> 0`).join(' or '))}`;
}

/** The contributions of these units as JSON text (kept in memory across the write). */
async function snapshot(tx: Tx, units: SQL): Promise<string> {
  const [row] = await queryRows<{ rows: string }>(
    tx,
    sql`select coalesce(jsonb_agg(c), '[]')::text as rows from (${contributions(units)}) c`,
  );
  return row?.rows ?? '[]';
}

/**
 * Adds (after − before) to the subtree facts: `before` is the units' contributions before the write (a
 * snapshot), the units' contributions now are read from their facts and versions. Rows that end at zero go.
 */
async function applyDifference(tx: Tx, units: SQL, before: string): Promise<void> {
  const zero = await queryRows<{ unit_id: number; day: string }>(
    tx,
    sql`with b as (
          select * from jsonb_to_recordset(${before}::jsonb)
            as b(unit_id int, day date, ${list((c) => `${c} int`)})),
        net as (
          select unit_id, day, ${list((c) => `sum(${c})::int as ${c}`)}
          from (select * from (${contributions(units)}) a
                union all select unit_id, day, ${list((c) => `-${c}`)} from b) x
          group by 1, 2
          having ${sql.raw(SUBTREE_MEASURES.map((c) => `sum(${c}) <> 0`).join(' or '))}),
        up as (
          insert into member_subtree_facts (unit_id, day, ${list((c) => c)})
          select * from net
          on conflict (unit_id, day) do update set
            ${list((c) => `${c} = member_subtree_facts.${c} + excluded.${c}`)}
          returning unit_id, day, ${list((c) => c)})
        select unit_id, day::text from up where not (${anyNonZero('')})`,
  );
  if (zero.length === 0) return;
  await tx.execute(
    sql`delete from member_subtree_facts s using jsonb_to_recordset(${JSON.stringify(zero)}::jsonb)
          as z(unit_id int, day date)
        where s.unit_id = z.unit_id and s.day = z.day`,
  );
}

const idList = (ids: number[]) =>
  sql`(${sql.join(
    ids.map((id) => sql`${id}::int`),
    sql`, `,
  )})`;

/**
 * Runs `write`, which changes the facts or the versions of the units `units` selects, and keeps the
 * subtree facts of their ancestors in step: their contributions before and after, the difference added.
 * `units` is a list of ids, or an SQL query of ids evaluated before the write (a subtree about to move).
 */
export async function withSubtreeFacts<T>(
  tx: Tx,
  units: number[] | SQL,
  write: () => Promise<T>,
): Promise<T> {
  let ids: number[];
  if (Array.isArray(units)) ids = [...new Set(units)];
  else
    ids = (await queryRows<{ id: number }>(tx, sql`select distinct id from (${units}) u(id)`)).map(
      (r) => r.id,
    );
  if (ids.length === 0) return write();
  const selected = idList(ids);
  const before = await snapshot(tx, selected);
  const result = await write();
  await applyDifference(tx, selected, before);
  return result;
}

/** Recomputes every unit's subtree facts from the member facts and the versions (backfill, demo, benches). */
export async function rebuildAllSubtreeFacts(tx: Tx): Promise<void> {
  await tx.execute(sql`delete from member_subtree_facts`);
  await tx.execute(
    sql`insert into member_subtree_facts (unit_id, day, ${list((c) => c)}) ${contributions(null)}`,
  );
}

/** The stocks of each unit's subtree (itself included) on `asOf`: its facts row plus its subtree deltas. */
export interface SubtreeStocks {
  unitId: number;
  members: number;
  women: number;
  foreign: number;
  /** under30, 30to39, 40to49, 50to59, 60plus, unknown */
  ageBands: number[];
}

/** A checked date inlined as a literal (the planner then knows the day, as in read.ts). */
function day(date: string): SQL {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a date: ${date}`);
  return sql.raw(`'${date}'::date`);
}

/**
 * SQL: the subtree stocks on `asOf` of the units `units` selects (a query of ids), one row per unit:
 * unit_id and the SUBTREE_MEASURES. Its own latest facts row on or before the day plus the sum of its
 * subtree rows up to the day: a few thousand rows for the whole country, never one per unit below.
 */
export function subtreeStocksOn(units: SQL, asOf: string): SQL {
  const d = day(asOf);
  return sql`select u.id as unit_id,
      ${list((c) => `(coalesce(o.${c}, 0) + coalesce(s.${c}, 0))::int as ${c}`)}
    from (${units}) u(id)
    left join lateral (select * from member_facts f where f.unit_id = u.id and f.day <= ${d}
                       order by f.day desc limit 1) o on true
    left join lateral (select ${list((c) => `sum(t.${c}) as ${c}`)} from member_subtree_facts t
                       where t.unit_id = u.id and t.day <= ${d}) s on true`;
}

/** The subtree stocks of these units on `asOf` (units with no member get zeros). */
export async function subtreeStocks(tx: Tx, unitIds: number[], asOf: string): Promise<SubtreeStocks[]> {
  if (unitIds.length === 0) return [];
  const rows = await queryRows<Record<(typeof SUBTREE_MEASURES)[number] | 'unit_id', number>>(
    tx,
    subtreeStocksOn(sql`select unnest(${sql.raw(`array[${unitIds.map(Number).join(',')}]`)}::int[])`, asOf),
  );
  return rows.map((row) => ({
    unitId: row.unit_id,
    members: row.members,
    women: row.women,
    foreign: row.foreign_members,
    ageBands: [
      row.age_under30,
      row.age_30to39,
      row.age_40to49,
      row.age_50to59,
      row.age_60plus,
      row.age_unknown,
    ],
  }));
}
