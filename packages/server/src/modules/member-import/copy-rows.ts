// Loads rows into a table with COPY, the fastest way into PostgreSQL: COPY FROM STDIN (pg-copy-streams) on
// the connection of the caller's transaction, or PGlite's COPY from a Blob at /dev/blob. The import stages its
// rows so, then checks and writes them set-based from the staged table.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Tx } from '../../db/client.ts';

export type CopyValue = string | number | null | undefined;

/** Rows turned into COPY's text format a batch at a time, so no single string holds the whole file. */
const LINES_PER_CHUNK = 2000;
/** Rows one COPY takes on PGlite */
const LINES_PER_PGLITE_COPY = 10_000;

/** One value in COPY's text format: \N for null, backslash escapes for the characters that delimit. */
function field(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  return /[\\\t\n\r]/u.test(value)
    ? value.replace(/[\\\t\n\r]/gu, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!)
    : value;
}

function* chunks<T>(rows: readonly T[], read: (row: T, index: number) => CopyValue[]): Generator<string> {
  for (let start = 0; start < rows.length; start += LINES_PER_CHUNK) {
    let text = '';
    const end = Math.min(start + LINES_PER_CHUNK, rows.length);
    for (let index = start; index < end; index++)
      text += `${read(rows[index]!, index).map(field).join('\t')}\n`;
    yield text;
  }
}

/** The driver's own connection under a drizzle transaction or database (its session's client). */
function driverClient(executor: Tx): unknown {
  return (executor as unknown as { session: { client: unknown } }).session.client;
}

interface PgliteCopy {
  query(query: string, params: unknown[], options: { blob: Blob }): Promise<unknown>;
}

/**
 * COPYs `rows` (each read into one value per column) into `table`. On PostgreSQL the executor must be a
 * transaction (the pool would pick any connection, and a temporary table lives in one).
 */
export async function copyRows<T>(
  executor: Tx,
  table: string,
  columns: readonly string[],
  rows: readonly T[],
  read: (row: T, index: number) => CopyValue[],
): Promise<void> {
  if (rows.length === 0) return;
  const statement = `copy ${table} (${columns.join(', ')}) from`;
  const client = driverClient(executor);
  if (client instanceof pg.Pool) throw new Error('copyRows on PostgreSQL needs a transaction');
  if (client instanceof pg.Client) {
    await pipeline(Readable.from(chunks(rows, read)), client.query(copyFrom(`${statement} stdin`)));
    return;
  }
  // PGlite runs a COPY without returning to the event loop: several shorter ones let other requests' work
  // (outside the database) go on between them.
  let parts: string[] = [];
  for (const text of chunks(rows, read)) {
    parts.push(text);
    if (parts.length * LINES_PER_CHUNK < LINES_PER_PGLITE_COPY) continue;
    await (client as PgliteCopy).query(`${statement} '/dev/blob'`, [], { blob: new Blob(parts) });
    parts = [];
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (parts.length > 0) {
    await (client as PgliteCopy).query(`${statement} '/dev/blob'`, [], { blob: new Blob(parts) });
  }
}
