// Words and helpers shared by the plan pages: an indicator's name, how its values are written and typed in
// (a share is kept as a fraction and shown as %, money as đồng), and what a plan write may change.
import {
  indicatorName as catalogueIndicatorName,
  findIndicator,
  INDICATORS,
  type Locale,
} from '@congdoan/domain';
import type { useQueryClient } from '@tanstack/react-query';
import { keys } from '../../api/keys.ts';
import { formatMoney, formatNumber, formatPercent } from '../../components/format.ts';
import { currentLanguage } from '../../i18n/index.ts';

/** An indicator's name in the UI's language, from the shared catalogue; the code itself when unknown. */
export function indicatorName(code: string): string {
  return catalogueIndicatorName(code, currentLanguage());
}

/** The indicators a target can be set on, by name, for a searchable select. */
export function indicatorOptions(): { value: string; label: string }[] {
  return INDICATORS.map((indicator) => ({ value: indicator.code, label: indicatorName(indicator.code) }));
}

/** A stored value as the user reads it: 0.95 → "95 %", money → "2.340.000 đ", counts as numbers. */
export function formatIndicatorValue(
  code: string,
  value: number | null | undefined,
  language: Locale,
): string {
  if (value === null || value === undefined) return '—';
  const measure = findIndicator(code)?.measure;
  if (measure === 'percent') return formatPercent(Math.round(value * 10000) / 100, language);
  if (measure === 'dong') return formatMoney(value, language);
  return formatNumber(value, language);
}

/** What the user types (a percentage for a share) to the stored value (the fraction). */
export function fromInput(code: string, typed: number): number {
  return findIndicator(code)?.measure === 'percent' ? Math.round(typed * 100) / 10000 : typed;
}

/** Whole people, things and đồng; a percentage may have decimals. */
export function allowsDecimals(code: string): boolean {
  return findIndicator(code)?.measure === 'percent';
}

/** The server's achieved/assigned as a whole percent (may pass 100); null when there is nothing to measure. */
export function completion(ratio: number | null): number | null {
  return ratio === null ? null : Math.round(ratio * 100);
}

/** Everything a plan write may change: the plans, their progress, the log. */
export async function invalidatePlanData(queryClient: ReturnType<typeof useQueryClient>) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.plans }),
    queryClient.invalidateQueries({ queryKey: ['audit'] }),
  ]);
}

/** The separators of a number field, as numbers are written in the language. */
export function numberSeparators(language: Locale): { thousandSeparator: string; decimalSeparator: string } {
  return language === 'vi'
    ? { thousandSeparator: '.', decimalSeparator: ',' }
    : { thousandSeparator: ',', decimalSeparator: '.' };
}
