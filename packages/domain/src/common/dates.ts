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

/**
 * Date arithmetic on ISO dates, in UTC so that no time zone moves a day. These few lines are the platform's
 * only copy: domain stays free of dependencies, and a calendar library would work on Date objects in the
 * runtime's zone, which is what these helpers avoid.
 */
const DAY_MS = 86_400_000;
const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** The ISO date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** The last day of the date's month. */
export function endOfMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 8)}${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

/**
 * The ISO date `months` calendar months after `date` (before, when negative), clamped to the last day of a
 * shorter month: 31 August plus six months is the last day of February.
 */
export function addMonths(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const month = `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}-01`;
  const last = endOfMonth(month);
  const day = date.slice(8, 10);
  return day > last.slice(8, 10) ? last : `${month.slice(0, 8)}${day}`;
}

/** The same day `years` later (earlier, when negative); 29 February becomes the 28th in a common year. */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** Whole calendar months from `from` to `to`, towards zero (negative when `to` is earlier). */
export function wholeMonthsBetween(from: string, to: string): number {
  const sign = to >= from ? 1 : -1;
  const [a, b] = sign > 0 ? [from, to] : [to, from];
  let months =
    (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
  if (addMonths(a, months) > b) months--;
  return sign * months;
}

/** dd/mm/yyyy, the way dates are written in Vietnamese documents. */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
