// `node --expose-gc --import tsx bench/hostile-uploads.ts`: what hostile or huge member lists cost a running server on the
// embedded database. A server (PGlite in a data folder) takes each upload over HTTP while another process
// asks GET /api/health every 25 ms; for each upload it prints the answer, how long it took, the server's
// peak RSS meanwhile (its parse workers included: they are threads of it) and the health probe's latency.
// Uploads: xlsx zip bombs (honest and lying directories), a zip of many entries, a CSV one row over the cap
// (dry run), and a 200,000-row CSV committed. BENCH_UPLOADS picks some of them by name (bomb, bigbomb, liar,
// entries, overcap, commit; bigbomb took gigabytes before the size checks); BENCH_COMMIT_ROWS sets the
// committed CSV's rows.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../packages/server/src/app.ts';
import { openDatabase } from '../packages/server/src/db/client.ts';
import {
  manyEntriesXlsx,
  memberCsv,
  zipBombXlsx,
} from '../packages/server/src/modules/member-import/test-hostile.ts';
import { ensureBaseData } from '../packages/server/src/platform/bootstrap.ts';
import { createUser } from '../packages/server/src/test/context.ts';
import { insertHanoiTree } from '../packages/server/src/test/units.ts';
import { count, millis, seconds } from './members-report.ts';
import { startProber } from './prober.ts';

const COMMIT_ROWS = Number(process.env.BENCH_COMMIT_ROWS ?? 200_000);
const CHOSEN = (process.env.BENCH_UPLOADS ?? 'bomb,bigbomb,liar,entries,overcap,commit').split(',');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Peak resident memory of this process since the last reset (VmHWM), in MB. */
function peakRss(): number {
  const match = /VmHWM:\s+(\d+) kB/u.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
}
/** Starts the peak over from the current RSS (Linux: 5 → clear_refs resets VmHWM). */
function resetPeak(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // the peak then runs over the whole bench, which the figures say
  }
}

interface Probe {
  at: number;
  ms: number;
  ok: boolean;
}

/** Child mode: GET /api/health every 25 ms, one JSON line per answer, until killed. */
async function probeOnly(base: string): Promise<void> {
  for (;;) {
    const at = Date.now();
    let ok = false;
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(60_000) });
      await response.arrayBuffer();
      ok = response.ok;
    } catch {
      // a refused or reset connection is an answer too: the server was not serving
    }
    process.stdout.write(`${JSON.stringify({ at, ms: Date.now() - at, ok })}\n`);
    await sleep(25);
  }
}

function latency(probes: Probe[]): string {
  if (probes.length === 0) return 'no health answer';
  const sorted = probes.map((probe) => probe.ms).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const failed = probes.filter((probe) => !probe.ok).length;
  return `health ${probes.length} answers (${failed} failed) p50 ${millis(at(0.5))} p95 ${millis(at(0.95))} max ${millis(at(1))}`;
}

interface Transactional {
  transaction: (...args: unknown[]) => Promise<unknown>;
}

/** Times every transaction the server runs: on PGlite each holds every other query up. */
function timeTransactions(db: Transactional): { at: number; ms: number }[] {
  const seen: { at: number; ms: number }[] = [];
  const original = db.transaction.bind(db);
  db.transaction = async (...args: unknown[]) => {
    const at = Date.now();
    try {
      return await original(...args);
    } finally {
      seen.push({ at, ms: Date.now() - at });
    }
  };
  return seen;
}

async function main(): Promise<void> {
  console.log(`Hostile uploads benchmark — Node ${process.version}, PGlite in a data folder`);
  const dataDir = mkdtempSync(join(tmpdir(), 'congdoan-hostile-'));
  const database = await openDatabase({ dataDir });
  await ensureBaseData(database.db);
  const app = await buildApp({ database, config: { webDist: '/nonexistent', loginMaxAttempts: 1000 } });
  const ctx = { app, database, close: async () => {} };
  const transactions = timeTransactions(database.db as unknown as Transactional);
  const tree = await insertHanoiTree(ctx);
  await createUser(ctx, 'admin', 'system_admin', tree.root);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'secret123' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const prober = startProber<Probe>([base]);
  await sleep(1500);

  const send = async (label: string, file: Buffer, name: string, dryRun: boolean) => {
    // The file was built in this process: its scraps go before the server's peak is measured.
    (globalThis as { gc?: () => void }).gc?.();
    resetPeak();
    const form = new FormData();
    form.append('file', new Blob([file]), name);
    const started = Date.now();
    const answer = await fetch(`${base}/api/org-units/${tree.grassrootsA}/members/import?dryRun=${dryRun}`, {
      method: 'POST',
      headers: { cookie, 'accept-language': 'en' },
      body: form,
    });
    const body = (await answer.json()) as {
      error?: { message: string; details?: unknown };
      imported?: number;
      rows?: number;
    };
    const ms = Date.now() - started;
    await sleep(300);
    const during = prober.probes.filter((probe) => probe.at >= started && probe.at <= started + ms);
    const longest = Math.max(0, ...transactions.filter((t) => t.at >= started).map((t) => t.ms));
    const outcome = body.error
      ? body.error.message
      : `${count(body.rows ?? 0)} rows, ${count(body.imported ?? 0)} imported`;
    console.log(`\n  ${label} (${(file.length / 1024).toFixed(0)} KB)`);
    console.log(`    → ${answer.status} in ${seconds(ms)}: ${outcome.slice(0, 140)}`);
    console.log(`    peak RSS of the server meanwhile ${peakRss()} MB; ${latency(during)}`);
    if (longest > 0) console.log(`    longest database transaction meanwhile ${seconds(longest)}`);
  };

  const uploads: [string, () => Promise<void>][] = [
    ['bomb', () => send('zip bomb, 225 MB of sheet text', zipBombXlsx(225), 'bomb.xlsx', true)],
    ['bigbomb', () => send('zip bomb, 1,500 MB of sheet text', zipBombXlsx(1500), 'bomb-big.xlsx', true)],
    [
      'liar',
      () =>
        send(
          'zip bomb whose directory says 1 KB, 225 MB of text',
          zipBombXlsx(225, { lie: true }),
          'liar.xlsx',
          true,
        ),
    ],
    ['entries', () => send('xlsx of 60,000 entries', manyEntriesXlsx(60_000), 'entries.xlsx', true)],
    [
      'overcap',
      () => send('CSV of 200,001 rows, dry run', Buffer.from(memberCsv(200_001)), 'over.csv', true),
    ],
    [
      'commit',
      () =>
        send(
          `CSV of ${count(COMMIT_ROWS)} rows, committed`,
          Buffer.from(memberCsv(COMMIT_ROWS)),
          'big.csv',
          false,
        ),
    ],
  ];
  try {
    for (const [name, run] of uploads) if (CHOSEN.includes(name)) await run();
  } finally {
    await prober.stop();
    await app.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--probe') await probeOnly(process.argv[3]!);
else await main();
