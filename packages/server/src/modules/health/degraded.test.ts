// Degrade loudly: /api/health and writes when the database cannot write. What is real and what is simulated:
// the read-only case is a real refusal by the database (default_transaction_read_only, PostgreSQL's 25006 on
// both engines); the full disk is the real statfs of a real data folder measured against a reserve set
// higher than any disk (tests run as root on a roomy disk, where neither chmod nor filling it is practical).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { queryRows, sql } from '../../db/client.ts';
import { DataDirLocked, DataDirUnusable } from '../../db/data-lock.ts';
import { ensureBaseData } from '../../platform/bootstrap.ts';
import { describeDataDirError, storageError } from '../../platform/storage-errors.ts';
import { createTestContext, createUser, type TestContext } from '../../test/context.ts';
import { openNewDataFolder } from '../../test/templates.ts';
import { rootUnitId } from '../../test/units.ts';

const en = { 'accept-language': 'en' };
const login = { username: 'writer', password: 'secret123' };

async function sessionCount(ctx: TestContext): Promise<number> {
  const [row] = await queryRows<{ n: number }>(ctx.database.db, sql`select count(*)::int as n from sessions`);
  return row?.n ?? 0;
}

describe('a database that only reads', () => {
  let ctx: TestContext;
  afterAll(() => ctx.close());

  it('makes /api/health answer 503 degraded and a write answer 503 STORAGE_READ_ONLY', async () => {
    ctx = await createTestContext();
    await createUser(ctx, 'writer', 'unit_officer', await rootUnitId(ctx));
    expect((await ctx.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    await new Promise((wait) => setTimeout(wait, 1_100)); // past the reuse of the last health answer
    if (ctx.database.kind === 'pglite') {
      await ctx.database.db.execute(sql`set default_transaction_read_only = on`);
    } else {
      // New sessions of this database only read; the pool's existing connections are ended so it opens new ones.
      await ctx.database.db.execute(sql`do $$ begin
        execute format('alter database %I set default_transaction_read_only = on', current_database()); end $$`);
      await ctx.database.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()`);
      await ctx.database.db.execute(sql`set default_transaction_read_only = on`);
    }
    const health = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ status: 'degraded', db: ctx.database.kind, problem: 'readOnly' });

    const before = await sessionCount(ctx);
    const write = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: login,
      headers: en,
    });
    expect(write.statusCode).toBe(503);
    expect(write.json().error).toEqual({
      code: 'STORAGE_READ_ONLY',
      message:
        'The database accepts only reads right now, so the change was not saved. Tell the system administrator.',
      details: [],
    });
    expect(await sessionCount(ctx)).toBe(before);
  });
});

describe('a data folder on a full disk (embedded database)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'congdoan-full-'));
  let close = async () => {};
  afterEach(() => close());
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('makes /api/health answer 503 diskFull and refuses writes before they reach the database', async () => {
    const database = await openNewDataFolder(folder, inject('testTemplates'));
    await ensureBaseData(database.db);
    // A reserve of a billion MB: no disk has that much free, so the real statfs says the disk is full.
    const app = await buildApp({ database, config: { webDist: '/nonexistent', minFreeMb: 1e9 } });
    const ctx: TestContext = { app, database, close: async () => {} };
    close = async () => {
      await app.close();
      await database.close();
    };
    await createUser(ctx, 'writer', 'unit_officer', await rootUnitId(ctx));

    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toEqual({ status: 'degraded', db: 'pglite', problem: 'diskFull' });

    const write = await app.inject({ method: 'POST', url: '/api/auth/login', payload: login, headers: en });
    expect(write.statusCode).toBe(503);
    expect(write.json().error.code).toBe('STORAGE_FULL');
    expect(write.json().error.message).toContain('disk is full');
    expect(await sessionCount(ctx)).toBe(0);
    // Reading goes on.
    const read = await app.inject({ method: 'GET', url: '/api/auth/me', headers: en });
    expect(read.statusCode).toBe(401);
  }, 180_000);
});

describe('storage errors in words', () => {
  const drizzleWrapped = (cause: object) => Object.assign(new Error('Failed query: insert …'), { cause });
  it.each([
    ['PostgreSQL disk_full, wrapped by drizzle', drizzleWrapped({ code: '53100' }), 'STORAGE_FULL'],
    [
      'PGlite on a full disk',
      { code: '53100', message: 'could not extend file: No space left on device' },
      'STORAGE_FULL',
    ],
    ['a read-only transaction', drizzleWrapped({ code: '25006' }), 'STORAGE_READ_ONLY'],
    [
      'PGlite on a read-only file system',
      { code: '42501', message: 'could not create file "base/5/16384": Read-only file system' },
      'STORAGE_READ_ONLY',
    ],
    ['ENOSPC from Node', Object.assign(new Error('write failed'), { code: 'ENOSPC' }), 'STORAGE_FULL'],
    [
      'an ordinary permission error',
      { code: '42501', message: 'permission denied for table users' },
      undefined,
    ],
    ['a unique violation', drizzleWrapped({ code: '23505' }), undefined],
  ])('%s', (_case, error, code) => {
    expect(storageError(error)?.code).toBe(code);
    if (code) expect(storageError(error)?.status).toBe(503);
  });

  it('names the folder and the way out in one line when the server cannot start', () => {
    // EROFS is simulated here; the lock test starts a real server on a path that cannot be a folder.
    const readOnly = describeDataDirError(
      'en',
      new DataDirUnusable('/srv/data', 'readOnly', 'EROFS'),
      '/srv/data',
      200,
    );
    expect(readOnly).toBe(
      'Cannot write to the data folder /srv/data (EROFS): it is read-only or not writable by this user. Make it writable or choose another folder with CONGDOAN_DATA_DIR.',
    );
    const full = describeDataDirError(
      'vi',
      new Error('PGlite failed to initialize properly'),
      '/srv/data',
      200,
      'diskFull',
    );
    expect(full).toBe(
      'Ổ đĩa chứa thư mục dữ liệu /srv/data đã đầy (ENOSPC). Hãy giải phóng chỗ trống (cần ít nhất 200 MB) rồi chạy lại.',
    );
    const taken = new DataDirLocked('/srv/data/congdoan.lock', null);
    expect(describeDataDirError('en', taken, '/srv/data', 200)).toContain('in use by another process');
    expect(describeDataDirError('en', new Error('a bug'), '/srv/data', 200)).toBeNull();
  });
});
