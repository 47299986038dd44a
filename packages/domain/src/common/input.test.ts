import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDate } from './dates.ts';
import {
  findUnsafeInput,
  idParam,
  isSafeText,
  MAX_INPUT_DEPTH,
  pageSizeParam,
  queryNumber,
  recordId,
} from './input.ts';

const parsed = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? result.data : 'refused';
};

describe('recordId (a JSON body id)', () => {
  it.each<[unknown, unknown]>([
    [1, 1],
    [12, 12],
    [2_147_483_647, 2_147_483_647],
    [2_147_483_648, 'refused'],
    [2 ** 53, 'refused'],
    [0, 'refused'],
    [-1, 'refused'],
    [1.5, 'refused'],
    [Number.POSITIVE_INFINITY, 'refused'],
    [Number.NaN, 'refused'],
    // never coerced: `newParentId: true` once moved a unit under the national root
    [true, 'refused'],
    ['12', 'refused'],
    ['1e3', 'refused'],
    [null, 'refused'],
    [[12], 'refused'],
    [{}, 'refused'],
  ])('%j → %j', (value, expected) => expect(parsed(recordId, value)).toEqual(expected));
});

describe('idParam (an id in a path or query string)', () => {
  it.each<[unknown, unknown]>([
    ['12', 12],
    ['1', 1],
    ['2147483647', 2_147_483_647],
    [12, 12],
    ['2147483648', 'refused'],
    ['9007199254740992', 'refused'],
    ['99999999999999999999999', 'refused'],
    ['0', 'refused'],
    ['-1', 'refused'],
    ['1.5', 'refused'],
    ['1e3', 'refused'],
    ['0x1', 'refused'],
    [' 12', 'refused'],
    ['12 ', 'refused'],
    ['', 'refused'],
    ['true', 'refused'],
    ['Infinity', 'refused'],
    ['١٢', 'refused'],
    [['1', '2'], 'refused'],
    [true, 'refused'],
  ])('%j → %j', (value, expected) => expect(parsed(idParam, value)).toEqual(expected));

  it('keeps a default for an absent query value', () => {
    expect(parsed(z.object({ page: pageSizeParam(50).default(20) }), {})).toEqual({ page: 20 });
    expect(parsed(z.object({ page: pageSizeParam(50).default(20) }), { page: '51' })).toBe('refused');
  });
});

describe('queryNumber (a decimal in a query string)', () => {
  const ratio = queryNumber(z.number().min(0).max(1));
  it.each<[unknown, unknown]>([
    ['0.5', 0.5],
    ['1', 1],
    ['1.5', 'refused'],
    ['.5', 'refused'],
    ['5e-1', 'refused'],
    ['NaN', 'refused'],
  ])('%j → %j', (value, expected) => expect(parsed(ratio, value)).toEqual(expected));
});

describe('isoDate', () => {
  it.each<[unknown, unknown]>([
    ['2025-07-01', '2025-07-01'],
    ['1900-01-01', '1900-01-01'],
    ['2100-12-31', '2100-12-31'],
    ['1899-12-31', 'refused'],
    ['2101-01-01', 'refused'],
    ['9999-12-31', 'refused'],
    ['0000-01-01', 'refused'],
    ['2024-02-30', 'refused'],
    ['yesterday', 'refused'],
    ['+002024-01-01', 'refused'],
    [20240101, 'refused'],
  ])('%j → %j', (value, expected) => expect(parsed(isoDate, value)).toEqual(expected));

  it('says why a real day is refused', () => {
    const result = isoDate.safeParse('9999-12-31');
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['error.dateOutOfRange']);
    const invalid = isoDate.safeParse('2024-02-30');
    expect(invalid.error?.issues.map((issue) => issue.message)).toEqual(['error.invalidDate']);
  });
});

describe('isSafeText', () => {
  it.each([
    ['Nguyễn Văn An', true],
    ['', true],
    ['emoji 😀 (a surrogate pair)', true],
    ['tab\tand\nnewline', true],
    ['a\u0000b', false],
    ['\u0000', false],
    ['lone high \ud800', false],
    ['lone low \udc00 here', false],
    ['reversed \ude00\ud83d', false],
  ])('%j → %s', (text, ok) => expect(isSafeText(text)).toBe(ok));
});

describe('findUnsafeInput', () => {
  const nested = (depth: number) => {
    let value: unknown = 'leaf';
    for (let level = 0; level < depth; level++) value = [value];
    return value;
  };
  it.each<[string, unknown, unknown]>([
    ['clean input', { name: 'An', items: [{ note: 'ok' }], count: 3 }, null],
    ['nothing', undefined, null],
    ['a NUL in a value', { name: 'An\u0000' }, { path: 'name', reason: 'text' }],
    ['a lone surrogate deep down', { a: [{ b: 'x\ud800' }] }, { path: 'a.0.b', reason: 'text' }],
    ['a NUL in a key', { 'k\u0000': 1 }, { path: 'k\u0000', reason: 'text' }],
    ['a bare string', 'x\u0000', { path: '', reason: 'text' }],
    ['nesting at the limit', nested(MAX_INPUT_DEPTH), null],
    [
      'nesting beyond it',
      nested(MAX_INPUT_DEPTH + 1),
      { path: Array(MAX_INPUT_DEPTH).fill('0').join('.'), reason: 'depth' },
    ],
  ])('%s', (_name, input, expected) => expect(findUnsafeInput(input)).toEqual(expected));

  it('walks hostile nesting without overflowing the stack', () => {
    expect(findUnsafeInput(nested(200_000))?.reason).toBe('depth');
  });
});
