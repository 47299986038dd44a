// `npm run bench:members`: members at national scale on the org bench's tree of 130,000 units. On PostgreSQL
// with 1 million then 10 million members: accent-free name search, national-ID and card-number lookup
// (listMembers as the API runs it, total counted up to its limit) in a province's scope and the whole
// tree's, subtree member counts as of a date (memberStatsFor),
// and a 100,000-row xlsx through the import service against a raw COPY of the same rows. On PGlite the same
// with 1 million members (10 million would not fit a wasm heap). Prints figures; asserts nothing.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listMembersQuery, type MemberList, todayInVietnam } from '@congdoan/domain';
import pg from 'pg';
import { type Database, type Db, openDatabase, queryRows, sql } from '../packages/server/src/db/client.ts';
import { listMembers, MEMBER_COUNT_LIMIT } from '../packages/server/src/modules/members/queries.ts';
import { memberStatsFor } from '../packages/server/src/modules/members/stats.ts';
import type { Actor } from '../packages/server/src/platform/context.ts';
import { benchActorAt, loadBenchTree } from './load.ts';
import { loadMembers, type NamePool, namePool } from './members-data.ts';
import {
  benchActor,
  type CopyTimes,
  copyOnPglite,
  copyOnPostgres,
  fileSize,
  garbledMembers,
  importThroughService,
  type SheetRow,
  sheetRows,
  writeSheet,
} from './members-import.ts';
import { count, measure, measureEach, printSizes, rss, seconds, timed } from './members-report.ts';

const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const IMPORT_ROWS = 100_000;
/** The large size on PostgreSQL (BENCH_MEMBERS, default 10 million); the small one is a million. */
const LARGE = Number(process.env.BENCH_MEMBERS ?? 10_000_000);
/** Which databases to run on (BENCH_DRIVERS, default both). */
const DRIVERS = (process.env.BENCH_DRIVERS ?? 'postgres,pglite').split(',');
/** Which figures to take (BENCH_PARTS, default all): search, counts (subtree counts), import. */
const PARTS = (process.env.BENCH_PARTS ?? 'search,counts,import').split(',');
const today = todayInVietnam();

interface Setting {
  db: Db;
  rootId: number;
  units: number[];
  root: Actor;
  province: Actor;
  /** Units whose subtree counts are timed. */
  levels: { label: string; id: number; runs: number }[];
}

/** The org bench's tree, and the units the figures are taken in. */
async function prepare(db: Db): Promise<Setting> {
  const { rootId, tree, rows, ms } = await loadBenchTree(db);
  console.log(`  org tree: ${count(tree.units.length)} units (${count(rows)} rows) loaded in ${seconds(ms)}`);
  const grassroots = await queryRows<{ id: number }>(
    db,
    sql`select unit_id as id from org_unit_versions where type = 'grassroots' and valid_to is null order by unit_id`,
  );
  const provinceId = tree.provinceIds[1]!;
  const [district] = await queryRows<{ id: number; grassroots: number }>(
    db,
    sql`select v.unit_id as id, (select min(c.unit_id) from org_unit_versions c
          where c.parent_id = v.unit_id and c.valid_to is null and c.type = 'grassroots') as grassroots
        from org_unit_versions v where v.parent_id = ${provinceId} and v.type = 'district' and v.valid_to is null
        order by v.unit_id limit 1`,
  );
  return {
    db,
    rootId,
    units: grassroots.map((row) => row.id),
    root: benchActorAt(rootId, 'system_admin'),
    province: benchActorAt(provinceId, 'unit_admin'),
    levels: [
      { label: 'a grassroots union', id: district!.grassroots, runs: 20 },
      { label: 'a district federation', id: district!.id, runs: 10 },
      { label: 'a provincial federation', id: provinceId, runs: 3 },
      { label: 'the root (whole country)', id: rootId, runs: 1 },
    ],
  };
}

async function load(setting: Setting, pool: NamePool, from: number, to: number): Promise<void> {
  const [times, ms] = await timed(() =>
    loadMembers(setting.db, { pool, units: setting.units, from, to, today }, (message) =>
      console.log(message),
    ),
  );
  const added = to - from + 1;
  console.log(
    `  load of ${count(added)} members with their periods: ${seconds(times.insertMs)} inserts + ` +
      `${seconds(times.indexMs)} indexes, keys and analyze = ${seconds(ms)} (${count(added / (ms / 1000))} members/s)`,
  );
  await printSizes(setting.db, `${count(to)} members`);
}

/**
 * Queries typed into the search box, each timed on its own: a full name, the commonest surname alone, a name
 * half typed, a surname with a middle name (millions of matches between them on 10 million members).
 */
const TYPED = ['nguyen van an', 'nguyen', 'nguyen van a', 'tran thi', 'thi'];

interface Identifiers {
  nationalIds: string[];
  cardNumbers: string[];
}

/** Accent-free names (common and rare, as people type them), and identifiers of members in each scope. */
async function searchInputs(setting: Setting, pool: NamePool, members: number) {
  const names = ['nguyen van an', ...pool.normalized.filter((_, index) => index % 1_667 === 0).slice(0, 29)];
  const identifiers = (rows: { nationalId: string; cardNumber: string }[]): Identifiers => ({
    nationalIds: rows.map((row) => row.nationalId),
    cardNumbers: rows.map((row) => row.cardNumber),
  });
  const anywhere = await queryRows<{ nationalId: string; cardNumber: string }>(
    setting.db,
    sql`select national_id as "nationalId", card_number as "cardNumber" from members
        where id in (select (1 + (hashint4(n) & 2147483647) % ${members})::int from generate_series(1, 30) n)`,
  );
  const inProvince = await queryRows<{ nationalId: string; cardNumber: string }>(
    setting.db,
    sql`select national_id as "nationalId", card_number as "cardNumber" from members
        where unit_id in (select unit_id from org_unit_versions
          where valid_to is null and path ~ ${`*.${setting.province.unitId}.*`}::lquery)
        order by hashint4(id) limit 30`,
  );
  return { names, anywhere: identifiers(anywhere), inProvince: identifiers(inProvince) };
}

const totalOf = (page: MemberList) => `${count(page.total)}${page.totalExact ? '' : '+'}`;

async function search(setting: Setting, pool: NamePool, members: number): Promise<void> {
  const { names, anywhere, inProvince } = await searchInputs(setting, pool, members);
  const scopes: [string, Actor, Identifiers][] = [
    ['a province', setting.province, inProvince],
    ['the whole tree', setting.root, anywhere],
  ];
  for (const [scope, actor, { nationalIds, cardNumbers }] of scopes) {
    const list = (q: string) =>
      listMembers(setting.db, actor, listMembersQuery.parse({ q }), { countLimit: MEMBER_COUNT_LIMIT });
    // The list as opened, no search: the matches are the whole scope, counted up to the limit or all of them.
    await measure(
      `the list as opened in ${scope}`,
      10,
      () => list(''),
      (page) => `${totalOf(page)} members`,
    );
    await measure(
      `the list as opened in ${scope}, every member counted`,
      3,
      () => listMembers(setting.db, actor, listMembersQuery.parse({})),
      (page) => `${totalOf(page)} members`,
    );
    for (const q of TYPED) {
      await measure(
        `"${q}" in ${scope}`,
        10,
        () => list(q),
        (page) => `${totalOf(page)} matches`,
      );
    }
    await measureEach(`search by name in ${scope} (page of 50 + capped total)`, names, list, (p) => p.total);
    await measureEach(`search by national ID in ${scope}`, nationalIds, list, (p) => p.total);
    await measureEach(`search by card number in ${scope}`, cardNumbers, list, (p) => p.total);
  }
}

async function subtreeCounts(setting: Setting): Promise<void> {
  for (const asOf of ['2024-12-31', today]) {
    for (const level of setting.levels) {
      // each count in a transaction of its own: memberStatsFor keeps slow figures for five minutes per
      // transaction object, and the bench times the counting, not the reuse
      await measure(
        `members of ${level.label} as of ${asOf}`,
        level.runs,
        () => setting.db.transaction((tx) => memberStatsFor(tx, level.id, { asOf })),
        (stats) => `${count(stats.members)} members, ${count(stats.admissions)} admissions this year`,
      );
    }
  }
}

interface ImportFile {
  rows: SheetRow[];
  path: string;
}

async function importFigures(
  setting: Setting,
  file: ImportFile,
  copy: (rows: SheetRow[], unitId: number) => Promise<CopyTimes>,
): Promise<void> {
  const unitId = setting.levels[0]!.id;
  const rate = (ms: number) => file.rows.length / (ms / 1000);
  const copied = await copy(file.rows, unitId);
  console.log(
    `  raw COPY of the ${count(file.rows.length)} rows into members: ${seconds(copied.indexed)} = ` +
      `${count(rate(copied.indexed))} rows/s (into a bare copy of the table, no index or key: ` +
      `${count(rate(copied.bare))} rows/s)`,
  );
  const actor = await benchActor(setting.db, setting.rootId);
  const { ms, result } = await importThroughService(setting.db, actor, unitId, file.path);
  const importRate = result.rows / (ms / 1000);
  console.log(
    `  import service (parse in a worker, check, write members + periods + audit in one transaction): ` +
      `${seconds(ms)} = ${count(importRate)} rows/s; ${count(result.imported)} imported, ${count(result.updated)} updated, ` +
      `${count(result.unchanged)} unchanged, ${count(result.rejected)} rejected`,
  );
  if (result.problems.length > 0)
    console.log(`  first problems: ${JSON.stringify(result.problems.slice(0, 2))}`);
  const garbled = await garbledMembers(setting.db, unitId);
  if (garbled > 0)
    console.log(`  imported members with a broken character (U+FFFD) in a text field: ${count(garbled)}`);
  console.log(
    `  ratio COPY / import: ${(rate(copied.indexed) / importRate).toFixed(1)}× ; process RSS ${rss()}`,
  );
}

async function onPostgres(pool: NamePool, file: ImportFile): Promise<void> {
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`\n== PostgreSQL: skipped, ${POSTGRES_URL} does not answer (${(error as Error).message}) ==`);
    return;
  }
  const name = `congdoan_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  // index builds of ten million rows want more than the default 64 MB; this throwaway database only
  await admin.query(`alter database ${name} set maintenance_work_mem = '1GB'`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  try {
    const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]
      ?.server_version;
    console.log(`\n== PostgreSQL ${version} (throwaway database ${name}) ==`);
    const database = await openDatabase({ url: url.toString(), poolSize: 4 });
    // pool.end() resolves before its connections have closed; the forced drop below may cut them
    (database.db as unknown as { $client: pg.Pool }).$client.on('error', () => {});
    try {
      const setting = await prepare(database.db);
      await load(setting, pool, 1, 1_000_000);
      if (PARTS.includes('search')) await search(setting, pool, 1_000_000);
      if (PARTS.includes('counts')) await subtreeCounts(setting);
      if (LARGE > 1_000_000) {
        await load(setting, pool, 1_000_001, LARGE);
        if (PARTS.includes('search')) await search(setting, pool, LARGE);
        if (PARTS.includes('counts')) await subtreeCounts(setting);
      }
      if (PARTS.includes('import')) {
        await importFigures(setting, file, (rows, unitId) => copyOnPostgres(url.toString(), rows, unitId));
      }
    } finally {
      await database.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function onPglite(pool: NamePool, file: ImportFile): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'congdoan-bench-'));
  console.log(`\n== PGlite (data folder ${dataDir}); 1 million members, 10 million skipped (wasm heap) ==`);
  const database: Database = await openDatabase({ dataDir });
  try {
    const setting = await prepare(database.db);
    await load(setting, pool, 1, 1_000_000);
    if (PARTS.includes('search')) await search(setting, pool, 1_000_000);
    if (PARTS.includes('counts')) await subtreeCounts(setting);
    if (PARTS.includes('import'))
      await importFigures(setting, file, (rows, unitId) => copyOnPglite(setting.db, rows, unitId));
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const [, totalMs] = await timed(async () => {
  console.log(`Members benchmark — Node ${process.version}, today ${today}`);
  const pool = namePool();
  const folder = mkdtempSync(join(tmpdir(), 'congdoan-import-'));
  try {
    const rows = sheetRows(IMPORT_ROWS);
    const [path, writeMs] = await timed(() => writeSheet(rows, folder));
    const megabytes = (fileSize(path) / 1024 / 1024).toFixed(1);
    console.log(
      `  import sheet: ${count(rows.length)} rows written with ExcelJS in ${seconds(writeMs)} (${megabytes} MB)`,
    );
    if (DRIVERS.includes('postgres')) await onPostgres(pool, { rows, path });
    if (DRIVERS.includes('pglite')) await onPglite(pool, { rows, path });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
console.log(`\nwhole run ${seconds(totalMs)}`);
