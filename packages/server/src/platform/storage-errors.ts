// Storage failures said plainly. A full disk or a database that only reads is the operator's problem, not a bug:
// users hear 503 with a code saying which (the error handler still logs the error), and the server and CLI
// name the data folder and what to do in one line instead of a stack trace.
import { hostname } from 'node:os';
import type { Locale } from '@congdoan/domain';
import { DataDirLocked, DataDirUnusable, STALE_MS } from '../db/data-lock.ts';
import { AppError } from './errors.ts';
import { translate } from './i18n.ts';

export type StorageProblem = 'diskFull' | 'readOnly';

/**
 * PostgreSQL's disk_full and read_only_sql_transaction (a standby, default_transaction_read_only), and the file
 * system's own codes as Node reports them.
 */
const PROBLEM_BY_CODE: Record<string, StorageProblem> = {
  '53100': 'diskFull',
  '25006': 'readOnly',
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EROFS: 'readOnly',
};

/**
 * The storage problem behind an error, looking through the errors it wraps (drizzle wraps the driver's). PGlite
 * reports a read-only file system as PostgreSQL's 42501 "could not write …: Read-only file system", a code
 * shared with ordinary permission errors, so the file system's words are matched too.
 */
export function storageProblemOf(error: unknown): StorageProblem | null {
  for (let current = error; current && typeof current === 'object'; ) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    const byCode = typeof code === 'string' ? PROBLEM_BY_CODE[code] : undefined;
    if (byCode) return byCode;
    const text = typeof message === 'string' ? message : '';
    if (/No space left on device|Disk quota exceeded/iu.test(text)) return 'diskFull';
    if (/Read-only file system|read-only transaction/iu.test(text)) return 'readOnly';
    current = cause;
  }
  return null;
}

/** The 503 a request gets when its write failed for want of storage; undefined for any other error. */
export function storageError(error: unknown): AppError | undefined {
  const problem = storageProblemOf(error);
  if (problem === 'diskFull') return new AppError(503, 'STORAGE_FULL');
  if (problem === 'readOnly') return new AppError(503, 'STORAGE_READ_ONLY');
  return undefined;
}

function lockedMessage(locale: Locale, error: DataDirLocked, dataDir: string): string {
  const holder = error.holder;
  if (!holder) return translate(locale, 'DATA_DIR_LOCKED_UNKNOWN', { dataDir, lockPath: error.lockPath });
  const params = {
    dataDir,
    pid: holder.pid,
    host: holder.host,
    since: holder.startedAt,
    command: holder.command,
  };
  const message = translate(
    locale,
    holder.command === 'server' ? 'DATA_DIR_LOCKED_SERVER' : 'DATA_DIR_LOCKED_COMMAND',
    params,
  );
  if (holder.host === hostname()) return message;
  const hint = translate(locale, 'DATA_DIR_LOCK_REMOTE_HINT', {
    seconds: STALE_MS / 1000,
    lockPath: error.lockPath,
  });
  return `${message} ${hint}`;
}

/** The language of lines printed for the operator: CONGDOAN_LANG, else LANG; Vietnamese unless English. */
export function operatorLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  return (env.CONGDOAN_LANG ?? env.LANG ?? '').startsWith('en') ? 'en' : 'vi';
}

/**
 * One line for an error met while opening the embedded database's folder, in the operator's language; null
 * when the error is not about the folder (and deserves its stack trace). `folder` is what a look at the folder
 * found after PGlite failed to open, which it reports only as "failed to initialize".
 */
export function describeDataDirError(
  locale: Locale,
  error: unknown,
  dataDir: string,
  minFreeMb: number,
  folder?: StorageProblem | null,
): string | null {
  if (error instanceof DataDirLocked) return lockedMessage(locale, error, dataDir);
  if (error instanceof DataDirUnusable) {
    const code = error.systemCode;
    if (error.reason === 'readOnly') return translate(locale, 'DATA_DIR_READ_ONLY', { dataDir, code });
    if (error.reason === 'diskFull')
      return translate(locale, 'DATA_DIR_FULL', { dataDir, code, minMb: minFreeMb });
    return translate(locale, 'DATA_DIR_NOT_A_FOLDER', { dataDir, code });
  }
  const problem = storageProblemOf(error) ?? folder;
  if (problem === 'readOnly') return translate(locale, 'DATA_DIR_READ_ONLY', { dataDir, code: 'EROFS' });
  if (problem === 'diskFull')
    return translate(locale, 'DATA_DIR_FULL', { dataDir, code: 'ENOSPC', minMb: minFreeMb });
  if (folder === undefined) return null;
  const reason = error instanceof Error ? error.message : String(error);
  return translate(locale, 'DATA_DIR_CANNOT_OPEN', { dataDir, reason });
}
