import { describe, expect, it } from 'vitest';
import { type AgeBand, ageBandOf, ageOn, birthDateRangeOfAgeBand } from './age.ts';
import { AGE_BANDS } from './schemas.ts';

describe('ageOn', () => {
  it.each([
    ['1985-08-15', '2024-08-14', 38],
    ['1985-08-15', '2024-08-15', 39],
    ['1985-08-15', '2024-12-31', 39],
    ['2000-01-01', '2000-01-01', 0],
    ['1988-02-29', '2024-02-28', 35],
    ['1988-02-29', '2024-02-29', 36],
    ['1988-02-29', '2023-02-28', 34],
    ['1988-02-29', '2023-03-01', 35],
  ])('born %s, on %s: %d', (dateOfBirth, asOf, expected) => {
    expect(ageOn(dateOfBirth, asOf)).toBe(expected);
  });
});

describe('ageBandOf', () => {
  it.each<[string, string, AgeBand]>([
    ['2000-06-01', '2024-06-01', 'under30'],
    ['1994-06-02', '2024-06-01', 'under30'],
    ['1994-06-01', '2024-06-01', '30to39'],
    ['1984-06-02', '2024-06-01', '30to39'],
    ['1984-06-01', '2024-06-01', '40to49'],
    ['1974-06-02', '2024-06-01', '40to49'],
    ['1974-06-01', '2024-06-01', '50to59'],
    ['1964-06-02', '2024-06-01', '50to59'],
    ['1964-06-01', '2024-06-01', '60plus'],
    ['1940-01-01', '2024-06-01', '60plus'],
    // year-only dates of birth are stored as 1 January
    ['1994-01-01', '2024-01-01', '30to39'],
    ['1994-01-01', '2023-12-31', 'under30'],
  ])('born %s, on %s: %s', (dateOfBirth, asOf, expected) => {
    expect(ageBandOf(dateOfBirth, asOf)).toBe(expected);
  });
});

describe('birthDateRangeOfAgeBand', () => {
  it.each<[AgeBand, string, string | null, string | null]>([
    ['under30', '2024-06-01', '1994-06-02', null],
    ['30to39', '2024-06-01', '1984-06-02', '1994-06-01'],
    ['60plus', '2024-06-01', null, '1964-06-01'],
    ['30to39', '2024-02-29', '1984-03-01', '1994-02-28'],
  ])('%s on %s: born %s … %s', (band, asOf, earliest, latest) => {
    expect(birthDateRangeOfAgeBand(band, asOf)).toEqual({ earliest, latest });
  });

  it.each([['2024-06-01'], ['2024-02-29'], ['2023-02-28'], ['2023-03-01'], ['2025-12-31']])(
    'agrees with ageBandOf for every birthday over 70 years, on %s',
    (asOf) => {
      const start = Date.UTC(Number(asOf.slice(0, 4)) - 70, 0, 1);
      const end = Date.UTC(Number(asOf.slice(0, 4)), 11, 31);
      const ranges = AGE_BANDS.map((band) => [band, birthDateRangeOfAgeBand(band, asOf)] as const);
      const disagreements: string[] = [];
      for (let time = start; time <= end; time += 86_400_000) {
        const dateOfBirth = new Date(time).toISOString().slice(0, 10);
        const inRange = ranges
          .filter(
            ([, r]) => (!r.earliest || dateOfBirth >= r.earliest) && (!r.latest || dateOfBirth <= r.latest),
          )
          .map(([band]) => band);
        if (inRange.length !== 1 || inRange[0] !== ageBandOf(dateOfBirth, asOf))
          disagreements.push(dateOfBirth);
      }
      expect(disagreements).toEqual([]);
    },
  );
});
