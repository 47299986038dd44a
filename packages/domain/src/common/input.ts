// What the database can hold, checked at the edge: ids within its 32-bit integer columns, numbers in paths and
// queries written as plain digits (never "1e3", "0x1", " 12" or "true"), and text without NUL or lone UTF-16
// surrogates, which PostgreSQL cannot store. Server and web share these so both refuse the same input.
import { z } from 'zod';

/** The largest value of a PostgreSQL `integer` (and `serial`) column. */
export const MAX_RECORD_ID = 2_147_483_647;

/** A record's id in a JSON body: a JSON number, whole, 1..2^31-1. Never coerced from `true` or `"12"`. */
export const recordId = z.number().int().min(1).max(MAX_RECORD_ID);

const PLAIN_NUMBER = /^[0-9]+(?:\.[0-9]+)?$/u;

/**
 * A number in a path or query string, where everything arrives as text: plain digits (and a decimal point)
 * become a number checked by `schema`; anything else is left as it is, so `schema` refuses it by its type.
 */
export function queryNumber<T extends z.ZodType<number>>(schema: T) {
  const parsed = z.preprocess(
    (value) => (typeof value === 'string' && PLAIN_NUMBER.test(value) ? Number(value) : value),
    schema,
  );
  // Typed as taking a number (or its digits), so a route contract's callers pass ids, not anything.
  return parsed as unknown as z.ZodPipe<z.ZodTransform<number | string, number | string>, T>;
}

/** A record's id in a path or query string: "12", not "12.0", "1e3", "-1" or "2147483648". */
export const idParam = queryNumber(recordId);

/** A page number in a query string. */
export const pageParam = queryNumber(z.number().int().min(1).max(MAX_RECORD_ID));

/** A page size in a query string, up to `max` rows. */
export const pageSizeParam = (max: number) => queryNumber(z.number().int().min(1).max(max));

/** JSON deeper than this is refused: no payload of the platform nests beyond a few levels. */
export const MAX_INPUT_DEPTH = 32;

/** A NUL or an unpaired UTF-16 surrogate half: text PostgreSQL cannot store and no keyboard types. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isSafeText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

export type UnsafeInput = { path: string; reason: 'text' | 'depth' };

/**
 * The first place in parsed input (a JSON body, a query, path parameters) holding unsafe text, in a value or
 * a key, or nesting deeper than MAX_INPUT_DEPTH; null when there is none. Walks without recursion, so hostile
 * nesting cannot overflow the stack.
 */
export function findUnsafeInput(input: unknown): UnsafeInput | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (!isSafeText(value)) return { path: path.join('.'), reason: 'text' };
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_INPUT_DEPTH) return { path: path.join('.'), reason: 'depth' };
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, key];
      if (!isSafeText(key)) return { path: childPath.join('.'), reason: 'text' };
      stack.push({ value: child, path: childPath });
    }
  }
  return null;
}
