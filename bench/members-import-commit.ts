// `npm run bench:import`: how fast a 100,000-row import is against a raw COPY of the same rows, and does it
// hold up other users? First the xlsx reader's time and peak memory on the sheet, alone. Then, on the demo
// data (PGlite in a data folder, then PostgreSQL at BENCH_DATABASE_URL), a raw COPY of the rows the import
// will write into the tables it writes (members, memberships, audit_log), rolled back; then a running server
// takes the sheet as a background job over HTTP while another user, in a process of its own, keeps asking
// GET /api/health and GET /api/members?page=1. Prints the import's phases, its write transaction, that
// user's waits, and `ratio import / copy`: rows written per second, upload to done, over the COPY's.
// BENCH_DRIVERS=pglite,postgres picks the databases; BENCH_DEMO_SIZE the demo's size (default 20, 50,000
// members); BENCH_IMPORT_ROWS the sheet's rows (100,000); BENCH_READER=0 skips the reader's figures.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayInVietnam } from '@congdoan/domain';
import pg from 'pg';
import { buildApp } from '../packages/server/src/app.ts';
import { type Database, openDatabase, queryRows, sql } from '../packages/server/src/db/client.ts';
import { seedDemo } from '../packages/server/src/demo/seed.ts';
import { parseFile } from '../packages/server/src/modules/member-import/parse-file.ts';
import { readSheets } from '../packages/server/src/modules/member-import/sheet-reader.ts';
import { ensureBaseData } from '../packages/server/src/platform/bootstrap.ts';
import { subscribeModules } from '../packages/server/src/subscriptions.ts';
import {
  type CopyTarget,
  copyImportTables,
  fileSize,
  pgliteCopyTarget,
  postgresCopyTarget,
  sheetRows,
  writeSheet,
} from './members-import.ts';
import { count, millis, seconds, timed } from './members-report.ts';
import { startProber } from './prober.ts';

const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DRIVERS = (process.env.BENCH_DRIVERS ?? 'pglite,postgres').split(',');
const DEMO_SIZE = Number(process.env.BENCH_DEMO_SIZE ?? 20);
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
/** The sheet's rows, also copied raw for the baseline */
const ROW_DATA = process.argv[2] ? [] : sheetRows(ROWS);

/** Peak resident memory of this process (VmHWM), in MB. */
function peakRss(): number {
  const match = /VmHWM:\s+(\d+) kB/u.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
}

/**
 * Child mode: the reader alone on the file, inline (`--reader`: every row streamed and dropped, the
 * reader's own memory; `--parse`: parseFile, which keeps every parsed row as an import does), then its
 * time and peak memory as JSON.
 */
async function readerOnly(mode: string, path: string): Promise<void> {
  const before = peakRss();
  const buffer = new Uint8Array(readFileSync(path));
  const cpu = process.cpuUsage();
  const [rows, ms] = await timed(async () => {
    if (mode === '--parse') {
      return (await parseFile(buffer, { fileName: 'danh-sach.xlsx', today: todayInVietnam() })).rows.length;
    }
    let read = 0;
    for await (const sheet of readSheets(buffer, 'danh-sach.xlsx')) for await (const _ of sheet.rows) read++;
    return read;
  });
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(JSON.stringify({ ms, cpuMs, rows, before, peak: peakRss() }));
}

/** The reader alone on the file, in a process of its own so its peak memory is its own. */
function measureReader(path: string, mode: string, label: string, nodeOptions: string[] = []): void {
  const output = execFileSync(
    process.execPath,
    [...nodeOptions, ...process.execArgv, process.argv[1]!, mode, path],
    { encoding: 'utf8' },
  );
  const reader = JSON.parse(output.trim().split('\n').at(-1)!) as Record<string, number>;
  console.log(
    `  ${label}: ${seconds(reader.ms!)} (CPU ${seconds(reader.cpuMs!)}) for ${count(reader.rows!)} rows; ` +
      `peak RSS ${reader.peak} MB (${reader.before} MB before reading)`,
  );
}

interface Probe {
  name: string;
  /** when the request was sent, ms since the epoch */
  at: number;
  ms: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Child mode: asks each URL every 50 ms, printing each answer as a JSON line, until killed. */
async function probeOnly(base: string, cookie: string): Promise<void> {
  const probe = async (name: string, url: string) => {
    for (;;) {
      const at = Date.now();
      const response = await fetch(`${base}${url}`, { headers: { cookie } });
      await response.arrayBuffer();
      process.stdout.write(`${JSON.stringify({ name, at, ms: Date.now() - at })}\n`);
      await sleep(50);
    }
  };
  await Promise.all([probe('health', '/api/health'), probe('members', '/api/members?page=1')]);
}

interface Transaction {
  at: number;
  ms: number;
  /** CPU time of this process meanwhile: on PGlite, the database's own work, whatever else the machine runs */
  cpuMs: number;
}

/** Times every transaction the server runs: the import's commit is the long one. */
function timeTransactions(database: Database): Transaction[] {
  const seen: Transaction[] = [];
  const db = database.db as unknown as { transaction: (...args: unknown[]) => Promise<unknown> };
  const original = db.transaction.bind(db);
  db.transaction = async (...args: unknown[]) => {
    const at = Date.now();
    const cpu = process.cpuUsage();
    try {
      return await original(...args);
    } finally {
      const used = process.cpuUsage(cpu);
      seen.push({ at, ms: Date.now() - at, cpuMs: (used.user + used.system) / 1000 });
    }
  };
  return seen;
}

function summary(label: string, probes: Probe[]): string {
  if (probes.length === 0) return `  ${label}: no answer`;
  const sorted = probes.map((probe) => probe.ms).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return `  ${label.padEnd(52)} ${String(probes.length).padStart(4)} answers  p50 ${millis(at(0.5)).padStart(9)}  max ${millis(at(1)).padStart(9)}`;
}

async function run(database: Database, path: string, copyTarget: () => Promise<CopyTarget>): Promise<void> {
  const db = database.db;
  // the demo's restructuring asks the members module through the tree's port, wired at app build
  subscribeModules();
  await ensureBaseData(db);
  const [, seedMs] = await timed(() =>
    seedDemo(db, { grassrootsPerProvince: DEMO_SIZE, log: (message) => console.log(`  ${message}`) }),
  );
  console.log(`  demo seeded in ${seconds(seedMs)}`);
  const [unit] = await queryRows<{ id: number; members: number }>(
    db,
    sql`select u.id, (select count(*)::int from members) as members from org_units u
        where u.code = 'CDCS-HN-LB-01'`,
  );
  const [admin] = await queryRows<{ id: number; username: string }>(
    db,
    sql`select id, username from users where username = 'admin'`,
  );
  // the rows the import will write: the demo already holds some of the sheet's card numbers
  const taken = new Set(
    (
      await queryRows<{ card: string }>(
        db,
        sql`select card_number as card from members where card_number is not null`,
      )
    ).map((row) => row.card),
  );
  const copied = ROW_DATA.filter((row) => !taken.has(row.cardNumber));
  const target = await copyTarget();
  const copyMs = await copyImportTables(target, copied, unit!.id, { id: admin!.id, name: admin!.username });
  await target.close?.();
  console.log(
    `  raw COPY of the ${count(copied.length)} rows the import writes into members, memberships and ` +
      `audit_log (one transaction, rolled back): ${seconds(copyMs)}`,
  );
  const transactions = timeTransactions(database);
  const app = await buildApp({ database, config: { webDist: '/nonexistent', loginMaxAttempts: 1000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'demo1234' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const get = (url: string) => fetch(`${base}${url}`, { headers: { cookie } });

    const prober = startProber<Probe>([base, cookie]);
    await sleep(3000);
    const started = Date.now();

    const form = new FormData();
    form.append('file', new Blob([readFileSync(path)]), 'danh-sach-doan-vien.xlsx');
    const answer = await fetch(`${base}/api/org-units/${unit!.id}/members/import?dryRun=false&async=true`, {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
    const { jobId } = (await answer.json()) as { jobId: number };
    const phases: string[] = [];
    let job: { status: string; phase: string | null; result?: { imported: number; rejected: number } };
    for (;;) {
      job = (await (await get(`/api/import-jobs/${jobId}`)).json()) as typeof job;
      const phase = `${job.status}/${job.phase ?? '-'}`;
      if (phases.at(-1)?.split(' ')[0] !== phase) phases.push(`${phase} ${seconds(Date.now() - started)}`);
      if (job.status === 'done' || job.status === 'failed') break;
      await sleep(200);
    }
    const totalMs = Date.now() - started;
    await prober.stop();
    const probes = prober.probes.filter((probe) => probe.at >= started);

    const commit = transactions.reduce((longest, t) => (t.ms > longest.ms ? t : longest), {
      at: 0,
      ms: 0,
      cpuMs: 0,
    });
    const during = probes.filter(
      (probe) => probe.at + probe.ms >= commit.at && probe.at <= commit.at + commit.ms,
    );
    console.log(
      `  ${count(unit!.members)} members before; import of ${count(ROWS)} rows: ${job.status}, ` +
        `${count(job.result?.imported ?? 0)} imported, ${count(job.result?.rejected ?? 0)} rejected, ` +
        `${seconds(totalMs)} from upload to done`,
    );
    console.log(`  job phases seen by polling: ${phases.join(' → ')}`);
    console.log(
      `  peak RSS of this process so far (server, parse worker, embedded database): ${peakRss()} MB`,
    );
    console.log(
      `  write transaction (members + periods + audit + job's end): ${seconds(commit.ms)} ` +
        `(CPU of this process meanwhile ${seconds(commit.cpuMs)})`,
    );
    console.log(
      `  ratio import / copy = ${((job.result?.imported ?? 0) / totalMs / (copied.length / copyMs)).toFixed(2)} ` +
        `(rows written per second, upload to done / raw COPY); write transaction alone / copy = ` +
        `${((job.result?.imported ?? 0) / commit.ms / (copied.length / copyMs)).toFixed(2)}`,
    );
    for (const name of ['health', 'members']) {
      const url = name === 'health' ? 'GET /api/health' : 'GET /api/members?page=1';
      const mine = probes.filter((probe) => probe.name === name);
      console.log(summary(`${url}, whole import`, mine));
      console.log(
        summary(
          `${url}, during the write`,
          during.filter((probe) => probe.name === name),
        ),
      );
      console.log(
        summary(
          `${url}, outside the write`,
          mine.filter((probe) => !during.includes(probe)),
        ),
      );
    }
  } finally {
    await app.close();
  }
}

async function onPglite(path: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'congdoan-commit-'));
  console.log(`\n== PGlite (data folder ${dataDir}) ==`);
  const database = await openDatabase({ dataDir });
  try {
    await run(database, path, async () => pgliteCopyTarget(database.db));
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onPostgres(path: string): Promise<void> {
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`\n== PostgreSQL: skipped, ${POSTGRES_URL} does not answer (${(error as Error).message}) ==`);
    return;
  }
  const name = `congdoan_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  console.log(`\n== PostgreSQL (throwaway database ${name}) ==`);
  try {
    const database = await openDatabase({ url: url.toString() });
    // pool.end() resolves before its connections have closed; the forced drop below may cut them
    (database.db as unknown as { $client: pg.Pool }).$client.on('error', () => {});
    try {
      await run(database, path, async () => {
        const client = new pg.Client({ connectionString: url.toString() });
        client.on('error', () => {});
        await client.connect();
        return { ...postgresCopyTarget(client), close: () => client.end() };
      });
    } finally {
      await database.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

if (process.argv[2] === '--reader' || process.argv[2] === '--parse') {
  await readerOnly(process.argv[2], process.argv[3]!);
} else if (process.argv[2] === '--probe') {
  await probeOnly(process.argv[3]!, process.argv[4]!);
} else {
  console.log(
    `Import commit benchmark — Node ${process.version}, ${count(ROWS)} rows, demo size ${DEMO_SIZE}`,
  );
  const folder = mkdtempSync(join(tmpdir(), 'congdoan-import-'));
  try {
    const [path, writeMs] = await timed(() => writeSheet(ROW_DATA, folder));
    console.log(`  sheet written in ${seconds(writeMs)} (${(fileSize(path) / 1024 / 1024).toFixed(1)} MB)`);
    if (process.env.BENCH_READER !== '0') {
      measureReader(path, '--reader', 'xlsx reader (streamed, every row read and dropped, own process)');
      measureReader(
        path,
        '--reader',
        'xlsx reader, heap capped at 160 MB (--max-old-space-size, as a parse worker may be)',
        ['--max-old-space-size=160'],
      );
      measureReader(
        path,
        '--parse',
        'reader + parse of every row, all parsed rows kept (as an import keeps them)',
      );
    }
    if (DRIVERS.includes('pglite')) await onPglite(path);
    if (DRIVERS.includes('postgres')) await onPostgres(path);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
