// The embedded database is one connection, and its queries run on the main thread: each holds every other
// request. This queue decides who goes next. Requests are served in the order they arrived (a page's second
// query goes before a later page's first, so twenty users each wait for the pages ahead of them, not for
// every query of every page), until a request has held the database for LONG_REQUEST_MS; from then on it
// shares the database half and half with the ordinary requests, so one long read or write neither holds
// twenty short pages nor starves. Between two turns the event loop reads new requests first.
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Database time after which a request queues as a long one (an export, an import, a heavy roll-up): more
 * than the heaviest ordinary page takes alone (the admin's dashboard on the 50,000-member demo, 0.1–0.3 s).
 */
export const LONG_REQUEST_MS = 300;

/** One request (or one background task) as the queue sees it. */
interface Turn {
  /** arrival order: smaller goes first */
  ticket: number;
  /** database time used so far (CPU ms of this process while the request held the database) */
  usedMs: number;
}

interface Waiter {
  turn: Turn;
  start: () => void;
}

const turns = new AsyncLocalStorage<Turn>();
let lastTicket = 0;
const newTurn = (): Turn => ({ ticket: ++lastTicket, usedMs: 0 });

const requestTurns = new WeakMap<object, Turn>();

/**
 * Fastify hook for onRequest and again for preValidation (a body is read in another async context, so the
 * handler would lose the turn): the rest of the request runs as one turn, and its queries keep its place in
 * the queue. Database work outside a request (the CLI, tests calling services) gets a turn per query.
 */
export function takeTurnPerRequest(request: object, _reply: unknown, done: () => void): void {
  const turn = requestTurns.get(request) ?? newTurn();
  requestTurns.set(request, turn);
  turns.run(turn, done);
}

export class FairQueue {
  readonly #longRequestMs: number;
  #busy = false;
  #waiting: Waiter[] = [];
  /** database time still owed to ordinary requests after a long one's turn, ms */
  #ordinaryCredit = 0;
  #dispatchScheduled = false;

  constructor(options: { longRequestMs?: number } = {}) {
    this.#longRequestMs = options.longRequestMs ?? LONG_REQUEST_MS;
  }

  /** Runs `work` alone on the database when its turn comes. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const turn = turns.getStore() ?? newTurn();
    if (this.#busy || this.#waiting.length > 0) {
      await new Promise<void>((start) => this.#waiting.push({ turn, start }));
    } else {
      this.#busy = true;
    }
    // CPU time, not the clock: the database runs on this thread, and on a busy machine the clock also counts
    // the time other processes had the cores, which would make every request look long.
    const started = process.cpuUsage();
    try {
      return await work();
    } finally {
      const used = process.cpuUsage(started);
      const ms = (used.user + used.system) / 1000;
      if (this.#isLong(turn)) this.#ordinaryCredit = ms;
      else this.#ordinaryCredit -= ms;
      turn.usedMs += ms;
      this.#release();
    }
  }

  /** Queries waiting for their turn (for tests and figures). */
  get waiting(): number {
    return this.#waiting.length;
  }

  #release(): void {
    if (this.#waiting.length === 0) {
      this.#busy = false;
      return;
    }
    // The next turn starts after the event loop has read the sockets: a request that arrived meanwhile is
    // queued by then, and one waiting longer than the running request's next query is served first.
    if (this.#dispatchScheduled) return;
    this.#dispatchScheduled = true;
    setImmediate(() => {
      this.#dispatchScheduled = false;
      const next = this.#pick();
      if (next) next.start();
      else this.#busy = false;
    });
  }

  #isLong(turn: Turn): boolean {
    return turn.usedMs >= this.#longRequestMs;
  }

  #pick(): Waiter | undefined {
    let ordinary: Waiter | undefined;
    let long: Waiter | undefined;
    for (const waiter of this.#waiting) {
      if (this.#isLong(waiter.turn)) {
        // Long requests share among themselves: the one that has used the least goes first.
        if (!long || waiter.turn.usedMs < long.turn.usedMs) long = waiter;
      } else if (!ordinary || waiter.turn.ticket < ordinary.turn.ticket) {
        ordinary = waiter;
      }
    }
    const next = ordinary && (!long || this.#ordinaryCredit > 0) ? ordinary : long;
    if (next) this.#waiting.splice(this.#waiting.indexOf(next), 1);
    return next;
  }
}

/** The calls that reach the database: each waits for its turn, and a transaction holds it to its end. */
const QUEUED = new Set<PropertyKey>(['query', 'exec', 'sql', 'transaction', 'dumpDataDir', 'close']);

/**
 * The PGlite instance as drizzle and the rest of the server see it (still `instanceof PGlite`), with every
 * query, transaction and the final close taken through the queue. Queries inside a transaction use the
 * transaction's own handle and so run within its turn.
 */
export function queued<T extends object>(client: T, queue: FairQueue = new FairQueue()): T {
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = (value as (...args: unknown[]) => unknown).bind(target);
      if (!QUEUED.has(property)) return method;
      return (...args: unknown[]) => queue.run(async () => method(...args));
    },
  });
}
