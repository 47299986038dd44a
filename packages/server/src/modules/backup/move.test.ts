// Moving the embedded database to PostgreSQL (`npm run cli -- db:move-to --url …`): an embedded database with
// units, members, their periods and audit rows is moved into a fresh database on the test PostgreSQL server
// (TEST_DATABASE_URL; skipped without it), and the moved database answers as the embedded one did and takes
// new members. A database that holds tables is refused and left as it was.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { admitMemberBody } from '@congdoan/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { type Database, openDatabase, queryRows, sql } from '../../db/client.ts';
import { ensureBaseData } from '../../platform/bootstrap.ts';
import { AppError } from '../../platform/errors.ts';
import { translate } from '../../platform/i18n.ts';
import type { MessageCode } from '../../platform/messages.ts';
import { admitMember } from '../members/service.ts';
import { admission, buildMemberTree } from '../members/test-members.ts';
import { currentTree, unitVersions } from '../org/index.ts';
import { moveToPostgres } from './move.ts';

const serverUrl = process.env.TEST_DATABASE_URL;

/** What a person checks after a move: how many of each, and a sample of members with their unit and dates. */
async function snapshot(database: Database) {
  const [counts] = await queryRows<Record<string, number>>(
    database.db,
    sql`select (select count(*)::int from members) as members, (select count(*)::int from memberships) as periods,
          (select count(*)::int from ${unitVersions()} v) as units, (select count(*)::int from users) as users,
          (select count(*)::int from member_name_keys) as keys`,
  );
  const sample = await queryRows(
    database.db,
    sql`select m.id, m.full_name, m.national_id, m.date_of_birth::text, p.unit_id, p.valid_from::text,
          v.path::text as path
        from members m join memberships p on p.member_id = m.id
        join ${currentTree()} v on v.unit_id = p.unit_id
        order by m.id`,
  );
  return { counts, sample };
}

describe.skipIf(!serverUrl)('moving the embedded database to PostgreSQL', () => {
  const work = mkdtempSync(join(tmpdir(), 'congdoan-move-'));
  const dataDir = join(work, 'data');
  const name = `congdoan_move_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  const targetUrl = (() => {
    const url = new URL(serverUrl ?? 'postgres://localhost/x');
    url.pathname = `/${name}`;
    return url.toString();
  })();
  let before: Awaited<ReturnType<typeof snapshot>>;
  let unitId = 0;

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`create database ${name}`);
    const database = await openDatabase({ dataDir });
    try {
      await ensureBaseData(database.db);
      const app = await buildApp({ database, config: { webDist: '/nonexistent' } });
      const ids = await buildMemberTree({ app, database, close: async () => {} });
      unitId = ids['G-NHUA']!;
      await database.db.transaction(async (tx) => {
        for (let index = 0; index < 30; index++) {
          await admitMember(
            tx,
            null,
            admitMemberBody.parse(
              admission(index % 2 === 0 ? unitId : ids['G-TRUONG']!, { phone: `09${10_000_000 + index}` }),
            ),
          );
        }
      });
      await app.close();
      before = await snapshot(database);
    } finally {
      await database.close();
    }
  });

  afterAll(async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    rmSync(work, { recursive: true, force: true });
  });

  it('copies every table, and the moved database shows the same members and takes new ones', async () => {
    const said: string[] = [];
    const say = (code: MessageCode, params: Record<string, string | number>) =>
      said.push(translate('en', code, params));
    const source = await openDatabase({ dataDir });
    let moved: Awaited<ReturnType<typeof moveToPostgres>>;
    try {
      moved = await moveToPostgres(source, targetUrl, say);
    } finally {
      await source.close();
    }
    expect(moved.members).toBe(30);
    expect(said[0]).toMatch(/^Moving \d+ tables \(\d+ rows\) to /u);
    expect(said.filter((line) => line.startsWith('  members: '))).toEqual([
      expect.stringMatching(/^ {2}members: 30 rows \(\d+\/\d+\)$/u),
    ]);

    const target = await openDatabase({ url: targetUrl, poolSize: 2 });
    try {
      expect(await snapshot(target)).toEqual(before);
      // the sequences go on from where the embedded database left them: a new member gets a new id
      const added = await target.db.transaction((tx) =>
        admitMember(tx, null, admitMemberBody.parse(admission(unitId, { phone: '0912345678' }))),
      );
      expect(added).toBeGreaterThan(Math.max(...before.sample.map((row) => (row as { id: number }).id)));
      // the search keys' trigger is on again: the new member is found by name keys like the others
      const [keys] = await queryRows<{ n: number }>(
        target.db,
        sql`select count(*)::int as n from member_name_keys where member_id = ${added}`,
      );
      expect(keys?.n).toBeGreaterThan(0);
      const audit = await queryRows<{ after: { movedFrom: string; members: number } }>(
        target.db,
        sql`select after from audit_log where entity = 'backup' and action = 'restore'`,
      );
      expect(audit.map((row) => row.after)).toEqual([
        expect.objectContaining({ movedFrom: 'embedded', members: 30 }),
      ]);
    } finally {
      await target.close();
    }
  });

  it('refuses a database that already holds tables, and leaves it as it was', async () => {
    const source = await openDatabase({ dataDir });
    try {
      const refusal = await moveToPostgres(source, targetUrl, () => {}).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(AppError);
      const { code, params } = refusal as AppError;
      expect(translate('vi', code, params)).toMatch(/^Cơ sở dữ liệu congdoan_move_\w+ đã có dữ liệu/u);
    } finally {
      await source.close();
    }
    const target = await openDatabase({ url: targetUrl, poolSize: 1 });
    try {
      const [row] = await queryRows<{ n: number }>(target.db, sql`select count(*)::int as n from members`);
      expect(row?.n).toBe(31);
    } finally {
      await target.close();
    }
  });

  it('refuses to move a database that is already on PostgreSQL', async () => {
    const source = await openDatabase({ url: targetUrl, poolSize: 1 });
    try {
      const refusal = await moveToPostgres(source, targetUrl, () => {}).catch((error: unknown) => error);
      expect((refusal as AppError).code).toBe('MOVE_SOURCE_NOT_EMBEDDED');
    } finally {
      await source.close();
    }
  });
});
