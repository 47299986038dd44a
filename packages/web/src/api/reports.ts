// Periodic reports (báo cáo định kỳ): the report forms, the periods a unit opens for its subtree, each unit's
// report with its review by the level above, the completeness of a subtree with reminders, and the roll-up.
import type {
  ReminderBody,
  ReportCompleteness,
  ReportForm,
  ReportFormDefinition,
  ReportPeriod,
  ReportPeriodPatch,
  ReportRollup,
  ReturnReportBody,
  reportPeriodBody,
  UnitReport,
  unitReportBody,
} from '@congdoan/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { get, patch, post, put, withQuery } from './client.ts';

export type { ReportCompleteness, ReportForm, ReportPeriod, ReportRollup, UnitReport };
export type ReportPeriodInput = z.input<typeof reportPeriodBody>;
export type UnitReportInput = z.input<typeof unitReportBody>;
export type CompletenessRow = ReportCompleteness['units'][number];
export type RollupChildRow = ReportRollup['children'][number];

export interface ReportPeriodListParams {
  unitId?: number;
  year?: number;
}

const periodPath = (periodId: number) => `/report-periods/${periodId}`;
const reportPath = (periodId: number, unitId: number) => `${periodPath(periodId)}/reports/${unitId}`;

export const reportsApi = {
  forms: () => get<ReportForm[]>('/report-forms'),
  createForm: (body: ReportFormDefinition) => post<ReportForm>('/report-forms', body),
  patchForm: (id: number, body: Partial<ReportFormDefinition>) =>
    patch<ReportForm>(`/report-forms/${id}`, body),
  /** Periods whose subtree holds the unit (opened by it or above it), and those opened below it. */
  periods: (params: ReportPeriodListParams) => get<ReportPeriod[]>('/report-periods', { ...params }),
  period: (periodId: number) => get<ReportPeriod>(periodPath(periodId)),
  openPeriod: (body: ReportPeriodInput) => post<ReportPeriod>('/report-periods', body),
  patchPeriod: (periodId: number, body: ReportPeriodPatch) => patch<ReportPeriod>(periodPath(periodId), body),
  report: (periodId: number, unitId: number) => get<UnitReport>(reportPath(periodId, unitId)),
  save: (periodId: number, unitId: number, body: UnitReportInput) =>
    put<UnitReport>(reportPath(periodId, unitId), body),
  submit: (periodId: number, unitId: number) => post<UnitReport>(`${reportPath(periodId, unitId)}/submit`),
  approve: (periodId: number, unitId: number) => post<UnitReport>(`${reportPath(periodId, unitId)}/approve`),
  returnReport: (periodId: number, unitId: number, comment: string) =>
    post<UnitReport>(`${reportPath(periodId, unitId)}/return`, { comment } satisfies ReturnReportBody),
  completeness: (periodId: number, unitId?: number) =>
    get<ReportCompleteness>(`${periodPath(periodId)}/completeness`, { unitId }),
  remind: (periodId: number, body: ReminderBody) =>
    post<{ reminded: number }>(`${periodPath(periodId)}/reminders`, body),
  rollup: (periodId: number, unitId?: number) =>
    get<ReportRollup>(`${periodPath(periodId)}/rollup`, { unitId }),
  /** The downloads name their language, since a link sends the browser's Accept-Language, not the app's. */
  docxUrl: (periodId: number, unitId: number, lang: string) =>
    withQuery(`/api${reportPath(periodId, unitId)}/report.docx`, { lang }),
  rollupXlsxUrl: (periodId: number, unitId: number | undefined, lang: string) =>
    withQuery(`/api${periodPath(periodId)}/rollup.xlsx`, { unitId, lang }),
};

/** Query keys under one prefix: a save, a review or a reminder changes the period's every view. */
export const reportKeys = {
  all: ['reports'] as const,
  forms: ['reports', 'forms'] as const,
  periods: (params: ReportPeriodListParams) => ['reports', 'periods', params] as const,
  period: (periodId: number) => ['reports', 'period', periodId] as const,
  report: (periodId: number, unitId: number) => ['reports', 'report', periodId, unitId] as const,
  completeness: (periodId: number, unitId?: number) =>
    ['reports', 'completeness', periodId, unitId ?? null] as const,
  rollup: (periodId: number, unitId?: number) => ['reports', 'rollup', periodId, unitId ?? null] as const,
};

/** Everything a report write may change: the periods, reports, completeness, roll-ups, and the log. */
export async function invalidateReportData(queryClient: ReturnType<typeof useQueryClient>) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: reportKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['dashboard'] }),
    queryClient.invalidateQueries({ queryKey: ['audit'] }),
  ]);
}

export const useReportForms = () =>
  useQuery({ queryKey: reportKeys.forms, queryFn: reportsApi.forms, staleTime: 10 * 60_000 });

export const useReportPeriods = (params: ReportPeriodListParams) =>
  useQuery({ queryKey: reportKeys.periods(params), queryFn: () => reportsApi.periods(params) });

export const useReportPeriod = (periodId: number) =>
  useQuery({ queryKey: reportKeys.period(periodId), queryFn: () => reportsApi.period(periodId) });

export const useUnitReport = (periodId: number, unitId: number) =>
  useQuery({
    queryKey: reportKeys.report(periodId, unitId),
    queryFn: () => reportsApi.report(periodId, unitId),
  });

export const useCompleteness = (periodId: number, unitId?: number, enabled = true) =>
  useQuery({
    queryKey: reportKeys.completeness(periodId, unitId),
    queryFn: () => reportsApi.completeness(periodId, unitId),
    enabled,
  });

export const useRollup = (periodId: number, unitId?: number) =>
  useQuery({
    queryKey: reportKeys.rollup(periodId, unitId),
    queryFn: () => reportsApi.rollup(periodId, unitId),
  });

/** A write that refreshes every report view once it lands. */
function useReportMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => invalidateReportData(queryClient),
  });
}

export const useCreateReportForm = () => useReportMutation(reportsApi.createForm);
export const usePatchReportForm = () =>
  useReportMutation((args: { id: number; body: Partial<ReportFormDefinition> }) =>
    reportsApi.patchForm(args.id, args.body),
  );
export const useOpenPeriod = () => useReportMutation(reportsApi.openPeriod);
export const usePatchPeriod = () =>
  useReportMutation((args: { periodId: number; body: ReportPeriodPatch }) =>
    reportsApi.patchPeriod(args.periodId, args.body),
  );
export const useSaveReport = (periodId: number, unitId: number) =>
  useReportMutation((body: UnitReportInput) => reportsApi.save(periodId, unitId, body));
export const useSubmitReport = (periodId: number, unitId: number) =>
  useReportMutation(() => reportsApi.submit(periodId, unitId));
export const useApproveReport = (periodId: number, unitId: number) =>
  useReportMutation(() => reportsApi.approve(periodId, unitId));
export const useReturnReport = (periodId: number, unitId: number) =>
  useReportMutation((comment: string) => reportsApi.returnReport(periodId, unitId, comment));
export const useRemind = (periodId: number) =>
  useReportMutation((body: ReminderBody) => reportsApi.remind(periodId, body));
