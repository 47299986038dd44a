// `node --import tsx bench/burst.ts`: how the embedded database (PGlite) answers a burst of users. A server,
// in a process of its own, opens a copy of a PGlite data folder holding the demo; this process signs in as the
// demo accounts (admin, hanoi, longbien, cdcs) and asks for what the ordinary pages ask (home dashboard, member
// list and search, a unit's page and statistics, congress progress, report periods, audit log): once each to
// warm up, then BENCH_BURST_REQUESTS of them one at a time, then the same again BENCH_BURST_PARALLEL at a time.
// Prints p50/p95/max overall and per route, the machine's load and the server's CPU time.
// BENCH_DEMO_SIZE the demo's size (default 20: 50,000 members); the seeded folder is kept under /tmp
// (congdoan-burst-demo-<size>) so reruns start in seconds; BENCH_BURST_ROUNDS repeats the burst;
// BENCH_CPU_PROF=<folder> writes the server's CPU profile there (node --cpu-prof).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../packages/server/src/app.ts';
import { openDatabase } from '../packages/server/src/db/client.ts';
import { seedDemo } from '../packages/server/src/demo/seed.ts';
import { ensureBaseData } from '../packages/server/src/platform/bootstrap.ts';
import { count, millis, seconds, timed } from './members-report.ts';

const DEMO_SIZE = Number(process.env.BENCH_DEMO_SIZE ?? 20);
const REQUESTS = Number(process.env.BENCH_BURST_REQUESTS ?? 200);
const PARALLEL = Number(process.env.BENCH_BURST_PARALLEL ?? 20);
const ROUNDS = Number(process.env.BENCH_BURST_ROUNDS ?? 1);
const CACHE = join(tmpdir(), `congdoan-burst-demo-${DEMO_SIZE}`);
const ACCOUNTS = ['admin', 'hanoi', 'longbien', 'cdcs'];

/** Child mode: the server on the folder, answering on a free port it prints as a JSON line. */
async function serve(dataDir: string): Promise<void> {
  const database = await openDatabase({ dataDir });
  const app = await buildApp({ database, config: { webDist: '/nonexistent', loginMaxAttempts: 1000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
  process.on('SIGTERM', async () => {
    await app.close();
    await database.close();
    process.exit(0);
  });
}

/** The demo's data folder, seeded once and kept under /tmp (a half-seeded folder is never kept). */
async function demoFolder(): Promise<string> {
  if (existsSync(CACHE)) return CACHE;
  const building = `${CACHE}.building-${process.pid}`;
  const database = await openDatabase({ dataDir: building });
  await ensureBaseData(database.db);
  const [, ms] = await timed(() =>
    seedDemo(database.db, {
      grassrootsPerProvince: DEMO_SIZE,
      log: (message) => console.log(`  ${message}`),
    }),
  );
  await database.close();
  renameSync(building, CACHE);
  console.log(`  demo seeded in ${seconds(ms)} into ${CACHE}`);
  return CACHE;
}

interface Server {
  base: string;
  pid: number;
  stop(): Promise<void>;
}

function startServer(dataDir: string): Promise<Server> {
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = spawn(
    process.execPath,
    [...profile, ...process.execArgv, process.argv[1]!, '--serve', dataDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server stopped (${code})`)));
    child.stdout.setEncoding('utf8').once('data', (line: string) => {
      const { port } = JSON.parse(line.trim().split('\n')[0]!) as { port: number };
      resolve({
        base: `http://127.0.0.1:${port}`,
        pid: child.pid!,
        stop: () => {
          child.removeAllListeners('exit');
          child.kill('SIGTERM');
          return new Promise((done) => child.once('exit', done));
        },
      });
    });
  });
}

/** CPU time (user + system) a process has used so far, in ms, from /proc. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

interface Session {
  username: string;
  cookie: string;
  unitId: number;
}

async function signIn(base: string, username: string): Promise<Session> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo1234' }),
  });
  if (!response.ok) throw new Error(`${username} could not sign in: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { user } = (await response.json()) as { user: { unit: { id: number } } };
  return { username, cookie, unitId: user.unit.id };
}

interface Request {
  route: string;
  url: string;
  session: Session;
}

const SEARCHES = ['nguyen', 'thi hoa', 'tran van', 'le', 'pham minh', 'hoang'];

/** What each page asks on opening, for one account (packages/web/src/routes: the pages' queries). */
function pageRequests(session: Session, cycle: string, year: number): Request[] {
  const unit = session.unitId;
  const asked: [string, string][] = [
    ['auth/me', '/api/auth/me'],
    ['dashboard', `/api/dashboard?unitId=${unit}`],
    ['members list', '/api/members?page=1&pageSize=50'],
    ...SEARCHES.slice(0, 2).map((q): [string, string] => [
      'members search',
      `/api/members?q=${q}&page=1&pageSize=50`,
    ]),
    ['unit', `/api/org-units/${unit}`],
    ['unit children', `/api/org-units/${unit}/children`],
    ['unit stats', `/api/org-units/${unit}/stats`],
    ['member stats', `/api/org-units/${unit}/member-stats`],
    [
      'member stats (last year)',
      `/api/org-units/${unit}/member-stats?asOf=${year - 1}-12-31&from=${year - 1}-01-01&to=${year - 1}-12-31`,
    ],
    ['congress plans', `/api/congress-plans?unitId=${unit}`],
    ['congress list', `/api/congresses?unitId=${unit}&pageSize=200`],
    ['congress progress', `/api/congress-progress?unitId=${unit}&cycle=${cycle}`],
    ['report periods', `/api/report-periods?unitId=${unit}&year=${year}`],
    ['audit log', '/api/audit?page=1&pageSize=25'],
  ];
  return asked.map(([route, url]) => ({ route, url, session }));
}

/** A fixed shuffle (so every run asks the same things in the same order). */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let seed = 20_260_101;
  for (let index = out.length - 1; index > 0; index--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const other = seed % (index + 1);
    [out[index], out[other]] = [out[other]!, out[index]!];
  }
  return out;
}

interface Answer {
  route: string;
  ms: number;
  status: number;
}

async function ask(base: string, request: Request): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${base}${request.url}`, { headers: { cookie: request.session.cookie } });
  await response.arrayBuffer();
  return { route: request.route, ms: performance.now() - started, status: response.status };
}

/** Asks every request, at most `parallel` at a time, each worker taking the next one as it finishes. */
async function fire(base: string, requests: Request[], parallel: number): Promise<Answer[]> {
  const answers: Answer[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) answers.push(await ask(base, requests[next++]!));
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return answers;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

function line(label: string, answers: Answer[]): string {
  const sorted = answers.map((answer) => answer.ms).sort((a, b) => a - b);
  const failed = answers.filter((answer) => answer.status >= 400).length;
  return (
    `  ${label.padEnd(26)} ${String(answers.length).padStart(4)}  p50 ${millis(quantile(sorted, 0.5)).padStart(10)}` +
    `  p95 ${millis(quantile(sorted, 0.95)).padStart(10)}  max ${millis(sorted.at(-1)!).padStart(10)}` +
    (failed ? `  (${failed} answered ≥ 400)` : '')
  );
}

function report(title: string, answers: Answer[], wallMs: number, serverCpuMs: number): void {
  console.log(
    `\n${title}: ${answers.length} requests in ${seconds(wallMs)} (${count((answers.length * 1000) / wallMs)}/s), ` +
      `server CPU ${seconds(serverCpuMs)}, load average after ${loadavg()}`,
  );
  console.log(line('all', answers));
  const routes = [...new Set(answers.map((answer) => answer.route))].sort();
  for (const route of routes)
    console.log(
      line(
        route,
        answers.filter((answer) => answer.route === route),
      ),
    );
}

async function main(): Promise<void> {
  console.log(
    `Burst benchmark (PGlite) — Node ${process.version}, demo size ${DEMO_SIZE}, ${REQUESTS} requests, ` +
      `${PARALLEL} in parallel; load average before ${loadavg()}`,
  );
  const cached = await demoFolder();
  const dataDir = mkdtempSync(join(tmpdir(), 'congdoan-burst-'));
  cpSync(cached, dataDir, { recursive: true });
  const server = await startServer(dataDir);
  try {
    const sessions = await Promise.all(ACCOUNTS.map((username) => signIn(server.base, username)));
    const admin = sessions[0]!;
    const plans = (await (
      await fetch(`${server.base}/api/congress-plans?unitId=${admin.unitId}`, {
        headers: { cookie: admin.cookie },
      })
    ).json()) as { cycle: string }[];
    const cycle =
      plans
        .map((plan) => plan.cycle)
        .sort()
        .at(-1) ?? '2025-2030';
    const year = new Date().getFullYear();
    const pages = sessions.flatMap((session) => pageRequests(session, cycle, year));
    const requests = shuffled(Array.from({ length: REQUESTS }, (_, index) => pages[index % pages.length]!));

    const warm = await fire(server.base, pages, 1);
    const failed = warm.filter((answer) => answer.status >= 400);
    if (failed.length) console.log(`  warm-up: ${failed.map((a) => `${a.route} ${a.status}`).join(', ')}`);

    let cpu = cpuMs(server.pid);
    const [sequential, sequentialMs] = await timed(() => fire(server.base, requests, 1));
    report('Sequential (1 at a time)', sequential, sequentialMs, cpuMs(server.pid) - cpu);
    for (let round = 1; round <= ROUNDS; round++) {
      cpu = cpuMs(server.pid);
      const [burst, burstMs] = await timed(() => fire(server.base, requests, PARALLEL));
      report(`Burst ${round} (${PARALLEL} at a time)`, burst, burstMs, cpuMs(server.pid) - cpu);
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--serve') await serve(process.argv[3]!);
else await main();
