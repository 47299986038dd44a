// Settings from the environment (PRODUCT.md contracts; listed in README.md): database, data folder, port,
// sign-in limits, and the secret and address printed on member cards.
import { resolve } from 'node:path';

export interface Config {
  databaseUrl: string | undefined;
  /**
   * A streaming replica of `databaseUrl` for the reads routes mark `reads: 'replica'` (dashboards, roll-ups,
   * exports, searches); only with `databaseUrl`: the embedded database is one database.
   */
  readDatabaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  /** Built web app to serve, if present. */
  webDist: string;
  /** Sign-in attempts allowed per username and address in the window below. */
  loginMaxAttempts: number;
  loginWindowMs: number;
  /**
   * Wrong passwords for one account (from any address) before each further try waits; the wait starts at
   * the first delay and doubles with each further wrong password up to the longest delay. The same numbers
   * limit wrong current passwords on a password change, per account and per address.
   */
  accountMaxFailures: number;
  accountFirstDelayMs: number;
  accountMaxDelayMs: number;
  /**
   * Fastify's `trustProxy`: false, true, a number of hops, or a comma-separated list of proxy addresses or
   * CIDR ranges, so that the client address (for sign-in limits) and https (for the cookie) come from
   * X-Forwarded-For and X-Forwarded-Proto when the request came through a proxy trusted here.
   */
  trustProxy: boolean | string[] | ((address: string, hop: number) => boolean);
  sessionDays: number;
  /**
   * Days a finished member import keeps the rows it read (for the rejected-rows download); after them
   * only its counts and errors remain.
   */
  importRowsDays: number;
  /** Rows one member import may hold: more answers 413 (split the list). */
  importMaxRows: number;
  /** Heap (MB) of the worker thread that parses an upload: a file needing more answers 413. */
  importWorkerMemoryMb: number;
  /** What an uploaded .xlsx may unpack to (MB, all its parts): more answers 413 before it is parsed. */
  importMaxUnpackedMb: number;
  /** Days the personal-data register's records are kept before the daily purge (modules/privacy). */
  retention: { readLogDays: number; endedSessionDays: number; leftMemberAuditDays: number };
  /** Signs member cards' QR codes; unset, a random secret is made once and kept in the database. */
  cardSecret: string | undefined;
  /** Where people reach the server (no trailing slash), for links printed on cards; unset, the request's host. */
  publicUrl: string | undefined;
  /**
   * Free space (MB) the embedded database's disk must keep: below it writes answer 503 and /api/health says
   * diskFull, because PGlite stops answering at all once a write meets a full disk.
   */
  minFreeMb: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const root = resolve(import.meta.dirname, '../../..');
  const databaseUrl = env.DATABASE_URL || undefined;
  const readDatabaseUrl = env.READ_DATABASE_URL || undefined;
  // Set alone it would be silently unused (the embedded database has no replica): say so instead.
  if (readDatabaseUrl && !databaseUrl)
    throw new Error(
      'READ_DATABASE_URL is set without DATABASE_URL: a read replica needs a PostgreSQL server',
    );
  return {
    databaseUrl,
    readDatabaseUrl,
    // npm runs workspace scripts inside packages/server; a relative folder means the one the user typed it in.
    dataDir: env.CONGDOAN_DATA_DIR
      ? resolve(env.INIT_CWD ?? process.cwd(), env.CONGDOAN_DATA_DIR)
      : resolve(root, 'data'),
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    webDist: resolve(root, 'packages/web/dist'),
    loginMaxAttempts: Number(env.CONGDOAN_LOGIN_MAX_ATTEMPTS ?? 10),
    loginWindowMs: Number(env.CONGDOAN_LOGIN_WINDOW_MS ?? 15 * 60_000),
    accountMaxFailures: Number(env.CONGDOAN_LOGIN_ACCOUNT_FAILURES ?? 5),
    accountFirstDelayMs: Number(env.CONGDOAN_LOGIN_ACCOUNT_DELAY_MS ?? 30_000),
    accountMaxDelayMs: Number(env.CONGDOAN_LOGIN_ACCOUNT_MAX_DELAY_MS ?? 15 * 60_000),
    trustProxy: trustProxySetting(env.CONGDOAN_TRUST_PROXY),
    sessionDays: Number(env.CONGDOAN_SESSION_DAYS ?? 7),
    importRowsDays: Number(env.CONGDOAN_IMPORT_ROWS_DAYS ?? 30),
    importMaxRows: Number(env.CONGDOAN_IMPORT_MAX_ROWS ?? 200_000),
    importWorkerMemoryMb: Number(env.CONGDOAN_IMPORT_WORKER_MB ?? 256),
    importMaxUnpackedMb: Number(env.CONGDOAN_IMPORT_MAX_UNPACKED_MB ?? 500),
    retention: {
      readLogDays: Number(env.CONGDOAN_READ_LOG_DAYS ?? 730),
      endedSessionDays: Number(env.CONGDOAN_ENDED_SESSIONS_DAYS ?? 30),
      leftMemberAuditDays: Number(env.CONGDOAN_LEFT_MEMBER_AUDIT_DAYS ?? 1825),
    },
    cardSecret: env.CONGDOAN_CARD_SECRET || undefined,
    publicUrl: env.CONGDOAN_PUBLIC_URL?.replace(/\/+$/u, '') || undefined,
    minFreeMb: Number(env.CONGDOAN_MIN_FREE_MB ?? 200),
  };
}

function trustProxySetting(value: string | undefined): Config['trustProxy'] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/u.test(text)) {
    // A number of proxies in front: trust that many hops from the socket (what Fastify does at run time).
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}
