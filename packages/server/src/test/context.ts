// Test harness: a fresh database per test file (in-memory PGlite, or a throwaway database on the PostgreSQL
// server named by TEST_DATABASE_URL), the base data, the app, and signing in over HTTP. The database starts
// as a copy of the run's template (test/global-setup.ts: migrated, base data loaded) when Vitest provides one.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Role } from '@congdoan/domain';
import pg from 'pg';
import { inject } from 'vitest';
import { type App, buildApp } from '../app.ts';
import type { Config } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import { hashPassword } from '../platform/auth.ts';
import { ensureBaseData } from '../platform/bootstrap.ts';

export interface TestContext {
  app: App;
  database: Database;
  close(): Promise<void>;
}

export interface TestContextOptions {
  /** Settings to override, e.g. `{ loginMaxAttempts: 3 }` to test rate limiting. */
  config?: Partial<Config>;
}

export async function createTestContext(options: TestContextOptions = {}): Promise<TestContext> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let dropDatabase = async () => {};
  let database: Database;
  const template = inject('databaseTemplate');
  if (serverUrl) {
    const name = `congdoan_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    const from = template?.kind === 'postgres' ? ` template ${template.name}` : '';
    await admin.query(`create database ${name}${from}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ url: url.toString(), poolSize: 4 });
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
  } else {
    const loadDataDir =
      template?.kind === 'pglite' ? new Blob([await readFile(template.dumpFile)]) : undefined;
    database = await openDatabase({ dataDir: 'memory://', loadDataDir });
  }
  // A no-op on a copy of the template (every row is there); the whole base data on an empty database.
  await ensureBaseData(database.db);
  const app = await buildApp({
    database,
    config: { webDist: '/nonexistent', loginMaxAttempts: 1000, ...options.config },
  });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
      await dropDatabase();
    },
  };
}

const hashes = new Map<string, string>();

/** Creates a user bound to a unit with a role; the password is always `secret123`. */
export async function createUser(
  ctx: TestContext,
  username: string,
  role: Role,
  unitId: number,
): Promise<number> {
  const passwordHash = hashes.get('secret123') ?? (await hashPassword('secret123'));
  hashes.set('secret123', passwordHash);
  const [user] = await ctx.database.db
    .insert(users)
    .values({ username, fullName: username, passwordHash, role, unitId })
    .returning({ id: users.id });
  if (!user) throw new Error('user not created');
  return user.id;
}

/** Signs in over HTTP and returns the cookie header to send with later requests. */
export async function signIn(
  ctx: TestContext,
  username: string,
  password = 'secret123',
): Promise<{ cookie: string }> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'congdoan_session');
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `congdoan_session=${cookie.value}` };
}
