// SQL of accounts: user rows with the unit they are bound to, filtered by the caller's scope.
import { normalizeForSearch, type Role, type UnitTypeCode, type UserRow } from '@congdoan/domain';
import { and, count, eq, ne, type SQL, sql } from 'drizzle-orm';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/context.ts';
import { inScope } from '../../platform/scope.ts';
import { latestVersionOf } from '../org/index.ts';

interface UserRecord {
  id: number;
  username: string;
  full_name: string;
  role: string;
  locale: string;
  active: boolean;
  created_at: unknown;
  last_login_at: unknown;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  unit_type: string;
}

function toUserRow(row: UserRecord): UserRow {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: row.role as Role,
    locale: row.locale === 'en' ? 'en' : 'vi',
    active: row.active,
    createdAt: isoTimestamp(row.created_at),
    lastLoginAt: row.last_login_at === null ? null : isoTimestamp(row.last_login_at),
    unit: { id: row.unit_id, code: row.unit_code, name: row.unit_name, type: row.unit_type as UnitTypeCode },
  };
}

/** Users with their unit as it last stood; `where` may use `u` (users) and `v` (the unit's latest version). */
async function selectUserRows(tx: Tx, where: SQL, tail: SQL = sql``): Promise<UserRow[]> {
  const rows = await queryRows<UserRecord>(
    tx,
    sql`select u.id, u.username, u.full_name, u.role, u.locale, u.active, u.created_at, u.last_login_at,
               u.unit_id, o.code as unit_code, v.name as unit_name, v.type as unit_type
          from users u
          join org_units o on o.id = u.unit_id
          join lateral ${latestVersionOf(sql`u.unit_id`)} v on true
         where ${where}
         order by u.username, u.id ${tail}`,
  );
  return rows.map(toUserRow);
}

export async function userRowById(tx: Tx, userId: number): Promise<UserRow | undefined> {
  const [row] = await selectUserRows(tx, sql`u.id = ${userId}`);
  return row;
}

/**
 * One page of the users bound to units whose latest state lies in the actor's subtree, optionally within one
 * unit's subtree, by username, with their total. Without a search the page and the total are SQL's (a
 * national administrator's subtree holds an account or more per union); the accent-free match on name and
 * username has no column to run on, so a search filters the subtree's accounts here before paging.
 */
export async function scopedUserRows(
  tx: Tx,
  actor: Actor,
  filter: { unitId?: number; q?: string; page: number; pageSize: number },
): Promise<{ rows: UserRow[]; total: number }> {
  const conditions = [inScope(actor, sql`v.path`)];
  if (filter.unitId !== undefined) conditions.push(sql`v.path ~ ${`*.${filter.unitId}.*`}::lquery`);
  const where = sql.join(conditions, sql` and `);
  const offset = (filter.page - 1) * filter.pageSize;
  const q = normalizeForSearch(filter.q ?? '');
  if (q) {
    const all = (await selectUserRows(tx, where)).filter((row) =>
      normalizeForSearch(`${row.fullName} ${row.username}`).includes(q),
    );
    return { rows: all.slice(offset, offset + filter.pageSize), total: all.length };
  }
  const [counted] = await queryRows<{ total: number }>(
    tx,
    sql`select count(*)::int as total from users u join lateral ${latestVersionOf(sql`u.unit_id`)} v on true
        where ${where}`,
  );
  const rows = await selectUserRows(tx, where, sql`limit ${filter.pageSize} offset ${offset}`);
  return { rows, total: counted?.total ?? 0 };
}

/** Other active system administrators, locked so two concurrent demotions cannot both pass. */
export async function otherActiveAdministrators(tx: Tx, userId: number): Promise<number> {
  const locked = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'system_admin'), eq(users.active, true), ne(users.id, userId)))
    .for('update');
  return locked.length;
}

export async function usernameTaken(tx: Tx, username: string): Promise<boolean> {
  const [row] = await tx.select({ n: count() }).from(users).where(eq(users.username, username));
  return (row?.n ?? 0) > 0;
}
