// Committing an import on either database: on PGlite it writes without foreign-key lookups to keep the
// commit short, and that must change nothing anyone could see — every key holds, the connection's settings
// come back, and a trigger someone adds to the members tables still fires.
import type { ImportResult } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { simpleWorkbook } from './test-sheets.ts';
import { buildImportWorld, upload } from './test-world.ts';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof buildImportWorld>>;

beforeAll(async () => {
  ctx = await createTestContext();
  world = await buildImportWorld(ctx);
});
afterAll(() => ctx.close());

/** Commits a sheet of new members with national IDs numbered from `from`. */
async function importPeople(names: string[], from: number): Promise<ImportResult> {
  const file = await simpleWorkbook([
    ['Họ và tên', 'Năm sinh', 'Giới tính', 'Số CCCD'],
    ...names.map((name, index) => [name, 1985 + index, index % 2 ? 'Nữ' : 'Nam', String(from + index)]),
  ]);
  const response = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, file, {
    dryRun: false,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('committing an import', () => {
  it('writes members whose unit and periods hold, and leaves the connection’s settings as they were', async () => {
    const result = await importPeople(['Vũ Văn Khoá', 'Vũ Thị Ngoại', 'Vũ Văn Liên'], 1_085_000_001);
    expect(result).toMatchObject({ imported: 3, rejected: 0 });
    const [row] = await queryRows<{ members: number; periods: number; orphans: number; role: string }>(
      ctx.database.db,
      sql`select count(distinct m.id)::int as members, count(p.id)::int as periods,
            count(*) filter (where u.id is null or p.unit_id <> m.unit_id)::int as orphans,
            current_setting('session_replication_role') as role
          from members m left join org_units u on u.id = m.unit_id
          left join memberships p on p.member_id = m.id
          where m.national_id like '0010850000%'`,
    );
    expect(row).toEqual({ members: 3, periods: 3, orphans: 0, role: 'origin' });
  });

  it('stores text holding backslashes and \\N as written, tabs and line breaks as spaces (rows are staged with COPY)', async () => {
    const address = 'Số 5\\7 ngõ 12\tphường Bồ Đề\r\nLong Biên, Hà Nội \\N';
    const file = await simpleWorkbook([
      ['Họ và tên', 'Năm sinh', 'Giới tính', 'Số CCCD', 'Địa chỉ'],
      ['Lý Văn Gạch', 1984, 'Nam', '1087000001', address],
    ]);
    const response = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, file, {
      dryRun: false,
    });
    expect(response.json()).toMatchObject({ imported: 1, rejected: 0 });
    const [member] = await queryRows<{ address: string }>(
      ctx.database.db,
      sql`select address from members where national_id = '001087000001'`,
    );
    // the cell's spacing is tidied as for any text field; COPY's own escapes must not show through
    expect(member?.address).toBe('Số 5\\7 ngõ 12 phường Bồ Đề Long Biên, Hà Nội \\N');
  });

  it('a trigger added to the members tables still fires for every row imported', async () => {
    const db = ctx.database.db;
    await db.execute(sql`create table period_log (member_id int)`);
    await db.execute(sql`create function log_period() returns trigger language plpgsql as
      $$ begin insert into period_log values (new.member_id); return new; end $$`);
    await db.execute(sql`create trigger memberships_logged after insert on memberships
      for each row execute function log_period()`);
    try {
      const result = await importPeople(['Đỗ Văn Ghi', 'Đỗ Thị Nhớ'], 1_086_000_001);
      expect(result).toMatchObject({ imported: 2 });
      const [logged] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from period_log l join members m on m.id = l.member_id
            where m.national_id like '0010860000%'`,
      );
      expect(logged?.n).toBe(2);
    } finally {
      await db.execute(sql`drop trigger memberships_logged on memberships`);
      await db.execute(sql`drop function log_period`);
      await db.execute(sql`drop table period_log`);
    }
  });
});
