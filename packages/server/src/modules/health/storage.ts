// Can the database still write? The embedded database's folder is checked directly (writable, free space above
// the reserve), and a probe row is written on either database, so /api/health says "degraded" before users
// meet failing saves.
import { constants } from 'node:fs';
import { access, statfs } from 'node:fs/promises';
import { type Database, sql } from '../../db/client.ts';
import { embeddedDataDir } from '../../db/embedded.ts';
import { meta } from '../../db/schema/index.ts';
import { type StorageProblem, storageProblemOf } from '../../platform/storage-errors.ts';

export type HealthProblem = StorageProblem | 'writeFailed' | 'notResponding';

/** How long the probe write may take before the database counts as not responding. */
const PROBE_TIMEOUT_MS = 5_000;
/** Health is public and polled, and each check writes: one check at a time, its answer reused this long. */
const REUSE_MS = 1_000;

/**
 * The folder's own state: access(W_OK) fails on a read-only mount even for root, and statfs gives the space
 * left to this user.
 */
export async function dataFolderProblem(dataDir: string, minFreeMb: number): Promise<StorageProblem | null> {
  try {
    await access(dataDir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'readOnly';
    throw error;
  }
  const space = await statfs(dataDir);
  return space.bavail * space.bsize < minFreeMb * 1024 * 1024 ? 'diskFull' : null;
}

async function probeWrite(database: Database): Promise<HealthProblem | null> {
  const write = database.db
    .insert(meta)
    .values({ key: 'healthProbe', value: sql`to_jsonb(now())` })
    .onConflictDoUpdate({ target: meta.key, set: { value: sql`to_jsonb(now())` } })
    .then(
      () => null,
      (error: unknown) => storageProblemOf(error) ?? ('writeFailed' as const),
    );
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'notResponding'>((answer) => {
    timer = setTimeout(() => answer('notResponding'), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([write, late]);
  } finally {
    clearTimeout(timer);
  }
}

interface Monitor {
  /** The data folder alone (no database work): for the write guard. */
  folder(): Promise<StorageProblem | null>;
  /** The folder, then a probe write: for /api/health. */
  check(): Promise<HealthProblem | null>;
}

function reused<T>(work: () => Promise<T>): () => Promise<T> {
  let last: { at: number; answer: Promise<T> } | undefined;
  return () => {
    if (!last || performance.now() - last.at > REUSE_MS) last = { at: performance.now(), answer: work() };
    return last.answer;
  };
}

const monitors = new WeakMap<Database, Monitor>();

export function storageMonitor(database: Database, minFreeMb: number): Monitor {
  const known = monitors.get(database);
  if (known) return known;
  const dataDir = embeddedDataDir(database);
  const folder = reused(async () => (dataDir ? dataFolderProblem(dataDir, minFreeMb) : null));
  const monitor: Monitor = {
    folder,
    check: reused(async () => (await folder()) ?? (await probeWrite(database))),
  };
  monitors.set(database, monitor);
  return monitor;
}
