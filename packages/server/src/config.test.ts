// The database settings as loadConfig reads them from the environment: the read connection goes with a
// PostgreSQL server only.
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

const PRIMARY = 'postgres://app@db-primary:5432/congdoan';
const REPLICA = 'postgres://app@db-replica:5432/congdoan';

describe('database settings', () => {
  it('reads the primary and the read connection', () => {
    const config = loadConfig({ DATABASE_URL: PRIMARY, READ_DATABASE_URL: REPLICA });
    expect(config.databaseUrl).toBe(PRIMARY);
    expect(config.readDatabaseUrl).toBe(REPLICA);
  });

  it('has no read connection when none is set, or when it is set empty', () => {
    expect(loadConfig({ DATABASE_URL: PRIMARY }).readDatabaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: PRIMARY, READ_DATABASE_URL: '' }).readDatabaseUrl).toBeUndefined();
  });

  it('uses the embedded database, with no read connection, when neither is set', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.readDatabaseUrl).toBeUndefined();
  });

  it('refuses a read connection without a PostgreSQL server, naming both settings', () => {
    expect(() => loadConfig({ READ_DATABASE_URL: REPLICA })).toThrow(/READ_DATABASE_URL.*DATABASE_URL/u);
  });
});
