// What the demo's year (year.ts) is planned from: the units of a subtree as they stood on a day with their
// members then (own and over the subtree), unit ids by code, and the demo accounts that record the year's
// work (the officers of LĐLĐ Hà Nội, LĐLĐ quận Long Biên and the cdcs account's union).
import type { Role } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/client.ts';
import { pathWithin, treeOn } from '../modules/org/index.ts';
import type { Actor } from '../platform/context.ts';

export interface LiveUnit {
  unitId: number;
  code: string;
  name: string;
  type: string;
  tier: number;
  parentId: number | null;
  /** unit ids from the root down to the unit itself */
  path: number[];
  /** members whose membership covers the day, in the unit itself and over its whole subtree */
  ownMembers: number;
  ownWomen: number;
  members: number;
  women: number;
  /** grassroots unions (tier 3) live on the day in the subtree, the unit itself included */
  grassroots: number;
}

/** Every unit live on `day` in the subtree of `rootId` (the root included), with its member figures. */
export async function liveSubtree(tx: Tx, rootId: number, day: string): Promise<LiveUnit[]> {
  const versions = await queryRows<{
    unitId: number;
    code: string;
    name: string;
    type: string;
    tier: number;
    parentId: number | null;
    path: string;
  }>(
    tx,
    sql`select v.unit_id as "unitId", u.code, v.name, v.type, t.tier, v.parent_id as "parentId",
          v.path::text as path
        from ${treeOn(day)} v join org_units u on u.id = v.unit_id join unit_types t on t.code = v.type
        where ${pathWithin(sql`v.path`, rootId)}
        order by v.path`,
  );
  const counts = await queryRows<{ unitId: number; members: number; women: number }>(
    tx,
    sql`select p.unit_id as "unitId", count(*)::int as members,
          count(*) filter (where m.gender = 'female')::int as women
        from memberships p join members m on m.id = p.member_id
        where p.valid_from <= ${day}::date and (p.valid_to is null or p.valid_to > ${day}::date)
        group by p.unit_id`,
  );
  const own = new Map(counts.map((row) => [row.unitId, row]));
  const units = versions.map(
    (version): LiveUnit => ({
      ...version,
      path: version.path.split('.').map(Number),
      ownMembers: own.get(version.unitId)?.members ?? 0,
      ownWomen: own.get(version.unitId)?.women ?? 0,
      members: 0,
      women: 0,
      grassroots: 0,
    }),
  );
  const byId = new Map(units.map((unit) => [unit.unitId, unit]));
  for (const unit of units) {
    for (const ancestorId of unit.path) {
      const ancestor = byId.get(ancestorId);
      if (!ancestor) continue;
      ancestor.members += unit.ownMembers;
      ancestor.women += unit.ownWomen;
      if (unit.tier === 3) ancestor.grassroots += 1;
    }
  }
  return units;
}

export type UnitCodes = Map<string, number>;

export async function unitIdsByCode(tx: Tx): Promise<UnitCodes> {
  const rows = await queryRows<{ code: string; id: number }>(tx, sql`select code, id from org_units`);
  return new Map(rows.map((row) => [row.code, row.id]));
}

export function idOf(codes: UnitCodes, code: string): number {
  const id = codes.get(code);
  if (id === undefined) throw new Error(`demo year: no unit ${code}`);
  return id;
}

/** The demo account as the services see a signed-in user (the demo always has its accounts). */
export async function demoActor(tx: Tx, username: string): Promise<Actor> {
  const [row] = await queryRows<Actor>(
    tx,
    sql`select id, username, full_name as "fullName", role, locale, unit_id as "unitId"
        from users where username = ${username}`,
  );
  if (!row) throw new Error(`demo year: no account ${username}`);
  return { ...row, role: row.role as Role };
}

/** A moment of a Vietnam day, as stored in timestamptz columns. */
export const vietnamTime = (day: string, hour: number, minute = 0) =>
  `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`;
