// Test harness: a fresh database per test file (in-memory PGlite, or a throwaway database on the PostgreSQL
// server named by TEST_DATABASE_URL), the base data, the app, and signing in over HTTP. The database starts
// as a copy of the run's template (test/templates.ts: migrated, base data loaded, the demo seeded when asked)
// when Vitest's global setup provides one.
import { randomBytes } from 'node:crypto';
import type { Role } from '@congdoan/domain';
import argon2 from 'argon2';
import { inject } from 'vitest';
import { type App, buildApp } from '../app.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import type { DemoOptions } from '../demo/seed.ts';
import { ensureBaseData } from '../platform/bootstrap.ts';
import { subscribeModules } from '../subscriptions.ts';
import {
  createEmbeddedDatabase,
  createServerDatabase,
  type DatabaseTemplate,
  derivedTemplate,
  giveBackEmbeddedCopy,
  takeEmbeddedCopy,
} from './templates.ts';

export interface TestContext {
  app: App;
  database: Database;
  close(): Promise<void>;
}

/** The demo's size, as `seedDemo` takes it. */
export type DemoSize = Omit<DemoOptions, 'log'>;

export interface TestContextOptions {
  /** Settings to override, e.g. `{ loginMaxAttempts: 3 }` to test rate limiting. */
  config?: Partial<Config>;
  /**
   * Start with the demo data of this size, as `seedDemo` leaves a new database. It is seeded once per run
   * and size, and each file asking for it gets its own copy to change.
   */
  demo?: DemoSize;
}

const seedDemoOf = (demo: DemoSize) => async (database: Database) => {
  // Imported here: most test files never need the demo's modules.
  const { seedDemo } = await import('../demo/seed.ts');
  // The modules that follow the tree's events are wired at app build; a template is seeded before any app.
  subscribeModules();
  await seedDemo(database.db, { ...demo, log: () => {} });
};

/** The template this file's database starts from, if the run has templates. */
async function templateFor(options: TestContextOptions): Promise<DatabaseTemplate | undefined> {
  const templates = inject('testTemplates');
  if (!templates || !options.demo) return templates?.base;
  const { grassrootsPerProvince, members } = options.demo;
  return derivedTemplate(
    templates,
    `demo_${grassrootsPerProvince}_${members ?? 'default'}`,
    seedDemoOf(options.demo),
  );
}

export async function createTestContext(options: TestContextOptions = {}): Promise<TestContext> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const template = await templateFor(options);
  let dropDatabase = async () => {};
  let closeDatabase = async () => {};
  let database: Database;
  if (serverUrl) {
    const created = await createServerDatabase(
      serverUrl,
      `congdoan_test_${randomBytes(6).toString('hex')}`,
      template,
    );
    database = created.database;
    closeDatabase = () => created.database.close();
    dropDatabase = created.drop;
  } else if (template?.kind === 'pglite') {
    const copy = await takeEmbeddedCopy(template);
    database = copy;
    closeDatabase = () => giveBackEmbeddedCopy(copy);
  } else {
    const empty = await createEmbeddedDatabase(undefined);
    database = empty;
    closeDatabase = () => empty.close();
  }
  // A no-op on a copy of a template (every row is there); the whole base data on an empty database.
  await ensureBaseData(database.db);
  // Without templates (a file run outside Vitest's global setup) the demo is seeded here.
  if (options.demo && !template) await seedDemoOf(options.demo)(database);
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
      await closeDatabase();
      await dropDatabase();
    },
  };
}

/**
 * The fixture accounts' password hash: argon2id like every stored password, at the lowest cost argon2 takes.
 * A sign-in verifies at the cost its hash was made with, and the suite signs fixture accounts in some
 * hundreds of times: at the production cost that was about 0.2 s of CPU each, over a minute in all. The
 * server's own hashing (platform/auth.ts) is untouched, so accounts and passwords it makes in a test, and the
 * demo accounts, keep the production cost; a sign-in still runs argon2's verification.
 */
const FIXTURE_HASH = { type: argon2.argon2id, memoryCost: 1024, timeCost: 2, parallelism: 1 } as const;
let fixtureHash: Promise<string> | undefined;

/** Creates a user bound to a unit with a role; the password is always `secret123`. */
export async function createUser(
  ctx: TestContext,
  username: string,
  role: Role,
  unitId: number,
): Promise<number> {
  fixtureHash ??= argon2.hash('secret123', FIXTURE_HASH);
  const passwordHash = await fixtureHash;
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
