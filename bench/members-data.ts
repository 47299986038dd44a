// Members at national scale, generated inside the database: INSERT … SELECT FROM generate_series with
// values hashed from the row number (the same on every run and on both drivers), names drawn from a pool
// of realistic Vietnamese names, and about 5 % of members with an ended membership period (3 % left,
// 2 % transferred). The member indexes and foreign keys are dropped during a load and restored after it.
import { daysBetween, normalizeForSearch } from '@congdoan/domain';
import { type Db, queryRows, sql } from '../packages/server/src/db/client.ts';
import { vietnameseName } from '../packages/server/src/demo/members-names.ts';
import { seededRandom } from '../packages/server/src/demo/random.ts';

/** Province codes that open a CCCD number; the generator uses the first 55 (see nationalId below). */
const CCCD_CODES = (
  '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 ' +
  '038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 ' +
  '080 082 083 084 086 087 089 091 092 093 094 095 096'
).split(' ');
/** Codes the generator never uses, so the import file's national IDs are new to the database. */
export const SPARE_CCCD_CODES = CCCD_CODES.slice(55);

export interface NamePool {
  names: string[];
  normalized: string[];
  genders: string[];
}

/** Draws of the demo's name generator: common names recur in the pool as often as in life. */
export function namePool(size = 50_000): NamePool {
  const random = seededRandom(10_000_000);
  const pool: NamePool = { names: [], normalized: [], genders: [] };
  for (let index = 0; index < size; index++) {
    const gender = random.next() < 0.5 ? 'female' : 'male';
    const region = random.next() < 0.55 ? 'north' : 'south';
    const name = vietnameseName(random, gender, random.int(1965, 2005), region, 'Kinh');
    pool.names.push(name);
    pool.normalized.push(normalizeForSearch(name));
    pool.genders.push(gender);
  }
  return pool;
}

/** A non-negative pseudo-random integer from a row number and a salt. */
const hash = (id: string, salt: number) => `(hashint8(${id}::bigint * 16 + ${salt}) & 2147483647)`;

/**
 * Members `from`..`to` (ids) in the given grassroots unions, and their periods, in one statement. The national
 * ID is unique by construction: its last six digits are id % 1,000,000 and its province code encodes
 * id / 1,000,000 (the code's index mod 11). Category (0–99): < 3 left, 3–4 transferred, else one open period.
 */
async function insertMembers(
  db: Db,
  pool: NamePool,
  units: number[],
  from: number,
  to: number,
  today: string,
) {
  const days = daysBetween('2005-01-01', today) - 30;
  const unitArray = sql`${sql.param(units)}::int[]`;
  await db.execute(sql`
    with drawn as (
      select i, 1 + ${sql.raw(hash('i', 1))} % ${pool.names.length} as k,
        date '1965-01-01' + (${sql.raw(hash('i', 2))} % 14600)::int as dob,
        date '2005-01-01' + (${sql.raw(hash('i', 3))} % ${days})::int as joined,
        ${sql.raw(hash('i', 4))} as h4, ${sql.raw(hash('i', 5))} as h5, ${sql.raw(hash('i', 6))} % 100 as category
      from generate_series(${from}::int, ${to}::int) i
    ), pool as (
      -- joined, not subscripted: finding element k of a text array walks the k before it
      select * from unnest(${sql.param(pool.names)}::text[], ${sql.param(pool.normalized)}::text[],
        ${sql.param(pool.genders)}::text[]) with ordinality as p(full_name, normalized, gender, k)
    ), added as (
      insert into members (id, full_name, full_name_normalized, gender, date_of_birth, national_id, ethnicity,
        religion, nationality, occupation, phone, joined_union_on, card_number, dues_group, salary_basis, status,
        unit_id)
      select i, p.full_name, p.normalized, p.gender, dob,
        (${sql.param(CCCD_CODES)}::text[])[1 + i / 1000000 + 11 * (h4 % 5)]
          || ((case when dob >= date '2000-01-01' then 2 else 0 end) + (case when p.gender = 'female' then 1 else 0 end))
          || to_char(dob, 'YY') || lpad((i % 1000000)::text, 6, '0'),
        case when h5 % 100 < 92 then 'Kinh' when h5 % 100 < 96 then 'Tày' else 'Mường' end,
        'Không', 'VN', 'Công nhân', '09' || lpad((h4 % 100000000)::text, 8, '0'), joined,
        'C' || lpad(i::text, 9, '0'), 'otherEnterprise', 5000000 + (h5 % 200) * 100000,
        case when category < 3 then 'left' else 'active' end,
        (${unitArray})[1 + h5 % ${units.length}]
      from drawn d join pool p on p.k = d.k
      returning id, unit_id, joined_union_on
    ), ended as (
      select id, unit_id, joined_union_on, ${sql.raw(hash('id', 6))} % 100 as category,
        joined_union_on + 1 + (${sql.raw(hash('id', 7))} % greatest(1, ${today}::date - joined_union_on - 2))::int as until,
        (${unitArray})[1 + ${sql.raw(hash('id', 8))} % ${units.length}] as earlier_unit
      from added
    )
    insert into memberships (member_id, unit_id, valid_from, valid_to, start_kind, end_kind, end_reason)
    select id, case when category between 3 and 4 then earlier_unit else unit_id end, joined_union_on,
      case when category < 5 then until end, 'admit',
      case when category < 3 then 'leave' when category < 5 then 'transferOut' end,
      case when category < 3 then 'Nghỉ việc' when category < 5 then 'Chuyển sinh hoạt công đoàn' end
    from ended
    union all
    select id, unit_id, until, null, 'transferIn', null, null from ended where category between 3 and 4`);
}

/** The indexes of the member tables (primary keys aside), to drop before a load and build after it. */
async function memberIndexes(db: Db): Promise<{ name: string; definition: string }[]> {
  return queryRows(
    db,
    sql`select indexname as name, indexdef as definition from pg_indexes
        where tablename in ('members', 'memberships', 'member_name_keys') and indexname not in (select conname from pg_constraint)
        order by indexname`,
  );
}

/** Foreign keys of the member tables: checked row by row during a load, so dropped and validated after. */
async function memberForeignKeys(db: Db): Promise<{ name: string; table: string; definition: string }[]> {
  return queryRows(
    db,
    sql`select conname as name, conrelid::regclass::text as table, pg_get_constraintdef(oid) as definition
        from pg_constraint where contype = 'f'
          and conrelid in ('members'::regclass, 'memberships'::regclass, 'member_name_keys'::regclass)
        order by conname`,
  );
}

export interface LoadTimes {
  insertMs: number;
  indexMs: number;
}

/** Adds members `from`..`to` in batches of a million without indexes and keys, then builds them and analyzes. */
export async function loadMembers(
  db: Db,
  options: { pool: NamePool; units: number[]; from: number; to: number; today: string },
  progress: (message: string) => void,
): Promise<LoadTimes> {
  const indexes = await memberIndexes(db);
  const keys = await memberForeignKeys(db);
  for (const key of keys) await db.execute(sql.raw(`alter table ${key.table} drop constraint ${key.name}`));
  for (const index of indexes) await db.execute(sql.raw(`drop index ${index.name}`));
  const insertStarted = performance.now();
  for (let first = options.from; first <= options.to; first += 1_000_000) {
    const last = Math.min(options.to, first + 999_999);
    await insertMembers(db, options.pool, options.units, first, last, options.today);
    progress(
      `    … ${last.toLocaleString('en-US')} members (${((performance.now() - insertStarted) / 1000).toFixed(0)} s)`,
    );
  }
  const insertMs = performance.now() - insertStarted;
  const started = performance.now();
  for (const index of indexes) await db.execute(sql.raw(index.definition));
  for (const key of keys) {
    await db.execute(sql.raw(`alter table ${key.table} add constraint ${key.name} ${key.definition}`));
  }
  await db.execute(
    sql`select setval(pg_get_serial_sequence('members', 'id'), (select max(id) from members))`,
  );
  await db.execute(sql`analyze members`);
  await db.execute(sql`analyze memberships`);
  // the search keys (written by the members' insert trigger) are read index-only once vacuumed, as
  // autovacuum leaves a table that has settled
  await db.execute(sql`vacuum analyze member_name_keys`);
  return { insertMs, indexMs: performance.now() - started };
}
