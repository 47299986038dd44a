// The read connection (READ_DATABASE_URL): with both URLs naming the test PostgreSQL server, the routes marked
// `reads: 'replica'` answer as they do on the primary alone, send their queries to the read pool, and every
// query they send there is a read (the pool's sessions are read-only, so a write there fails); writes, sign-in
// and the read log stay on the primary, and a writer's next reads see what they wrote. PostgreSQL only: the
// embedded database has one connection and no replica, and this file skips without TEST_DATABASE_URL.
// With TEST_READ_DATABASE_URL, a hot standby streaming from TEST_DATABASE_URL's server, the read connection
// is that standby instead (the same database name there), and the tests wait for it to catch up where they
// compare.
import { setTimeout as sleep } from 'node:timers/promises';
import { todayInVietnam } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../app.ts';
import { DEMO_PASSWORD } from '../demo/accounts.ts';
import { admission } from '../modules/members/test-members.ts';
import { WROTE_COOKIE } from '../platform/routes.ts';
import { createTestContext, signIn, type TestContext } from '../test/context.ts';
import { type Database, onPrimary, onReplica, openDatabase, queryRows } from './client.ts';
import { meta } from './schema/index.ts';

const serverUrl = process.env.TEST_DATABASE_URL;
const standbyUrl = process.env.TEST_READ_DATABASE_URL;
const today = todayInVietnam();

/** The text of every query sent on the read pool's connections since the last `take()`. */
class ReadLog {
  private texts: string[] = [];
  watch(pool: pg.Pool): void {
    pool.on('connect', (client) => {
      const query = client.query;
      client.query = ((...args: unknown[]) => {
        const first = args[0];
        this.texts.push(typeof first === 'string' ? first : String((first as { text?: string }).text));
        return Reflect.apply(query, client, args);
      }) as typeof client.query;
    });
  }
  take(): string[] {
    const texts = this.texts;
    this.texts = [];
    return texts;
  }
}

/** A statement that reads: a select (or a with … select), or transaction control and settings. */
const READ_ONLY = /^\s*(\(?\s*select|with|begin|commit|rollback|show|set local|set transaction)\b/iu;
const WRITES =
  /\b(insert\s+into|update\s+\S+\s+set|delete\s+from|merge\s+into|for\s+(no\s+key\s+)?update|for\s+share|nextval|setval|create|drop|alter|truncate|copy)\b/iu;

let ctx: TestContext;
let replicated: Database;
let app: App;
const reads = new ReadLog();
let ids: Record<string, number>;
let databaseUrl: string;
let cookies: Record<'admin' | 'hanoi' | 'longbien', string>;

async function idOf(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await queryRows<{ id: number }>(ctx.database.db, query);
  if (!row) throw new Error(`nothing found for ${JSON.stringify(query)}`);
  return row.id;
}

/** What PostgreSQL said when `work` failed (drizzle wraps it in a "Failed query" error). */
async function refusal(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    return String((error as { cause?: Error }).cause?.message ?? (error as Error).message);
  }
  return 'no error';
}

/** On a standby, waits until it has replayed everything the primary has written so far. */
async function caughtUp(): Promise<void> {
  if (!standbyUrl) return;
  const [primary] = await queryRows<{ lsn: string }>(
    ctx.database.db,
    sql`select pg_current_wal_lsn()::text as lsn`,
  );
  const started = Date.now();
  for (;;) {
    const [standby] = await onReplica(() =>
      queryRows<{ done: boolean }>(
        replicated.db,
        sql`select pg_last_wal_replay_lsn() >= ${primary?.lsn}::pg_lsn as done`,
      ),
    );
    if (standby?.done) break;
    if (Date.now() - started > 30_000) throw new Error('the standby did not catch up in 30 s');
    await sleep(20);
  }
  reads.take();
}

async function get(target: App, url: string, cookie: string) {
  return target.inject({ method: 'GET', url, headers: { cookie } });
}

describe.skipIf(!serverUrl)('the read connection', () => {
  beforeAll(async () => {
    ctx = await createTestContext({ demo: { grassrootsPerProvince: 2 } });
    // The same database as the test context's, opened again with a read connection to it.
    const [row] = await queryRows<{ name: string }>(ctx.database.db, sql`select current_database() as name`);
    const url = new URL(serverUrl ?? '');
    url.pathname = `/${row?.name}`;
    databaseUrl = url.toString();
    const readUrl = new URL(standbyUrl ?? databaseUrl);
    readUrl.pathname = url.pathname;
    replicated = await openDatabase({ url: databaseUrl, readUrl: readUrl.toString(), poolSize: 4 });
    if (!replicated.readPool) throw new Error('no read pool');
    reads.watch(replicated.readPool);
    app = await buildApp({
      database: replicated,
      config: { webDist: '/nonexistent', loginMaxAttempts: 1000 },
    });
    await app.ready();
    const signedIn = async (username: string) =>
      (await signIn({ ...ctx, app }, username, DEMO_PASSWORD)).cookie;
    cookies = {
      admin: await signedIn('admin'),
      hanoi: await signedIn('hanoi'),
      longbien: await signedIn('longbien'),
    };
    const unit = (code: string) => idOf(sql`select id from org_units where code = ${code}`);
    ids = {
      hanoi: await unit('LDLD-HN'),
      longBien: await unit('LDLD-HN-LB'),
      period: await idOf(
        sql`select p.id from report_periods p join unit_reports r on r.period_id = p.id
            where r.unit_id in (select id from org_units where code like 'CD%')
            order by p.year desc, p.id limit 1`,
      ),
      plan: await idOf(sql`select id from year_plans order by year desc, id limit 1`),
      election: await idOf(sql`select id from elections order by id limit 1`),
      meeting: await idOf(sql`select id from committee_meetings order by id limit 1`),
      resolution: await idOf(sql`select id from meeting_resolutions order by id limit 1`),
    };
    ids.reportUnit = await idOf(
      sql`select unit_id as id from unit_reports where period_id = ${ids.period} order by unit_id limit 1`,
    );
    reads.take();
  }, 300_000);

  afterAll(async () => {
    await app?.close();
    await replicated?.close();
    await ctx?.close();
  });

  it('makes every session on the read connection read-only, so a write sent there fails', async () => {
    const [setting] = await onReplica(() =>
      queryRows<{ transaction_read_only: string }>(replicated.db, sql`show transaction_read_only`),
    );
    expect(setting?.transaction_read_only).toBe('on');
    const write = { key: `read-connection-${Date.now()}`, value: 'x' };
    expect(
      await refusal(() => onReplica(async () => await replicated.db.insert(meta).values(write))),
    ).toMatch(/read-only transaction/u);
    expect(
      await refusal(() =>
        onReplica(() => replicated.db.transaction(async (tx) => tx.insert(meta).values(write))),
      ),
    ).toMatch(/read-only transaction/u);
    // Outside `onReplica`, and inside `onPrimary` within it, the same write goes to the primary.
    await onReplica(() => onPrimary(async () => await replicated.db.insert(meta).values(write)));
    const [primary] = await onPrimary(() =>
      queryRows<{ read_only: string }>(
        replicated.db,
        sql`select current_setting('transaction_read_only') as read_only`,
      ),
    );
    expect(primary?.read_only).toBe('off');
    reads.take();
  });

  /** The routes marked `reads: 'replica'`, as a user of each would call them. */
  const replicaRoutes = (): [string, string, 'admin' | 'hanoi' | 'longbien'][] => [
    ['dashboard', `/api/dashboard?unitId=${ids.hanoi}`, 'hanoi'],
    ['unit search', '/api/org-units?q=long%20bien', 'hanoi'],
    ['unit children', `/api/org-units/${ids.hanoi}/children?asOf=${today}`, 'hanoi'],
    ['unit history', `/api/org-units/${ids.longBien}/history`, 'hanoi'],
    ['unit statistics', `/api/org-units/${ids.hanoi}/stats?asOf=${today}`, 'hanoi'],
    ['member list', `/api/members?unitId=${ids.longBien}&pageSize=50`, 'longbien'],
    ['member search', `/api/members?unitId=${ids.hanoi}&q=nguyen`, 'hanoi'],
    ['member statistics', `/api/org-units/${ids.hanoi}/member-stats`, 'hanoi'],
    ['member list export', `/api/org-units/${ids.longBien}/members/export.xlsx`, 'longbien'],
    ['congress progress', `/api/congress-progress?unitId=${ids.hanoi}&cycle=2023-2028`, 'hanoi'],
    [
      'congress progress export',
      `/api/congress-progress/export.xlsx?unitId=${ids.hanoi}&cycle=2023-2028&lang=vi`,
      'hanoi',
    ],
    ['year plan progress', `/api/year-plans/${ids.plan}/progress?asOf=${today}`, 'admin'],
    ['report completeness', `/api/report-periods/${ids.period}/completeness`, 'admin'],
    ['report roll-up', `/api/report-periods/${ids.period}/rollup?unitId=${ids.hanoi}`, 'admin'],
    ['report roll-up export', `/api/report-periods/${ids.period}/rollup.xlsx?unitId=${ids.hanoi}`, 'admin'],
    ['report document', `/api/report-periods/${ids.period}/reports/${ids.reportUnit}/report.docx`, 'admin'],
    ['assessment overview', `/api/assessments?unitId=${ids.hanoi}&year=2024`, 'hanoi'],
    ['assessment export', `/api/assessments/export.xlsx?unitId=${ids.hanoi}&year=2024&lang=vi`, 'hanoi'],
    ['election minutes', `/api/elections/${ids.election}/minutes.docx`, 'admin'],
    ['meeting minutes', `/api/meetings/${ids.meeting}/minutes.docx`, 'admin'],
    ['resolution document', `/api/resolutions/${ids.resolution}/document.docx`, 'admin'],
  ];

  it('answers each replica route as the primary alone does, reading only, from the read connection', async () => {
    const counts: Record<string, number> = {};
    await caughtUp();
    for (const [name, url, account] of replicaRoutes()) {
      reads.take();
      const answer = await get(app, url, cookies[account]);
      const sent = reads.take();
      expect(answer.statusCode, `${name}: ${answer.body.slice(0, 300)}`).toBe(200);
      const alone = await get(ctx.app, url, cookies[account]);
      expect(alone.statusCode, name).toBe(200);
      expect(answer.headers['content-type'], name).toBe(alone.headers['content-type']);
      // Files carry their making time (docx and xlsx zip entries); JSON answers must be the same.
      if (String(answer.headers['content-type']).startsWith('application/json'))
        expect(answer.json(), name).toEqual(alone.json());
      else expect(answer.rawPayload.length, name).toBeGreaterThan(1000);
      counts[name] = sent.length;
      expect(sent.length, `${name} sent nothing to the read connection`).toBeGreaterThan(0);
      for (const text of sent) {
        expect(text, name).toMatch(READ_ONLY);
        expect(text, name).not.toMatch(WRITES);
      }
    }
    // One line per route in the test's output: how many queries each sent to the read connection.
    console.log(
      Object.entries(counts)
        .map(([name, count]) => `${name}: ${count}`)
        .join(', '),
    );
  });

  it('keeps sign-in, a member’s own page, the audit log and writes on the primary', async () => {
    reads.take();
    const signedIn = await signIn({ ...ctx, app }, 'longbien', DEMO_PASSWORD);
    expect(signedIn.cookie).toMatch(/^congdoan_session=/u);
    const [member] = await queryRows<{ id: number }>(
      ctx.database.db,
      sql`select m.member_id as id from memberships m where m.unit_id in
            (select id from org_units where code like 'CDCS-HN-LB%') and m.valid_to is null limit 1`,
    );
    for (const url of [
      '/api/auth/me',
      `/api/members/${member?.id}`,
      `/api/audit?unitId=${ids.longBien}`,
      `/api/org-units/${ids.longBien}`,
    ]) {
      const answer = await get(app, url, signedIn.cookie);
      expect(answer.statusCode, url).toBe(200);
    }
    expect(reads.take()).toEqual([]);
  });

  it('writes the read log of an export read from the replica on the primary', async () => {
    // The list of a grassroots union holding members with an ethnicity: its export logs the read.
    const count = async () => {
      const [row] = await queryRows<{ n: number }>(
        ctx.database.db,
        sql`select count(*)::int as n from personal_data_reads where kind = 'export'`,
      );
      return row?.n ?? 0;
    };
    const before = await count();
    reads.take();
    const answer = await get(app, `/api/org-units/${ids.hanoi}/members/export.xlsx`, cookies.hanoi);
    expect(answer.statusCode, answer.body.slice(0, 300)).toBe(200);
    expect(reads.take().length).toBeGreaterThan(0);
    expect(await count()).toBe(before + 1);
  });

  it('shows a member admitted a moment ago in the next list, the writer’s from the primary', async () => {
    // Admitted into a grassroots union under Long Biên that holds members.
    const [grassroots] = await queryRows<{ id: number }>(
      ctx.database.db,
      sql`select m.unit_id as id from memberships m join org_units u on u.id = m.unit_id
          where u.code like 'CDCS-HN-LB%' and m.valid_to is null limit 1`,
    );
    const body = admission(grassroots?.id ?? 0, { fullName: 'Đoàn Viên Bản Sao Đọc' });
    const admitted = await app.inject({
      method: 'POST',
      url: '/api/members',
      headers: { cookie: cookies.longbien },
      payload: body,
    });
    expect(admitted.statusCode, admitted.body).toBe(201);
    const wrote = admitted.cookies.find((cookie) => cookie.name === WROTE_COOKIE);
    expect(wrote?.maxAge).toBeGreaterThan(0);

    const listUrl = `/api/members?unitId=${ids.longBien}&q=${encodeURIComponent('Bản Sao Đọc')}`;
    // The writer, for a few seconds after their write, reads from the primary.
    reads.take();
    const mine = await get(app, listUrl, `${cookies.longbien}; ${WROTE_COOKIE}=1`);
    expect(mine.statusCode).toBe(200);
    expect(reads.take()).toEqual([]);
    const names = (answer: { json(): unknown }) =>
      (answer.json() as { items: { fullName: string }[] }).items.map((item) => item.fullName);
    expect(names(mine)).toContain('Đoàn Viên Bản Sao Đọc');
    // Anyone else reads from the replica, once it has replayed the admission.
    await caughtUp();
    const theirs = await get(app, listUrl, cookies.hanoi);
    expect(reads.take().length).toBeGreaterThan(0);
    expect(names(theirs)).toContain('Đoàn Viên Bản Sao Đọc');
  });

  it('reads from the primary while the read connection cannot be reached', async () => {
    const unreachable = new URL(databaseUrl);
    unreachable.port = '1';
    const database = await openDatabase({ url: databaseUrl, readUrl: unreachable.toString(), poolSize: 1 });
    try {
      const [row] = await onReplica(() => queryRows<{ one: number }>(database.db, sql`select 1 as one`));
      expect(row?.one).toBe(1);
      const inTransaction = await onReplica(() =>
        database.db.transaction(async (tx) => queryRows<{ two: number }>(tx, sql`select 2 as two`)),
      );
      expect(inTransaction[0]?.two).toBe(2);
    } finally {
      await database.close();
    }
  });
});
