// Upkeep that runs when the server starts and then once a day (purges of what is past its retention). The
// first run starts once the server is ready and runs beside it: on a big database a purge can take longer
// than a plugin may take to register (Fastify's 10 s), and the server must not fail to start over upkeep.
// The timer never keeps the process alive, and a run under way ends before the database closes under it.
import type { FastifyInstance } from 'fastify';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The runs under way per server (every plugin of one app shares its `server`), for upkeepSettled. */
const underWay = new WeakMap<object, Set<Promise<void>>>();

/** Resolves when the upkeep runs started so far on this app have ended (tests that check their effect). */
export async function upkeepSettled(app: FastifyInstance): Promise<void> {
  await Promise.all([...(underWay.get(app.server) ?? [])]);
}

/** Runs `task` once the server is ready and every day after; `task` reports its own failures. */
export async function runDaily(app: FastifyInstance, task: () => Promise<void>): Promise<void> {
  let running: Promise<void> = Promise.resolve();
  let closing = false;
  const run = () => {
    if (closing) return;
    running = running.then(task).catch((error: unknown) => app.log.error(error, 'upkeep failed'));
    const runs = underWay.get(app.server) ?? new Set();
    underWay.set(app.server, runs);
    const settled = running;
    runs.add(settled);
    void settled.finally(() => runs.delete(settled));
  };
  app.addHook('onReady', async () => {
    run();
  });
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  app.addHook('onClose', async () => {
    closing = true;
    clearInterval(timer);
    await running;
  });
}
