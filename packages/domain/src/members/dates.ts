// Dates as Vietnamese member sheets hold them: Excel dates, dd/mm/yyyy text, ISO text, or a year alone.
import { isValidIsoDate } from '../common/dates.ts';

export type DatePrecision = 'day' | 'year';
export interface FlexibleDate {
  /** 'YYYY-MM-DD'; for a year alone, 1 January of that year */
  date: string;
  precision: DatePrecision;
}

/** Plausible years for anything a member record dates (births, admissions); outside them is a typo. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Excel serial numbers (1900 date system) of 1 January 1910 and 31 December 2100: day 0 is 30 December 1899. */
const MIN_SERIAL = 3654;
const MAX_SERIAL = 73415;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function dayOf(year: number, month: number, day: number): FlexibleDate | null {
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return isValidIsoDate(date) ? { date, precision: 'day' } : null;
}

function yearOf(year: number): FlexibleDate | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  return { date: `${pad(year, 4)}-01-01`, precision: 'year' };
}

/** ExcelJS gives date cells as Date objects at UTC midnight; rounding to the second absorbs float error. */
function fromDate(value: Date): FlexibleDate | null {
  const time = value.getTime();
  if (Number.isNaN(time)) return null;
  const rounded = new Date(Math.round(time / 1000) * 1000);
  return dayOf(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate());
}

function fromNumber(value: number): FlexibleDate | null {
  if (!Number.isFinite(value)) return null;
  if (value >= MIN_YEAR && value <= MAX_YEAR) return yearOf(value);
  if (value < MIN_SERIAL || value >= MAX_SERIAL + 1) return null;
  // A date-time serial keeps its day: the fraction is the time of day.
  return fromDate(new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS));
}

const DAY_MONTH_YEAR = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/u;
const YEAR_MONTH_DAY =
  /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/u;
const IN_WORDS = /^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$/u;
const YEAR = /^(\d{4})$/u;

function fromText(raw: string): FlexibleDate | null {
  const text = raw
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^'/u, '');
  let match = DAY_MONTH_YEAR.exec(text);
  if (match) return dayOf(Number(match[4]), Number(match[3]), Number(match[1]));
  match = YEAR_MONTH_DAY.exec(text);
  if (match) return dayOf(Number(match[1]), Number(match[3]), Number(match[4]));
  match = IN_WORDS.exec(text);
  if (match) return dayOf(Number(match[3]), Number(match[2]), Number(match[1]));
  match = YEAR.exec(text);
  if (match) return yearOf(Number(match[1]));
  return null;
}

/**
 * A calendar date from whatever a sheet or form holds: a Date (ExcelJS date cell, read as its UTC day),
 * an Excel serial number (45292 → 2024-01-01), text 'dd/mm/yyyy' with '/', '-' or '.' and one- or
 * two-digit day and month, 'yyyy-mm-dd' (ISO, time part ignored), 'ngày 15 tháng 8 năm 1985', or a year
 * alone (text or number) → 1 January with precision 'year'. Day first is the Vietnamese order and is
 * never swapped: '08/15/1985' is null. Two-digit years, month-year, impossible days and years outside
 * 1900–2100 are null too, so that nothing is guessed.
 */
export function parseFlexibleDate(raw: unknown): FlexibleDate | null {
  if (raw instanceof Date) return fromDate(raw);
  if (typeof raw === 'number') return fromNumber(raw);
  if (typeof raw === 'string') return fromText(raw);
  return null;
}
