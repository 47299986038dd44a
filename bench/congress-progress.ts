// `npm run bench:congress`: the progress of a congress cycle (congressProgressOf, as the progress page and
// its export run it) over the org bench's tree of 130,000 units. Congresses for most units — 9 in 10 held
// between October 2022 and December 2023, most of those recognised, half of the rest scheduled — and a
// plan from the root with deadlines per level. Timed at the root, a province and a district, as of a
// date in the cycle (the tree before the 2025 restructuring) and as of today (the units since moved under
// commune unions), cold (the first query on a fresh connection) and warm (p50/p95 of repeats); then the
// .xlsx export of the whole country. On PostgreSQL, and on PGlite unless BENCH_DRIVERS says otherwise.
// Prints figures; asserts nothing.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayInVietnam } from '@congdoan/domain';
import pg from 'pg';
import { type Database, type Db, openDatabase, queryRows, sql } from '../packages/server/src/db/client.ts';
import { progressWorkbook } from '../packages/server/src/modules/congresses/export.ts';
import {
  congressProgressOf,
  type ProgressFigures,
} from '../packages/server/src/modules/congresses/progress.ts';
import type { Actor } from '../packages/server/src/platform/context.ts';
import { benchActorAt, loadBenchTree } from './load.ts';
import { count, measure, millis, seconds, timed } from './members-report.ts';

const POSTGRES_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DRIVERS = (process.env.BENCH_DRIVERS ?? 'postgres,pglite').split(',');
const CYCLE = '2023-2028';
const IN_CYCLE = '2024-06-30';
const today = todayInVietnam();

interface Setting {
  rootId: number;
  levels: { label: string; actor: Actor; runs: number }[];
}

/** The tree, a plan from the root, and a congress for most units that hold one (set-based inserts). */
async function prepare(db: Db): Promise<Setting> {
  const { rootId, tree, rows, ms: treeMs } = await loadBenchTree(db);
  console.log(
    `  org tree: ${count(tree.units.length)} units (${count(rows)} rows) loaded in ${seconds(treeMs)}`,
  );
  const [, congressMs] = await timed(async () => {
    await db.execute(
      sql`insert into congress_plans (issuer_unit_id, cycle, title, issued_on, deadlines)
          values (${rootId}, ${CYCLE}, 'Kế hoạch tổ chức Đại hội Công đoàn các cấp', '2022-06-01',
            '[{"level":"grassroots","deadline":"2023-06-30"},{"level":"superior","deadline":"2023-09-30"},
              {"level":"provincial","deadline":"2023-12-31"}]'::jsonb)`,
    );
    // One congress per unit at a congress level in the cycle's tree; a hash of the id picks its fate.
    await db.execute(
      sql`insert into congresses (unit_id, cycle, plan_id, status, kind, scheduled_on, held_on,
            delegates_convened, delegates_present, recognised_on)
          select v.unit_id, ${CYCLE}, 1, s.status, 'allMember', s.scheduled_on, s.held_on,
            case when s.held_on is not null then 60 end, case when s.held_on is not null then 55 end,
            case when s.status = 'recognised' then s.held_on + 10 end
          from org_unit_versions v join unit_types t on t.code = v.type
          cross join lateral (select (hashint4(v.unit_id) & 2147483647) % 100 as fate) h
          cross join lateral (select
              case when h.fate < 90 then date '2022-10-01' + (hashint4(v.unit_id * 7) & 2147483647) % 456 end
                as held_on,
              case when h.fate < 75 then 'recognised' when h.fate < 90 then 'held'
                   when h.fate < 95 then 'scheduled' end as status0) f
          cross join lateral (select f.held_on, coalesce(f.status0, 'planned') as status,
              case when f.status0 is not null then coalesce(f.held_on, date '2024-09-15') end as scheduled_on) s
          where t.tier between 1 and 3 and v.valid_from <= ${IN_CYCLE}::date
            and (v.valid_to is null or v.valid_to > ${IN_CYCLE}::date)
            and h.fate < 98`,
    );
    await db.execute(sql`analyze`);
  });
  const [figures] = await queryRows<{ congresses: number; held: number }>(
    db,
    sql`select count(*)::int as congresses, count(held_on)::int as held from congresses`,
  );
  console.log(
    `  congresses: ${count(figures!.congresses)} (${count(figures!.held)} held) and the plan in ${seconds(congressMs)}`,
  );
  const [province] = await queryRows<{ id: number }>(
    db,
    sql`select unit_id as id from org_unit_versions where type = 'provincial' and valid_to is null
        order by unit_id offset 1 limit 1`,
  );
  const [district] = await queryRows<{ id: number }>(
    db,
    sql`select unit_id as id from org_unit_versions where type = 'district' and parent_id = ${province!.id}
        and valid_to is null order by unit_id limit 1`,
  );
  return {
    rootId,
    levels: [
      { label: 'the root (whole country)', actor: benchActorAt(rootId), runs: 10 },
      { label: 'a provincial federation', actor: benchActorAt(province!.id), runs: 20 },
      { label: 'a district federation', actor: benchActorAt(district!.id), runs: 50 },
    ],
  };
}

const summary = (figures: ProgressFigures) => {
  const total = figures.levels.reduce((sum, level) => sum + level.total, 0);
  const held = figures.levels.reduce((sum, level) => sum + level.held, 0);
  const late = figures.levels.reduce((sum, level) => sum + level.late, 0);
  return `${count(held)}/${count(total)} held, ${count(late)} late, ${figures.children.length} children`;
};

/** Where queries run: warm on the open database, cold on one that has planned and read nothing yet. */
interface Connections {
  warm(): Db;
  cold<T>(run: (db: Db) => Promise<T>): Promise<T>;
}

async function progressFigures(setting: Setting, connections: Connections): Promise<void> {
  for (const asOf of [IN_CYCLE, today]) {
    console.log(`  progress of ${CYCLE} as of ${asOf}:`);
    for (const level of setting.levels) {
      const query = { unitId: level.actor.unitId, cycle: CYCLE, asOf };
      const [first, coldMs] = await connections.cold((db) =>
        timed(() => congressProgressOf(db, level.actor, query)),
      );
      console.log(
        `    ${`${level.label}, cold`.padEnd(60)} ${millis(coldMs).padStart(10)}  (${summary(first)})`,
      );
      await measure(
        `  ${level.label}, warm`,
        level.runs,
        () => congressProgressOf(connections.warm(), level.actor, query),
        summary,
      );
    }
  }
  const root = setting.levels[0]!.actor;
  const [result, exportMs] = await timed(() =>
    progressWorkbook(connections.warm(), root, { unitId: root.unitId, cycle: CYCLE, asOf: IN_CYCLE }, 'vi'),
  );
  console.log(
    `    ${'export.xlsx of the whole country'.padEnd(60)} ${millis(exportMs).padStart(10)}  ` +
      `(${(result.workbook.length / 1024).toFixed(0)} KB, every missing unit listed)`,
  );
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
    console.log(`\n== PostgreSQL ${version} (throwaway database ${name}) ==`);
    const database = await openDatabase({ url: url.toString(), poolSize: 4 });
    // pool.end() resolves before its connections have closed; the forced drop below may cut them
    (database.db as unknown as { $client: pg.Pool }).$client.on('error', () => {});
    try {
      const setting = await prepare(database.db);
      await progressFigures(setting, {
        warm: () => database.db,
        // a new pool: a backend with no cached plans or catalog, the server's buffers as they are
        async cold(run) {
          const fresh = await openDatabase({ url: url.toString(), poolSize: 1 });
          try {
            return await run(fresh.db);
          } finally {
            await fresh.close();
          }
        },
      });
    } finally {
      await database.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function onPglite(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'congdoan-bench-'));
  console.log(`\n== PGlite (data folder ${dataDir}) ==`);
  let current: Database = await openDatabase({ dataDir });
  try {
    const setting = await prepare(current.db);
    await progressFigures(setting, {
      warm: () => current.db,
      // PGlite is one embedded connection: cold is the first query after the database is reopened.
      async cold(run) {
        await current.close();
        current = await openDatabase({ dataDir });
        return run(current.db);
      },
    });
  } finally {
    await current.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const [, totalMs] = await timed(async () => {
  console.log(`Congress progress benchmark — Node ${process.version}, today ${today}`);
  if (DRIVERS.includes('postgres')) await onPostgres();
  if (DRIVERS.includes('pglite')) await onPglite();
});
console.log(`\nTotal ${seconds(totalMs)}`);
