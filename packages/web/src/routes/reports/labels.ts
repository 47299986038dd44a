// Words and colours shared by the report pages: statuses, where a line comes from, the period's kind, and
// who reports (tier 1–3 below the unit that opened the period).
import {
  type CompletenessStatus,
  DEFAULT_UNIT_TYPES,
  type Locale,
  type ReportLineSource,
  type ReportPeriodKind,
  type UnitTypeCode,
} from '@congdoan/domain';
import type { TFunction } from 'i18next';
import { formatIndicatorValue } from '../plans/labels.ts';

export type AnyReportStatus = CompletenessStatus;

/** approved green, submitted blue, returned orange, draft gray, missing red. */
export const STATUS_COLORS: Record<AnyReportStatus, string> = {
  approved: 'green',
  submitted: 'blue',
  returned: 'orange',
  draft: 'gray',
  missing: 'red',
};

export const statusLabel = (t: TFunction, status: AnyReportStatus) => t(`reports.status.${status}`);

export const SOURCE_COLORS: Record<ReportLineSource, string> = {
  computed: 'teal',
  rolledUp: 'grape',
  entered: 'blue',
  ratio: 'gray',
};

export const sourceLabel = (t: TFunction, source: ReportLineSource) => t(`reports.source.${source}`);

/** Late: submitted after the due date ("nộp muộn"), or not submitted and past it ("quá hạn"). */
export const lateLabel = (t: TFunction, submitted: boolean) =>
  submitted ? t('reports.late') : t('reports.overdue');

export const kindLabel = (t: TFunction, kind: ReportPeriodKind) => t(`reports.kind.${kind}`);

/** The level of a unit type: 0 national, 1 provincial, 2 superior, 3 grassroots, 4+ inside one. */
export function tierOf(type: UnitTypeCode): number {
  return DEFAULT_UNIT_TYPES.find((config) => config.code === type)?.tier ?? 5;
}

/** Units that have reporting units below them: they see completeness and open periods. */
export const isSuperior = (type: UnitTypeCode) => tierOf(type) <= 2;

/** A change in a figure from last year, signed: "+12", "−3", "—" when either is missing. */
export function formatChange(
  code: string,
  value: number | null | undefined,
  lastYear: number | null | undefined,
  language: Locale,
): string {
  if (value == null || lastYear == null) return '—';
  const change = value - lastYear;
  if (change === 0) return '0';
  return `${change > 0 ? '+' : '−'}${formatIndicatorValue(code, Math.abs(change), language)}`;
}

/** The catalog's sections, in print order (RULES.md §6): lines are shown under these headings. */
const GROUPS: readonly (readonly [string, readonly string[]])[] = [
  [
    'members',
    [
      'WORKERS',
      'WOMEN_WORKERS',
      'MEMBERS',
      'WOMEN_MEMBERS',
      'NEW_MEMBERS',
      'MEMBERS_LEAVING',
      'MEMBERSHIP_RATE',
      'WOMEN_MEMBER_SHARE',
    ],
  ],
  [
    'grassroots',
    [
      'GRASSROOTS_UNIONS',
      'NEW_GRASSROOTS_UNIONS',
      'DISSOLVED_GRASSROOTS_UNIONS',
      'EMPLOYERS_WITHOUT_UNION',
      'GRASSROOTS_ASSESSED',
      'GRASSROOTS_GOOD_OR_BETTER',
      'GRASSROOTS_GOOD_SHARE',
    ],
  ],
  [
    'wages',
    [
      'MONTHLY_WAGE_BILL',
      'AVERAGE_MONTHLY_WAGE',
      'WAGE_ARREARS',
      'WORKERS_OWED_WAGES',
      'EMPLOYERS_OWING_WAGES',
    ],
  ],
  [
    'socialInsurance',
    [
      'WORKERS_WITH_SOCIAL_INSURANCE',
      'SOCIAL_INSURANCE_COVERAGE',
      'SOCIAL_INSURANCE_ARREARS',
      'EMPLOYERS_OWING_SOCIAL_INSURANCE',
    ],
  ],
  [
    'agreements',
    [
      'COLLECTIVE_AGREEMENTS',
      'NEW_COLLECTIVE_AGREEMENTS',
      'WORKERS_COVERED_BY_AGREEMENTS',
      'AGREEMENT_COVERAGE',
    ],
  ],
  ['dialogue', ['PERIODIC_DIALOGUES', 'AD_HOC_DIALOGUES', 'WORKERS_CONFERENCES', 'PETITIONS']],
  ['disputes', ['COLLECTIVE_DISPUTES', 'WORK_STOPPAGES', 'WORKERS_IN_STOPPAGES']],
  ['care', ['CARE_SPENDING', 'PEOPLE_SUPPORTED']],
  [
    'outreach',
    [
      'LEGAL_OUTREACH_SESSIONS',
      'LEGAL_OUTREACH_PARTICIPANTS',
      'INITIATIVES',
      'MEMBERS_RECOMMENDED_TO_PARTY',
      'MEMBERS_ADMITTED_TO_PARTY',
    ],
  ],
];
const GROUP_OF = new Map(GROUPS.flatMap(([group, codes]) => codes.map((code) => [code, group] as const)));

/** Items in their given order, cut into runs of one catalog section each ('other' for unknown codes). */
export function groupByCatalog<T>(items: readonly T[], codeOf: (item: T) => string) {
  const runs: { group: string; items: T[] }[] = [];
  for (const item of items) {
    const group = GROUP_OF.get(codeOf(item)) ?? 'other';
    const last = runs.at(-1);
    if (last && last.group === group) last.items.push(item);
    else runs.push({ group, items: [item] });
  }
  return runs;
}

export const groupLabel = (t: TFunction, group: string) =>
  (t as unknown as (key: string) => string)(`reports.group.${group}`);
