// Opens the database: embedded PGlite in a data folder by default, a PostgreSQL server when given a URL.
// Both get the same generated migrations and are used through the same drizzle interface.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-lock.ts';
import { queued } from './pglite-queue.ts';
import { startUpkeep } from './pglite-upkeep.ts';
import * as schema from './schema/index.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction or the database itself: services take this so they can join a caller's transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenOptions {
  /** postgres://… selects a PostgreSQL server; otherwise PGlite. */
  url?: string;
  /** PGlite data folder, or 'memory://' for a throwaway database. */
  dataDir?: string;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
  /** A PGlite dump (`dumpDataDir`) to start a new data folder from, e.g. the tests' migrated template. */
  loadDataDir?: Blob;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // A connection the server closes while idle in the pool (a restart, an administrator) is dropped by the
    // pool and replaced on the next query; unheard, the event would stop the whole process.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost while idle: ${error.message}`));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    await migratePg(db as never, { migrationsFolder });
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  const dataDir = options.dataDir ?? 'memory://';
  // One process per data folder (db/data-lock.ts): a second server or CLI stops here with who holds it.
  const lock = dataDir.startsWith('memory://') ? undefined : lockDataDir(dataDir);
  // One connection for every request: the queue decides whose query goes next (db/pglite-queue.ts).
  const client = queued(
    await PGlite.create(dataDir, { extensions: { ltree, pg_trgm }, loadDataDir: options.loadDataDir }),
  );
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder });
  // PGlite has no autovacuum: planner statistics and dead rows are kept here (db/pglite-upkeep.ts).
  const upkeep = dataDir.startsWith('memory://') ? undefined : await startUpkeep(client);
  const close = async () => {
    await upkeep?.stop();
    await client.close().finally(() => lock?.release());
  };
  return { db, kind: 'pglite', close };
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** A timestamp from either driver (Date or text) as an ISO 8601 string. */
export function isoTimestamp(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  const text = String(value).replace(' ', 'T');
  const withZone = /[+-]\d{2}$/u.test(text) ? `${text}:00` : text;
  return new Date(withZone).toISOString();
}

export { sql };
