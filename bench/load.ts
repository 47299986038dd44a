// Bulk loading of generated rows: one INSERT … SELECT FROM unnest(arrays) per batch, on PGlite and pg alike,
// then the id sequences moved past the ids the generator chose.
import { type Db, queryRows, sql } from '../packages/server/src/db/client.ts';
import { ensureBaseData } from '../packages/server/src/platform/bootstrap.ts';
import type { Actor } from '../packages/server/src/platform/context.ts';
import { type GeneratedTree, generateTree, type Rows } from './tree-data.ts';

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

/**
 * The org bench's 130,000-unit tree under the national root of a fresh database: base data, the generated
 * tree loaded after the ids already there, and fresh planner statistics. Answers the root and the tree.
 */
export async function loadBenchTree(
  db: Db,
): Promise<{ rootId: number; tree: GeneratedTree; rows: number; ms: number }> {
  await ensureBaseData(db);
  const [start] = await queryRows<{ root: number; units: number; events: number }>(
    db,
    sql`select (select id from org_units where code = 'VGCL') as root,
          (select max(id) from org_units) as units, (select max(id) from org_events) as events`,
  );
  const tree = generateTree({
    rootId: start!.root,
    firstUnitId: start!.units + 1,
    firstEventId: start!.events + 1,
  });
  const began = performance.now();
  const rows = await loadTree(db, tree);
  await db.execute(sql`analyze`);
  return { rootId: start!.root, tree, rows, ms: performance.now() - began };
}

/** The actor a bench reads as: an account of `role` bound to the unit. */
export const benchActorAt = (unitId: number, role: Actor['role'] = 'unit_admin'): Actor => ({
  id: 0,
  username: 'bench',
  fullName: 'Bench',
  role,
  locale: 'vi',
  unitId,
});
