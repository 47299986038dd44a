// Upkeep that runs when the server starts and then once a day (purges of what is past its retention). The
// timer never keeps the process alive, and a run under way ends before the database closes under it.
import type { FastifyInstance } from 'fastify';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs `task` now and every day after; `task` reports its own failures, so one bad day stops nothing. */
export async function runDaily(app: FastifyInstance, task: () => Promise<void>): Promise<void> {
  await task();
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = task();
  }, DAY_MS);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
