// `npm run cli -- db:move-to --url postgres://…`: moves the embedded database (PGlite) to a PostgreSQL server
// in one command. The target must hold no table; it is migrated, then every table is copied in one
// transaction on it (COPY out of PGlite, COPY FROM STDIN into PostgreSQL), the foreign keys put back and
// checked, the sequences set where the embedded database left them, and each table's rows counted on both
// sides before the commit. A failed move leaves the target as empty as it was found.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { todayInVietnam } from '@congdoan/domain';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type Database, openDatabase, queryRows, sql } from '../../db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Say } from './commands.ts';

interface PgliteCopyOut {
  query(query: string): Promise<{ blob?: Blob }>;
}

interface SourceTable {
  name: string;
  columns: string[];
  rows: number;
}

export interface MoveSummary {
  tables: number;
  rows: number;
  members: number;
}

const quote = (name: string) => pg.escapeIdentifier(name);

/** The target's tables outside the system schemas (a migrated, empty database has them too). */
async function tablesOf(client: pg.Client): Promise<{ schema: string; name: string }[]> {
  const result = await client.query<{ schema: string; name: string }>(
    `select schemaname as schema, tablename as name from pg_tables
     where schemaname not in ('pg_catalog', 'information_schema')`,
  );
  return result.rows;
}

/** The embedded database's tables: columns COPY can write (no generated ones), and their row counts. */
async function sourceTables(source: Database): Promise<SourceTable[]> {
  const tables = await queryRows<{ name: string; columns: string[] }>(
    source.db,
    sql`select c.relname as name, array_agg(a.attname::text order by a.attnum) as columns
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
        where n.nspname = 'public' and c.relkind = 'r'
        group by c.relname order by c.relname`,
  );
  const counted: SourceTable[] = [];
  for (const table of tables) {
    const [row] = await queryRows<{ n: number }>(
      source.db,
      sql`select count(*)::float8 as n from ${sql.identifier(table.name)}`,
    );
    counted.push({ ...table, rows: Number(row?.n ?? 0) });
  }
  return counted;
}

/** One table's rows in COPY's text format, read out of PGlite. */
async function copyOut(source: Database, table: SourceTable): Promise<Blob> {
  const client = (source.db as unknown as { $client: PgliteCopyOut }).$client;
  const columns = table.columns.map(quote).join(', ');
  const result = await client.query(`copy ${quote(table.name)} (${columns}) to '/dev/blob'`);
  return result.blob ?? new Blob([]);
}

async function copyIn(client: pg.Client, table: SourceTable, blob: Blob): Promise<void> {
  const columns = table.columns.map(quote).join(', ');
  const stream = client.query(copyFrom(`copy ${quote(table.name)} (${columns}) from stdin`));
  await pipeline(Readable.fromWeb(blob.stream() as never), stream);
}

/** Drops what the migration made on a target found empty, after a move that did not commit. */
async function emptyAgain(client: pg.Client): Promise<void> {
  for (const table of await tablesOf(client)) {
    await client.query(`drop table if exists ${quote(table.schema)}.${quote(table.name)} cascade`);
  }
  await client.query('drop schema if exists drizzle cascade');
}

/** The sequences of the embedded database where it left them (last value and whether it was handed out). */
async function sourceSequences(source: Database) {
  return queryRows<{ name: string; last: string | null }>(
    source.db,
    sql`select sequencename as name, last_value::text as last from pg_sequences where schemaname = 'public'`,
  );
}

export async function moveToPostgres(source: Database, url: string, say: Say): Promise<MoveSummary> {
  if (source.kind !== 'pglite') throw new AppError(400, 'MOVE_SOURCE_NOT_EMBEDDED');
  if (!/^postgres(ql)?:\/\//u.test(url)) throw new AppError(400, 'MOVE_TARGET_URL', { url });
  const target = new URL(url);
  const database = target.pathname.slice(1);
  const shown = `${target.hostname}${target.port ? `:${target.port}` : ''}/${database}`;
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new AppError(503, 'MOVE_TARGET_UNREACHABLE', { target: shown, reason: (error as Error).message });
  }
  try {
    const found = await tablesOf(client);
    if (found.length > 0) throw new AppError(409, 'RESTORE_NOT_EMPTY', { database, tables: found.length });
    const tables = await sourceTables(source);
    const total = tables.reduce((sum, table) => sum + table.rows, 0);
    say('MOVE_STARTED', { target: shown, tables: tables.length, rows: total });
    // The target gets the same migrations as the embedded database (openDatabase runs them).
    const migrated = await openDatabase({ url, poolSize: 1 });
    await migrated.close();
    try {
      await client.query('begin');
      const keys = await client.query<{ table: string; name: string; definition: string }>(
        `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
         from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace`,
      );
      // Rows go in table by table in any order: the foreign keys are put back (and checked) after the copy,
      // and the tables' own triggers (search keys kept in step with members) are off, since their rows are
      // copied too.
      for (const key of keys.rows) {
        await client.query(`alter table ${key.table} drop constraint ${quote(key.name)}`);
      }
      for (const table of tables) {
        await client.query(`alter table ${quote(table.name)} disable trigger user`);
      }
      let copied = 0;
      for (const table of tables) {
        if (table.rows > 0) await copyIn(client, table, await copyOut(source, table));
        copied += table.rows;
        say('MOVE_TABLE', { table: table.name, rows: table.rows, copied, total });
      }
      for (const table of tables) {
        await client.query(`alter table ${quote(table.name)} enable trigger user`);
      }
      for (const key of keys.rows) {
        await client.query(`alter table ${key.table} add constraint ${quote(key.name)} ${key.definition}`);
      }
      for (const sequence of await sourceSequences(source)) {
        if (sequence.last === null) continue;
        await client.query('select setval($1::regclass, $2::bigint, true)', [
          quote(sequence.name),
          sequence.last,
        ]);
      }
      for (const table of tables) {
        const result = await client.query<{ n: number }>(
          `select count(*)::float8 as n from ${quote(table.name)}`,
        );
        const rows = Number(result.rows[0]?.n ?? 0);
        if (rows !== table.rows) {
          throw new AppError(500, 'MOVE_COUNT_MISMATCH', {
            table: table.name,
            source: table.rows,
            target: rows,
          });
        }
      }
      const members = tables.find((table) => table.name === 'members')?.rows ?? 0;
      await client.query(
        `insert into audit_log (action, entity, entity_id, after) values ('restore', 'backup', $1, $2)`,
        [todayInVietnam(), JSON.stringify({ database: 'postgres', movedFrom: 'embedded', members })],
      );
      await client.query('commit');
      return { tables: tables.length, rows: total, members };
    } catch (error) {
      await client.query('rollback').catch(() => {});
      await emptyAgain(client);
      throw error;
    }
  } finally {
    await client.end();
  }
}
