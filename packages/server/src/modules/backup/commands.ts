// `npm run cli -- backup` and `restore`: which way each goes. PostgreSQL uses its own tools; the embedded
// database is backed up through the running server when one holds the folder (read from the lock file), or
// opened directly when none does; it is restored only into a folder no process holds.
import { createWriteStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { todayInVietnam } from '@congdoan/domain';
import { openDatabase } from '../../db/client.ts';
import { identifyProcess, type LockHolder, readLock } from '../../db/data-lock.ts';
import { AppError, type Params } from '../../platform/errors.ts';
import type { MessageCode } from '../../platform/messages.ts';
import { auditBackup, dumpEmbedded, restoreEmbedded } from './embedded.ts';
import { OPERATOR_TOKEN_HEADER } from './operator-routes.ts';
import { dumpPostgres, restorePostgres } from './postgres.ts';

export interface BackupTarget {
  /** postgres://… when the server uses PostgreSQL */
  databaseUrl: string | undefined;
  dataDir: string;
}

/** Progress lines for the operator, as message codes. */
export type Say = (code: MessageCode, params: Params) => void;

async function backupThroughServer(holder: LockHolder & { url: string }, file: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${holder.url}/api/operator/backup`, {
      method: 'POST',
      headers: { [OPERATOR_TOKEN_HEADER]: holder.operatorToken ?? '' },
    });
  } catch (error) {
    const reason = error instanceof Error ? String(error.cause ?? error.message) : String(error);
    throw new AppError(503, 'BACKUP_SERVER_UNREACHABLE', { pid: holder.pid, url: holder.url, reason });
  }
  if (!response.ok || !response.body) {
    const reason = `${response.status} ${await response.text()}`;
    throw new AppError(503, 'BACKUP_SERVER_UNREACHABLE', { pid: holder.pid, url: holder.url, reason });
  }
  const body = Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
  await pipeline(body, createWriteStream(file));
}

async function backupEmbedded(dataDir: string, file: string, say: Say): Promise<void> {
  const holder = readLock(dataDir);
  if (holder?.live && holder.holder?.command === 'server' && holder.holder.url) {
    const server = { ...holder.holder, url: holder.holder.url };
    say('BACKUP_VIA_SERVER', { pid: server.pid, url: server.url });
    return backupThroughServer(server, file);
  }
  identifyProcess('backup');
  const database = await openDatabase({ dataDir });
  try {
    await pipeline(await dumpEmbedded(database), createWriteStream(file));
    await auditBackup(database, 'backup', { by: 'cli' });
  } finally {
    await database.close();
  }
}

/** Writes a backup to `out` (default congdoan-<date>.tar.gz or .dump in `cwd`); returns the file and its size. */
export async function backupCommand(
  target: BackupTarget,
  out: string | undefined,
  cwd: string,
  say: Say,
): Promise<{ file: string; bytes: number }> {
  const extension = target.databaseUrl ? 'dump' : 'tar.gz';
  const file = resolve(cwd, out ?? `congdoan-${todayInVietnam()}.${extension}`);
  // Written under another name and renamed when complete, so a failed backup never replaces a good one.
  const partial = `${file}.partial`;
  try {
    if (target.databaseUrl) await dumpPostgres(target.databaseUrl, partial);
    else await backupEmbedded(target.dataDir, partial, say);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return { file, bytes: (await stat(file)).size };
}

/** What a backup file holds, from its first bytes: gzip (the embedded dump) or pg_dump's custom format. */
async function backupKind(file: string): Promise<'embedded' | 'postgres' | null> {
  const handle = await open(file, 'r').catch(() => {
    throw new AppError(404, 'RESTORE_FILE_MISSING', { file });
  });
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head[0] === 0x1f && head[1] === 0x8b) return 'embedded';
    return head.toString('latin1') === 'PGDMP' ? 'postgres' : null;
  } finally {
    await handle.close();
  }
}

/** Restores `file` into the target database; says what was restored and where the previous data went. */
export async function restoreCommand(
  target: BackupTarget,
  given: string,
  cwd: string,
  say: Say,
): Promise<void> {
  const file = resolve(cwd, given);
  const kind = await backupKind(file);
  const expected = target.databaseUrl ? 'postgres' : 'embedded';
  if (kind !== expected) {
    throw new AppError(422, 'RESTORE_WRONG_KIND', {
      file,
      expected: expected === 'postgres' ? 'PostgreSQL' : 'PGlite',
    });
  }
  if (target.databaseUrl) {
    const members = await restorePostgres(target.databaseUrl, file);
    say('RESTORE_DONE_FRESH', { members, target: new URL(target.databaseUrl).pathname.slice(1) });
    return;
  }
  identifyProcess('restore');
  const { members, aside } = await restoreEmbedded(file, target.dataDir);
  if (aside) say('RESTORE_DONE_EMBEDDED', { members, dataDir: resolve(target.dataDir), aside });
  else say('RESTORE_DONE_FRESH', { members, target: resolve(target.dataDir) });
}
