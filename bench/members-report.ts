// Timing and printing for the members benchmark: p50/p95 over repeated or distinct queries, sizes, memory.
import { type Db, queryRows, sql } from '../packages/server/src/db/client.ts';

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const millis = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
export const count = (n: number) => Math.round(n).toLocaleString('en-US');
export const rss = () => `${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB`;

export async function timed<T>(run: () => Promise<T>): Promise<[Awaited<T>, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}

function percentiles(times: number[]): { p50: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95) };
}

function line(label: string, times: number[], note: string): void {
  const { p50, p95 } = percentiles(times);
  console.log(
    `  ${label.padEnd(62)} p50 ${millis(p50).padStart(10)}  p95 ${millis(p95).padStart(10)}  (${note})`,
  );
}

/** Runs `query` `runs` times after one warm-up and prints p50/p95 with a note on the last answer. */
export async function measure<T>(
  label: string,
  runs: number,
  query: (run: number) => Promise<T>,
  note: (result: T) => string,
): Promise<void> {
  let last = await query(0);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const [result, ms] = await timed(() => query(run));
    times.push(ms);
    last = result;
  }
  line(label, times, `${runs} runs; ${note(last)}`);
}

/**
 * Runs `query` once per input (after warming up on the first two) and prints p50/p95 over the inputs, with
 * the slowest input and what it found.
 */
export async function measureEach<T>(
  label: string,
  inputs: readonly string[],
  query: (input: string) => Promise<T>,
  size: (result: T) => number,
): Promise<void> {
  for (const input of inputs.slice(0, 2)) await query(input);
  const runs: { input: string; ms: number; found: number }[] = [];
  for (const input of inputs) {
    const [result, ms] = await timed(() => query(input));
    runs.push({ input, ms, found: size(result) });
  }
  const { p50: median } = percentiles(runs.map((run) => run.found));
  const slowest = runs.reduce((a, b) => (b.ms > a.ms ? b : a));
  line(
    label,
    runs.map((run) => run.ms),
    `${inputs.length} queries; median ${count(median)} matches; slowest "${slowest.input}" ` +
      `${millis(slowest.ms)} for ${count(slowest.found)}`,
  );
}

/** Database, member table and period table sizes, and the process's memory. */
export async function printSizes(db: Db, label: string): Promise<void> {
  const [size] = await queryRows<{ database: number; members: number; periods: number; rows: number }>(
    db,
    sql`select (pg_database_size(current_database()) / 1048576)::int as database,
          (pg_total_relation_size('members') / 1048576)::int as members,
          (pg_total_relation_size('memberships') / 1048576)::int as periods,
          (select count(*)::int from memberships) as rows`,
  );
  console.log(
    `  ${label}: database ${count(size?.database ?? 0)} MB (members ${count(size?.members ?? 0)} MB with indexes, ` +
      `memberships ${count(size?.periods ?? 0)} MB for ${count(size?.rows ?? 0)} periods); process RSS ${rss()}`,
  );
}
