// Exporting a member list: the printed layout unions use, the list's filters and scope, and a round trip —
// an export imported back into its unit changes nothing.
import type { ImportResult } from '@congdoan/domain';
import { formatDateVi, todayInVietnam } from '@congdoan/domain';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { messyWorkbook, openWorkbook } from '../member-import/test-sheets.ts';
import { buildImportWorld, type Session, upload } from '../member-import/test-world.ts';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof buildImportWorld>>;

beforeAll(async () => {
  ctx = await createTestContext();
  world = await buildImportWorld(ctx);
  const sheet = await messyWorkbook(world.seeded);
  const imported = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, sheet.buffer, {
    dryRun: false,
  });
  if (imported.statusCode !== 200) throw new Error(imported.body);
});
afterAll(() => ctx.close());

function exportOf(unitId: number, query = '', session: Session = world.sessions.longBien) {
  return ctx.app.inject({
    method: 'GET',
    url: `/api/org-units/${unitId}/members/export.xlsx${query ? `?${query}` : ''}`,
    headers: session,
  });
}

/** The member rows of an export: from under the column numbers down to the totals row. */
function memberRows(sheet: ExcelJS.Worksheet) {
  const rows: unknown[][] = [];
  for (let number = 10; ; number++) {
    const values = (sheet.getRow(number).values as unknown[]).slice(1);
    if (String(values[0] ?? '').startsWith('Tổng cộng')) return { rows, totalsRow: number };
    rows.push(values);
  }
}

describe('member list export', () => {
  it('lays the list out as unions print it', async () => {
    const response = await exportOf(world.tree.grassrootsA);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="danh-sach-doan-vien-HN-LB-A-\d{4}-\d{2}-\d{2}\.xlsx"/u,
    );
    const sheet = (await openWorkbook(response.rawPayload)).worksheets[0]!;
    const text = (address: string) => sheet.getCell(address).value;
    expect([text('A1'), text('A2'), text('G1'), text('G2')]).toEqual([
      'LĐLĐ QUẬN LONG BIÊN',
      'CĐCS CÔNG TY LONG BIÊN A',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
    expect([text('A4'), text('A5'), text('A6')]).toEqual([
      'DANH SÁCH ĐOÀN VIÊN',
      'CĐCS Công ty Long Biên A',
      `(Tính đến ngày ${formatDateVi(todayInVietnam())})`,
    ]);
    expect((sheet.getRow(8).values as unknown[]).slice(1)).toEqual([
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Số CCCD',
      'Dân tộc',
      'Chức vụ',
      'Đơn vị công tác',
      'Số điện thoại',
      'Ngày vào công đoàn',
      'Số thẻ',
      'Trạng thái',
    ]);
    expect((sheet.getRow(9).values as unknown[]).slice(1)).toEqual(
      Array.from({ length: 12 }, (_, i) => `(${i + 1})`),
    );
    expect(sheet.getCell('A8').font.bold).toBe(true);
    expect(sheet.getCell('B10').border.left?.style).toBe('thin');
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToWidth: 1,
      printTitlesRow: '8:9',
    });

    const { rows, totalsRow } = memberRows(sheet);
    // 8 imported or updated from the sheet, Dương Thị Kim, and Lý Văn Long who left.
    expect(rows).toHaveLength(10);
    expect(rows.map((row) => row[0])).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    const an = rows.find((row) => row[1] === 'Nguyễn Văn An')!;
    expect(an).toEqual([
      expect.any(Number),
      'Nguyễn Văn An',
      '1985',
      'Nam',
      '001085012345',
      'Kinh',
      'Công nhân',
      'Phân xưởng 1',
      '0912345678',
      '15/03/2010',
      'LB-0001',
      'Đang sinh hoạt',
    ]);
    const binh = rows.find((row) => row[1] === 'Trần Thị Bình')!;
    expect(binh.slice(2, 5)).toEqual(['20/05/1990', 'Nữ', '001090001234']);
    expect(sheet.getCell(`E${10 + rows.indexOf(binh)}`).numFmt).toBe('@');
    expect(rows.find((row) => row[1] === 'Lý Văn Long')![11]).toBe('Đã ra khỏi tổ chức');
    const women = rows.filter((row) => row[3] === 'Nữ').length;
    expect(sheet.getCell(`A${totalsRow}`).value).toBe(`Tổng cộng: 10 đoàn viên, trong đó nữ: ${women}`);
    // Merged cells read back with their text in every cell they span: one value per block.
    const footer = [totalsRow + 2, totalsRow + 3, totalsRow + 4].map((row) => [
      ...new Set((sheet.getRow(row).values as unknown[]).filter(Boolean)),
    ]);
    expect(footer[0]![0]).toMatch(/^……………, ngày \d{2} tháng \d{2} năm \d{4}$/u);
    expect(footer[1]).toEqual(['NGƯỜI LẬP BIỂU', 'TM. BAN CHẤP HÀNH']);
  });

  it("comes in the requester's language: English sheet, title, headings, genders, statuses and signatures", async () => {
    const response = await exportOf(world.tree.grassrootsA, 'lang=en');
    expect(response.statusCode, response.body).toBe(200);
    const sheet = (await openWorkbook(response.rawPayload)).worksheets[0]!;
    expect(sheet.name).toBe('Members');
    expect([sheet.getCell('G1').value, sheet.getCell('A4').value]).toEqual([
      'SOCIALIST REPUBLIC OF VIETNAM',
      'LIST OF MEMBERS',
    ]);
    expect((sheet.getRow(8).values as unknown[]).slice(1, 5)).toEqual([
      'No.',
      'Full name',
      'Date of birth',
      'Gender',
    ]);
    const rows: unknown[][] = [];
    for (let number = 10; !String(sheet.getCell(`A${number}`).value).startsWith('Total'); number++) {
      rows.push((sheet.getRow(number).values as unknown[]).slice(1));
    }
    expect(rows.find((row) => row[1] === 'Nguyễn Văn An')!.slice(3)).toEqual(
      expect.arrayContaining(['Male', 'Active']),
    );
    expect(rows.find((row) => row[1] === 'Lý Văn Long')![11]).toBe('Left the union');
    const signatures = (sheet.getRow(10 + rows.length + 3).values as unknown[]).filter(Boolean);
    expect([...new Set(signatures)]).toEqual(['PREPARED BY', 'FOR THE EXECUTIVE COMMITTEE']);
  });

  it('imported back into its unit, the export changes nothing', async () => {
    const response = await exportOf(world.tree.grassrootsA, 'status=active');
    const active = memberRows((await openWorkbook(response.rawPayload)).worksheets[0]!).rows.length;
    const again = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, response.rawPayload, {
      dryRun: false,
    });
    const result: ImportResult = again.json();
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({
      rows: active,
      imported: 0,
      updated: 0,
      rejected: 0,
      unchanged: active,
      headerRow: 8,
    });
  });

  it.each([
    ['gender=female', (rows: unknown[][]) => rows.length > 0 && rows.every((row) => row[3] === 'Nữ')],
    ['q=nguyen van', (rows: unknown[][]) => rows.length === 1 && rows[0]![1] === 'Nguyễn Văn An'],
    ['status=left', (rows: unknown[][]) => rows.length === 1 && rows[0]![1] === 'Lý Văn Long'],
    ['ageBand=60plus', (rows: unknown[][]) => rows.length === 0],
  ])('applies the list filters: %s', async (query, holds) => {
    const response = await exportOf(world.tree.grassrootsA, query);
    expect(response.statusCode).toBe(200);
    expect(holds(memberRows((await openWorkbook(response.rawPayload)).worksheets[0]!).rows)).toBe(true);
  });

  it('as of a past date: the members of that day, and the date in the title', async () => {
    // Nguyễn Văn An joined in 2010; the sheet's members came into this union when it was founded in 2020.
    const response = await exportOf(world.tree.grassrootsA, 'asOf=2021-06-01');
    const sheet = (await openWorkbook(response.rawPayload)).worksheets[0]!;
    expect(sheet.getCell('A6').value).toBe('(Tính đến ngày 01/06/2021)');
    expect(
      memberRows(sheet)
        .rows.map((row) => row[1])
        .sort(),
    ).toEqual(['Dương Thị Kim', 'Lý Văn Long', 'Nguyễn Văn An', 'Ngô Văn Inh']);
  });

  it('exports only within scope', async () => {
    const cases: [Session, number, number][] = [
      [world.sessions.longBien, world.tree.grassrootsB, 404],
      [world.sessions.longBien, world.tree.hanoi, 404],
      [world.sessions.hoangMai, world.tree.grassrootsA, 404],
      [world.sessions.longBien, 987654, 404],
      [world.sessions.viewer, world.tree.grassrootsA, 200],
    ];
    for (const [session, unitId, status] of cases) {
      expect((await exportOf(unitId, '', session)).statusCode, `${unitId}`).toBe(status);
    }
    // The district's export holds its grassroots union's members; Hoàng Mai's member is only in the city's.
    const names = async (unitId: number, session: Session) =>
      memberRows(
        (await openWorkbook((await exportOf(unitId, '', session)).rawPayload)).worksheets[0]!,
      ).rows.map((row) => row[1]);
    expect(await names(world.tree.longBien, world.sessions.longBien)).not.toContain('Đỗ Thị Hoa');
    expect(await names(world.tree.longBien, world.sessions.longBien)).toContain('Nguyễn Văn An');
    expect(await names(world.tree.hanoi, world.sessions.admin)).toContain('Đỗ Thị Hoa');
  });
});
