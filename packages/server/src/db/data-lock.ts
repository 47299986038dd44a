// One process per data folder. PGlite has no lock of its own (it writes a postmaster.pid it never checks), and
// two processes writing one folder hand out the same ids and leave a folder that no longer opens (issue 9).
//
// Why a lock file holding the holder's identity rather than an OS lock: Node has no flock/fcntl, and the native
// addons that add them need a compiler at install time. `proper-lockfile` decides staleness by a heartbeat alone,
// so after a kill -9 the folder stays locked for its stale period, and an event loop blocked longer than that
// (a large import's commit) lets a second process take a live lock. Here the file records pid, the process's
// start time, the kernel's boot id and the pid namespace: on the same machine and namespace the holder's
// liveness is checked exactly (a dead or reused pid frees the lock at once, so kill -9 leaves nothing stale);
// only a holder we cannot see (another container or machine sharing the folder) falls back to the heartbeat.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

export const LOCK_FILE = 'congdoan.lock';
/** How often a holder touches its lock, and after how long without a touch a holder we cannot see is gone. */
const HEARTBEAT_MS = 10_000;
export const STALE_MS = 60_000;

export interface LockHolder {
  pid: number;
  host: string;
  bootId: string | null;
  pidNamespace: string | null;
  /** Start time of the process in clock ticks since boot (Linux), so a reused pid is not taken for the holder. */
  processStart: string | null;
  startedAt: string;
  /** What holds the folder: 'server' or a CLI command such as 'backup'. */
  command: string;
  nonce: string;
  /** Set by a listening server: where the CLI reaches it, and the token its operator routes accept. */
  url?: string;
  operatorToken?: string;
}

/** The folder is held by another live process (or one we cannot see whose heartbeat is recent). */
export class DataDirLocked extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder | null,
  ) {
    super(
      `the data folder is in use by ${holder ? `process ${holder.pid} (${holder.command})` : 'another process'}`,
    );
  }
}

/** The folder cannot be written at all: read-only, no permission, full, or not a folder. */
export class DataDirUnusable extends Error {
  constructor(
    readonly dataDir: string,
    readonly reason: 'readOnly' | 'diskFull' | 'notAFolder',
    readonly systemCode: string,
  ) {
    super(`the data folder ${dataDir} cannot be written (${systemCode})`);
  }
}

export interface DataLock {
  readonly path: string;
  readonly holder: LockHolder;
  /** Adds facts to the lock (a server's address and operator token once it listens). */
  announce(extra: Pick<LockHolder, 'url' | 'operatorToken'>): void;
  release(): void;
}

const held = new Map<string, DataLock>();
let processCommand = 'server';

/** Names what this process is, for the message another process shows when it finds the folder taken. */
export function identifyProcess(command: string): void {
  processCommand = command;
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

function linkOrNull(path: string): string | null {
  try {
    return readlinkSync(path);
  } catch {
    return null;
  }
}

/** Field 22 of /proc/PID/stat (after the parenthesised name, which may hold spaces); null when no such process. */
function processStartOf(pid: number): string | null {
  const stat = readOrNull(`/proc/${pid}/stat`);
  if (stat === null) return null;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

function thisProcess(): Omit<LockHolder, 'command' | 'nonce' | 'startedAt'> {
  return {
    pid: process.pid,
    host: hostname(),
    bootId: readOrNull('/proc/sys/kernel/random/boot_id'),
    pidNamespace: linkOrNull('/proc/self/ns/pid'),
    processStart: processStartOf(process.pid),
  };
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** true or false when the holder's liveness can be checked from here; 'unknown' when it cannot. */
function holderAlive(holder: LockHolder): boolean | 'unknown' {
  if ([...held.values()].some((lock) => lock.holder.nonce === holder.nonce)) return true;
  const me = thisProcess();
  if (holder.host === me.host && holder.bootId && me.bootId && holder.bootId !== me.bootId) return false;
  const sameNamespace = holder.bootId === me.bootId && holder.pidNamespace === me.pidNamespace;
  if (!sameNamespace || holder.host !== me.host) return 'unknown';
  // Our own pid in a lock we do not hold: an earlier process that had our pid (a container restarted).
  if (holder.pid === process.pid) return false;
  if (me.processStart === null) return pidExists(holder.pid);
  const start = processStartOf(holder.pid);
  return start !== null && (holder.processStart === null || start === holder.processStart);
}

function parseHolder(text: string | null): LockHolder | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    return typeof value.pid === 'number' && typeof value.nonce === 'string' ? (value as LockHolder) : null;
  } catch {
    return null;
  }
}

/** The lock's holder and whether it still holds it; null when nobody holds the folder. */
export function readLock(dataDir: string): { holder: LockHolder | null; live: boolean } | null {
  const path = join(resolve(dataDir), LOCK_FILE);
  let touchedAt: number;
  try {
    touchedAt = statSync(path).mtimeMs;
  } catch {
    return null;
  }
  const holder = parseHolder(readOrNull(path));
  // An unreadable lock is one being written this instant, or one whose writer died mid-write.
  const alive = holder ? holderAlive(holder) : 'unknown';
  const live = alive === 'unknown' ? Date.now() - touchedAt < STALE_MS : alive;
  return live || holder ? { holder, live } : null;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Removes a stale lock under a short-lived mutex (a folder made with mkdir, which only one process can make),
 * so two processes that both judged the same lock stale cannot both remove it and then both take the folder.
 */
function removeStale(path: string, staleNonce: string | undefined): void {
  const mutex = `${path}.takeover`;
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(mutex);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // The mutex is held for microseconds; one older than a few seconds belongs to a process that died in it.
      const age = Date.now() - (statSync(mutex, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 5_000) rmdirSync(mutex);
      if (attempt > 50) throw error;
      sleep(50);
    }
  }
  try {
    if (parseHolder(readOrNull(path))?.nonce === staleNonce) unlinkSync(path);
  } finally {
    rmdirSync(mutex);
  }
}

function unusable(dataDir: string, error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    throw new DataDirUnusable(dataDir, 'readOnly', code);
  if (code === 'ENOSPC' || code === 'EDQUOT') throw new DataDirUnusable(dataDir, 'diskFull', code);
  if (code === 'ENOTDIR' || code === 'EEXIST') throw new DataDirUnusable(dataDir, 'notAFolder', code);
  throw error;
}

function writeLockFile(path: string, holder: LockHolder): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Takes the data folder for this process until `release()` or exit. Throws DataDirLocked when another live
 * process holds it, DataDirUnusable when the folder cannot be written.
 */
export function lockDataDir(dataDir: string): DataLock {
  const folder = resolve(dataDir);
  const path = join(folder, LOCK_FILE);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    unusable(folder, error);
  }
  const holder: LockHolder = {
    ...thisProcess(),
    startedAt: new Date().toISOString(),
    command: processCommand,
    nonce: randomBytes(12).toString('hex'),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      writeLockFile(path, holder);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') unusable(folder, error);
      const current = readLock(folder);
      if (current?.live || attempt > 3) throw new DataDirLocked(path, current?.holder ?? null);
      removeStale(path, current?.holder?.nonce);
    }
  }
  return holdLock(path, holder);
}

/** The lock this process holds on `dataDir`, if any (main.ts announces the server's address in it). */
export function heldLock(dataDir: string): DataLock | undefined {
  return held.get(join(resolve(dataDir), LOCK_FILE));
}

function holdLock(path: string, holder: LockHolder): DataLock {
  let current = holder;
  const heartbeat = setInterval(() => {
    const now = new Date();
    try {
      utimesSync(path, now, now);
    } catch {
      // A folder gone read-only or full: /api/health reports it; the lock itself stays valid by pid.
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const release = () => {
    clearInterval(heartbeat);
    process.off('exit', release);
    held.delete(path);
    // Only our own lock is removed: a restore may have moved the folder, or an operator removed the file.
    try {
      if (parseHolder(readOrNull(path))?.nonce === holder.nonce) unlinkSync(path);
    } catch {
      // Already gone with its folder; nothing is left to release.
    }
  };
  const lock: DataLock = {
    path,
    get holder() {
      return current;
    },
    announce(extra) {
      current = { ...current, ...extra };
      // Written beside and renamed over, so a reader never sees a half-written lock.
      const next = `${path}.${process.pid}.next`;
      writeFileSync(next, `${JSON.stringify(current)}\n`, { mode: 0o600 });
      renameSync(next, path);
    },
    release,
  };
  held.set(path, lock);
  process.on('exit', release);
  return lock;
}
