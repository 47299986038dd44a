// Opens the database: embedded PGlite in a data folder by default, a PostgreSQL server when given a URL.
// Both get the same generated migrations and are used through the same drizzle interface. With a second
// URL (READ_DATABASE_URL, a streaming replica) the queries of work run inside `onReplica` go to it instead.
import { AsyncLocalStorage } from 'node:async_hooks';
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
  /**
   * The read connection's pool (READ_DATABASE_URL), when there is one: the queries of work run inside
   * `onReplica` take their connections from it. Its sessions are read-only, so a write sent there fails.
   */
  readPool?: pg.Pool;
  close(): Promise<void>;
}

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenOptions {
  /** postgres://… selects a PostgreSQL server; otherwise PGlite. */
  url?: string;
  /** PGlite data folder, or 'memory://' for a throwaway database. */
  dataDir?: string;
  /** Pool size for PostgreSQL (the read pool has as many). */
  poolSize?: number;
  /** postgres://… of a streaming replica of `url` for the reads run inside `onReplica`; only with `url`. */
  readUrl?: string;
  /** A PGlite dump (`dumpDataDir`) to start a new data folder from, e.g. the tests' migrated template. */
  loadDataDir?: Blob;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.readUrl && !options.url) throw new Error('a read connection needs a PostgreSQL server (url)');
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // A connection the server closes while idle in the pool (a restart, an administrator) is dropped by the
    // pool and replaced on the next query; unheard, the event would stop the whole process.
    pool.on('error', (error) => console.error(`PostgreSQL connection lost while idle: ${error.message}`));
    const readPool = options.readUrl ? openReadPool(options.readUrl, options.poolSize ?? 10) : undefined;
    const db = drizzlePg(readPool ? routedPool(pool, readPool) : pool, { schema }) as unknown as Db;
    // Outside `onReplica`: the migrations run on the primary (a replica receives them by replication).
    await migratePg(db as never, { migrationsFolder });
    const close = async () => {
      await Promise.all([pool.end(), readPool?.end()]);
    };
    return { db, kind: 'postgres', readPool, close };
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

// The read connection ---------------------------------------------------------------------------------------

const reading = new AsyncLocalStorage<'replica' | 'primary'>();

/**
 * Runs `work` with its queries on the read connection when there is one (READ_DATABASE_URL), on the primary
 * otherwise: for read-only work that may be a moment behind the latest writes (a replica replays the
 * primary's changes, usually well under a second later). Routes ask for it with `reads: 'replica'`
 * (platform/routes.ts); a transaction begun inside keeps its replica connection to the end.
 */
export function onReplica<T>(work: () => T): T {
  return reading.run('replica', work);
}

/** Runs `work` with its queries on the primary, even inside `onReplica`: the writes a read makes (the read log). */
export function onPrimary<T>(work: () => T): T {
  return reading.run('primary', work);
}

/** How long a request waits for a replica connection before it reads from the primary instead. */
const REPLICA_CONNECT_MS = 5_000;
let replicaDownReported = 0;

function openReadPool(url: string, max: number): pg.Pool {
  const readPool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: REPLICA_CONNECT_MS });
  readPool.on('error', (error) =>
    console.error(`PostgreSQL read connection lost while idle: ${error.message}`),
  );
  // Every session on the read connection is read-only, so a write that strays onto it fails instead of
  // succeeding on a server that happens to accept it (both URLs may name the same server). A replica
  // refuses writes anyway. The statement is queued on the new connection ahead of any other query.
  readPool.on('connect', (client) => {
    client.query('set default_transaction_read_only = on').catch((error: Error) => {
      // A session that could not be made read-only is not used: ending it fails the queries queued on it.
      console.error(`read connection could not be made read-only: ${error.message}`);
      client.end().catch(() => {});
    });
  });
  return readPool;
}

/**
 * A connection from the read pool, or from the primary when the replica cannot be reached: reads then
 * stay answered (by the primary) while the replica is down, with one line in the log a minute.
 */
async function replicaConnection(primary: pg.Pool, readPool: pg.Pool): Promise<pg.PoolClient> {
  try {
    return await readPool.connect();
  } catch (error) {
    if (Date.now() - replicaDownReported > 60_000) {
      replicaDownReported = Date.now();
      console.error(`read connection unavailable, reading from the primary: ${(error as Error).message}`);
    }
    return primary.connect();
  }
}

/**
 * The primary's pool as drizzle sees it, handing out connections of the read pool inside `onReplica`. Drizzle
 * asks a pool for single queries (`query`) and for a transaction's connection (`connect`); both are routed,
 * everything else is the primary's.
 */
function routedPool(primary: pg.Pool, readPool: pg.Pool): pg.Pool {
  const query = async (...args: unknown[]) => {
    if (reading.getStore() !== 'replica') return Reflect.apply(primary.query, primary, args);
    const client = await replicaConnection(primary, readPool);
    try {
      const result: unknown = await Reflect.apply(client.query, client, args);
      client.release();
      return result;
    } catch (error) {
      // As pg's own pool.query: a connection that failed a query is discarded, not reused.
      client.release(error as Error);
      throw error;
    }
  };
  const connect = () =>
    reading.getStore() === 'replica' ? replicaConnection(primary, readPool) : primary.connect();
  return new Proxy(primary, {
    get(target, property, receiver) {
      if (property === 'query') return query;
      if (property === 'connect') return connect;
      return Reflect.get(target, property, receiver);
    },
  });
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
