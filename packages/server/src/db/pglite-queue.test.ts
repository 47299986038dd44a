// The embedded database's queue: requests keep their place across their queries, long ones share instead of
// holding everyone, and a transaction still has the database to itself.
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FairQueue, queued, takeTurnPerRequest } from './pglite-queue.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` as one HTTP request does: one turn for all its queries. */
const asRequest = <T>(work: () => Promise<T>) =>
  new Promise<T>((resolve, reject) => takeTurnPerRequest({}, null, () => work().then(resolve, reject)));

/**
 * Keeps this thread busy for `ms` of CPU time, as a query on the embedded database does, letting the event
 * loop turn every millisecond so that other requests can arrive meanwhile.
 */
async function compute(ms: number): Promise<void> {
  const started = process.cpuUsage();
  const spent = () => {
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  while (spent() < ms) {
    const slice = spent() + 1;
    while (spent() < slice) Math.sqrt(Math.random());
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** A request making `queries` queries one after the other, each holding the database `ms`. */
function page(queue: FairQueue, name: string, queries: number, ms: number, seen: string[]) {
  return asRequest(async () => {
    for (let query = 1; query <= queries; query++) {
      await queue.run(async () => {
        seen.push(`${name}${query}`);
        await compute(ms);
      });
    }
  });
}

describe('the embedded database queue', () => {
  let raw: PGlite;
  beforeAll(async () => {
    raw = await PGlite.create('memory://');
  });
  afterAll(async () => {
    if (!raw.closed) await raw.close();
  });

  it('serves a page that arrived first to its end before a later page, query after query', async () => {
    const queue = new FairQueue();
    const seen: string[] = [];
    const first = page(queue, 'a', 3, 5, seen);
    await sleep(1);
    // Without the queue (PGlite's own first-come lock) these would interleave: a1 b1 c1 a2 b2 c2 …
    await Promise.all([first, page(queue, 'b', 3, 5, seen), page(queue, 'c', 3, 5, seen)]);
    expect(seen).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'c1', 'c2', 'c3']);
  });

  it('lets ordinary pages through while a long request runs, and still finishes the long one', async () => {
    const queue = new FairQueue({ longRequestMs: 20 });
    const seen: string[] = [];
    const long = page(queue, 'export', 8, 10, seen);
    await sleep(35);
    const pages = [page(queue, 'p', 2, 2, seen), page(queue, 'q', 2, 2, seen)];
    await Promise.all([long, ...pages]);
    const done = (name: string) => seen.indexOf(name);
    // The two short pages end before the export does, though they arrived after it.
    expect(done('q2')).toBeLessThan(done('export8'));
    expect(done('p2')).toBeLessThan(done('export8'));
    expect(seen.filter((name) => name.startsWith('export'))).toHaveLength(8);
  });

  it('keeps a transaction alone on the database: a query asked meanwhile sees only its commit', async () => {
    const client = queued(raw);
    expect(client).toBeInstanceOf(PGlite);
    const db = drizzle(client);
    await db.execute(sql`create table t (n int)`);
    let countedDuring: number | undefined;
    const writing = db.transaction(async (tx) => {
      await tx.execute(sql`insert into t values (1)`);
      await sleep(20);
      await tx.execute(sql`insert into t values (2)`);
    });
    await sleep(5);
    const counting = db.execute(sql`select count(*)::int as n from t`).then((result) => {
      countedDuring = (result.rows[0] as { n: number }).n;
    });
    await Promise.all([writing, counting]);
    expect(countedDuring).toBe(2);

    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into t values (3)`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const after = await db.execute(sql`select count(*)::int as n from t`);
    expect((after.rows[0] as { n: number }).n).toBe(2);
    await client.close();
    expect(raw.closed).toBe(true);
  });
});
