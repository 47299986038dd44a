// Backup and restore round trips through the CLI, on the database the test run uses: the embedded one (backed up
// through the running server, which holds its folder) or, with TEST_DATABASE_URL, PostgreSQL (pg_dump and
// pg_restore into a fresh database). Each compares member counts and a sample of records.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { admitMemberBody } from '@congdoan/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { type CliIo, type CliTarget, runCli } from '../../cli.ts';
import { type Database, openDatabase, queryRows, sql } from '../../db/client.ts';
import { heldLock } from '../../db/data-lock.ts';
import { ensureBaseData } from '../../platform/bootstrap.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { openNewDataFolder } from '../../test/templates.ts';
import { admitMember } from '../members/service.ts';
import { admission, buildMemberTree } from '../members/test-members.ts';
import { unitVersions } from '../org/index.ts';
import { operatorToken } from './operator-routes.ts';

const serverUrl = process.env.TEST_DATABASE_URL;
const work = mkdtempSync(join(tmpdir(), 'congdoan-backup-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Units (the members' test tree) and 40 members with their membership periods and audit rows. */
async function makeData(ctx: TestContext): Promise<void> {
  const ids = await buildMemberTree(ctx);
  await ctx.database.db.transaction(async (tx) => {
    for (let index = 0; index < 40; index++) {
      const unitId = index % 2 === 0 ? ids['G-NHUA']! : ids['G-TRUONG']!;
      await admitMember(
        tx,
        null,
        admitMemberBody.parse(admission(unitId, { phone: `09${10_000_000 + index}` })),
      );
    }
  });
}

interface Snapshot {
  members: number;
  memberships: number;
  units: number;
  audit: number;
  sample: unknown[];
}

async function snapshot(database: Database): Promise<Snapshot> {
  const count = async (table: string) =>
    (await queryRows<{ n: number }>(database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n;
  return {
    members: (await count('members')) ?? -1,
    memberships: (await count('memberships')) ?? -1,
    units:
      (
        await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${unitVersions()} v`)
      )[0]?.n ?? -1,
    audit: (await count('audit_log')) ?? -1,
    sample: await queryRows(
      database.db,
      sql`select m.id, m.full_name, m.national_id, m.date_of_birth::text, p.unit_id, p.valid_from::text
          from members m join memberships p on p.member_id = m.id
          where m.id % 7 = 0 order by m.id`,
    ),
  };
}

/** The backup and restore rows of a database's audit log. */
const backupAudit = (database: Database) =>
  queryRows<{ action: string; username: string | null; after: Record<string, unknown> }>(
    database.db,
    sql`select action, username, after from audit_log where entity = 'backup' order by id`,
  );

async function cli(argv: string[], target: CliTarget) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    locale: 'en',
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readPassword: async () => '',
  };
  const code = await runCli(argv, io, () => Promise.reject(new Error('no database here')), target);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe.skipIf(serverUrl)('backup and restore of the embedded database', () => {
  const live = join(work, 'data');
  const target = (dataDir: string): CliTarget => ({
    databaseUrl: undefined,
    dataDir,
    cwd: work,
    minFreeMb: 0,
  });
  let database: Database;
  let close = async () => {};
  let before: Snapshot;

  beforeAll(async () => {
    // A new folder, as a first start leaves it (from the run's template: the test is not about migrating).
    database = await openNewDataFolder(live, inject('testTemplates'));
    await ensureBaseData(database.db);
    const app = await buildApp({ database, config: { webDist: '/nonexistent' } });
    await makeData({ app, database, close: async () => {} });
    await app.listen({ port: 0, host: '127.0.0.1' });
    // As main.ts does: the CLI finds the server's address and token in the lock.
    const { port } = app.server.address() as AddressInfo;
    heldLock(live)?.announce({ url: `http://127.0.0.1:${port}`, operatorToken });
    before = await snapshot(database);
    close = async () => {
      await app.close();
      await database.close();
    };
  });
  afterAll(() => close());

  it('backs up through the running server and restores into a fresh folder', async () => {
    expect(before.members).toBe(40);
    const backup = await cli(['backup', '--out', 'live.tar.gz'], target(live));
    expect(backup.err).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.out).toContain('The server is running');
    expect(backup.out).toContain(`Backed up to ${join(work, 'live.tar.gz')}`);
    // The running server's log says a backup was taken, by the operator (no account).
    expect(await backupAudit(database)).toEqual([
      { action: 'backup', username: null, after: { database: 'pglite', by: 'operator' } },
    ]);
    // The live log gained the backup's row after the dump; a restored copy gains the restore's instead.
    before = { ...before, audit: before.audit + 1 };

    const fresh = join(work, 'fresh');
    const restore = await cli(['restore', 'live.tar.gz'], target(fresh));
    expect(restore).toMatchObject({ code: 0, out: `Restored 40 members into ${fresh}` });
    const restored = await openDatabase({ dataDir: fresh });
    try {
      expect(await snapshot(restored)).toEqual(before);
      expect(await backupAudit(restored)).toEqual([
        {
          action: 'restore',
          username: null,
          after: { database: 'pglite', file: 'live.tar.gz', members: 40 },
        },
      ]);
    } finally {
      await restored.close();
    }
  });

  it('refuses to restore into the folder the server holds, and changes nothing', async () => {
    const restore = await cli(['restore', 'live.tar.gz'], target(live));
    expect(restore.code).toBe(1);
    expect(restore.err).toContain(
      `The data folder ${live} is in use by the Công Đoàn Số server (process ${process.pid}`,
    );
    expect(restore.err).toContain('Stop the server first.');
    expect(await snapshot(database)).toEqual(before);
  });

  it('restores over a stopped server’s folder, keeping the previous folder aside', async () => {
    await database.db.execute(sql`delete from audit_log where entity = 'member'`);
    await close();
    close = async () => {};
    const restore = await cli(['restore', join(work, 'live.tar.gz')], target(live));
    expect(restore.code).toBe(0);
    const aside = readdirSync(work).find((name) => name.startsWith('data.before-restore-'));
    expect(restore.out).toBe(
      `Restored 40 members into ${live}; the previous folder is kept at ${join(work, aside ?? '?')}`,
    );
    const reopened = await openDatabase({ dataDir: live });
    try {
      expect(await snapshot(reopened)).toEqual(before);
    } finally {
      await reopened.close();
    }
    expect(existsSync(join(work, aside ?? '?', 'PG_VERSION'))).toBe(true);
  });

  it('refuses a file that is not an embedded backup', async () => {
    const restore = await cli(['restore', join(work, 'nothing-here')], target(join(work, 'other')));
    expect(restore).toMatchObject({
      code: 1,
      err: `Cannot read the backup file ${join(work, 'nothing-here')}`,
    });
  });
});

describe.skipIf(!serverUrl)('backup and restore on PostgreSQL', () => {
  let ctx: TestContext;
  let url: URL;
  const freshName = `congdoan_restore_${randomBytes(5).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(statement);
    await client.end();
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    await makeData(ctx);
    const [row] = await queryRows<{ name: string }>(ctx.database.db, sql`select current_database() as name`);
    url = new URL(serverUrl ?? '');
    url.pathname = `/${row?.name}`;
  });
  afterAll(async () => {
    await ctx.close();
    await admin(`drop database if exists ${freshName} with (force)`);
  });

  it('dumps with pg_dump, refuses the non-empty database, and restores into a fresh one', async () => {
    const target: CliTarget = { databaseUrl: url.toString(), dataDir: work, cwd: work, minFreeMb: 0 };
    const backup = await cli(['backup', '--out', 'pg.dump'], target);
    expect(backup).toMatchObject({ code: 0, err: '' });
    const before = await snapshot(ctx.database);

    const ontoItself = await cli(['restore', 'pg.dump'], target);
    expect(ontoItself.code).toBe(1);
    expect(ontoItself.err).toMatch(
      /^The database congdoan_test_\w+ already holds data \(\d+ tables\)\. Restore into a new database/,
    );
    expect(await snapshot(ctx.database)).toEqual(before);

    await admin(`create database ${freshName}`);
    const freshUrl = new URL(url);
    freshUrl.pathname = `/${freshName}`;
    const restore = await cli(['restore', 'pg.dump'], { ...target, databaseUrl: freshUrl.toString() });
    expect(restore).toMatchObject({ code: 0, out: `Restored 40 members into ${freshName}` });
    const restored = await openDatabase({ url: freshUrl.toString(), poolSize: 1 });
    try {
      // `before` holds the backup's audit row, written after the dump; the restored log has the restore's.
      expect(await snapshot(restored)).toEqual(before);
      expect((await backupAudit(ctx.database)).map((row) => row.action)).toEqual(['backup']);
      expect(await backupAudit(restored)).toEqual([
        {
          action: 'restore',
          username: null,
          after: { database: 'postgres', file: 'pg.dump', members: 40 },
        },
      ]);
    } finally {
      await restored.close();
    }
  });
});
