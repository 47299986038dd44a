// Age bands of the member statistics, counted in completed years on a given date.
import { addDays, addYears } from '../common/dates.ts';
import type { AGE_BANDS } from './schemas.ts';

export type AgeBand = (typeof AGE_BANDS)[number];

/** Completed years between a date of birth and a date, both 'YYYY-MM-DD' (a 29 February birthday counts on 1 March). */
export function ageOn(dateOfBirth: string, asOf: string): number {
  const years = Number(asOf.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return asOf.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** The band of a member's age on `asOf`: under 30, 30–39, 40–49, 50–59, 60 and over. */
export function ageBandOf(dateOfBirth: string, asOf: string): AgeBand {
  const age = ageOn(dateOfBirth, asOf);
  if (age < 30) return 'under30';
  if (age < 40) return '30to39';
  if (age < 50) return '40to49';
  if (age < 60) return '50to59';
  return '60plus';
}

const BAND_YEARS: Record<AgeBand, [number, number | null]> = {
  under30: [0, 29],
  '30to39': [30, 39],
  '40to49': [40, 49],
  '50to59': [50, 59],
  '60plus': [60, null],
};

/**
 * The dates of birth (inclusive bounds, null = open) of the members in `band` on `asOf`, so that a
 * list query can filter by age band with a plain range on the indexed date of birth column.
 */
export function birthDateRangeOfAgeBand(
  band: AgeBand,
  asOf: string,
): { earliest: string | null; latest: string | null } {
  const [youngest, oldest] = BAND_YEARS[band];
  return {
    earliest: oldest === null ? null : addDays(addYears(asOf, -(oldest + 1)), 1),
    latest: youngest === 0 ? null : addYears(asOf, -youngest),
  };
}
