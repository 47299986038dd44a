// The embedded database's own client behind drizzle, for what only PGlite offers: its data folder and a dump
// of it. Null on PostgreSQL.
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from './client.ts';

export function embeddedClient(database: Database): PGlite | null {
  if (database.kind !== 'pglite') return null;
  return (database.db as unknown as { $client: PGlite }).$client;
}

/** The folder the embedded database lives in; null for an in-memory one or PostgreSQL. */
export function embeddedDataDir(database: Database): string | null {
  const dataDir = embeddedClient(database)?.dataDir;
  return dataDir && !dataDir.startsWith('memory://') ? dataDir : null;
}
