// The read side of the member facts: a subtree's member figures on a date from one facts row per unit of the
// subtree that day (the unit's latest row on or before the date), never from members or memberships.
import { AGE_BANDS } from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { treeOn } from '../org/index.ts';
import { subtreeStocksOn } from './subtree.ts';

export interface MemberFigures {
  members: number;
  women: number;
  foreign: number;
  /** AGE_BANDS plus 'unknown' → members. */
  ageBands: Record<string, number>;
  /** Ethnic group ('unknown' when none is recorded) → members. */
  ethnicity: Record<string, number>;
}

/**
 * A checked date as an SQL literal: the planner then knows the day and walks the facts index per unit (a
 * parameter makes it guess, and for the whole country it may read every row of the table instead).
 */
function day(date: string): SQL {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a date: ${date}`);
  return sql.raw(`'${date}'::date`);
}

/** Each unit of the subtree of `rootId` on `asOf` with its facts row of that day (the latest on or before). */
function factsOn(rootId: number, asOf: string): SQL {
  return sql`select f.* from ${treeOn(day(asOf))} v
    cross join lateral (select * from member_facts f where f.unit_id = v.unit_id and f.day <= ${day(asOf)}
                        order by f.day desc limit 1) f
    where v.path ~ ${`*.${rootId}.*`}::lquery`;
}

/** Members and women on `asOf` of each unit of the subtree that had any (the report figures' bottom-up counts). */
export function memberCountsPerUnit(
  tx: Tx,
  rootId: number,
  asOf: string,
): Promise<{ unit_id: number; members: number; women: number }[]> {
  return queryRows(
    tx,
    sql`select f.unit_id, f.members, f.women from (${factsOn(rootId, asOf)}) f where f.members <> 0`,
  );
}

/**
 * The subtree's members on each of `days` (the dashboard's trend), from the unit's subtree facts: its own
 * facts row plus its subtree rows up to each day, whatever the size of the subtree. A unit not live on a day
 * counts nothing then.
 */
export async function memberCountsOn(tx: Tx, rootId: number, days: string[]): Promise<number[]> {
  const counts: number[] = [];
  for (const date of days) {
    const [row] = await queryRows<{ members: number }>(
      tx,
      sql`select coalesce(sum(s.members), 0)::int as members
          from (${subtreeStocksOn(sql`select unit_id from ${treeOn(day(date))} v where v.unit_id = ${rootId}`, date)}) s`,
    );
    counts.push(row?.members ?? 0);
  }
  return counts;
}

/** The member figures of the subtree of `unitId` (the unit included) on `asOf`; zero for an absent unit. */
export async function memberFigures(tx: Tx, unitId: number, asOf: string): Promise<MemberFigures> {
  const [row] = await queryRows<{
    members: number;
    women: number;
    foreign: number;
    bands: number[];
    ethnicity: Record<string, number> | null;
  }>(
    tx,
    sql`with f as (${factsOn(unitId, asOf)})
        select coalesce(sum(members), 0)::int as members, coalesce(sum(women), 0)::int as women,
          coalesce(sum(foreign_members), 0)::int as foreign,
          array[coalesce(sum(age_under30), 0)::int, coalesce(sum(age_30to39), 0)::int,
            coalesce(sum(age_40to49), 0)::int, coalesce(sum(age_50to59), 0)::int,
            coalesce(sum(age_60plus), 0)::int, coalesce(sum(age_unknown), 0)::int] as bands,
          (select jsonb_object_agg(key, n) from (
             select e.key, sum(e.value::int)::int as n from f, jsonb_each_text(f.ethnicities) e
             group by e.key having sum(e.value::int) <> 0) g) as ethnicity
        from f`,
  );
  const bands = row?.bands ?? [];
  const ageBands: Record<string, number> = {};
  for (const [index, band] of [...AGE_BANDS, 'unknown'].entries()) {
    const count = Number(bands[index] ?? 0);
    if (band !== 'unknown' || count > 0) ageBands[band] = count;
  }
  return {
    members: row?.members ?? 0,
    women: row?.women ?? 0,
    foreign: row?.foreign ?? 0,
    ageBands,
    ethnicity: row?.ethnicity ?? {},
  };
}
