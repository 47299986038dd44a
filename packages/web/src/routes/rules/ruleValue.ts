// A rule's value written as people read it: "0,5 %", "2.340.000 đ", "2/3", "15/05".
import type { Locale, RuleRow, RuleValue, RuleValueType } from '@congdoan/domain';
import {
  formatFraction,
  formatMoney,
  formatMonthDay,
  formatNumber,
  formatPercent,
} from '../../components/format.ts';

export function formatRuleValue(type: RuleValueType, value: RuleValue, language: Locale): string {
  if (typeof value === 'object') return formatFraction(value);
  if (typeof value === 'string') return type === 'monthDay' ? formatMonthDay(value) : value;
  switch (type) {
    case 'money':
      return formatMoney(value, language);
    case 'percent':
      return formatPercent(value, language);
    default:
      return formatNumber(value, language);
  }
}

/** The row in force on a date: valid from on or before it, and not yet ended (validTo is exclusive). */
export function inForce(rows: RuleRow[], date: string): RuleRow | undefined {
  return rows.find((row) => row.validFrom <= date && (row.validTo === null || date < row.validTo));
}

/** Rows grouped by key, each group newest value first. */
export function groupByKey(rows: RuleRow[]): [string, RuleRow[]][] {
  const groups = new Map<string, RuleRow[]>();
  for (const row of rows) groups.set(row.key, [...(groups.get(row.key) ?? []), row]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, list]) => [key, list.sort((a, b) => b.validFrom.localeCompare(a.validFrom))]);
}
