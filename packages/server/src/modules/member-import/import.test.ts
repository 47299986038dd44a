// Importing a member list kept the way unions keep theirs: every row accounted for, a dry run that writes
// nothing, a commit that writes every valid row at once, and a re-import that changes nothing.
import type { ImportResult } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { type ExpectedRow, messyWorkbook, openWorkbook } from './test-sheets.ts';
import { buildImportWorld, memberByNationalId, tableCounts, upload } from './test-world.ts';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof buildImportWorld>>;
let sheet: { buffer: Buffer; expected: ExpectedRow[] };
const HEADERS: Record<string, string> = {
  B: 'Họ và tên',
  C: 'Năm sinh / Nam',
  E: 'Số CCCD/CMND',
  M: 'Thời hạn hợp đồng (tháng)',
};

beforeAll(async () => {
  ctx = await createTestContext();
  world = await buildImportWorld(ctx);
  sheet = await messyWorkbook(world.seeded);
});
afterAll(() => ctx.close());

const count = (action: ExpectedRow['action']) => sheet.expected.filter((row) => row.action === action).length;

function expectEveryRowAccountedFor(result: ImportResult) {
  expect(result.rows).toBe(sheet.expected.length);
  expect(result.imported + result.updated + result.unchanged + result.rejected).toBe(result.rows);
  const rejected = sheet.expected.filter((row) => row.action === 'reject');
  // Exactly the rejected rows have errors, and each names its row, column (letter and header) and reason.
  expect([...new Set(result.errors.map((error) => error.row))].sort()).toEqual(
    rejected.map((row) => row.row).sort(),
  );
  for (const row of rejected) {
    const errors = result.errors.filter((error) => error.row === row.row);
    const match = errors.find((error) => error.message.includes(row.reason!));
    expect(match, `row ${row.row}: ${JSON.stringify(errors)}`).toBeDefined();
    expect(match!.column.startsWith(`${row.column} (`), `row ${row.row}: ${match!.column}`).toBe(true);
    if (HEADERS[row.column!]) expect(match!.column).toBe(`${row.column} (${HEADERS[row.column!]})`);
  }
}

describe('import of a messy union sheet', () => {
  let dryRun: ImportResult;

  it('dry run: reads the sheet as unions lay it out, decides every row and writes nothing', async () => {
    const before = await tableCounts(ctx);
    const response = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, sheet.buffer);
    expect(response.statusCode, response.body).toBe(200);
    dryRun = response.json();
    expect(dryRun).toMatchObject({
      imported: count('import'),
      updated: count('update'),
      unchanged: count('unchanged'),
      rejected: count('reject'),
      headerRow: 7,
      sheetName: 'DS đoàn viên',
    });
    expectEveryRowAccountedFor(dryRun);
    expect(dryRun.mapping).toMatchObject({
      fullName: { column: 'B', header: 'Họ và tên' },
      yearOfBirthMale: { column: 'C' },
      yearOfBirthFemale: { column: 'D' },
      nationalId: { column: 'E' },
      joinedUnionOn: { column: 'J' },
      foreignContractMonths: { column: 'M' },
    });
    const actions: Record<ExpectedRow['action'], string> = {
      import: 'import',
      update: 'update',
      unchanged: 'unchanged',
      reject: 'reject',
    };
    expect(dryRun.preview!.map((row) => [row.row, row.action])).toEqual(
      sheet.expected.map((row) => [row.row, actions[row.action]]),
    );
    expect(dryRun.preview!.find((row) => row.row === 11)).toMatchObject({
      fullName: 'Trần Thị Bình',
      nationalId: '001090001234',
    });
    expect(await tableCounts(ctx)).toEqual(before);
  });

  it('answers in the caller’s language', async () => {
    const response = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, sheet.buffer, {
      lang: 'en',
    });
    const errors = (response.json() as ImportResult).errors;
    expect(errors.find((error) => error.row === 19)?.message).toBe(
      'Already a member elsewhere, outside your scope; ask the superior union (send a request from "Admit member")',
    );
  });

  it('commit: writes every valid row in one transaction, with periods and audit', async () => {
    const before = await tableCounts(ctx);
    const response = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, sheet.buffer, {
      dryRun: false,
    });
    expect(response.statusCode, response.body).toBe(200);
    const result: ImportResult = response.json();
    expectEveryRowAccountedFor(result);
    expect(result.errors).toEqual(dryRun.errors);
    expect(await tableCounts(ctx)).toEqual({
      members: before.members + count('import'),
      periods: before.periods + count('import'),
      memberAudits: before.memberAudits + count('import') + count('update'),
      importAudits: before.importAudits + 1,
    });

    // The stored forms: name composed and cased, ID with its zeros back, dates as the sheet meant them.
    expect(await memberByNationalId(ctx, '001090001234')).toMatchObject({
      full_name: 'Trần Thị Bình',
      full_name_normalized: 'tran thi binh',
      gender: 'female',
      dob: '1990-05-20',
      date_of_birth_precision: 'day',
      ethnicity: 'Kinh',
      status: 'active',
      unit_id: world.tree.grassrootsA,
    });
    const an = await memberByNationalId(ctx, '001085012345');
    expect(an).toMatchObject({
      dob: '1985-01-01',
      date_of_birth_precision: 'year',
      joined: '2010-03-15',
      card_number: 'LB-0001',
    });
    // Joined in 2010, but the unit was founded in 2020: its period starts with the unit.
    expect(an!.periods).toEqual([{ validFrom: '2020-01-01', startKind: 'import' }]);
    expect(await memberByNationalId(ctx, '034192000111')).toMatchObject({ phone: '0987654321' });
    expect(await memberByNationalId(ctx, '001196000077')).toMatchObject({ full_name: 'Quách Thị Tâm' });
    expect(await memberByNationalId(ctx, world.seeded.toUpdate)).toMatchObject({ phone: '0900000001' });
    const [park] = await queryRows<{ nationality: string; foreign_contract_months: number }>(
      ctx.database.db,
      sql`select nationality, foreign_contract_months from members where full_name = 'Park Ji Woo'`,
    );
    expect(park).toEqual({ nationality: 'KR', foreign_contract_months: 24 });

    const [summary] = await queryRows<{ entity_id: string; after: Record<string, unknown>; unit_id: number }>(
      ctx.database.db,
      sql`select entity_id, after, unit_id from audit_log where entity = 'memberImport' order by id desc limit 1`,
    );
    expect(summary).toMatchObject({
      entity_id: String(result.jobId),
      unit_id: world.tree.grassrootsA,
      after: {
        rows: result.rows,
        imported: count('import'),
        updated: 1,
        unchanged: 1,
        rejected: count('reject'),
      },
    });
    const [update] = await queryRows<{ before: unknown; after: Record<string, unknown> }>(
      ctx.database.db,
      sql`select before, after from audit_log where entity = 'member' and action = 'update'
            and entity_id = ${String(world.seeded.toUpdateId)}`,
    );
    expect(update).toMatchObject({
      before: { phone: '0900000000' },
      after: { phone: '0900000001', row: 21 },
    });
  });

  it('re-importing the same file changes nothing', async () => {
    const before = await tableCounts(ctx);
    const response = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, sheet.buffer, {
      dryRun: false,
    });
    const result: ImportResult = response.json();
    expect(result).toMatchObject({
      rows: sheet.expected.length,
      imported: 0,
      updated: 0,
      unchanged: count('import') + count('update') + count('unchanged'),
      rejected: count('reject'),
    });
    expect(await tableCounts(ctx)).toEqual({ ...before, importAudits: before.importAudits + 1 });
  });

  it('a changed cell updates that member and nothing else', async () => {
    const workbook = await openWorkbook(sheet.buffer);
    workbook.getWorksheet('DS đoàn viên')!.getCell('I10').value = '0977 000 111';
    const changed = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, changed, {
      dryRun: false,
    });
    expect(response.json()).toMatchObject({ imported: 0, updated: 1, rejected: count('reject') });
    expect((response.json() as ImportResult).preview!.find((row) => row.row === 10)?.action).toBe('update');
    expect(await memberByNationalId(ctx, '001085012345')).toMatchObject({
      phone: '0977000111',
      card_number: 'LB-0001',
    });
  });

  it('the rejected rows download as .xlsx with their cells and reasons, and import again as they are', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/import-jobs/${dryRun.jobId}/rejected.xlsx`,
      headers: world.sessions.longBien,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = await openWorkbook(response.rawPayload);
    const rejectedSheet = workbook.worksheets[0]!;
    const header = rejectedSheet.getRow(2).values as unknown[];
    expect(header).toContain('Lý do');
    expect(rejectedSheet.getRow(1).getCell(2).value).toBe('Họ và tên');
    expect(rejectedSheet.getRow(2).getCell(3).value).toBe('Nam');
    const reasonColumn = header.indexOf('Lý do');
    const rows: { row: number; name: unknown; id: unknown; reason: string }[] = [];
    rejectedSheet.eachRow((row, number) => {
      if (number <= 2) return;
      rows.push({
        row: Number(row.getCell(reasonColumn + 1).value),
        name: row.getCell(2).value,
        id: row.getCell(5).value,
        reason: String(row.getCell(reasonColumn).value),
      });
    });
    const rejected = sheet.expected.filter((row) => row.action === 'reject');
    expect(rows.map((row) => row.row)).toEqual(rejected.map((row) => row.row));
    for (const row of rejected)
      expect(rows.find((found) => found.row === row.row)!.reason).toContain(row.reason!);
    expect(rows.find((row) => row.row === 16)).toMatchObject({ name: 'Vũ Thị Phương', id: '12345' });

    // The downloaded file reads like the original: its two-row header, and one data row per rejected row.
    const again = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, response.rawPayload);
    expect(again.json()).toMatchObject({
      rows: rejected.length,
      headerRow: 1,
      mapping: { yearOfBirthFemale: { column: 'D' } },
    });
  });
  it("the rejected rows come in the requester's language: English sheet, headings and reasons", async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/import-jobs/${dryRun.jobId}/rejected.xlsx?lang=en`,
      headers: world.sessions.longBien,
    });
    expect(response.statusCode).toBe(200);
    const rejectedSheet = (await openWorkbook(response.rawPayload)).worksheets[0]!;
    expect(rejectedSheet.name).toBe('Rejected rows');
    const header = rejectedSheet.getRow(2).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['Reason', 'Row in the original file']));
    const reasons: string[] = [];
    rejectedSheet.eachRow((row, number) => {
      if (number > 2) reasons.push(String(row.getCell(header.indexOf('Reason')).value));
    });
    expect(reasons.join('\n')).toContain('Invalid national ID "12345"');
    // the sheet's own cells stay as the file had them
    expect(rejectedSheet.getRow(1).getCell(2).value).toBe('Họ và tên');
  });
});
