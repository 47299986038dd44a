// The roll-up API and its exports: the unit's figures with its children's and last year's, drill-down, scope,
// the .xlsx (header, every indicator row, the children's columns) and the Word report (narrative + figures).
import { INDICATOR_CODES, indicatorName, type ReportRollup } from '@congdoan/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { docxLines } from '../../test/docx.ts';
import { buildFiguresWorld, type FiguresWorld } from './test-figures.ts';
import { send } from './test-reports.ts';

let ctx: TestContext;
let world: FiguresWorld;

beforeAll(async () => {
  ctx = await createTestContext();
  world = await buildFiguresWorld(ctx);
}, 120_000);
afterAll(async () => {
  await ctx?.close();
});

const rollupUrl = (query = '') => `/api/report-periods/${world.periods.h2025}/rollup${query}`;

async function rollup(session: { cookie: string }, query = ''): Promise<ReportRollup> {
  const response = await send(ctx, session, 'GET', rollupUrl(query));
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as ReportRollup;
}

describe('GET /report-periods/:id/rollup', () => {
  it("gives the issuer's figures, its children's, and last year's beside", async () => {
    const body = await rollup(world.sessions.hanoi);
    expect(body).toMatchObject({ unitId: world.units.hanoi, cutOff: '2025-05-31' });
    expect(body.indicatorCodes).toEqual(INDICATOR_CODES.filter((code) => code in body.indicators));
    expect(body.indicatorCodes).toContain('GRASSROOTS_UNIONS');
    // the rate compares the members and workers of the unions that reported workers (A: 3 and A2: 1 member)
    expect(body.indicators).toMatchObject({ MEMBERS: 6, WORKERS: 40, MEMBERSHIP_RATE: 0.1 });
    expect(body.lastYear).toMatchObject({ periodId: world.periods.h2024 });
    expect(body.lastYear?.indicators).toMatchObject({ MEMBERS: 6, WORKERS: 8 });
    expect(body.children.map((child) => [child.unitName, child.status, child.hasChildren])).toEqual([
      ['LĐLĐ quận Hoàng Mai', 'missing', true],
      ['LĐLĐ quận Long Biên', 'submitted', true],
    ]);
    const longBien = body.children[1];
    expect(longBien?.indicators).toMatchObject({ MEMBERS: 5, WORKERS: 40, AVERAGE_MONTHLY_WAGE: 6_250_000 });
    expect(longBien?.lastYearIndicators).toMatchObject({ MEMBERS: 5, WORKERS: 8 });
  });

  it("drills down: asking for a child gives that child's children; a draft counts as missing", async () => {
    const body = await rollup(world.sessions.hanoi, `?unitId=${world.units.longBien}`);
    expect(body.unitId).toBe(world.units.longBien);
    expect(body.children.map((child) => [child.unitName, child.status])).toEqual([
      ['CĐCS Công ty Long Biên A', 'submitted'],
      ['CĐCS Công ty Long Biên A2', 'approved'],
      ['CĐCS Công ty Long Biên A3', 'missing'],
    ]);
    expect(body.children.map((child) => child.indicators.WORKERS)).toEqual([10, 30, null]);
    expect(body.indicators.WORKERS).toBe(40);
  });

  it("defaults to the actor's own unit when it lies in the period's tree", async () => {
    const body = await rollup(world.sessions.longBien);
    expect(body.unitId).toBe(world.units.longBien);
  });

  it('keeps a Long Biên user out of Hoàng Mai and Hà Nội', async () => {
    for (const unitId of [world.units.hoangMai, world.units.hanoi, world.units.grassrootsB]) {
      const response = await send(ctx, world.sessions.longBien, 'GET', rollupUrl(`?unitId=${unitId}`));
      expect(response.statusCode).toBe(404);
    }
    const xlsx = await send(
      ctx,
      world.sessions.longBien,
      'GET',
      `/api/report-periods/${world.periods.h2025}/rollup.xlsx?unitId=${world.units.hoangMai}`,
    );
    expect(xlsx.statusCode).toBe(404);
    const docx = await send(
      ctx,
      world.sessions.longBien,
      'GET',
      `/api/report-periods/${world.periods.h2025}/reports/${world.units.grassrootsB}/report.docx`,
    );
    expect(docx.statusCode).toBe(404);
  });

  it('refuses a unit outside the period’s tree', async () => {
    const response = await send(ctx, world.sessions.admin, 'GET', rollupUrl(`?unitId=${world.units.root}`));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ error: { code: 'REPORT_UNIT_NOT_REPORTING' } });
  });
});

describe('GET /report-periods/:id/rollup.xlsx', () => {
  it('has the header, a row per indicator with its figures, last year, the change and each child', async () => {
    const response = await send(
      ctx,
      world.sessions.hanoi,
      'GET',
      `/api/report-periods/${world.periods.h2025}/rollup.xlsx?unitId=${world.units.longBien}`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('tong-hop-bao-cao-HN-LB-halfYear-2025.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const texts: string[] = [];
    sheet.eachRow((row) => {
      texts.push(
        row.values ? (row.values as unknown[]).map((v) => (v == null ? '' : String(v))).join('|') : '',
      );
    });
    const all = texts.join('\n');
    expect(all).toContain('LĐLĐ THÀNH PHỐ HÀ NỘI');
    expect(all).toContain('LĐLĐ QUẬN LONG BIÊN');
    expect(all).toContain('BẢNG TỔNG HỢP SỐ LIỆU BÁO CÁO');
    expect(all).toContain('Báo cáo 6 tháng đầu năm 2025');
    expect(all).toContain('(Tính đến ngày 31/05/2025)');
    const header = texts.find((line) => line.includes('Chỉ tiêu'))!;
    expect(header.split('|').filter(Boolean)).toEqual([
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'LĐLĐ quận Long Biên',
      'Cùng kỳ năm trước',
      'Tăng (+), giảm (-)',
      'CĐCS Công ty Long Biên A',
      'CĐCS Công ty Long Biên A2',
      'CĐCS Công ty Long Biên A3',
    ]);
    const row = (code: string) => {
      const line = texts.find((text) => text.split('|')[2] === indicatorName(code, 'vi'));
      const cells = line?.split('|').slice(2) ?? [];
      // trailing blank cells are not in the row's values
      return Array.from({ length: 8 }, (_, index) => cells[index] ?? '');
    };
    // name, measure, Long Biên, last year, change, A, A2, A3
    expect(row('MEMBERS')).toEqual(['Số đoàn viên', 'Người', '5', '5', '0', '3', '1', '0']);
    // last year: Long Biên's own 2024 period, where A reported 9 workers
    expect(row('WORKERS')).toEqual(['Số lao động', 'Người', '40', '9', '31', '10', '30', '']);
    expect(row('MEMBERSHIP_RATE')).toEqual([
      'Tỷ lệ đoàn viên trên lao động',
      '%',
      '10',
      '33.33',
      '-23.33',
      '30',
      '3.33',
      '',
    ]);
    const rows = texts.filter((text) => {
      const name = text.split('|')[2];
      return name !== undefined && INDICATOR_CODES.some((code) => indicatorName(code, 'vi') === name);
    });
    expect(rows).toHaveLength(INDICATOR_CODES.length);
    expect(all).toContain('Đơn vị trực thuộc đã gửi báo cáo: 2/3');
  });
  it("comes in the requester's language: English sheet, headings, indicator names and units", async () => {
    const response = await send(
      ctx,
      world.sessions.hanoi,
      'GET',
      `/api/report-periods/${world.periods.h2025}/rollup.xlsx?unitId=${world.units.longBien}&lang=en`,
    );
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Figures roll-up');
    expect([sheet.getCell('A4').value, sheet.getCell('A6').value]).toEqual([
      'ROLL-UP OF REPORTED FIGURES',
      '(As of 31/05/2025)',
    ]);
    expect((sheet.getRow(8).values as unknown[]).slice(1, 7)).toEqual([
      'No.',
      'Indicator',
      'Unit of measure',
      'LĐLĐ quận Long Biên',
      'Same period last year',
      'Change (+/-)',
    ]);
    const members = sheet
      .getRows(10, INDICATOR_CODES.length)!
      .find((row) => row.getCell(2).value === 'Members');
    expect(members?.getCell(3).value).toBe('People');
  });
});

describe('GET /report-periods/:id/reports/:unitId/report.docx', () => {
  it('holds the narrative, the key figures in sentences and the table with last year beside', async () => {
    const response = await send(
      ctx,
      world.sessions.longBien,
      'GET',
      `/api/report-periods/${world.periods.h2025}/reports/${world.units.longBien}/report.docx`,
    );
    expect(response.statusCode).toBe(200);
    const lines = docxLines(response.rawPayload);
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('LĐLĐ QUẬN LONG BIÊN');
    expect(lines).toContain('Báo cáo 6 tháng đầu năm 2025');
    expect(lines).toContain('Quận Long Biên đã hoàn thành tốt nhiệm vụ sáu tháng đầu năm.');
    expect(lines).toContain('Một số công đoàn cơ sở nộp báo cáo chậm.');
    expect(lines).toContain('Tiếp tục phát triển đoàn viên trong khu công nghiệp.');
    expect(lines).toContain(
      'Tính đến ngày 31/05/2025, LĐLĐ quận Long Biên có 5 đoàn viên, trong đó nữ 3; trong kỳ kết nạp mới 2 đoàn viên, 1 đoàn viên ra khỏi tổ chức.',
    );
    expect(lines).toContain('Số công đoàn cơ sở: 3; trong kỳ thành lập mới 1, giải thể 1.');
    // the table: name, unit of measure, this period, last year
    const at = lines.indexOf('Số lao động');
    expect(lines.slice(at, at + 4)).toEqual(['Số lao động', 'Người', '40', '9']);
    const rate = lines.indexOf('Tỷ lệ đoàn viên trên lao động');
    expect(lines.slice(rate, rate + 4)).toEqual(['Tỷ lệ đoàn viên trên lao động', '%', '10%', '33,33%']);
    expect(lines).toContain('Số đơn vị sử dụng lao động chưa có công đoàn');
  });
  it("comes in the requester's language: English headings, sentences and table, the narrative as written", async () => {
    const response = await send(
      ctx,
      world.sessions.longBien,
      'GET',
      `/api/report-periods/${world.periods.h2025}/reports/${world.units.longBien}/report.docx?lang=en`,
    );
    expect(response.statusCode).toBe(200);
    const lines = docxLines(response.rawPayload);
    expect(lines).toEqual(
      expect.arrayContaining(['SOCIALIST REPUBLIC OF VIETNAM', 'REPORT', 'I. RESULTS', 'This period']),
    );
    expect(lines).toContain('Quận Long Biên đã hoàn thành tốt nhiệm vụ sáu tháng đầu năm.');
    const rate = lines.indexOf('Membership rate');
    expect(lines.slice(rate, rate + 4)).toEqual(['Membership rate', '%', '10%', '33.33%']);
    expect(lines).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
});
