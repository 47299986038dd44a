// PGlite is PostgreSQL without its autovacuum worker: left alone, the planner never gets statistics (every
// table looks a few pages long, so the country-wide member list sorts all 50,000 members of the demo instead
// of reading the first 50 in name order) and dead rows are never cleared. This does autovacuum's job with its
// thresholds, one table at a time through the queue so that pages are answered in between: at open from what
// the catalog keeps across restarts (never analysed, grown since, not vacuumed), then every minute from the
// activity counters, which PGlite only keeps while the process runs.

/** How often the activity counters are looked at (autovacuum's own naptime). */
export const UPKEEP_INTERVAL_MS = 60_000;

interface Client {
  query<T>(text: string): Promise<{ rows: T[] }>;
  exec(text: string): Promise<unknown>;
}

export interface TableState {
  name: string;
  /** the planner's row count; -1 until the table is first analysed or vacuumed */
  reltuples: number;
  /** pages when last analysed or vacuumed, and pages known all-visible (index-only scans skip the heap) */
  relpages: number;
  relallvisible: number;
  /** pages now */
  pages: number;
  /** since this process opened the database */
  modified: number;
  inserted: number;
  dead: number;
}

/** What a table needs, by autovacuum's default thresholds (and, at open, by what the catalog shows). */
export function upkeepOf(table: TableState): { analyze: boolean; vacuum: boolean } {
  const rows = Math.max(table.reltuples, 0);
  const grown = table.pages > table.relpages * 1.2 + 8;
  const analyze = table.reltuples < 0 || grown || table.modified > 50 + 0.1 * rows;
  const vacuum =
    table.dead > 50 + 0.2 * rows ||
    table.inserted > 1000 + 0.2 * rows ||
    (table.pages > 8 && table.relallvisible < table.pages * 0.8);
  return { analyze, vacuum };
}

const TABLES = `
  select c.oid::regclass::text as name, c.reltuples::float8 as reltuples, c.relpages, c.relallvisible,
    (pg_relation_size(c.oid) / current_setting('block_size')::int)::int as pages,
    coalesce(s.n_mod_since_analyze, 0)::int as modified, coalesce(s.n_ins_since_vacuum, 0)::int as inserted,
    coalesce(s.n_dead_tup, 0)::int as dead
  from pg_class c left join pg_stat_user_tables s on s.relid = c.oid
  where c.relkind = 'r' and c.relnamespace = 'public'::regnamespace
  order by c.relpages desc`;

/** One pass over the tables; answers the statements run. Stops early when `stopped` turns true. */
export async function upkeepPass(client: Client, stopped: () => boolean = () => false): Promise<string[]> {
  const { rows } = await client.query<TableState>(TABLES);
  const done: string[] = [];
  for (const table of rows) {
    if (stopped()) break;
    const { analyze, vacuum } = upkeepOf(table);
    if (!analyze && !vacuum) continue;
    // Each statement is a turn of its own in the queue: requests are answered between two tables.
    const statement = vacuum ? `vacuum${analyze ? ' (analyze)' : ''} ${table.name}` : `analyze ${table.name}`;
    await client.exec(statement);
    done.push(statement);
  }
  return done;
}

/**
 * Brings the statistics up to date now (a database that never had them is unusable under load), then keeps
 * them so every minute in the background. `stop` waits for the statement running, then lets the database
 * close.
 */
export async function startUpkeep(client: Client): Promise<{ stop(): Promise<void> }> {
  let stopped = false;
  // A failure (a full disk, a read-only folder) is told and leaves the database as it was: serving goes on.
  const pass = () =>
    upkeepPass(client, () => stopped).catch((error: Error) =>
      console.error(`Embedded database upkeep failed: ${error.message}`),
    );
  let running = pass();
  await running;
  const timer = setInterval(() => {
    running = running.then(pass);
  }, UPKEEP_INTERVAL_MS);
  // The timer alone must not keep a finished CLI command or test alive.
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
