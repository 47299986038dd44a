// Day arithmetic for the member generator, which moves dates hundreds of thousands of times: ISO dates are
// turned into day numbers and back through caches instead of Date objects.
import type { Random } from './random.ts';

const MS_PER_DAY = 86_400_000;
const numbers = new Map<string, number>();
const dates = new Map<number, string>();

function dayNumber(date: string): number {
  let day = numbers.get(date);
  if (day === undefined) {
    day = Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
    numbers.set(date, day);
  }
  return day;
}

function dateOf(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    dates.set(day, date);
  }
  return date;
}

export function shiftDays(date: string, days: number): string {
  return dateOf(dayNumber(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** A day between the two, both included. */
export function randomDay(random: Random, from: string, to: string): string {
  return shiftDays(from, random.int(0, daysBetween(from, to)));
}
