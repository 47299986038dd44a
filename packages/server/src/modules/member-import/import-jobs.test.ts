// Imports as jobs: in the background with progress, parsed in a worker thread, failures recorded on the
// job, a unit that cannot admit, and scope on every import route.
import type { ImportJob, ImportResult } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { insertUnit } from '../../test/units.ts';
import { classifyRows } from './classify.ts';
import { loadExisting, loadImportUnit } from './existing.ts';
import { parseFile } from './parse-file.ts';
import { parseUpload } from './parse-runner.ts';
import { messyWorkbook, simpleWorkbook } from './test-sheets.ts';
import { buildImportWorld, memberByNationalId, tableCounts, upload } from './test-world.ts';
import { writeOutcomes } from './write.ts';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof buildImportWorld>>;

beforeAll(async () => {
  ctx = await createTestContext();
  world = await buildImportWorld(ctx);
});
afterAll(() => ctx.close());

const getJob = (jobId: number, session = world.sessions.longBien) =>
  ctx.app.inject({ method: 'GET', url: `/api/import-jobs/${jobId}`, headers: session });

/** A sheet of `count` distinct new members, Hà Nội IDs numbered from `from`. */
async function bigSheet(count: number, from: number) {
  const rows: (string | number)[][] = [['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD']];
  for (let i = 0; i < count; i++) {
    rows.push([
      i + 1,
      `Nguyễn Văn Thử ${String.fromCharCode(65 + (i % 26))}`,
      `${String((i % 28) + 1).padStart(2, '0')}/03/1990`,
      i % 2 ? 'Nam' : 'Nữ',
      String(from + i).padStart(12, '0'),
    ]);
  }
  return simpleWorkbook(rows);
}

describe('background import', () => {
  it('answers 202 with a job at once; the job reports progress and ends with the result', async () => {
    const before = await tableCounts(ctx);
    const file = await bigSheet(3000, 1_090_100_000);
    const started = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, file, {
      dryRun: false,
      async: true,
    });
    expect(started.statusCode, started.body).toBe(202);
    const { jobId } = started.json() as { jobId: number };
    const seen: ImportJob[] = [];
    for (let attempt = 0; attempt < 600; attempt++) {
      const job: ImportJob = (await getJob(jobId)).json();
      seen.push(job);
      if (job.status === 'done' || job.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const last = seen.at(-1)!;
    expect(last).toMatchObject({
      status: 'done',
      totalRows: 3000,
      processedRows: 3000,
      dryRun: false,
      fileName: 'danh-sach.xlsx',
    });
    expect(last.result).toMatchObject({ rows: 3000, imported: 3000, rejected: 0, jobId });
    expect(last.result!.preview).toHaveLength(200);
    // The 202 came before the work: the first poll finds the job waiting or running, and it only moves on.
    expect(['queued', 'running']).toContain(seen[0]!.status);
    // Phases come in order, and within each the bar only moves on (each phase counts its own rows).
    const order = [null, 'reading', 'checking', 'writing'];
    const phases = seen.filter((job) => job.status !== 'done').map((job) => order.indexOf(job.phase));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    for (const phase of order) {
      const processed = seen.filter((job) => job.phase === phase).map((job) => job.processedRows);
      expect(processed, `${phase}`).toEqual([...processed].sort((a, b) => a - b));
    }
    console.info(
      `import job polls: ${seen.map((job) => `${job.status}/${job.phase}/${job.processedRows}`).join(' ')}`,
    );
    expect(await tableCounts(ctx)).toMatchObject({
      members: before.members + 3000,
      importAudits: before.importAudits + 1,
    });
  });

  it('parses in a worker thread exactly as inline', async () => {
    const sheet = await messyWorkbook(world.seeded);
    const options = { fileName: 'ds.xlsx', today: '2025-06-01' };
    const limits = { maxRows: 200_000, workerMemoryMb: 512, maxUnpackedBytes: 100 * 1024 * 1024 };
    const inWorker = await parseUpload(sheet.buffer, options, { limits });
    const inline = await parseFile(sheet.buffer, options);
    expect(inWorker.rows).toHaveLength(sheet.expected.length);
    expect(inWorker).toEqual(inline);
  });

  it('records a failed import on its job, in the caller’s language when read', async () => {
    const file = await simpleWorkbook([['Không có gì'], ['ở đây']]);
    const started = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, file, {
      dryRun: false,
      async: true,
    });
    const { jobId } = started.json() as { jobId: number };
    let job: ImportJob = (await getJob(jobId)).json();
    for (let attempt = 0; attempt < 200 && job.status !== 'failed'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      job = (await getJob(jobId)).json();
    }
    expect(job).toMatchObject({ status: 'failed', result: null, error: { code: 'IMPORT_NO_HEADER' } });
    expect(job.error!.message).toContain('Không tìm thấy dòng tiêu đề');
  });
});

describe('a member changed while the import runs', () => {
  it('stops the whole import: nothing is written, not even the new members', async () => {
    const unitId = world.tree.grassrootsA;
    const file = await simpleWorkbook([
      ['Họ và tên', 'Năm sinh', 'Giới tính', 'Số CCCD', 'Số điện thoại'],
      ['Ngô Văn Inh', 1980, 'Nam', world.seeded.toUpdate, '0900000099'],
      ['Mới Văn Một', 1990, 'Nam', '001090000601', null],
    ]);
    const parsed = await parseFile(file, { fileName: 'ds.xlsx', today: '2025-01-01' });
    const db = ctx.database.db;
    const unit = await loadImportUnit(db, unitId);
    const actor = {
      id: 1,
      username: 'admin',
      fullName: 'admin',
      role: 'system_admin' as const,
      locale: 'vi' as const,
      unitId,
    };
    const outcomes = await classifyRows(
      parsed.rows,
      await loadExisting(db, actor, unitId, parsed.rows),
      unit,
      parsed.layout.columns,
    );
    expect(outcomes.map((outcome) => outcome.action)).toEqual(['update', 'import']);
    // Someone corrects the member after the import read them and before it writes.
    await db.execute(sql`update members set email = 'inh@example.vn', updated_at = now() + interval '1 second'
                         where id = ${world.seeded.toUpdateId}`);
    const before = await tableCounts(ctx);
    const write = db.transaction((tx) =>
      writeOutcomes(tx, outcomes, { actor, unitId, jobId: 0, today: unit.today, foundedOn: unit.foundedOn }),
    );
    await expect(write).rejects.toMatchObject({ status: 409, code: 'IMPORT_CONCURRENT_CHANGE' });
    expect(await tableCounts(ctx)).toEqual(before);
    expect(await memberByNationalId(ctx, world.seeded.toUpdate)).toMatchObject({
      phone: '0900000000',
      email: 'inh@example.vn',
    });
  });
});

describe('admission rules', () => {
  it('a unit whose type cannot admit refuses every new member, naming itself', async () => {
    const division = await insertUnit(ctx, {
      code: 'HN-LB-A-PX1',
      name: 'Công đoàn bộ phận Phân xưởng 1',
      type: 'division',
      parentId: world.tree.grassrootsA,
    });
    const file = await simpleWorkbook([
      ['Họ và tên', 'Năm sinh', 'Giới tính', 'Số CCCD'],
      ['Đào Văn Một', 1990, 'Nam', '001090000501'],
      ['Đào Thị Hai', 1991, 'Nữ', '001191000502'],
    ]);
    const result: ImportResult = (await upload(ctx, world.sessions.longBien, division, file)).json();
    expect(result).toMatchObject({ rows: 2, imported: 0, rejected: 2 });
    expect(result.errors.map((error) => [error.row, error.column, error.message])).toEqual([
      [2, 'A (Họ và tên)', 'Công đoàn bộ phận Phân xưởng 1 không có thẩm quyền kết nạp đoàn viên'],
      [3, 'A (Họ và tên)', 'Công đoàn bộ phận Phân xưởng 1 không có thẩm quyền kết nạp đoàn viên'],
    ]);
  });
});

describe('scope', () => {
  let jobOfA: number;
  beforeAll(async () => {
    const file = await simpleWorkbook([
      ['Họ và tên', 'Năm sinh', 'Giới tính'],
      ['Lã Văn Bốn', 1990, 'Nam'],
    ]);
    jobOfA = (await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, file)).json().jobId;
  });

  it('nobody imports into a unit outside their subtree, and a viewer imports nowhere', async () => {
    const file = await simpleWorkbook([
      ['Họ và tên', 'Năm sinh', 'Giới tính'],
      ['Lã Văn Năm', 1990, 'Nam'],
    ]);
    const before = await tableCounts(ctx);
    const cases: [{ cookie: string }, number, number, string][] = [
      [world.sessions.hoangMai, world.tree.grassrootsA, 404, 'NOT_FOUND'],
      [world.sessions.longBien, world.tree.grassrootsB, 404, 'NOT_FOUND'],
      [world.sessions.longBien, world.tree.hanoi, 404, 'NOT_FOUND'],
      [world.sessions.longBien, 987654, 404, 'NOT_FOUND'],
      [world.sessions.viewer, world.tree.grassrootsA, 403, 'ROLE_FORBIDDEN'],
    ];
    for (const [session, unitId, status, code] of cases) {
      const response = await upload(ctx, session, unitId, file, { dryRun: false });
      expect([response.statusCode, response.json().error.code], `${unitId}`).toEqual([status, code]);
    }
    expect(await tableCounts(ctx)).toEqual(before);
  });

  it('a job and its rejected rows are read only within scope', async () => {
    for (const url of [`/api/import-jobs/${jobOfA}`, `/api/import-jobs/${jobOfA}/rejected.xlsx`]) {
      const outside = await ctx.app.inject({ method: 'GET', url, headers: world.sessions.hoangMai });
      expect(outside.statusCode, url).toBe(404);
      const inside = await ctx.app.inject({ method: 'GET', url, headers: world.sessions.viewer });
      expect(inside.statusCode, url).toBe(200);
    }
    expect((await getJob(987654)).statusCode).toBe(404);
  });

  it('the rejected rows hide ethnicity, religion and salary from a viewer, and log the download for others', async () => {
    const file = await simpleWorkbook([
      ['Họ và tên', 'Năm sinh', 'Giới tính', 'Dân tộc', 'Tôn giáo', 'Mức lương'],
      ['Lã Văn Sáu', 1990, null, 'Tày', 'Phật giáo', 7_500_000],
      ['Lã Thị Bảy', 1991, 'Nữ', 'Kinh Xyz', null, null],
    ]);
    const result: ImportResult = (
      await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, file)
    ).json();
    expect(result).toMatchObject({ rows: 2, rejected: 2 });
    const url = `/api/import-jobs/${result.jobId}/rejected.xlsx`;
    const reads = () =>
      queryRows(
        ctx.database.db,
        sql`select username, kind, fields, member_count, unit_id, route
                                    from personal_data_reads where route like '%rejected.xlsx' order by id`,
      );
    const sheetOf = async (session: { cookie: string }) => {
      const response = await ctx.app.inject({ method: 'GET', url, headers: session });
      expect(response.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Uint8Array.from(response.rawPayload).buffer);
      const rows: unknown[][] = [];
      // row.values is 1-based and sparse: its holes are the empty cells.
      book.worksheets[0]!.eachRow((row) => rows.push(Array.from(row.values as unknown[], (c) => c ?? null)));
      return rows.map((row) => row.slice(1));
    };

    const jobSeenBy = async (session: { cookie: string }) =>
      (await ctx.app.inject({ method: 'GET', url: `/api/import-jobs/${result.jobId}`, headers: session }))
        .body;
    expect(await jobSeenBy(world.sessions.longBien)).toContain('Kinh Xyz');
    expect(await jobSeenBy(world.sessions.viewer)).not.toMatch(/Tày|Phật|7500000|Kinh Xyz/u);

    const seenByViewer = await sheetOf(world.sessions.viewer);
    expect(seenByViewer[1]!.slice(0, 6)).toEqual(['Lã Văn Sáu', 1990, null, null, null, null]);
    expect(seenByViewer[2]!.slice(0, 6)).toEqual(['Lã Thị Bảy', 1991, 'Nữ', null, null, null]);
    expect(JSON.stringify(seenByViewer)).not.toMatch(/Tày|Phật|7500000|Kinh Xyz/u);
    expect(await reads()).toEqual([]);

    const seenByOfficer = await sheetOf(world.sessions.longBien);
    expect(seenByOfficer[1]!.slice(3, 6)).toEqual(['Tày', 'Phật giáo', 7_500_000]);
    expect(await reads()).toEqual([
      {
        username: 'longbien',
        kind: 'export',
        fields: ['ethnicity', 'religion', 'salaryBasis'],
        member_count: 2,
        unit_id: world.tree.grassrootsA,
        route: 'GET /api/import-jobs/:id/rejected.xlsx',
      },
    ]);
  });
});
