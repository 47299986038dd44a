// The report pages' queries as they live in the URL, so a view can be shared: the year of the period list,
// and a period's tab, the unit the roll-up has drilled into, and the status the completeness list shows.
import { COMPLETENESS_FILTERS, type CompletenessFilter } from '@congdoan/domain';

export interface ReportsSearch {
  year?: number;
}

export const PERIOD_TABS = ['own', 'completeness', 'rollup'] as const;
export type PeriodTab = (typeof PERIOD_TABS)[number];

export interface PeriodSearch {
  tab?: PeriodTab;
  /** the unit the roll-up shows (a drill-down); default the server's (the actor's unit or the issuer) */
  unitId?: number;
  /** a status, or notSubmitted (missing, draft or returned) */
  status?: CompletenessFilter;
}

const yearOf = (value: unknown) => {
  const year = Number(value);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
};

export function validateReportsSearch(search: Record<string, unknown>): ReportsSearch {
  return { year: yearOf(search.year) };
}

export function validatePeriodSearch(search: Record<string, unknown>): PeriodSearch {
  const unitId = Number(search.unitId);
  return {
    tab: PERIOD_TABS.find((tab) => tab === search.tab),
    unitId: Number.isInteger(unitId) && unitId > 0 ? unitId : undefined,
    status: COMPLETENESS_FILTERS.find((status) => status === search.status),
  };
}
