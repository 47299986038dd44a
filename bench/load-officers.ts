// `npm run bench:load`: 200 signed-in officers at once against the real server on PostgreSQL with a big
// database, driven by autocannon on loopback. The server is started here as a child process (built web app,
// DATABASE_URL to the load database) and every officer signs in through POST /api/auth/login: 4 at the
// national federation, 16 at provincial federations, 40 at district federations, 140 in grassroots unions.
// The mix, each request from an officer the kind suits:
//   dashboard 25 % · member search (a typed name) 25 % · member list (a page, sometimes filtered) 20 %
//   · report roll-up read (superior officers) 12 % · report edit (a grassroots officer saves the draft report's
//   entered values) 17 % · member import (a 20-row .xlsx, committed) 1 %
// at LOAD_RATE requests per second in all (default 50: each officer acts every 4 s on average) over at most
// LOAD_CONNECTIONS keep-alive connections (default 50; a reverse proxy's upstream pool, each request carrying
// its officer's session cookie), for LOAD_SECONDS (default 300). Prints p50/p95/p99 per kind, the errors
// (any answer other than 2xx, and socket errors and timeouts: exit 1 if there is one), the server's RSS every
// 10 s, and the database's size.
//
// The database (LOAD_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/bench_load) is created and
// loaded when it does not exist: the org bench's 130,000-unit tree, LOAD_MEMBERS members (default 1,000,000),
// their facts, the report forms, a half-year 2025 period opened at the root with submitted reports from 4 in
// 5 reporting units. It is kept for the next run (drop it by hand: dropdb -h 127.0.0.1 -U postgres bench_load).
//   LOAD_SECONDS=120 npm run bench:load
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { type Db, openDatabase, queryRows, sql } from '../packages/server/src/db/client.ts';
import { rebuildAllMemberFacts } from '../packages/server/src/modules/facts/index.ts';
import { seedReportForms } from '../packages/server/src/modules/reports/forms.ts';
import { hashPassword } from '../packages/server/src/platform/auth.ts';
import { loadBenchTree } from './load.ts';
import { loadMembers, namePool } from './members-data.ts';
import { sheetRows, writeSheet } from './members-import.ts';
import { count, millis, seconds, timed } from './members-report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DATABASE_URL = process.env.LOAD_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench_load';
const MEMBERS = Number(process.env.LOAD_MEMBERS ?? 1_000_000);
const DURATION_S = Number(process.env.LOAD_SECONDS ?? 300);
const RATE = Number(process.env.LOAD_RATE ?? 50);
const CONNECTIONS = Math.min(Number(process.env.LOAD_CONNECTIONS ?? 50), RATE);
const PASSWORD = 'load-officer-2026';
/** Members are loaded as of this day, so the 2025 period has admissions, departures and moves in it. */
const LOADED_ON = '2026-06-30';
const IMPORT_ROWS = 20;
const IMPORT_FILES = 200;
const RSS_EVERY_MS = 10_000;

type Level = 'national' | 'province' | 'district' | 'grassroots';
const OFFICERS: Record<Level, number> = { national: 4, province: 16, district: 40, grassroots: 140 };

type Kind = 'dashboard' | 'search' | 'list' | 'rollup' | 'reportEdit' | 'import';
const MIX: [Kind, number][] = [
  ['dashboard', 25],
  ['search', 25],
  ['list', 20],
  ['rollup', 12],
  ['reportEdit', 17],
  ['import', 1],
];
const READS: Kind[] = ['dashboard', 'search', 'list', 'rollup'];

interface Officer {
  username: string;
  level: Level;
  unitId: number;
  cookie: string;
  /** Grassroots officers: the codes their report's form has them enter. */
  entered: string[];
}

// ---- the database -----------------------------------------------------------------------------------------

/** Creates and loads the database when it is missing; answers whether it was loaded now. */
async function ensureDatabase(): Promise<boolean> {
  const url = new URL(DATABASE_URL);
  const name = url.pathname.slice(1);
  const adminUrl = new URL(DATABASE_URL);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 1) return false;
    await admin.query(`create database ${pg.escapeIdentifier(name)}`);
    await admin.query(`alter database ${pg.escapeIdentifier(name)} set maintenance_work_mem = '1GB'`);
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ url: DATABASE_URL, poolSize: 4 });
  try {
    await loadDatabase(database.db);
  } finally {
    await database.close();
  }
  return true;
}

async function loadDatabase(db: Db): Promise<void> {
  const { rootId, tree, rows, ms } = await loadBenchTree(db);
  console.log(`  org tree: ${count(tree.units.length)} units (${count(rows)} rows) loaded in ${seconds(ms)}`);
  const grassroots = await queryRows<{ id: number }>(
    db,
    sql`select unit_id as id from org_unit_versions where type = 'grassroots' and valid_to is null order by unit_id`,
  );
  const [, loadMs] = await timed(() =>
    loadMembers(
      db,
      { pool: namePool(), units: grassroots.map((row) => row.id), from: 1, to: MEMBERS, today: LOADED_ON },
      (message) => console.log(message),
    ),
  );
  console.log(`  ${count(MEMBERS)} members with their periods loaded in ${seconds(loadMs)}`);
  // loaded past the services, as the demo's members are: their facts computed once, as a backfill would
  const [, factsMs] = await timed(() => db.transaction((tx) => rebuildAllMemberFacts(tx)));
  console.log(`  member facts computed in ${seconds(factsMs)}`);
  await seedReportForms(db);
  await db.execute(
    sql`insert into report_periods (unit_id, kind, year, name, starts_on, cut_off, due_on, grassroots_form_id,
          superior_form_id)
        select ${rootId}, 'halfYear', 2025, 'Báo cáo 6 tháng đầu năm 2025', date '2024-12-01', date '2025-05-31',
          date '2025-06-10', (select id from report_forms where code = '01-HDCD'),
          (select id from report_forms where code = '02-HDCD')`,
  );
  await db.execute(
    sql`insert into unit_reports (period_id, unit_id, form_id, status, entered, narrative, first_submitted_at,
          submitted_at)
        select p.id, v.unit_id, case when t.tier = 3 then p.grassroots_form_id else p.superior_form_id end,
          'submitted',
          jsonb_build_object('WORKERS', 50 + h % 500, 'WOMEN_WORKERS', 20 + h % 200,
            'WORKERS_WITH_SOCIAL_INSURANCE', 40 + h % 450, 'COLLECTIVE_AGREEMENTS', h % 2,
            'PERIODIC_DIALOGUES', 1 + h % 3),
          '{"results": "Kết quả", "shortcomings": "", "direction": ""}'::jsonb, p.due_on - 2, p.due_on - 2
        from report_periods p
        join org_unit_versions v on v.valid_from <= p.cut_off and (v.valid_to is null or v.valid_to > p.cut_off)
        join unit_types t on t.code = v.type and t.tier between 1 and 3
        cross join lateral (select (hashint4(v.unit_id + p.year) & 2147483647) as h) x
        where x.h % 5 <> 0`,
  );
  await db.execute(sql`analyze`);
}

/**
 * The officers' accounts (made once, kept), spread over the tree by a hash of the unit id; grassroots units
 * with members. Their 2025 reports are set back to draft so that they can be edited.
 */
async function ensureOfficers(db: Db): Promise<{ officers: Officer[]; periodId: number }> {
  const hash = await hashPassword(PASSWORD);
  const officers: Officer[] = [];
  const types: Record<Level, string> = {
    national: 'central',
    province: 'provincial',
    district: 'district',
    grassroots: 'grassroots',
  };
  for (const level of Object.keys(OFFICERS) as Level[]) {
    const units =
      level === 'national'
        ? await queryRows<{ id: number }>(db, sql`select id from org_units where code = 'VGCL'`)
        : await queryRows<{ id: number }>(
            db,
            sql`select v.unit_id as id from org_unit_versions v
                where v.type = ${types[level]} and v.valid_to is null
                  and (${level !== 'grassroots'} or exists (select 1 from members m where m.unit_id = v.unit_id))
                order by hashint4(v.unit_id) limit ${OFFICERS[level]}`,
          );
    for (let index = 0; index < OFFICERS[level]; index++) {
      const unitId = units[index % units.length]!.id;
      officers.push({ username: `load.${level}.${index + 1}`, level, unitId, cookie: '', entered: [] });
    }
  }
  for (const officer of officers) {
    await db.execute(
      sql`insert into users (username, full_name, password_hash, role, unit_id)
          values (${officer.username}, ${`Cán bộ ${officer.username}`}, ${hash},
            ${officer.level === 'national' ? 'unit_admin' : 'unit_officer'}, ${officer.unitId})
          on conflict (username) do update set password_hash = excluded.password_hash, unit_id = excluded.unit_id,
            active = true`,
    );
  }
  const [period] = await queryRows<{ id: number }>(
    db,
    sql`select id from report_periods where year = 2025 and kind = 'halfYear' order by id limit 1`,
  );
  if (!period) throw new Error('the load database has no 2025 half-year report period');
  const grassroots = officers.filter((officer) => officer.level === 'grassroots').map((o) => o.unitId);
  await db.execute(
    sql`update unit_reports set status = 'draft', submitted_at = null
        where period_id = ${period.id} and unit_id = any(${sql.param(grassroots)}::int[])`,
  );
  return { officers, periodId: period.id };
}

async function databaseSizes(db: Db): Promise<void> {
  const [size] = await queryRows<{ bytes: number; members: number; memberships: number }>(
    db,
    sql`select pg_database_size(current_database())::float8 as bytes,
          (select count(*)::int from members) as members, (select count(*)::int from memberships) as memberships`,
  );
  const mb = (bytes: number) => `${count(bytes / 1048576)} MB`;
  console.log(
    `\ndatabase: ${mb(size!.bytes)} (pg_database_size) for ${count(size!.members)} members, ` +
      `${count(size!.memberships)} membership periods`,
  );
  const biggest = await queryRows<{ name: string; kind: string; bytes: number }>(
    db,
    sql`select c.relname as name, case c.relkind when 'i' then 'index' else 'table' end as kind,
          pg_relation_size(c.oid)::float8 as bytes
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'i')
        order by pg_relation_size(c.oid) desc limit 12`,
  );
  for (const row of biggest) console.log(`  ${row.kind.padEnd(5)} ${row.name.padEnd(44)} ${mb(row.bytes)}`);
}

// ---- the server -------------------------------------------------------------------------------------------

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function startServer(port: number, dataDir: string, log: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(ROOT, 'packages/server'),
    env: {
      ...process.env,
      DATABASE_URL,
      PORT: String(port),
      HOST: '127.0.0.1',
      CONGDOAN_DATA_DIR: dataDir,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(log);
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  // a database made before a migration that adds facts gets them computed at start: minutes at 1M members
  const deadline = Date.now() + 60 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server stopped (exit ${child.exitCode}); see ${log}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  child.kill('SIGTERM');
  throw new Error(`the server did not answer within an hour; see ${log}`);
}

/** The server's resident set (MB), from /proc. */
function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

// ---- officers and their requests ----------------------------------------------------------------------------

async function signIn(base: string, officer: Officer): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: officer.username, password: PASSWORD }),
  });
  if (!response.ok)
    throw new Error(`sign-in of ${officer.username}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('congdoan_session='));
  if (!cookie) throw new Error(`sign-in of ${officer.username} set no session cookie`);
  officer.cookie = cookie.split(';')[0]!;
  return performance.now() - started;
}

/** The codes the grassroots officer's report form has entered by hand, read as the report page reads them. */
async function enteredCodes(base: string, periodId: number, officer: Officer): Promise<void> {
  const response = await fetch(`${base}/api/report-periods/${periodId}/reports/${officer.unitId}`, {
    headers: { cookie: officer.cookie },
  });
  if (!response.ok)
    throw new Error(`report of ${officer.username}: ${response.status} ${await response.text()}`);
  const report = (await response.json()) as { lines: { code: string; source: string }[] };
  officer.entered = report.lines.filter((line) => line.source === 'entered').map((line) => line.code);
}

/** Import files: distinct rows (national IDs new to the database), a union's 20-row list each. */
async function importBodies(folder: string): Promise<{ boundary: string; bodies: Buffer[] }> {
  const rows = sheetRows(IMPORT_ROWS * IMPORT_FILES);
  const boundary = '----congdoanload7d1f';
  const bodies: Buffer[] = [];
  for (let file = 0; file < IMPORT_FILES; file++) {
    const path = await writeSheet(rows.slice(file * IMPORT_ROWS, (file + 1) * IMPORT_ROWS), folder);
    bodies.push(
      Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="danh-sach-doan-vien.xlsx"\r\n` +
            'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
        ),
        readFileSync(path),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    );
  }
  return { boundary, bodies };
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

function chooseKind(): Kind {
  let roll = Math.random() * MIX.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [kind, weight] of MIX) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return 'dashboard';
}

/** Queries as officers type them: full names, a surname and middle name, a name half typed, a surname. */
function searchTerms(): string[] {
  const pool = namePool(5_000);
  const terms: string[] = [];
  for (let index = 0; index < 300; index++) {
    const words = pool.normalized[(index * 16) % pool.normalized.length]!.split(' ');
    const shape = index % 4;
    if (shape === 0) terms.push(words.join(' '));
    else if (shape === 1) terms.push(words.slice(0, 2).join(' '));
    else if (shape === 2) terms.push(`${words.slice(0, -1).join(' ')} ${words.at(-1)!.slice(0, 2)}`);
    else terms.push(words[0]!);
  }
  return terms;
}

interface Plan {
  method: 'GET' | 'PUT' | 'POST';
  path: string;
  officer: Officer;
  body?: string | Buffer;
  contentType?: string;
}

function planner(officers: Officer[], periodId: number, imports: { boundary: string; bodies: Buffer[] }) {
  const everyone = officers;
  const superiors = officers.filter((officer) => officer.level !== 'grassroots');
  const grassroots = officers.filter((officer) => officer.level === 'grassroots');
  const terms = searchTerms();
  let nextImport = 0;
  return (kind: Kind): Plan => {
    switch (kind) {
      case 'dashboard':
        return { method: 'GET', path: '/api/dashboard', officer: pick(everyone) };
      case 'search':
        return {
          method: 'GET',
          path: `/api/members?q=${encodeURIComponent(pick(terms))}`,
          officer: pick(everyone),
        };
      case 'list': {
        const filters = ['', '', '&status=active', '&gender=female', '&status=left'];
        const page = 1 + Math.floor(Math.random() * 5);
        return { method: 'GET', path: `/api/members?page=${page}${pick(filters)}`, officer: pick(everyone) };
      }
      case 'rollup':
        return { method: 'GET', path: `/api/report-periods/${periodId}/rollup`, officer: pick(superiors) };
      case 'reportEdit': {
        const officer = pick(grassroots);
        const values = Object.fromEntries(
          officer.entered.map((code) => [code, Math.floor(Math.random() * 400)]),
        );
        return {
          method: 'PUT',
          path: `/api/report-periods/${periodId}/reports/${officer.unitId}`,
          officer,
          body: JSON.stringify({
            values,
            narrative: { results: 'Kết quả 6 tháng đầu năm', shortcomings: '', direction: 'Tiếp tục' },
          }),
          contentType: 'application/json',
        };
      }
      case 'import': {
        const officer = pick(grassroots);
        const body = imports.bodies[nextImport++ % imports.bodies.length]!;
        return {
          method: 'POST',
          path: `/api/org-units/${officer.unitId}/members/import?dryRun=false`,
          officer,
          body,
          contentType: `multipart/form-data; boundary=${imports.boundary}`,
        };
      }
    }
  };
}

// ---- the run ----------------------------------------------------------------------------------------------

const percentile = (sorted: number[], q: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

interface Tally {
  times: number[];
  errors: number;
  samples: string[];
}

async function run(base: string, plan: (kind: Kind) => Plan, serverPid: number) {
  const tallies = new Map<Kind, Tally>(
    MIX.map(([kind]) => [kind, { times: [], errors: 0, samples: [] } satisfies Tally]),
  );
  const rssSamples: number[] = [rssOf(serverPid)];
  const sampler = setInterval(() => rssSamples.push(rssOf(serverPid)), RSS_EVERY_MS);
  let finished: (result: autocannon.Result) => void = () => {};
  let failed: (error: Error) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const options: autocannon.Options = {
    url: base,
    connections: CONNECTIONS,
    overallRate: RATE,
    duration: DURATION_S,
    timeout: 60,
    requests: [
      {
        setupRequest: (request, context) => {
          const kind = chooseKind();
          const planned = plan(kind);
          (context as { kind?: Kind }).kind = kind;
          const headers: Record<string, string> = { cookie: planned.officer.cookie };
          if (planned.contentType) headers['content-type'] = planned.contentType;
          return {
            ...request,
            method: planned.method,
            path: planned.path,
            headers,
            body: planned.body ?? '',
          };
        },
        onResponse: (status, body, context) => {
          if (status >= 200 && status < 300) return;
          const tally = tallies.get((context as { kind: Kind }).kind)!;
          tally.errors++;
          if (tally.samples.length < 3) tally.samples.push(`${status} ${body.slice(0, 200)}`);
        },
      },
    ],
  };
  const instance = autocannon(options, (error, result) => (error ? failed(error) : finished(result)));
  instance.on('response', (client, _status, _bytes, responseTime) => {
    const kind = (client as unknown as { requestIterator: { context: { kind: Kind } } }).requestIterator
      .context.kind;
    tallies.get(kind)?.times.push(responseTime);
  });
  const result = await done;
  clearInterval(sampler);
  rssSamples.push(rssOf(serverPid));
  return { tallies, rssSamples, result };
}

async function main() {
  console.log(
    `Load of 200 officers — Node ${process.version}, ${DATABASE_URL}, ${DURATION_S} s at ${RATE} req/s over ` +
      `${CONNECTIONS} connections; load average ${loadAverage()}`,
  );
  const [loaded, prepMs] = await timed(ensureDatabase);
  console.log(
    loaded ? `  database loaded in ${seconds(prepMs)}` : '  database already loaded (kept from a run before)',
  );
  const database = await openDatabase({ url: DATABASE_URL, poolSize: 2 });
  const workDir = mkdtempSync(join(tmpdir(), 'congdoan-load-'));
  let server: ChildProcess | undefined;
  let keepLog = true;
  try {
    const { officers, periodId } = await ensureOfficers(database.db);
    if (!existsSync(join(ROOT, 'packages/web/dist/index.html'))) {
      console.log('  building the web app (npm run build)');
      const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
      if (built.status !== 0) throw new Error('npm run build failed');
    }
    const port = await freePort();
    const log = join(workDir, 'server.log');
    const [child, startMs] = await timed(() => startServer(port, join(workDir, 'data'), log));
    server = child;
    console.log(`  server pid ${child.pid} on port ${port}, answering in ${seconds(startMs)}; log ${log}`);
    const base = `http://127.0.0.1:${port}`;
    const logins: number[] = [];
    for (let first = 0; first < officers.length; first += 10) {
      logins.push(...(await Promise.all(officers.slice(first, first + 10).map((o) => signIn(base, o)))));
    }
    logins.sort((a, b) => a - b);
    console.log(
      `  ${officers.length} officers signed in through /api/auth/login (10 at a time): ` +
        `p50 ${millis(percentile(logins, 0.5))}, p95 ${millis(percentile(logins, 0.95))}`,
    );
    for (const officer of officers.filter((o) => o.level === 'grassroots')) {
      await enteredCodes(base, periodId, officer);
    }
    const imports = await importBodies(workDir);
    const { tallies, rssSamples, result } = await run(base, planner(officers, periodId, imports), child.pid!);
    console.log(
      `\n${count(result.requests.total)} requests in ${result.duration.toFixed(0)} s ` +
        `(${(result.requests.total / result.duration).toFixed(1)} req/s); load average at the end ${loadAverage()}`,
    );
    console.log(
      `  ${'kind'.padEnd(12)} ${'requests'.padStart(9)} ${'p50'.padStart(10)} ${'p95'.padStart(10)} ${'p99'.padStart(10)} ${'max'.padStart(10)}  errors`,
    );
    // autocannon's errors count the timeouts among them
    let errors = result.errors;
    const reads: number[] = [];
    for (const [kind, tally] of tallies) {
      const sorted = [...tally.times].sort((a, b) => a - b);
      if (READS.includes(kind)) reads.push(...sorted);
      errors += tally.errors;
      console.log(
        `  ${kind.padEnd(12)} ${count(sorted.length).padStart(9)} ${millis(percentile(sorted, 0.5)).padStart(10)} ` +
          `${millis(percentile(sorted, 0.95)).padStart(10)} ${millis(percentile(sorted, 0.99)).padStart(10)} ` +
          `${millis(sorted.at(-1) ?? Number.NaN).padStart(10)}  ${tally.errors}` +
          (tally.samples.length > 0 ? `  e.g. ${tally.samples.join(' | ')}` : ''),
      );
    }
    reads.sort((a, b) => a - b);
    console.log(
      `  ${'all reads'.padEnd(12)} ${count(reads.length).padStart(9)} ${millis(percentile(reads, 0.5)).padStart(10)} ` +
        `${millis(percentile(reads, 0.95)).padStart(10)} ${millis(percentile(reads, 0.99)).padStart(10)}`,
    );
    console.log(
      `errors: ${errors} (non-2xx ${result.non2xx}, no answer ${result.errors} of which ${result.timeouts} timeouts after 60 s)`,
    );
    console.log(`server RSS every ${RSS_EVERY_MS / 1000} s (MB): ${rssSamples.join(' ')}`);
    const half = Math.floor(rssSamples.length / 2);
    const firstHalf = Math.max(...rssSamples.slice(0, half));
    const secondHalf = Math.max(...rssSamples.slice(half));
    console.log(`  peak of the first half ${firstHalf} MB, of the second half ${secondHalf} MB`);
    await databaseSizes(database.db);
    if (errors > 0) process.exitCode = 1;
    keepLog = errors > 0;
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((done) => server!.once('exit', done));
      server.kill('SIGTERM');
      await exited;
    }
    await database.close();
    // the server's log stays when something failed
    if (keepLog) console.log(`server log kept in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

await main();
