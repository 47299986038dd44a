// Backup and restore on a PostgreSQL server with its own tools: pg_dump's custom format, restored by pg_restore
// into an empty database in one transaction, so a failed restore leaves nothing behind. Restoring onto the
// database the dump came from would clash with every existing object (the README's former line: 279 errors),
// so a database that already holds tables is refused. pg_dump refuses a server newer than itself: the tools
// must be of the server's major version or newer.
import { spawn } from 'node:child_process';
import { basename } from 'node:path';
import { todayInVietnam } from '@congdoan/domain';
import pg from 'pg';
import { AppError } from '../../platform/errors.ts';

/** The URL without its password (visible to every user in the process list), which goes in PGPASSWORD. */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: password ? { ...process.env, PGPASSWORD: password } : process.env,
  };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'ENOENT' ? `${tool} not found on PATH (postgresql-client)` : error.message;
      fail(new AppError(502, 'BACKUP_TOOL_FAILED', { tool, reason }));
    });
    child.on('close', (code) => {
      if (code === 0) return done();
      const reason = stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${code}`;
      fail(new AppError(502, 'BACKUP_TOOL_FAILED', { tool, reason }));
    });
  });
}

export async function dumpPostgres(url: string, file: string): Promise<void> {
  const { dbname, env } = connection(url);
  await run('pg_dump', ['--format=custom', '--file', file, '--dbname', dbname], env);
  // After the dump, so the backup holds the database as it was and the log says when it was taken.
  await withClient(url, (client) => auditRow(client, 'backup', { by: 'cli' }));
}

/** The audit row of a backup or restore, as auditBackup writes it on PGlite (this client is pg's own). */
async function auditRow(
  client: pg.Client,
  action: 'backup' | 'restore',
  after: Record<string, string | number>,
) {
  await client.query(
    `insert into audit_log (action, entity, entity_id, after) values ($1, 'backup', $2, $3)`,
    [action, todayInVietnam(), JSON.stringify({ database: 'postgres', ...after })],
  );
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Restores a pg_dump -Fc file into the empty database at `url`; returns the restored member count. */
export async function restorePostgres(url: string, file: string): Promise<number> {
  const tables = await withClient(url, async (client) => {
    const result = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`,
    );
    return result.rows[0]?.n ?? 0;
  });
  const database = new URL(url).pathname.slice(1);
  if (tables > 0) throw new AppError(409, 'RESTORE_NOT_EMPTY', { database, tables });
  const { dbname, env } = connection(url);
  // Owners and grants name roles of the old server, which the new one may not have.
  const args = [
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    '--exit-on-error',
    '--dbname',
    dbname,
  ];
  await run('pg_restore', [...args, file], env);
  return withClient(url, async (client) => {
    const result = await client.query<{ n: number }>('select count(*)::int as n from members');
    const members = result.rows[0]?.n ?? 0;
    // The restored database's log says it was restored, from which file.
    await auditRow(client, 'restore', { file: basename(file), members });
    return members;
  });
}
