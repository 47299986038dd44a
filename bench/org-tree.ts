// `npm run bench`: the organisation tree at national size (130,000 units in 34 provinces) on PGlite and on
// PostgreSQL — load time, children of a node, subtree counts as of a date, accent-free search, a unit's
// detail and the move of a 4,000-unit subtree through the org service. Prints figures; asserts nothing.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeForSearch, todayInVietnam } from '@congdoan/domain';
import pg from 'pg';
import { type Database, type Db, openDatabase, queryRows, sql } from '../packages/server/src/db/client.ts';
import { ROOT_UNIT } from '../packages/server/src/modules/org/index.ts';
import {
  getUnitDetail,
  listChildren,
  searchUnits,
  unitStats,
} from '../packages/server/src/modules/org/queries.ts';
import { moveUnit } from '../packages/server/src/modules/org/service.ts';
import { ensureBaseData } from '../packages/server/src/platform/bootstrap.ts';
import type { Actor } from '../packages/server/src/platform/context.ts';
import { loadTree } from './load.ts';
import { generateTree } from './tree-data.ts';

const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const today = todayInVietnam();
const BEFORE = '2024-12-31';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const millis = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
const count = (n: number) => n.toLocaleString('en-US');
const rss = () => `${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB`;

async function timed<T>(run: () => Promise<T>): Promise<[Awaited<T>, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

/** Runs `query` `runs` times (after one warm-up) and prints p50/p95 with a note on what it returned. */
async function measure<T>(
  label: string,
  runs: number,
  query: (run: number) => Promise<T>,
  note: (result: T) => string,
) {
  let last = await query(0);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const [result, ms] = await timed(() => query(run));
    times.push(ms);
    last = result;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  console.log(
    `  ${label.padEnd(58)} p50 ${millis(at(0.5)).padStart(9)}  p95 ${millis(at(0.95)).padStart(9)}  (${runs} runs; ${note(last)})`,
  );
}

async function benchmark(label: string, database: Database): Promise<void> {
  const db: Db = database.db;
  console.log(`\n== ${label} ==`);
  await ensureBaseData(db);
  const [start] = await queryRows<{ root: number; units: number; events: number }>(
    db,
    sql`select (select id from org_units where code = ${ROOT_UNIT.code}) as root,
          (select max(id) from org_units) as units, (select max(id) from org_events) as events`,
  );
  if (!start) throw new Error('no root unit');
  const [tree, generateMs] = await timed(async () =>
    generateTree({ rootId: start.root, firstUnitId: start.units + 1, firstEventId: start.events + 1 }),
  );
  const [rows, loadMs] = await timed(() => loadTree(db, tree));
  const [, analyzeMs] = await timed(() => db.execute(sql`analyze`));
  console.log(
    `  load: ${count(tree.units.length)} units, ${count(tree.versions.length)} versions, ${count(tree.events.length)} events, ` +
      `${count(tree.eventUnits.length)} event links = ${count(rows)} rows in ${seconds(loadMs)} ` +
      `(${count(Math.round(rows / (loadMs / 1000)))} rows/s); generated in ${seconds(generateMs)}, analyze ${seconds(analyzeMs)}`,
  );
  const [size] = await queryRows<{ mb: number; units: number }>(
    db,
    sql`select (pg_database_size(current_database()) / 1048576)::int as mb,
          (select count(*)::int from org_units) as units`,
  );
  console.log(
    `  ${count(size?.units ?? 0)} units in all with the root; database size ${size?.mb} MB; process RSS ${rss()}`,
  );

  const actor: Actor = {
    id: 0,
    username: 'bench',
    fullName: 'Bench',
    role: 'system_admin',
    locale: 'vi',
    unitId: start.root,
  };
  const provinces = tree.provinceIds;
  const dateOf = (run: number) => (run % 2 === 0 ? BEFORE : today);
  await measure(
    'children of a provincial federation, as of 2024 / today',
    50,
    (run) => listChildren(db, actor, provinces[run % provinces.length]!, dateOf(run)),
    (units) => `${units.length} children`,
  );
  const [district] = await queryRows<{ id: number }>(
    db,
    sql`select id from org_units where code = 'B-HN-D2'`,
  );
  await measure(
    'children of a district federation (~100), as of 2024',
    50,
    () => listChildren(db, actor, district!.id, BEFORE),
    (units) => `${units.length} children`,
  );
  for (const asOf of [BEFORE, today]) {
    await measure(
      `subtree counts of a province as of ${asOf}`,
      20,
      (run) => unitStats(db, provinces[run % provinces.length]!, asOf),
      (stats) => `${count(stats.totalUnits)} units`,
    );
  }
  for (const asOf of [BEFORE, today]) {
    await measure(
      `subtree counts of the root as of ${asOf}`,
      5,
      () => unitStats(db, start.root, asOf),
      (stats) => `${count(stats.totalUnits)} units, ${count(stats.grassrootsUnits)} grassroots`,
    );
  }
  const rareName = normalizeForSearch(String(tree.versions.values[3]![tree.versions.length - 7])).replace(
    /^cong doan co so /u,
    '',
  );
  for (const q of ['truong thcs', rareName]) {
    await measure(
      `search "${q}" (accent-free), first page of 50`,
      20,
      () => searchUnits(db, actor, { q, asOf: today, page: 1, pageSize: 50 }),
      (page) => `${count(page.total)} matches`,
    );
  }
  await measure(
    'a grassroots union with its ancestors, as of 2024',
    50,
    (run) => getUnitDetail(db, Number(tree.units.values[0]![(run * 2_591) % tree.units.length]), BEFORE),
    (unit) => `depth ${unit.ancestors.length}`,
  );

  const [result, moveMs] = await timed(() =>
    db.transaction((tx) =>
      moveUnit(tx, null, tree.movedUnitId, {
        effectiveDate: today,
        reason: 'benchmark',
        newParentId: tree.moveTargetId,
      }),
    ),
  );
  const [moved] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from org_unit_versions where event_id = ${result.eventId}`,
  );
  console.log(`  move of a ${count(moved?.n ?? 0)}-unit subtree through moveUnit: ${millis(moveMs)}`);
  console.log(`  process RSS at the end: ${rss()}`);
}

async function onPglite(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'congdoan-bench-'));
  const database = await openDatabase({ dataDir });
  try {
    await benchmark(`PGlite (data folder ${dataDir})`, database);
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function onPostgres(): Promise<void> {
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
  try {
    const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]
      ?.server_version;
    const database = await openDatabase({ url: url.toString(), poolSize: 4 });
    try {
      await benchmark(`PostgreSQL ${version} (throwaway database ${name})`, database);
    } finally {
      await database.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const [, totalMs] = await timed(async () => {
  console.log(`Organisation tree benchmark — Node ${process.version}, today ${today}`);
  await onPglite();
  await onPostgres();
});
console.log(`\nwhole run ${seconds(totalMs)}`);
