// The files an import meets besides the tidy .xlsx: CSV in the encodings and separators Excel writes, a
// mapping the user corrects, a header the user points at, and files that cannot be a member list.
import type { ImportResult } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { IMPORT_MAX_BYTES } from './routes.ts';
import { multipart, simpleWorkbook } from './test-sheets.ts';
import { buildImportWorld, tableCounts, upload } from './test-world.ts';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof buildImportWorld>>;

beforeAll(async () => {
  ctx = await createTestContext();
  world = await buildImportWorld(ctx);
});
afterAll(() => ctx.close());

const CSV_LINES = [
  ['CÔNG ĐOÀN CƠ SỞ CÔNG TY LONG BIÊN A', '', '', '', ''],
  ['DANH SÁCH ĐOÀN VIÊN', '', '', '', ''],
  ['', '', '', '', ''],
  ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD'],
  ['(1)', '(2)', '(3)', '(4)', '(5)'],
  ['1', 'Nguyễn Văn Bảy', '15/08/1985', 'Nam', '1085000101'],
  ['2', ' hoàng  thị TÁM '.normalize('NFD'), '1990', 'nữ', '001190000102'],
  ['3', 'Lê Văn Chín', '1988-02-30', 'Nam', '001088000103'],
  ['4', 'Trần Văn Mười', '20/10/1979', 'Không rõ', '001079000104'],
  ['5', 'Phạm Thị Một', '01/01/1991', 'Nữ', '001085000101'],
  ['Tổng cộng: 5 người', '', '', '', ''],
];

function csv(separator: string): string {
  const quote = (cell: string) => (cell.includes(separator) ? `"${cell}"` : cell);
  return `${CSV_LINES.map((line) => line.map(quote).join(separator)).join('\r\n')}\r\n`;
}

describe('CSV files', () => {
  it.each([
    [
      '";" with a UTF-8 BOM (Excel, Vietnamese locale)',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv(';'))]),
    ],
    ['"," without BOM', Buffer.from(csv(','))],
    [
      'tabs in UTF-16 (Excel "Unicode text")',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv('\t'), 'utf16le')]),
    ],
  ])('reads %s', async (_name, content) => {
    const response = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, content, {
      name: 'danh-sach.csv',
      type: 'text/csv',
    });
    expect(response.statusCode, response.body).toBe(200);
    const result: ImportResult = response.json();
    expect(result).toMatchObject({ rows: 5, imported: 2, rejected: 3, headerRow: 4 });
    expect(result.preview!.slice(0, 2)).toEqual([
      { row: 6, action: 'import', fullName: 'Nguyễn Văn Bảy', nationalId: '001085000101' },
      { row: 7, action: 'import', fullName: 'Hoàng Thị Tám', nationalId: '001190000102' },
    ]);
    expect(result.errors.map((error) => [error.row, error.column])).toEqual([
      [8, 'C (Ngày sinh)'],
      [9, 'D (Giới tính)'],
      [10, 'E (Số CCCD)'],
    ]);
    expect(result.errors[2]!.message).toBe('Trùng số CCCD/CMND với dòng 6 trong tệp');
  });
});

describe('column mapping and header row chosen by the user', () => {
  const rows = [
    ['Họ và tên', 'Ngày sinh', 'Giới tính', 'Mã nhân viên', 'CMT'],
    ['Nguyễn Văn Hai', '01/02/1990', 'Nam', 'NV01', '001090000201'],
  ];

  it('a mapping replaces the detected one: named columns are read, the others ignored', async () => {
    const file = await simpleWorkbook(rows);
    const detected: ImportResult = (
      await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, file)
    ).json();
    expect(detected.mapping!.nationalId).toBeUndefined();
    expect(detected.preview![0]!.nationalId).toBeNull();
    expect(detected.columns).toContainEqual({ column: 'E', header: 'CMT', field: null });

    const mapping = JSON.stringify({
      A: 'fullName',
      B: 'dateOfBirth',
      C: 'gender',
      E: 'nationalId',
      D: 'ignore',
    });
    const response = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, file, {
      fields: { mapping },
    });
    const corrected: ImportResult = response.json();
    expect(corrected.mapping).toEqual({
      fullName: { column: 'A', header: 'Họ và tên' },
      dateOfBirth: { column: 'B', header: 'Ngày sinh' },
      gender: { column: 'C', header: 'Giới tính' },
      nationalId: { column: 'E', header: 'CMT' },
    });
    expect(corrected.preview![0]).toMatchObject({ action: 'import', nationalId: '001090000201' });
  });

  it('a header the detector does not know is read once the user points at it', async () => {
    const file = await simpleWorkbook([
      ['Bảng kê'],
      ['Tên đầy đủ', 'Phái', 'CMT'],
      ['Lê Thị Ba', 'Nữ', '001190000301'],
    ]);
    const unknown = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, file);
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([422, 'IMPORT_NO_HEADER']);
    const mapping = JSON.stringify({ A: 'fullName', B: 'gender', C: 'nationalId' });
    const response = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, file, {
      fields: { mapping, headerRow: '2' },
    });
    expect(response.json()).toMatchObject({ headerRow: 2, rows: 1, imported: 1 });
  });

  it.each([
    ['not JSON', 'A=fullName', 400, 'IMPORT_MAPPING_INVALID'],
    ['one field twice', JSON.stringify({ A: 'fullName', B: 'fullName' }), 400, 'IMPORT_MAPPING_INVALID'],
    ['an unknown field', JSON.stringify({ A: 'fullName', B: 'shoeSize' }), 400, 'IMPORT_MAPPING_INVALID'],
    ['no name column', JSON.stringify({ B: 'dateOfBirth', C: 'gender' }), 422, 'IMPORT_NAME_COLUMN_MISSING'],
  ])('refuses a mapping with %s', async (_name, mapping, status, code) => {
    const file = await simpleWorkbook(rows);
    const response = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, file, {
      fields: { mapping },
    });
    expect([response.statusCode, response.json().error.code]).toEqual([status, code]);
  });
});

describe('files that are not a member list', () => {
  const cases: [string, string, Buffer, number, string][] = [
    [
      'an Excel 97 .xls',
      'ds.xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      415,
      'IMPORT_LEGACY_XLS',
    ],
    [
      'a picture',
      'anh.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      415,
      'IMPORT_FILE_TYPE',
    ],
    ['a CSV without a member table', 'ds.csv', Buffer.from('a,b\n1,2\n'), 422, 'IMPORT_NO_HEADER'],
    [
      'a CSV in a legacy encoding',
      'ds.csv',
      Buffer.from('H\xe4 v\xe0 t\xean,Gi\xf3i\n', 'latin1'),
      400,
      'IMPORT_CSV_ENCODING',
    ],
    ['an empty file', 'ds.csv', Buffer.alloc(0), 400, 'IMPORT_FILE_EMPTY'],
  ];
  it.each(cases)('refuses %s', async (_name, fileName, content, status, code) => {
    const before = await tableCounts(ctx);
    const response = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, content, {
      name: fileName,
      dryRun: false,
    });
    expect([response.statusCode, response.json().error.code]).toEqual([status, code]);
    expect(response.json().error.message).toBeTruthy();
    expect(await tableCounts(ctx)).toEqual(before);
  });

  it('needs a file', async () => {
    const json = await ctx.app.inject({
      method: 'POST',
      url: `/api/org-units/${world.tree.grassrootsA}/members/import`,
      payload: { rows: [] },
      headers: world.sessions.longBien,
    });
    expect([json.statusCode, json.json().error.code]).toEqual([400, 'IMPORT_FILE_MISSING']);
  });

  it('refuses an upload above the limit with 413 and the error body', async () => {
    const big = Buffer.alloc(IMPORT_MAX_BYTES + 1024, 0x41);
    const body = multipart({ name: 'lon.csv', content: big, type: 'text/csv' });
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/org-units/${world.tree.grassrootsA}/members/import?dryRun=true`,
      payload: body.payload,
      headers: { ...world.sessions.longBien, ...body.headers },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({
      code: 'IMPORT_FILE_TOO_LARGE',
      message: expect.stringContaining('20 MB'),
    });
  });
});
