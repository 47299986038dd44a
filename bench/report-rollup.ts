// `npm run bench:reports`: the roll-up of a report period (rollupFor, as GET /report-periods/:id/rollup runs
// it: the figures engine over a subtree plus last year's) on the org bench's tree of 130,000 units with
// BENCH_MEMBERS members (default 10 million; 1,000,000 is quicker to load), on PostgreSQL named by
// BENCH_DATABASE_URL or TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test, a throwaway
// database is created and dropped). A half-year 2025 period and last year's opened at the root, submitted
// reports from 4 in 5 reporting units, reviewed 2024 assessments for 9 in 10 grassroots unions. Timed for
// the whole country and a province: cold (the first call, and the first after a write: kept figures are
// dropped) and warm (kept figures reused), p50 of a few runs; then the .xlsx roll-up of the country and the
// Word report of a province. Prints figures; asserts nothing; not part of `npm test`. BENCH_KEEP=1 keeps
// the database (drop it by hand); BENCH_DATABASE_NAME=<it> times the roll-up on it again without loading.
//   BENCH_MEMBERS=1000000 npm run bench:reports
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Db, openDatabase, queryRows, sql } from '../packages/server/src/db/client.ts';
import { memberFigures, rebuildAllMemberFacts } from '../packages/server/src/modules/facts/index.ts';
import { subtreeStocks } from '../packages/server/src/modules/facts/subtree.ts';
import { memberStatsFor } from '../packages/server/src/modules/members/stats.ts';
import { exportRollup } from '../packages/server/src/modules/reports/export.ts';
import {
  listenToFigureSteps,
  loadPeriod,
  reportFiguresChanged,
  rollupFor,
} from '../packages/server/src/modules/reports/figures.ts';
import { seedReportForms } from '../packages/server/src/modules/reports/forms.ts';
import { reportDocument } from '../packages/server/src/modules/reports/narrative.ts';
import { loadBenchTree } from './load.ts';
import { loadMembers, namePool } from './members-data.ts';
import { count, millis, seconds, timed } from './members-report.ts';

const POSTGRES_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000_000);
/** Members are loaded as of this day, so the 2025 periods have admissions, departures and moves in them. */
const LOADED_ON = '2026-06-30';

const p50 = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)]!;

async function prepare(db: Db) {
  const { rootId, tree, rows, ms } = await loadBenchTree(db);
  console.log(`  org tree: ${count(tree.units.length)} units (${count(rows)} rows) loaded in ${seconds(ms)}`);
  const grassroots = await queryRows<{ id: number }>(
    db,
    sql`select unit_id as id from org_unit_versions where type = 'grassroots' and valid_to is null order by unit_id`,
  );
  const [times, loadMs] = await timed(() =>
    loadMembers(
      db,
      { pool: namePool(), units: grassroots.map((row) => row.id), from: 1, to: MEMBERS, today: LOADED_ON },
      (message) => console.log(message),
    ),
  );
  console.log(
    `  ${count(MEMBERS)} members with their periods loaded in ${seconds(loadMs)} ` +
      `(${seconds(times.insertMs)} inserts + ${seconds(times.indexMs)} indexes and analyze)`,
  );
  await factsAndReports(db, rootId);
  const [period] = await queryRows<{ id: number }>(db, sql`select id from report_periods where year = 2025`);
  return { rootId, provinceId: tree.provinceIds[1]!, periodId: period!.id };
}

/** The member facts, the two periods with their reports and the assessments, on a loaded tree and members. */
async function factsAndReports(db: Db, rootId: number) {
  // The members are loaded past the services, as the demo's are: their facts are computed once, as the
  // backfill of an existing database computes them (modules/facts).
  const [, factsMs] = await timed(() => db.transaction((tx) => rebuildAllMemberFacts(tx)));
  await db.execute(sql`analyze member_facts`);
  await db.execute(sql`analyze member_subtree_facts`);
  const [facts] = await queryRows<{ n: number; s: number }>(
    db,
    sql`select (select count(*)::int from member_facts) as n, (select count(*)::int from member_subtree_facts) as s`,
  );
  console.log(
    `  member facts: ${count(facts?.n ?? 0)} rows and ${count(facts?.s ?? 0)} subtree rows computed in ${seconds(factsMs)}`,
  );
  const [, reportMs] = await timed(async () => {
    await seedReportForms(db);
    await db.execute(
      sql`insert into report_periods (unit_id, kind, year, name, starts_on, cut_off, due_on, grassroots_form_id,
            superior_form_id)
          select ${rootId}, 'halfYear', y, 'Báo cáo 6 tháng đầu năm ' || y, make_date(y - 1, 12, 1),
            make_date(y, 5, 31), make_date(y, 6, 10),
            (select id from report_forms where code = '01-HDCD'), (select id from report_forms where code = '02-HDCD')
          from unnest(array[2024, 2025]) y`,
    );
    // submitted reports from 4 in 5 reporting units in both periods, with the entered figures a hash decides
    await db.execute(
      sql`insert into unit_reports (period_id, unit_id, form_id, status, entered, narrative, first_submitted_at,
            submitted_at)
          select p.id, v.unit_id, case when t.tier = 3 then p.grassroots_form_id else p.superior_form_id end,
            'submitted',
            jsonb_build_object('WORKERS', 50 + h % 500, 'WOMEN_WORKERS', 20 + h % 200,
              'MONTHLY_WAGE_BILL', (50 + h % 500)::bigint * 7500000, 'WORKERS_WITH_SOCIAL_INSURANCE', 40 + h % 450,
              'COLLECTIVE_AGREEMENTS', h % 2, 'PERIODIC_DIALOGUES', 1 + h % 3, 'CARE_SPENDING', (h % 100)::bigint * 1000000,
              'EMPLOYERS_WITHOUT_UNION', h % 7),
            '{"results": "Kết quả", "shortcomings": "", "direction": ""}'::jsonb,
            p.due_on - 2, p.due_on - 2
          from report_periods p
          join org_unit_versions v on v.valid_from <= p.cut_off and (v.valid_to is null or v.valid_to > p.cut_off)
          join unit_types t on t.code = v.type and t.tier between 1 and 3
          cross join lateral (select (hashint4(v.unit_id + p.year) & 2147483647) as h) x
          where x.h % 5 <> 0`,
    );
    await db.execute(
      sql`insert into assessments (unit_id, year, status, self_scores, grade, reviewed_at)
          select v.unit_id, 2024, 'reviewed', '{}'::jsonb,
            (array['excellent', 'good', 'completed', 'notCompleted'])[1 + (hashint4(v.unit_id) & 2147483647) % 4],
            timestamptz '2025-02-15 09:00+07'
          from org_unit_versions v
          where v.type = 'grassroots' and v.valid_to is null and (hashint4(v.unit_id * 3) & 2147483647) % 10 <> 0`,
    );
    await db.execute(sql`analyze`);
  });
  const [reports] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from unit_reports`);
  console.log(`  2 periods, ${count(reports?.n ?? 0)} submitted reports, assessments: ${seconds(reportMs)}`);
}

/** A database a BENCH_KEEP run left (BENCH_DATABASE_NAME): its root, second province and 2025 period. */
async function alreadyLoaded(db: Db) {
  const [loaded] = await queryRows<{ root: number; periods: number; subtree: number }>(
    db,
    sql`select (select id from org_units where code = 'VGCL') as root,
          (select count(*)::int from report_periods) as periods,
          (select count(*)::int from member_subtree_facts) as subtree`,
  );
  // a run stopped after loading the members: the facts and reports are made now
  if (!loaded?.periods) await factsAndReports(db, loaded!.root);
  // a database kept before the subtree facts existed (migration 0014) gets them once, as the backfill would
  else if (!loaded.subtree) {
    const [, ms] = await timed(() => db.transaction((tx) => rebuildAllMemberFacts(tx)));
    await db.execute(sql`analyze member_facts`);
    await db.execute(sql`analyze member_subtree_facts`);
    console.log(`  member facts and subtree facts recomputed in ${seconds(ms)}`);
  }
  const [row] = await queryRows<{ root: number; province: number; period: number }>(
    db,
    sql`select (select id from org_units where code = 'VGCL') as root,
          (select unit_id from org_unit_versions where type = 'provincial' and valid_to is null
            order by unit_id offset 1 limit 1) as province,
          (select id from report_periods where year = 2025) as period`,
  );
  return { rootId: row!.root, provinceId: row!.province, periodId: row!.period };
}

/** The member figures pages show (the org unit's statistics, the dashboard), read from the facts. */
async function memberCounts(db: Db, setting: Awaited<ReturnType<typeof prepare>>) {
  const [, scanMs] = await timed(() => db.execute(sql`select count(*) from memberships`));
  const scans: number[] = [scanMs];
  for (let run = 0; run < 2; run++)
    scans.push((await timed(() => db.execute(sql`select count(*) from memberships`)))[1]);
  console.log(`  count(*) over memberships: p50 ${millis(p50(scans))}`);
  const scan = p50(scans);
  for (const [label, unitId] of [
    ['the whole country', setting.rootId],
    ['a province', setting.provinceId],
  ] as const) {
    const times: number[] = [];
    let members = 0;
    for (let run = 0; run < 5; run++) {
      const [figures, ms] = await timed(() => memberFigures(db, unitId, LOADED_ON));
      times.push(ms);
      members = figures.members;
    }
    const subtreeTimes: number[] = [];
    let fromSubtree = 0;
    for (let run = 0; run < 5; run++) {
      const [rows, ms] = await timed(() => subtreeStocks(db, [unitId], LOADED_ON));
      subtreeTimes.push(ms);
      fromSubtree = rows[0]?.members ?? 0;
    }
    const [stats, statsMs] = await timed(() => memberStatsFor(db, unitId, { asOf: LOADED_ON }));
    console.log(
      `  member figures of ${label.padEnd(18)} from facts p50 ${millis(p50(times)).padStart(9)} ` +
        `(${count(members)} members); from subtree facts p50 ${millis(p50(subtreeTimes))} ` +
        `(${count(fromSubtree)} members); with the year's movements ${millis(statsMs)} (${count(stats.admissions)} admitted)`,
    );
  }
  return scan;
}

async function figures(db: Db, setting: Awaited<ReturnType<typeof prepare>>) {
  const scan = await memberCounts(db, setting);
  const period = await loadPeriod(db, setting.periodId);
  for (const [label, unitId] of [
    ['the whole country', setting.rootId],
    ['a province', setting.provinceId],
  ] as const) {
    const cold: number[] = [];
    const warm: number[] = [];
    let answer = await rollupFor(db, period, unitId);
    for (let run = 0; run < 3; run++) {
      reportFiguresChanged();
      // a write in between: the data version moves on, as after any member, org or report change
      await db.execute(
        sql`insert into audit_log (action, entity, entity_id) values ('bench', 'bench', ${String(run)})`,
      );
      const steps: string[] = [];
      listenToFigureSteps((name, ms) => steps.push(`${name} ${millis(ms)}`));
      const [result, ms] = await timed(() => rollupFor(db, period, unitId));
      listenToFigureSteps(null);
      if (run === 0) console.log(`    cold steps (this year, then last year): ${steps.join(', ')}`);
      cold.push(ms);
      answer = result;
    }
    for (let run = 0; run < 5; run++) warm.push((await timed(() => rollupFor(db, period, unitId)))[1]);
    console.log(
      `  roll-up of ${label.padEnd(18)} cold p50 ${millis(p50(cold)).padStart(10)} (${cold.map((ms) => millis(ms)).join(', ')})` +
        `   warm p50 ${millis(p50(warm)).padStart(9)}   ` +
        `${answer.children.length} children, ${count(answer.indicators.MEMBERS ?? 0)} members, ` +
        `${count(answer.indicators.GRASSROOTS_UNIONS ?? 0)} grassroots unions, ` +
        `${count(answer.indicators.NEW_MEMBERS ?? 0)} admitted, ${count(answer.indicators.MEMBERS_LEAVING ?? 0)} left, ` +
        `workers ${count(answer.indicators.WORKERS ?? 0)}`,
    );
    const name = unitId === setting.rootId ? 'country' : 'province';
    console.log(
      `  ratio rollup_cold_${name} / scan_memberships = ${(p50(cold) / scan).toFixed(2)}` +
        `   (warm: ${(p50(warm) / scan).toFixed(2)})`,
    );
  }
  await rollupFor(db, period, setting.rootId);
  const [book, xlsxMs] = await timed(async () =>
    exportRollup(db, period, await rollupFor(db, period, setting.rootId), 'vi'),
  );
  console.log(
    `  rollup.xlsx of the whole country (warm): ${millis(xlsxMs)}, ${count(book.workbook.length)} bytes`,
  );
  reportFiguresChanged();
  const [doc, docxMs] = await timed(() => reportDocument(db, period, setting.provinceId, 'vi'));
  console.log(`  report.docx of a province (cold): ${millis(docxMs)}, ${count(doc.document.length)} bytes`);
}

async function main() {
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`PostgreSQL: skipped, ${POSTGRES_URL} does not answer (${(error as Error).message})`);
    return;
  }
  const reused = process.env.BENCH_DATABASE_NAME;
  const name = reused ?? `congdoan_bench_${randomBytes(4).toString('hex')}`;
  if (!reused) await admin.query(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  try {
    const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]
      ?.server_version;
    console.log(`== PostgreSQL ${version} (throwaway database ${name}), ${count(MEMBERS)} members ==`);
    const database = await openDatabase({ url: url.toString(), poolSize: 4 });
    (database.db as unknown as { $client: pg.Pool }).$client.on('error', () => {});
    try {
      await figures(database.db, reused ? await alreadyLoaded(database.db) : await prepare(database.db));
    } finally {
      await database.close();
    }
  } finally {
    if (process.env.BENCH_KEEP || reused) console.log(`kept database ${name}`);
    else await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

await main();
