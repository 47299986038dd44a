// One process per data folder, with real processes: a second server and the CLI beside a running server are
// refused with a message naming the holder; a backup goes through the server; after kill -9 the folder is
// free again at once; after it all the folder opens with its data. Also a data folder that cannot be one.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openNewDataFolder } from '../test/templates.ts';
import { openDatabase, queryRows, sql } from './client.ts';
import { LOCK_FILE, type LockHolder } from './data-lock.ts';

const serverDir = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'congdoan-lock-'));
const dataDir = join(work, 'data');
const started: ChildProcess[] = [];

function environment(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, ...rest } = process.env;
  return {
    ...rest,
    CONGDOAN_DATA_DIR: dataDir,
    CONGDOAN_LANG: 'en',
    PORT: '0',
    HOST: '127.0.0.1',
    INIT_CWD: work,
  };
}

/** Runs a script to its end: exit code and what it printed. */
function run(script: string, args: string[] = [], env = environment()) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: serverDir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function lockHolder(): LockHolder | null {
  const path = join(dataDir, LOCK_FILE);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as LockHolder) : null;
}

/** Starts a server and waits until it listens (its lock then holds its address). */
async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: environment(),
    stdio: 'ignore',
  });
  started.push(child);
  for (let waited = 0; waited < 150_000; waited += 250) {
    const holder = lockHolder();
    if (holder && holder.pid === child.pid && holder.url) return child;
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error('server did not start');
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done(child.exitCode);
    else child.on('exit', (code) => done(code));
  });
}

// The folder starts as a first start leaves it, from the run's template (about 1 s of CPU, where the CLI's
// first run migrating an empty folder took 8 s): these tests are about who holds the folder, not migrating.
beforeAll(async () => {
  await (await openNewDataFolder(dataDir, inject('testTemplates'))).close();
}, 120_000);

afterAll(() => {
  for (const child of started)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

describe('one process per data folder', () => {
  it('refuses a second server and the CLI beside a running server, and the folder still opens', async () => {
    const admin = [
      'user:create-admin',
      '--username',
      'first.admin',
      '--full-name',
      'First',
      '--password',
      'long-enough',
    ];
    expect((await run('src/cli.ts', admin)).code).toBe(0);

    const first = await startServer();
    const holding = `The data folder ${dataDir} is in use by the Công Đoàn Số server (process ${first.pid} on`;

    const second = await run('src/main.ts');
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(holding);
    expect(second.stderr.trim().split('\n')).toEqual([expect.stringContaining('Stop the server first.')]);

    const reset = await run('src/cli.ts', [
      'user:reset-password',
      '--username',
      'first.admin',
      '--password',
      'other-one',
    ]);
    expect(reset.code).toBe(1);
    expect(reset.stderr).toContain(holding);
    expect(reset.stderr).toContain('a system administrator can set a new password in the web app');

    const backup = await run('src/cli.ts', ['backup', '--out', 'running.tar.gz']);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`The server is running (process ${first.pid})`);
    expect(readFileSync(join(work, 'running.tar.gz')).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

    // kill -9 leaves the lock file behind; its pid no longer runs, so the next server takes the folder at once.
    first.kill('SIGKILL');
    await exited(first);
    expect(lockHolder()?.pid).toBe(first.pid);
    const next = await startServer();
    next.kill('SIGTERM');
    expect(await exited(next)).toBe(0);
    expect(lockHolder()).toBeNull();

    const database = await openDatabase({ dataDir });
    try {
      const users = await queryRows<{ username: string }>(database.db, sql`select username from users`);
      expect(users.map((user) => user.username)).toContain('first.admin');
    } finally {
      await database.close();
    }
  }, 600_000);

  it('stops with one line, not a stack trace, when the data folder cannot be a folder', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'not a folder');
    const result = await run('src/main.ts', [], { ...environment(), CONGDOAN_DATA_DIR: join(file, 'data') });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${join(file, 'data')} cannot be the data folder (ENOTDIR): part of the path is a file.\n`,
    );
  }, 120_000);
});
