// Settings from the environment (PRODUCT.md contracts; listed in README.md): database, data folder, port,
// sign-in limits, and the secret and address printed on member cards.
import { resolve } from 'node:path';

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  /** Built web app to serve, if present. */
  webDist: string;
  /** Sign-in attempts allowed per username and address in the window below. */
  loginMaxAttempts: number;
  loginWindowMs: number;
  sessionDays: number;
  /**
   * Days a finished member import keeps the rows it read (for the rejected-rows download); after them
   * only its counts and errors remain.
   */
  importRowsDays: number;
  /** Signs member cards' QR codes; unset, a random secret is made once and kept in the database. */
  cardSecret: string | undefined;
  /** Where people reach the server (no trailing slash), for links printed on cards; unset, the request's host. */
  publicUrl: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const root = resolve(import.meta.dirname, '../../..');
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    // npm runs workspace scripts inside packages/server; a relative folder means the one the user typed it in.
    dataDir: env.CONGDOAN_DATA_DIR
      ? resolve(env.INIT_CWD ?? process.cwd(), env.CONGDOAN_DATA_DIR)
      : resolve(root, 'data'),
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    webDist: resolve(root, 'packages/web/dist'),
    loginMaxAttempts: Number(env.CONGDOAN_LOGIN_MAX_ATTEMPTS ?? 10),
    loginWindowMs: Number(env.CONGDOAN_LOGIN_WINDOW_MS ?? 15 * 60_000),
    sessionDays: Number(env.CONGDOAN_SESSION_DAYS ?? 7),
    importRowsDays: Number(env.CONGDOAN_IMPORT_ROWS_DAYS ?? 30),
    cardSecret: env.CONGDOAN_CARD_SECRET || undefined,
    publicUrl: env.CONGDOAN_PUBLIC_URL?.replace(/\/+$/u, '') || undefined,
  };
}
