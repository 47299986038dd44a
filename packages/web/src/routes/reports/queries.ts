// The report pages' reads, through the typed client, and what a report write refreshes.
import type { CompletenessQuery, ListReportPeriodsQuery } from '@congdoan/domain';
import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keys } from '../../api/keys.ts';

/** Everything a report write may change: the periods, reports, completeness, roll-ups, and the log. */
export async function invalidateReportData(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.reports }),
    queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
    queryClient.invalidateQueries({ queryKey: ['audit'] }),
  ]);
}

/** The periods whose subtree holds the unit (opened by it or above it), and those opened below it. */
export const useReportPeriods = (query: ListReportPeriodsQuery) =>
  useQuery({ queryKey: keys.reportPeriods(query), queryFn: () => api.reports.listPeriods({ query }) });

export const useReportPeriod = (periodId: number) =>
  useQuery({
    queryKey: keys.reportPeriod(periodId),
    queryFn: () => api.reports.getPeriod({ params: { id: periodId } }),
  });

export const useUnitReport = (periodId: number, unitId: number, enabled = true) =>
  useQuery({
    queryKey: keys.report(periodId, unitId),
    queryFn: () => api.reports.getReport({ params: { id: periodId, unitId } }),
    enabled,
  });

/** A page of the completeness list with the counts; the page shown stays while the next one loads. */
export const useCompleteness = (periodId: number, query: CompletenessQuery) =>
  useQuery({
    queryKey: keys.completeness(periodId, query),
    queryFn: () => api.reports.completeness({ params: { id: periodId }, query }),
    placeholderData: keepPreviousData,
  });

export const useRollup = (periodId: number, unitId?: number) =>
  useQuery({
    queryKey: keys.rollup(periodId, unitId),
    queryFn: () => api.reports.rollup({ params: { id: periodId }, query: { unitId } }),
  });
