// What happens to import jobs after they ran: a job a restart cut off ends as failed with a message the
// user can act on, and the rows a finished job read are dropped after the retention days, at start and
// once a day, while its counts and errors stay.
import type { ImportJob, ImportResult } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type App, buildApp } from '../../app.ts';
import { queryRows } from '../../db/client.ts';
import { importJobs } from '../../db/schema/index.ts';
import { upkeepSettled } from '../../platform/daily.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { simpleWorkbook } from './test-sheets.ts';
import { buildImportWorld, type Session, upload } from './test-world.ts';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof buildImportWorld>>;
const restarted: App[] = [];

beforeAll(async () => {
  ctx = await createTestContext();
  world = await buildImportWorld(ctx);
});
afterEach(async () => {
  vi.useRealTimers();
  for (const app of restarted.splice(0)) await app.close();
});
afterAll(() => ctx.close());

/** The server started again on the same database, as after a restart. */
async function restart(importRowsDays = 30): Promise<App> {
  const app = await buildApp({
    database: ctx.database,
    config: { webDist: '/nonexistent', loginMaxAttempts: 1000, importRowsDays },
  });
  await app.ready();
  // the start's purge of old imports' rows runs beside the server: the test reads after it
  await upkeepSettled(app);
  restarted.push(app);
  return app;
}

const get = (app: App, url: string, session: Session, lang = 'vi') =>
  app.inject({ method: 'GET', url, headers: { ...session, 'accept-language': lang } });

/** A dry run of two rows, one of them rejected (no gender), finished `daysAgo` days ago. */
async function finishedJob(daysAgo: number): Promise<number> {
  const file = await simpleWorkbook([
    ['Họ và tên', 'Năm sinh', 'Giới tính', 'Số CCCD'],
    ['Trần Văn Lưu', 1988, 'Nam', '001088000901'],
    ['Trần Thị Giữ', 1990, null, '001190000902'],
  ]);
  const result: ImportResult = (
    await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, file)
  ).json();
  expect(result).toMatchObject({ rows: 2, rejected: 1 });
  await ctx.database.db.execute(
    sql`update import_jobs set finished_at = now() - ${daysAgo}::float8 * interval '1 day'
        where id = ${result.jobId!}`,
  );
  return result.jobId!;
}

describe('a job cut off by a restart', () => {
  it('ends as failed, saying so in the user’s language, so the progress screen stops waiting', async () => {
    // Finished before the server died: while the jobs below were left running, the unit took no import.
    const done = await finishedJob(1);
    // What a server killed mid-import leaves: the job row, never finished (and its result saved early).
    const left = await ctx.database.db
      .insert(importJobs)
      .values([
        { unitId: world.tree.grassrootsA, fileName: 'ds-lon.xlsx', dryRun: 0, status: 'queued' },
        { unitId: world.tree.grassrootsA, fileName: 'ds-cu.xlsx', dryRun: 0, status: 'running' },
      ])
      .returning({ id: importJobs.id });
    const app = await restart();
    for (const { id } of left) {
      const job: ImportJob = (await get(app, `/api/import-jobs/${id}`, world.sessions.longBien)).json();
      expect(job).toMatchObject({ status: 'failed', result: null, error: { code: 'IMPORT_INTERRUPTED' } });
      expect(job.finishedAt).not.toBeNull();
      expect(job.error!.message).toContain('máy chủ khởi động lại');
      const english = (await get(app, `/api/import-jobs/${id}`, world.sessions.longBien, 'en')).json();
      expect(english.error.message).toContain('interrupted by a server restart');
    }
    const untouched: ImportJob = (await get(app, `/api/import-jobs/${done}`, world.sessions.longBien)).json();
    expect(untouched).toMatchObject({ status: 'done', result: { rows: 2, rejected: 1 } });
  });
});

describe('retention of the rows an import read', () => {
  it('at start drops them from jobs older than the setting; counts and errors stay, the download says why', async () => {
    const old = await finishedJob(31);
    const recent = await finishedJob(29);
    const app = await restart(30);

    const job: ImportJob = (await get(app, `/api/import-jobs/${old}`, world.sessions.longBien)).json();
    expect(job).toMatchObject({ status: 'done', result: { rows: 2, imported: 1, rejected: 1, preview: [] } });
    expect(job.result!.errors).toEqual([
      { row: 3, column: 'C (Giới tính)', message: expect.stringContaining('giới tính') },
    ]);
    const [stored] = await queryRows<{ cells: number; header: number }>(
      ctx.database.db,
      sql`select jsonb_array_length(result->'rejectedRows')::int as cells,
            jsonb_array_length(result->'headerCells')::int as header
          from import_jobs where id = ${old}`,
    );
    expect(stored).toEqual({ cells: 0, header: 0 });

    const gone = await get(app, `/api/import-jobs/${old}/rejected.xlsx`, world.sessions.longBien);
    expect(gone.statusCode).toBe(410);
    expect(gone.json().error).toMatchObject({ code: 'IMPORT_ROWS_PURGED' });
    expect(gone.json().error.message).toContain('30 ngày');
    const english = await get(app, `/api/import-jobs/${old}/rejected.xlsx`, world.sessions.longBien, 'en');
    expect(english.json().error.message).toContain('kept 30 days');

    const kept = await get(app, `/api/import-jobs/${recent}/rejected.xlsx`, world.sessions.longBien);
    expect(kept.statusCode).toBe(200);
    const recentJob: ImportJob = (
      await get(app, `/api/import-jobs/${recent}`, world.sessions.longBien)
    ).json();
    expect(recentJob.result!.preview).toHaveLength(2);
  });

  it('runs again once a day without keeping the process alive', async () => {
    const job = await finishedJob(29.5);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const intervals = vi.spyOn(globalThis, 'setInterval');
    const app = await restart(30);
    const daily = intervals.mock.calls.findIndex(([, ms]) => ms === 24 * 60 * 60 * 1000);
    const timer = intervals.mock.results[daily]!.value as NodeJS.Timeout;
    intervals.mockRestore();
    expect(timer.hasRef()).toBe(false);
    const download = () => get(app, `/api/import-jobs/${job}/rejected.xlsx`, world.sessions.longBien);
    expect((await download()).statusCode).toBe(200);
    // A day later the job is past the 30 days.
    await ctx.database.db.execute(
      sql`update import_jobs set finished_at = finished_at - interval '1 day' where id = ${job}`,
    );
    await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
    await vi.waitFor(async () => expect((await download()).statusCode).toBe(410), {
      timeout: 10_000,
    });
  });
});
