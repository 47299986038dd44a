// Hostile files and sizes: zip bombs (honest and lying directories), a zip of thousands of parts, a list
// one row over the cap and a parse worker out of memory each get a 4xx naming the limit, while
// GET /api/health keeps answering; and one import runs per unit at a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { manyEntriesXlsx, memberCsv, zipBombXlsx } from './test-hostile.ts';
import { buildImportWorld, tableCounts, upload } from './test-world.ts';
import { MAX_ZIP_ENTRIES } from './zip-limits.ts';

/**
 * Health must keep answering while an upload is refused: 200 ms is the aim (the figures are printed), the
 * bound is generous because a shared 2-core machine under load stretches every pause of the event loop.
 */
const HEALTH_BOUND_MS = 1000;
/** Parsing 200,001 rows is seconds of a worker's CPU, many more on a loaded machine. */
const LONG_MS = 300_000;

let ctx: TestContext;
let world: Awaited<ReturnType<typeof buildImportWorld>>;

beforeAll(async () => {
  // Unpacked workbooks over 64 MB are refused: the bombs below stay small to build.
  ctx = await createTestContext({ config: { importMaxUnpackedMb: 64 } });
  world = await buildImportWorld(ctx);
  // The parse worker starts once (tsx, ExcelJS); the figures below are about the uploads, not that start.
  await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, memberCsv(1), { name: 'warm.csv' });
}, LONG_MS);
afterAll(() => ctx.close());

/**
 * Runs `work` while asking GET /api/health every 25 ms, each probe timed from when it was due (so a stalled
 * event loop, which delays the probe's own timer, still shows), and prints the figures.
 */
async function withHealthProbe<T>(label: string, on: TestContext, work: () => Promise<T>) {
  const latencies: number[] = [];
  let running = true;
  const probing = (async () => {
    let due = performance.now();
    while (running) {
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const health = await on.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      latencies.push(performance.now() - due);
      due = Math.max(due + 25, performance.now());
    }
  })();
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  running = false;
  await probing;
  const sorted = [...latencies].sort((a, b) => a - b);
  const max = sorted.at(-1) ?? Number.POSITIVE_INFINITY;
  const p50 = sorted[Math.floor(sorted.length / 2)] ?? max;
  console.log(
    `${label}: answered in ${ms.toFixed(0)} ms; health ${sorted.length} answers, ` +
      `p50 ${p50.toFixed(1)} ms, max ${max.toFixed(1)} ms`,
  );
  return { result, maxHealthMs: max, answers: sorted.length };
}

describe('hostile uploads', () => {
  it('refuses a zip bomb from its directory (413), before anything is inflated', async () => {
    const bomb = zipBombXlsx(40);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const { result, maxHealthMs } = await withHealthProbe('40 MB bomb', ctx, () =>
      upload(ctx, world.sessions.longBien, world.tree.grassrootsA, bomb, { lang: 'en' }),
    );
    expect(result.statusCode, result.body).toBe(413);
    expect(result.json().error).toMatchObject({ code: 'IMPORT_ZIP_RATIO' });
    expect(result.json().error.message).toMatch(/compressed abnormally \(\d+ times, at most 200\)/u);
    expect(maxHealthMs).toBeLessThan(HEALTH_BOUND_MS);

    const huge = await upload(ctx, world.sessions.longBien, world.tree.grassrootsA, zipBombXlsx(80));
    expect(huge.statusCode, huge.body).toBe(413);
    expect(huge.json().error).toMatchObject({
      code: 'IMPORT_ZIP_TOO_LARGE',
      message: 'Tệp Excel khi giải nén lớn hơn 64 MB; hãy chia danh sách thành nhiều tệp',
    });
  });

  it('refuses a bomb whose directory understates its sizes, having inflated no more than declared', async () => {
    const liar = zipBombXlsx(40, { lie: true });
    const { result, maxHealthMs } = await withHealthProbe('40 MB bomb declaring 1 KB', ctx, () =>
      upload(ctx, world.sessions.longBien, world.tree.grassrootsA, liar, { lang: 'en' }),
    );
    expect(result.statusCode, result.body).toBe(413);
    expect(result.json().error).toMatchObject({
      code: 'IMPORT_ZIP_SIZE_MISMATCH',
      message: 'The Excel file misstates the sizes of its parts; it may be forged, save it again from Excel',
    });
    expect(maxHealthMs).toBeLessThan(HEALTH_BOUND_MS);
  });

  it('refuses a workbook of thousands of parts (413), naming the count and the limit', async () => {
    const file = manyEntriesXlsx(MAX_ZIP_ENTRIES + 500);
    const { result } = await withHealthProbe('zip of 2,504 entries', ctx, () =>
      upload(ctx, world.sessions.longBien, world.tree.grassrootsA, file, { lang: 'en' }),
    );
    expect(result.statusCode, result.body).toBe(413);
    expect(result.json().error.message).toBe(
      `The Excel file has ${MAX_ZIP_ENTRIES + 504} parts, more than the ${MAX_ZIP_ENTRIES} allowed; ` +
        'save a new file holding only the member list',
    );
  });

  it(
    'refuses a list one row over the cap (413) and writes nothing, even when committing',
    async () => {
      const before = await tableCounts(ctx);
      const csv = memberCsv(200_001);
      const { result, maxHealthMs } = await withHealthProbe('CSV of 200,001 rows', ctx, () =>
        upload(ctx, world.sessions.longBien, world.tree.grassrootsA, csv, {
          name: 'danh-sach.csv',
          dryRun: false,
          lang: 'en',
        }),
      );
      expect(result.statusCode, result.body).toBe(413);
      expect(result.json().error).toMatchObject({
        code: 'IMPORT_TOO_MANY_ROWS',
        message:
          'The list has more than 200000 rows; one import takes at most 200000 rows, split the list into several files',
      });
      expect(maxHealthMs).toBeLessThan(HEALTH_BOUND_MS);
      expect(await tableCounts(ctx)).toEqual(before);
    },
    LONG_MS,
  );
});

describe('a parse worker out of memory', () => {
  let small: TestContext;
  let smallWorld: Awaited<ReturnType<typeof buildImportWorld>>;
  beforeAll(async () => {
    // 32 MB of heap starts the worker but cannot hold a 100,000-row list.
    small = await createTestContext({ config: { importWorkerMemoryMb: 32 } });
    smallWorld = await buildImportWorld(small);
  }, LONG_MS);
  afterAll(() => small.close());

  it(
    'answers 413 naming the limit, and the server goes on serving and importing',
    async () => {
      const csv = memberCsv(100_000);
      const { result, maxHealthMs } = await withHealthProbe('worker with 32 MB of heap', small, () =>
        upload(small, smallWorld.sessions.longBien, smallWorld.tree.grassrootsA, csv, {
          name: 'danh-sach.csv',
          lang: 'en',
        }),
      );
      expect(result.statusCode, result.body).toBe(413);
      expect(result.json().error).toMatchObject({
        code: 'IMPORT_OUT_OF_MEMORY',
        message:
          'Reading this file needs more memory than allowed (32 MB); split the list into several files',
      });
      expect(maxHealthMs).toBeLessThan(HEALTH_BOUND_MS);
      // A new worker takes the next upload, which fits.
      const next = await upload(
        small,
        smallWorld.sessions.longBien,
        smallWorld.tree.grassrootsA,
        memberCsv(3),
        {
          name: 'danh-sach.csv',
        },
      );
      expect(next.statusCode, next.body).toBe(200);
      expect(next.json()).toMatchObject({ rows: 3, imported: 3 });
    },
    LONG_MS,
  );
});

describe('one import per unit at a time', () => {
  it(
    'a second import into a unit while one runs answers 409; other units and later imports go on',
    async () => {
      const unit = world.tree.grassrootsA;
      const send = (dryRun: boolean, unitId = unit, session = world.sessions.longBien) =>
        upload(ctx, session, unitId, memberCsv(2000, 1_200_000_000), { name: 'ds.csv', dryRun, async: true });
      // Both at the same moment: exactly one gets the unit.
      const [first, second] = await Promise.all([send(false), send(true)]);
      const statuses = [first.statusCode, second.statusCode].sort();
      expect(statuses, `${first.body} ${second.body}`).toEqual([202, 409]);
      const refused = first.statusCode === 409 ? first : second;
      expect(refused.json().error).toMatchObject({
        code: 'IMPORT_ALREADY_RUNNING',
        message: 'Đơn vị đang có một lần nhập danh sách chưa xong; hãy đợi lần đó hoàn tất rồi nhập lại',
      });
      // Another unit is not held up.
      const elsewhere = await send(true, world.tree.grassrootsB, world.sessions.admin);
      expect(elsewhere.statusCode, elsewhere.body).toBe(202);
      const { jobId } = (first.statusCode === 202 ? first : second).json() as { jobId: number };
      for (const id of [jobId, (elsewhere.json() as { jobId: number }).jobId]) {
        for (let attempt = 0; attempt < 1200; attempt++) {
          const job = (
            await ctx.app.inject({
              method: 'GET',
              url: `/api/import-jobs/${id}`,
              headers: world.sessions.admin,
            })
          ).json();
          if (job.status === 'done' || job.status === 'failed') break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      // Once it ended, the unit takes imports again.
      const after = await upload(ctx, world.sessions.longBien, unit, memberCsv(1, 1_300_000_000), {
        name: 'ds.csv',
      });
      expect(after.statusCode, after.body).toBe(200);
    },
    LONG_MS,
  );
});
