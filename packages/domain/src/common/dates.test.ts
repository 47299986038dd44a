import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  endOfMonth,
  formatDateVi,
  isValidIsoDate,
  todayInVietnam,
  wholeMonthsBetween,
} from './dates.ts';

describe('isValidIsoDate', () => {
  it.each([
    ['2025-07-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['01/07/2025', false],
    ['2025-7-1', false],
  ])('%s → %s', (value, ok) => expect(isValidIsoDate(value)).toBe(ok));
});

describe('dates', () => {
  it('today is counted in Vietnam time', () => {
    expect(todayInVietnam(new Date('2025-06-30T18:00:00Z'))).toBe('2025-07-01');
    expect(todayInVietnam(new Date('2025-06-30T16:00:00Z'))).toBe('2025-06-30');
  });
  it('formats dd/mm/yyyy', () => expect(formatDateVi('2025-07-01')).toBe('01/07/2025'));
});

describe('date arithmetic', () => {
  it.each([
    ['2025-07-01', 1, '2025-07-02'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-06-30', 365, '2026-06-30'],
    ['2025-06-30', 0, '2025-06-30'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it.each([
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2025-01-15', 12, '2026-01-15'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2023-07-10', 60, '2028-07-10'],
  ])('%s plus %i months is %s', (date, months, expected) => expect(addMonths(date, months)).toBe(expected));

  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2025-07-01', -18, '2007-07-01'],
  ])('%s plus %i years is %s', (date, years, expected) => expect(addYears(date, years)).toBe(expected));

  it.each([
    ['2025-02-10', '2025-02-28'],
    ['2024-02-01', '2024-02-29'],
    ['2025-12-31', '2025-12-31'],
  ])('the month of %s ends on %s', (date, expected) => expect(endOfMonth(date)).toBe(expected));

  it.each([
    ['2023-07-10', '2028-07-10', 60],
    ['2023-07-10', '2028-07-09', 59],
    ['2028-07-10', '2023-07-10', -60],
    ['2028-07-10', '2023-07-11', -59],
    ['2025-01-31', '2025-02-28', 1],
    ['2025-01-31', '2025-02-27', 0],
  ])('from %s to %s is %i whole months', (from, to, expected) =>
    expect(wholeMonthsBetween(from, to)).toBe(expected),
  );
});
