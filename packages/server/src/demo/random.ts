// A small seeded random generator, so every demo run builds the same tree and the same names.
import { addDays, daysBetween } from '@congdoan/domain';

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** A date 'YYYY-MM-DD' between the two dates, both included. */
  date(from: string, to: string): string;
}

/** mulberry32: tiny, fast and good enough to vary demo data; not for anything secret. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    date: (from, to) => addDays(from, int(0, daysBetween(from, to))),
  };
}

/** A seed from a text, so each province gets its own stream that does not shift when another changes. */
export function seedFromText(text: string): number {
  let hash = 2_166_136_261;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 16_777_619);
  }
  return hash >>> 0;
}

/** The later of two ISO dates. */
export function laterDate(a: string, b: string): string {
  return a > b ? a : b;
}
