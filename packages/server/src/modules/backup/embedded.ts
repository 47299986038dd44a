// Backup and restore of the embedded database. A backup is PGlite's own dump of its data folder (a .tar.gz)
// taken by the process that holds the folder, so it is consistent while the server runs: the dump waits for
// the database's turn like any query, and a checkpoint first keeps the WAL it carries short. A restore
// unpacks into a new folder beside the data folder, brings it to the current migrations, and only then swaps
// it in, keeping the previous folder.
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { todayInVietnam } from '@congdoan/domain';
import { PGlite } from '@electric-sql/pglite';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type Database, openDatabase, queryRows, sql } from '../../db/client.ts';
import { LOCK_FILE, lockDataDir } from '../../db/data-lock.ts';
import { embeddedClient } from '../../db/embedded.ts';
import { recordAudit } from '../../platform/audit.ts';

/** The running embedded database as a gzipped tarball of its data folder. */
export async function dumpEmbedded(database: Database): Promise<Readable> {
  const client = embeddedClient(database);
  if (!client) throw new Error('not an embedded database');
  await client.exec('CHECKPOINT');
  const archive = await client.dumpDataDir('gzip');
  return Readable.fromWeb(archive.stream() as NodeReadableStream<Uint8Array>);
}

/**
 * The audit row of a backup or restore. No account makes them (the operator's token or the CLI at the
 * machine), so the row names no user; it says when, and on a restore from which file and how many members.
 */
export async function auditBackup(
  database: Database,
  action: 'backup' | 'restore',
  after: Record<string, string | number>,
): Promise<void> {
  await recordAudit(database.db, null, {
    action,
    entity: 'backup',
    entityId: todayInVietnam(),
    unitId: null,
    after: { database: embeddedClient(database) ? 'pglite' : 'postgres', ...after },
  });
}

export async function countMembers(database: Database): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from members`);
  return row?.n ?? 0;
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/gu, '-');
}

/**
 * Restores a backup into `dataDir`, which no process may hold (the lock refuses a running server). Returns the
 * member count of the restored database and where the previous folder went (null when there was none).
 */
export async function restoreEmbedded(
  file: string,
  dataDir: string,
): Promise<{ members: number; aside: string | null }> {
  const folder = resolve(dataDir);
  const guard = lockDataDir(folder);
  const staging = join(dirname(folder), `${basename(folder)}.restoring-${stamp()}`);
  let members: number;
  try {
    const unpacked = await PGlite.create(staging, {
      loadDataDir: new Blob([await readFile(file)]),
      extensions: { ltree, pg_trgm },
    });
    await unpacked.close();
    // The dump carries the lock of the server it came from: that process is not this folder's holder.
    await rm(join(staging, LOCK_FILE), { force: true });
    const restored = await openDatabase({ dataDir: staging });
    try {
      members = await countMembers(restored);
      // The restored database is the live one from now on: its log says it was restored, from which file.
      await auditBackup(restored, 'restore', { file: basename(file), members });
    } finally {
      await restored.close();
    }
  } catch (error) {
    guard.release();
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = await readdir(folder);
  const aside = previous.some((name) => name !== LOCK_FILE) ? `${folder}.before-restore-${stamp()}` : null;
  if (aside) await rename(folder, aside);
  // Drops our hold: the lock file left with the folder (removed below) or is removed with the empty folder.
  guard.release();
  if (aside) await rm(join(aside, LOCK_FILE), { force: true });
  else await rm(folder, { recursive: true, force: true });
  await rename(staging, folder);
  return { members, aside };
}
