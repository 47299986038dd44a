// How numbers, money, percentages, dates and lists are written: dd/mm/yyyy, "." thousands in Vietnamese.
// Words come from the catalogs (the currency) or from Intl (list conjunctions), never from here.
import { formatDateVi, type Locale } from '@congdoan/domain';
import dayjs from 'dayjs';
import i18n from 'i18next';

const numberLocale = (language: Locale) => (language === 'vi' ? 'vi-VN' : 'en-GB');

/** A calendar date 'YYYY-MM-DD' as dd/mm/yyyy (the same in both languages, as in official documents). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return formatDateVi(iso.slice(0, 10));
}

/** A timestamp as dd/mm/yyyy HH:mm in the browser's time zone. */
export function formatDateTime(timestamp: string | null | undefined): string {
  if (!timestamp) return '';
  const value = dayjs(timestamp);
  return value.isValid() ? value.format('DD/MM/YYYY HH:mm') : timestamp;
}

export function formatNumber(value: number, language: Locale): string {
  return new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 4 }).format(value);
}

/** Money is an integer number of đồng: "2.340.000 đ" in Vietnamese, "2,340,000 VND" in English. */
export function formatMoney(value: number, language: Locale): string {
  const amount = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 0 }).format(value);
  return i18n.t('common.money', { lng: language, amount });
}

/** A percentage kept as its number of percent: 0.5 → "0,5 %". */
export function formatPercent(value: number, language: Locale): string {
  return `${formatNumber(value, language)} %`;
}

export function formatFraction(value: { numerator: number; denominator: number }): string {
  return `${value.numerator}/${value.denominator}`;
}

/** A day of the year 'MM-DD' as dd/mm. */
export function formatMonthDay(value: string): string {
  const [month, day] = value.split('-');
  return `${day}/${month}`;
}

/** A list of names joined for a sentence: "A, B và C" / "A, B and C". */
export function joinNames(names: string[], language: Locale): string {
  return new Intl.ListFormat(numberLocale(language), { type: 'conjunction' }).format(names);
}
