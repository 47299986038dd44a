// Slows password guessing on one key (an account, an address) without locking its owner out for long: after
// `maxFailures` wrong passwords, each further try must wait a delay that doubles with every further wrong
// password up to `maxDelayMs`; a right password forgets the key.
//
// The counts live in this process's memory, not in the database, on purpose: recording every wrong
// password would turn each guess into a write, and on the embedded database every write queues the whole
// server behind it, so the guesser would slow everyone down. One process serves a data folder (the
// embedded database is locked to it) and a PostgreSQL install runs one server, so the counts are whole; a
// restart forgets them, which costs a guesser more than it gives (a restart is not theirs to make).

export interface FailureLimits {
  maxFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

interface Entry {
  failures: number;
  /** tries started and not yet finished, so parallel guesses cannot slip past the count */
  inFlight: number;
  blockedUntil: number;
  lastFailureAt: number;
}

/** A quiet day forgets the count: waiting that long gives a guesser fewer tries than the capped delay does. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;
/** Keys kept at most; unknown usernames are counted too (so a 429 does not tell which accounts exist). */
const MAX_KEYS = 100_000;
/** The wait told to a caller whose try must queue behind one already being checked. */
const IN_FLIGHT_WAIT_MS = 1_000;

export class FailureLimiter {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly limits: FailureLimits,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /**
   * Starts a try on every key at once: the milliseconds to wait if any key refuses it (nothing is then
   * started), or 0, after which the caller must call `finish` with the outcome exactly once.
   */
  begin(keys: string[]): number {
    const now = this.now();
    let wait = 0;
    for (const key of keys) wait = Math.max(wait, this.waitFor(this.entries.get(key), now));
    if (wait > 0) return wait;
    for (const key of keys) this.touch(key, now).inFlight += 1;
    return 0;
  }

  /**
   * Ends the tries started by `begin`: 'wrong' counts a wrong password on each key, 'right' forgets the
   * `forget` keys (the account, not a shared address) and 'other' (a refusal for another reason) only
   * releases the keys.
   */
  finish(keys: string[], outcome: 'wrong' | 'right' | 'other', forget: string[] = keys): void {
    const now = this.now();
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (!entry) continue;
      entry.inFlight = Math.max(0, entry.inFlight - 1);
      if (outcome === 'wrong') {
        entry.failures += 1;
        entry.lastFailureAt = now;
        const over = entry.failures - this.limits.maxFailures;
        if (over >= 0) {
          const delay = this.limits.firstDelayMs * 2 ** Math.min(over, 30);
          entry.blockedUntil = now + Math.min(delay, this.limits.maxDelayMs);
        }
        this.touch(key, now);
      } else if (outcome === 'right' && forget.includes(key)) {
        this.entries.delete(key);
      } else if (entry.failures === 0 && entry.inFlight === 0) {
        this.entries.delete(key);
      }
    }
  }

  private waitFor(entry: Entry | undefined, now: number): number {
    if (!entry || this.forgotten(entry, now)) return 0;
    if (now < entry.blockedUntil) return entry.blockedUntil - now;
    // Below the threshold, as many tries may run together as are left; at it, one at a time.
    const left = this.limits.maxFailures - entry.failures - entry.inFlight;
    if (entry.inFlight > 0 && left <= 0) return IN_FLIGHT_WAIT_MS;
    return 0;
  }

  private forgotten(entry: Entry, now: number): boolean {
    return entry.failures > 0 && now - entry.lastFailureAt >= FORGET_AFTER_MS;
  }

  /** The key's entry, moved to the end of the map so that the least recently used keys are dropped first. */
  private touch(key: string, now: number): Entry {
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      if (this.forgotten(entry, now))
        Object.assign(entry, { failures: 0, blockedUntil: 0, lastFailureAt: now });
    } else {
      entry = { failures: 0, inFlight: 0, blockedUntil: 0, lastFailureAt: now };
    }
    this.entries.set(key, entry);
    for (const [oldKey, old] of this.entries) {
      const idle = old.inFlight === 0 && now - old.lastFailureAt >= FORGET_AFTER_MS;
      if (!idle && this.entries.size <= MAX_KEYS) break;
      this.entries.delete(oldKey);
    }
    return entry;
  }

  /** For tests: the keys currently counted. */
  get size(): number {
    return this.entries.size;
  }
}
