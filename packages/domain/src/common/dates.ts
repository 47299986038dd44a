// Calendar dates as ISO strings (YYYY-MM-DD): what the database stores and the API speaks.
import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The dates the platform speaks of: births, admissions, decisions, reports. Outside them a date is a typo (or
 * a probe), and date arithmetic on it would leave what PostgreSQL and JavaScript dates agree on.
 */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2100-12-31';

/** ISO dates compare as text; the value must already be a valid ISO date. */
export const isDateInRange = (value: string): boolean => value >= MIN_DATE && value <= MAX_DATE;

/** A calendar date such as an effective date; validated as a real day between 1900 and 2100. */
export const isoDate = z
  .string()
  .refine(isValidIsoDate, { message: 'error.invalidDate', abort: true })
  .refine(isDateInRange, { message: 'error.dateOutOfRange' })
  .describe('Calendar date, YYYY-MM-DD, 1900-01-01 to 2100-12-31');

/** Today's date in Vietnam (UTC+7), the default "as of" date. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** dd/mm/yyyy, the way dates are written in Vietnamese documents. */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
