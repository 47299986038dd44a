import { describe, expect, it } from 'vitest';
import { parseFlexibleDate } from './dates.ts';

const day = (date: string) => ({ date, precision: 'day' });
const year = (date: string) => ({ date, precision: 'year' });

describe('parseFlexibleDate: text', () => {
  it.each([
    ['15/08/1985', day('1985-08-15')],
    ['5/8/1985', day('1985-08-05')],
    ['05/8/1985', day('1985-08-05')],
    ['15-08-1985', day('1985-08-15')],
    ['15.08.1985', day('1985-08-15')],
    [' 15/08/1985 ', day('1985-08-15')],
    ['15 / 08 / 1985', day('1985-08-15')],
    ["'15/08/1985", day('1985-08-15')],
    ['13/12/1999', day('1999-12-13')],
    ['29/02/2000', day('2000-02-29')],
    ['01/01/2024', day('2024-01-01')],
    ['31/12/1969', day('1969-12-31')],
    ['1985-08-15', day('1985-08-15')],
    ['1985-8-5', day('1985-08-05')],
    ['1985/08/15', day('1985-08-15')],
    ['1985-08-15T00:00:00.000Z', day('1985-08-15')],
    ['1985-08-15 00:00:00', day('1985-08-15')],
    ['ngày 15 tháng 8 năm 1985', day('1985-08-15')],
    ['15 tháng 08 năm 1985', day('1985-08-15')],
    ['1985', year('1985-01-01')],
    [' 1962 ', year('1962-01-01')],
    ['2005', year('2005-01-01')],
  ])('%j → %j', (input, expected) => {
    expect(parseFlexibleDate(input)).toEqual(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['31/02/2000', 'no 31 February'],
    ['29/02/2001', 'not a leap year'],
    ['31/04/1990', 'April has 30 days'],
    ['00/01/1990', 'day zero'],
    ['08/15/1985', 'month first (US order) is never guessed'],
    ['12/31/1999', 'month first'],
    ['15/08/85', 'two-digit year'],
    ['5/8/85', 'two-digit year'],
    ['08/1985', 'month and year'],
    ['8/1985', 'month and year'],
    ['15/08-1985', 'mixed separators'],
    ['15081985', 'no separators'],
    ['1985-02-30', 'invalid ISO day'],
    ['1985-13-01', 'invalid ISO month'],
    ['15/08/1885', 'year before 1900'],
    ['15/08/2185', 'year after 2100'],
    ['1850', 'year before 1900'],
    ['19855', 'five digits'],
    ['45292', 'a serial number as text is not guessed'],
    ['không rõ', 'words'],
    ['15/08/1985 (?)', 'trailing junk'],
  ])('%j (%s) → null', (input) => {
    expect(parseFlexibleDate(input)).toBeNull();
  });
});

describe('parseFlexibleDate: Excel cells', () => {
  it.each([
    [new Date(Date.UTC(1985, 7, 15)), day('1985-08-15')],
    [new Date(Date.UTC(2024, 0, 1)), day('2024-01-01')],
    // ExcelJS date cells are UTC midnight: the day must not shift by the machine's time zone.
    [new Date('1990-03-01T00:00:00.000Z'), day('1990-03-01')],
    // A float error a hair before midnight still belongs to the day it was typed as.
    [new Date(Date.UTC(1985, 7, 15) - 1), day('1985-08-15')],
    [new Date(Date.UTC(1985, 7, 15, 13, 30)), day('1985-08-15')],
  ])('Date %s → %j', (input, expected) => {
    expect(parseFlexibleDate(input)).toEqual(expected);
  });

  it.each([
    [45292, day('2024-01-01')],
    [31274, day('1985-08-15')],
    [25569, day('1970-01-01')],
    [36586, day('2000-03-01')],
    [36585, day('2000-02-29')],
    [45292.75, day('2024-01-01')],
    [3654, day('1910-01-01')],
    [73415, day('2100-12-31')],
  ])('serial %d → %j', (input, expected) => {
    expect(parseFlexibleDate(input)).toEqual(expected);
  });

  it.each([
    [1985, year('1985-01-01')],
    [1940, year('1940-01-01')],
    [2015, year('2015-01-01')],
    [1900, year('1900-01-01')],
  ])('year number %d → %j', (input, expected) => {
    expect(parseFlexibleDate(input)).toEqual(expected);
  });

  it.each([
    [0, 'serial 0'],
    [-1, 'negative'],
    [61, 'serial in 1900 (the Excel leap-year bug zone)'],
    [1985.5, 'fractional year'],
    [3653, 'serial before 1910'],
    [73416, 'serial after 2100'],
    [1e12, 'huge'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [new Date('not a date'), 'invalid Date'],
    [new Date(Date.UTC(1850, 0, 1)), 'Date before 1900'],
    [null, 'null'],
    [undefined, 'undefined'],
    [true, 'boolean'],
    [{ text: '15/08/1985' }, 'object'],
  ])('%s (%s) → null', (input: unknown, _reason: string) => {
    expect(parseFlexibleDate(input)).toBeNull();
  });
});
