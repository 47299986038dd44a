// Bulk loading of generated rows: one INSERT … SELECT FROM unnest(arrays) per batch, on PGlite and pg alike,
// then the id sequences moved past the ids the generator chose.
import { type Db, queryRows, sql } from '../packages/server/src/db/client.ts';
import type { GeneratedTree, Rows } from './tree-data.ts';

const BATCH = 20_000;

interface RawClient {
  query(text: string, params?: unknown[]): Promise<unknown>;
}

/** The driver under drizzle (PGlite or a pg Pool); both take `query(text, params)` with array parameters. */
function rawClient(db: Db): RawClient {
  return (db as unknown as { $client: RawClient }).$client;
}

async function insertRows(client: RawClient, rows: Rows): Promise<void> {
  const names = rows.columns.map((column) => column.name);
  const arrays = rows.columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ');
  const selected = rows.columns
    .map((column) => (column.cast ? `${column.name}::${column.cast}` : column.name))
    .join(', ');
  const text = `insert into ${rows.table} (${names.join(', ')})
    select ${selected} from unnest(${arrays}) as t(${names.join(', ')})`;
  for (let offset = 0; offset < rows.length; offset += BATCH) {
    await client.query(
      text,
      rows.values.map((column) => column.slice(offset, offset + BATCH)),
    );
  }
}

/** Loads the tree, batch by batch (a throwaway database needs no atomicity); answers the rows written. */
export async function loadTree(db: Db, tree: GeneratedTree): Promise<number> {
  const client = rawClient(db);
  const tables = [tree.units, tree.events, tree.versions, tree.eventUnits];
  for (const rows of tables) await insertRows(client, rows);
  for (const table of ['org_units', 'org_events']) {
    await queryRows(
      db,
      sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.identifier(table)}))`,
    );
  }
  return tables.reduce((sum, rows) => sum + rows.length, 0);
}
