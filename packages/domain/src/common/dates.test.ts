import { describe, expect, it } from 'vitest';
import { formatDateVi, isValidIsoDate, todayInVietnam } from './dates.ts';

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
