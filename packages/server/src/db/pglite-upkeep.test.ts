// The embedded database's upkeep: a table gets statistics and a vacuum when autovacuum would have given them,
// and nothing when it is up to date.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TableState, upkeepOf, upkeepPass } from './pglite-upkeep.ts';

const upToDate: TableState = {
  name: 'members',
  reltuples: 50_000,
  relpages: 2_000,
  relallvisible: 2_000,
  pages: 2_000,
  modified: 0,
  inserted: 0,
  dead: 0,
};

describe('what a table needs', () => {
  it.each([
    ['up to date', {}, { analyze: false, vacuum: false }],
    [
      'never analysed (a fresh demo or import)',
      { reltuples: -1, relpages: 0, relallvisible: 0 },
      { analyze: true, vacuum: true },
    ],
    [
      'grown by a third since (as the catalog shows after a restart): the new pages not yet visible',
      { pages: 2_700 },
      { analyze: true, vacuum: true },
    ],
    ['a tenth of its rows changed in this run', { modified: 5_100 }, { analyze: true, vacuum: false }],
    ['a fifth of its rows dead', { dead: 10_100 }, { analyze: false, vacuum: true }],
    [
      'many rows added (index-only scans need them marked visible)',
      { inserted: 11_100 },
      { analyze: false, vacuum: true },
    ],
    ['most pages not known visible', { relallvisible: 1_000 }, { analyze: false, vacuum: true }],
    ['a few changes', { modified: 400, dead: 100, inserted: 300 }, { analyze: false, vacuum: false }],
  ])('%s', (_label, change, expected) => {
    expect(upkeepOf({ ...upToDate, ...change })).toEqual(expected);
  });
});

describe('an upkeep pass', () => {
  let client: PGlite;
  beforeAll(async () => {
    client = await PGlite.create('memory://');
    await client.exec('create table people (id int primary key, name text)');
    await client.exec(`insert into people select n, 'name ' || n from generate_series(1, 5000) n`);
  });
  afterAll(() => client.close());

  const state = async () =>
    (
      await client.query<{ reltuples: number; relallvisible: number }>(
        `select reltuples::float8 as reltuples, relallvisible from pg_class where relname = 'people'`,
      )
    ).rows[0]!;

  it('analyses and vacuums a table that never was, then leaves it alone', async () => {
    expect((await state()).reltuples).toBe(-1);
    expect(await upkeepPass(client)).toEqual(['vacuum (analyze) people']);
    const after = await state();
    expect(after.reltuples).toBe(5000);
    expect(after.relallvisible).toBeGreaterThan(0);
    const plan = await client.query<{ 'QUERY PLAN': string }>('explain select * from people');
    expect(plan.rows[0]!['QUERY PLAN']).toContain('rows=5000');
    expect(await upkeepPass(client)).toEqual([]);
  });

  it('stops between tables when asked', async () => {
    await client.exec(`insert into people select n, 'name ' || n from generate_series(5001, 12000) n`);
    expect(await upkeepPass(client, () => true)).toEqual([]);
    expect(await upkeepPass(client)).toEqual(['vacuum (analyze) people']);
  });
});
