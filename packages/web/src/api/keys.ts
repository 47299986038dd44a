// Query keys in one place, so a write can invalidate exactly what it changed.
import type {
  AssessmentOverviewQuery,
  AuditFilter,
  CongressListQuery,
  CongressProgressQuery,
  CorrectionListQuery,
  DashboardQuery,
  ListReportPeriodsQuery,
  ListUnitsFilter,
  ListYearPlansQuery,
  MeetingListQuery,
  MemberListQuery,
  TaskListQuery,
} from '@congdoan/domain';

export const keys = {
  me: ['me'] as const,
  org: ['org'] as const,
  units: (params: ListUnitsFilter) => ['org', 'list', params] as const,
  unit: (id: number, asOf: string) => ['org', 'unit', id, asOf] as const,
  children: (id: number, asOf: string) => ['org', 'children', id, asOf] as const,
  history: (id: number) => ['org', 'history', id] as const,
  stats: (id: number, asOf: string) => ['org', 'stats', id, asOf] as const,
  unitTypes: ['unit-types'] as const,
  clusters: (parentId: number, year: number) => ['clusters', parentId, year] as const,
  audit: (params: AuditFilter) => ['audit', params] as const,
  /** The dashboard reads every feature, so no single write invalidates it; it is fetched again when stale. */
  dashboard: (params: DashboardQuery) => ['dashboard', params] as const,
  users: (params: { unitId?: number; q?: string }) => ['users', params] as const,
  rules: ['rules'] as const,
  members: ['members'] as const,
  memberList: (params: MemberListQuery) => ['members', 'list', params] as const,
  member: (id: number) => ['members', 'detail', id] as const,
  memberCard: (id: number) => ['members', 'card', id] as const,
  memberCards: (unitId: number, ids: number[]) => ['members', 'cards', unitId, ids] as const,
  memberStats: (unitId: number, params: { asOf?: string; from?: string; to?: string }) =>
    ['members', 'stats', unitId, params] as const,
  /** under members: a decided request moves a member, and a member's change may decide nothing else */
  memberRequests: (direction: 'incoming' | 'outgoing') => ['members', 'requests', direction] as const,
  importJob: (id: number) => ['import-job', id] as const,
  cardVerification: (token: string) => ['card-verification', token] as const,
  /** Congresses, their elections and committees: one prefix, since a count or a holding changes them all. */
  congresses: ['congresses'] as const,
  congressList: (params: CongressListQuery) => ['congresses', 'list', params] as const,
  congress: (id: number) => ['congresses', 'detail', id] as const,
  congressPlans: (unitId: number, cycle?: string) => ['congresses', 'plans', unitId, cycle ?? null] as const,
  congressProgress: (params: CongressProgressQuery) => ['congresses', 'progress', params] as const,
  unitTerms: (unitId: number) => ['congresses', 'terms', unitId] as const,
  congressOverview: (unitId: number) => ['congresses', 'overview', unitId] as const,
  elections: (congressId: number) => ['congresses', 'elections', congressId] as const,
  seatRules: (congressId: number) => ['congresses', 'seat-rules', congressId] as const,
  committees: (unitId: number) => ['congresses', 'committees', unitId] as const,
  ruleValue: (key: string, date: string) => ['rules', 'value', key, date] as const,
  /** Committee meetings and the tasks their resolutions set: one prefix, since a write changes both. */
  meetings: ['meetings'] as const,
  meetingList: (params: MeetingListQuery) => ['meetings', 'list', params] as const,
  meeting: (id: number) => ['meetings', 'detail', id] as const,
  tasks: (params: TaskListQuery) => ['meetings', 'tasks', params] as const,
  /** The annual assessment: one prefix, since a unit's sheet changing changes the overviews above it. */
  assessments: ['assessments'] as const,
  assessmentSheet: (year: number) => ['assessments', 'sheet', year] as const,
  assessment: (unitId: number, year: number) => ['assessments', 'unit', unitId, year] as const,
  assessmentOverview: (params: AssessmentOverviewQuery) => ['assessments', 'overview', params] as const,
  /** Year plans and their progress: one prefix, since an achievement changes the progress of a plan. */
  plans: ['plans'] as const,
  planList: (params: ListYearPlansQuery) => ['plans', 'list', params] as const,
  plan: (id: number) => ['plans', 'detail', id] as const,
  planProgress: (id: number, asOf: string) => ['plans', 'progress', id, asOf] as const,
  /** Periodic reports: one prefix, since a save, a review or a reminder changes the period's every view. */
  reports: ['reports'] as const,
  reportForms: ['reports', 'forms'] as const,
  reportPeriods: (params: ListReportPeriodsQuery) => ['reports', 'periods', params] as const,
  reportPeriod: (periodId: number) => ['reports', 'period', periodId] as const,
  report: (periodId: number, unitId: number) => ['reports', 'report', periodId, unitId] as const,
  completeness: (periodId: number, unitId?: number) =>
    ['reports', 'completeness', periodId, unitId ?? null] as const,
  rollup: (periodId: number, unitId?: number) => ['reports', 'rollup', periodId, unitId ?? null] as const,
  /** Personal data: a write (a correction decided, a breach updated) refreshes the whole prefix. */
  privacyRegister: ['privacy', 'register'] as const,
  privacyReads: (params: { memberId?: number; page?: number }) => ['privacy', 'reads', params] as const,
  privacyCorrections: (params: CorrectionListQuery) => ['privacy', 'corrections', params] as const,
  privacyBreaches: ['privacy', 'breaches'] as const,
};
