// Payloads of periodic reporting (issue #5, item 3): report forms (indicator sets), report periods with
// their cut-off and due dates, each unit's report for a period (figures prefilled from the records, the
// rest typed in, a narrative), its review by the level above, completeness over a subtree with reminders,
// and the roll-up of every indicator up the tree.
import { z } from 'zod';
import { canFlags } from '../common/contract.ts';
import { isoDate } from '../common/dates.ts';
import { idParam, pageParam, pageSizeParam, queryNumber, recordId } from '../common/input.ts';
import { indicatorCode, REPORT_LEVELS } from './indicators.ts';

const id = recordId;
const queryId = idParam;
const unitRef = z.object({ id: z.number().int(), name: z.string() });

/** Sáu tháng (cut-off 31/5 by default) or năm (cut-off 30/11), rules report.cutoff.halfYear / .year. */
export const REPORT_PERIOD_KINDS = ['halfYear', 'year'] as const;
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number];

/** A unit's report: saved (draft), submitted to the level above, approved, or returned with a comment. */
export const UNIT_REPORT_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type UnitReportStatus = (typeof UNIT_REPORT_STATUSES)[number];

/** What the level above sees of a child: a draft counts as missing until it is submitted. */
export const ROLLUP_CHILD_STATUSES = ['submitted', 'approved', 'returned', 'missing'] as const;
export type RollupChildStatus = (typeof ROLLUP_CHILD_STATUSES)[number];

/** Completeness keeps drafts apart from reports never opened. */
export const COMPLETENESS_STATUSES = ['approved', 'submitted', 'returned', 'draft', 'missing'] as const;
export type CompletenessStatus = (typeof COMPLETENESS_STATUSES)[number];

/**
 * Where a line of a report comes from: the records as of the cut-off ('computed'), the sum of the
 * children's reports ('rolledUp': an entered figure the children's forms carry), typed in by the unit
 * ('entered'), or recomputed from two other lines ('ratio'). Only 'entered' lines are editable.
 */
export const REPORT_LINE_SOURCES = ['computed', 'rolledUp', 'entered', 'ratio'] as const;
export type ReportLineSource = (typeof REPORT_LINE_SOURCES)[number];

// Forms ------------------------------------------------------------------------------------------------

export const reportForm = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: z.enum(REPORT_LEVELS),
  indicatorCodes: z.array(z.string()),
  /** one of the two default forms (01-HĐCĐ, 02-HĐCĐ): may be copied, not changed */
  builtIn: z.boolean(),
});
export type ReportForm = z.infer<typeof reportForm>;

// Periods ----------------------------------------------------------------------------------------------

/**
 * Opening a period for the subtree of `unitId`. Omitted dates come from the rules in force: the cut-off
 * from report.cutoff.halfYear / report.cutoff.year in `year`, the start the day after the previous year's
 * annual cut-off, the due date report.dueDays after the cut-off.
 */
export const reportPeriodBody = z
  .object({
    unitId: id,
    kind: z.enum(REPORT_PERIOD_KINDS),
    year: z.number().int().min(2000).max(2100),
    name: z.string().trim().min(1).max(200).optional(),
    startsOn: isoDate.optional(),
    cutOff: isoDate.optional(),
    dueOn: isoDate.optional(),
    /** form codes; default 01-HDCD and 02-HDCD */
    grassrootsFormCode: z.string().trim().min(1).max(40).optional(),
    superiorFormCode: z.string().trim().min(1).max(40).optional(),
  })
  .refine((body) => !body.startsOn || !body.cutOff || body.startsOn <= body.cutOff, {
    message: 'error.reportPeriodStartAfterCutOff',
    path: ['startsOn'],
  })
  .refine((body) => !body.cutOff || !body.dueOn || body.cutOff <= body.dueOn, {
    message: 'error.reportPeriodDueBeforeCutOff',
    path: ['dueOn'],
  });
export type ReportPeriodBody = z.infer<typeof reportPeriodBody>;

/** Changing a period's dates (a later due date for everyone, a corrected cut-off). */
export const reportPeriodPatch = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  cutOff: isoDate.optional(),
  dueOn: isoDate.optional(),
});
export type ReportPeriodPatch = z.infer<typeof reportPeriodPatch>;

/** A period as the records hold it. */
export const reportPeriodData = z.object({
  id: z.number().int(),
  /** the unit that opened it: every reporting unit below it reports */
  unit: unitRef,
  kind: z.enum(REPORT_PERIOD_KINDS),
  year: z.number().int(),
  name: z.string(),
  startsOn: z.string(),
  cutOff: z.string(),
  dueOn: z.string(),
  grassrootsFormCode: z.string(),
  superiorFormCode: z.string(),
  /** the same kind of period a year earlier covering this subtree, for the figures beside */
  lastYearPeriodId: z.number().int().nullable(),
  recordedAt: z.string(),
});
export type ReportPeriodData = z.infer<typeof reportPeriodData>;

/**
 * Where the caller stands in a period: the unit their views of it start at (their own unit when it lies in the
 * period's tree, else the issuer), and whether their own unit keeps a report in it (the issuer keeps one too,
 * never submitted).
 */
export const reportPeriodPlace = z.object({
  rootUnitId: z.number().int(),
  ownReport: z.boolean(),
});
export type ReportPeriodPlace = z.infer<typeof reportPeriodPlace>;

/** A period as the caller sees it: where they stand in it and whether they may change its dates. */
export const reportPeriod = reportPeriodData.extend({
  place: reportPeriodPlace,
  can: canFlags('edit'),
});
export type ReportPeriod = z.infer<typeof reportPeriod>;

/** The periods of a unit, and whether the caller may open one for it. */
export const reportPeriodList = z.object({
  periods: z.array(reportPeriod),
  can: canFlags('open'),
});
export type ReportPeriodList = z.infer<typeof reportPeriodList>;

export const listReportPeriodsQuery = z.object({
  /** periods whose subtree holds this unit (opened by it or above it); default the actor's unit */
  unitId: queryId.optional(),
  year: queryNumber(z.number().int().min(2000).max(2100)).optional(),
});
export type ListReportPeriodsQuery = z.infer<typeof listReportPeriodsQuery>;

// A unit's report --------------------------------------------------------------------------------------

export const reportNarrative = z.object({
  /** Kết quả đạt được */
  results: z.string().max(50_000).default(''),
  /** Tồn tại, hạn chế */
  shortcomings: z.string().max(50_000).default(''),
  /** Phương hướng, nhiệm vụ kỳ tới */
  direction: z.string().max(50_000).default(''),
});
export type ReportNarrative = z.infer<typeof reportNarrative>;

/** Saving a draft (or correcting a returned report): the entered figures and the narrative. */
export const unitReportBody = z.object({
  /** entered lines only; null clears a figure */
  values: z.record(indicatorCode, z.number().int().nonnegative().nullable()).default({}),
  narrative: reportNarrative.default({ results: '', shortcomings: '', direction: '' }),
});
export type UnitReportBody = z.infer<typeof unitReportBody>;

export const returnReportBody = z.object({
  comment: z.string().trim().min(1).max(2000),
});
export type ReturnReportBody = z.infer<typeof returnReportBody>;

export const reportLine = z.object({
  code: z.string(),
  source: z.enum(REPORT_LINE_SOURCES),
  value: z.number().nullable(),
  /** the same line in the same period a year earlier, when there was one */
  lastYear: z.number().nullable(),
});
export type ReportLine = z.infer<typeof reportLine>;

export const REPORT_EVENT_ACTIONS = ['saved', 'submitted', 'approved', 'returned', 'reminded'] as const;
export type ReportEventAction = (typeof REPORT_EVENT_ACTIONS)[number];

export const reportEvent = z.object({
  at: z.string(),
  action: z.enum(REPORT_EVENT_ACTIONS),
  by: z.string().nullable(),
  comment: z.string().nullable(),
});
export type ReportEvent = z.infer<typeof reportEvent>;

/** A unit's report as the records hold it. */
export const unitReportData = z.object({
  periodId: z.number().int(),
  unit: z.object({ id: z.number().int(), name: z.string(), level: z.enum(REPORT_LEVELS) }),
  /** the unit the report goes to (its parent on the cut-off), null for the unit that opened the period */
  reviewer: unitRef.nullable(),
  form: z.object({ code: z.string(), name: z.string() }),
  /** 'missing' until the unit first saves it */
  status: z.enum([...UNIT_REPORT_STATUSES, 'missing']),
  /** not submitted and past the due date, or first submitted after it */
  late: z.boolean(),
  lines: z.array(reportLine),
  narrative: reportNarrative,
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  returnComment: z.string().nullable(),
  history: z.array(reportEvent),
});
export type UnitReportData = z.infer<typeof unitReportData>;

/** A unit's report with what the signed-in user may do with it now: save, submit, approve or return. */
export const unitReport = unitReportData.extend({ can: canFlags('edit', 'submit', 'review') });
export type UnitReport = z.infer<typeof unitReport>;

// Completeness and reminders ---------------------------------------------------------------------------

/**
 * The filters of the completeness list: one status, or 'notSubmitted' (missing, draft or returned — the units
 * a reminder goes to).
 */
export const COMPLETENESS_FILTERS = [...COMPLETENESS_STATUSES, 'notSubmitted'] as const;
export type CompletenessFilter = (typeof COMPLETENESS_FILTERS)[number];

/** The most units one page of the completeness list holds. */
export const COMPLETENESS_MAX_PAGE_SIZE = 200;

/**
 * A page of the reporting units below `unitId` (default: the caller's unit in the period, or its issuer),
 * filtered by status, lateness and a name (accent-free words, each in the name, short name or code).
 */
export const completenessQuery = z.object({
  unitId: queryId.optional(),
  status: z.enum(COMPLETENESS_FILTERS).optional(),
  late: z.stringbool().optional(),
  q: z.string().trim().max(100).optional(),
  page: pageParam.default(1),
  pageSize: pageSizeParam(COMPLETENESS_MAX_PAGE_SIZE).default(50),
});
/** The filter as a caller gives it (every part optional). */
export type CompletenessQuery = z.input<typeof completenessQuery>;

export const completenessUnit = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  parentName: z.string().nullable(),
  level: z.enum(REPORT_LEVELS),
  status: z.enum(COMPLETENESS_STATUSES),
  late: z.boolean(),
  submittedAt: z.string().nullable(),
  lastRemindedAt: z.string().nullable(),
});
export type CompletenessUnit = z.infer<typeof completenessUnit>;

export const reportCompleteness = z.object({
  periodId: z.number().int(),
  unitId: z.number().int(),
  /** the unit's name on the cut-off */
  unitName: z.string(),
  dueOn: z.string(),
  /** today in Vietnam, against which lateness is judged */
  asOf: z.string(),
  counts: z.object({
    expected: z.number().int(),
    approved: z.number().int(),
    submitted: z.number().int(),
    returned: z.number().int(),
    draft: z.number().int(),
    missing: z.number().int(),
    late: z.number().int(),
  }),
  /**
   * One page of the reporting units below `unitId` that match the filter, the not-yet-submitted first, then by
   * the unit above and the name (accent-free); `counts` are over every unit below, whatever the filter.
   */
  units: z.array(completenessUnit),
  /** the units matching the filter, over every page */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ReportCompleteness = z.infer<typeof reportCompleteness>;

/** Completeness with whether the caller may remind the units below that have not submitted. */
export const reportCompletenessView = reportCompleteness.extend({ can: canFlags('remind') });
export type ReportCompletenessView = z.infer<typeof reportCompletenessView>;

/** Remind every unit below `unitId` that has not submitted (draft, missing or returned), or those listed. */
export const reminderBody = z.object({
  unitId: id,
  unitIds: z.array(id).min(1).max(20_000).optional(),
});
export type ReminderBody = z.infer<typeof reminderBody>;

export const reminderResult = z.object({ reminded: z.number().int() });

// Roll-up ----------------------------------------------------------------------------------------------

export const rollupQuery = z.object({ unitId: queryId.optional() });

export const rollupChild = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  level: z.enum(REPORT_LEVELS),
  status: z.enum(ROLLUP_CHILD_STATUSES),
  late: z.boolean(),
  /** a superior union: the roll-up drills down into it */
  hasChildren: z.boolean(),
  indicators: z.record(z.string(), z.number().nullable()),
  lastYearIndicators: z.record(z.string(), z.number().nullable()).nullable(),
});
export type RollupChild = z.infer<typeof rollupChild>;

/**
 * GET /api/report-periods/:id/rollup?unitId= (PRODUCT contract): the unit's figures and its reporting
 * children's, each indicator summed or, for ratios, recomputed; computed figures come from the records as
 * of the cut-off for every unit, entered figures from submitted and approved reports.
 */
export const reportRollup = z.object({
  periodId: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  cutOff: z.string(),
  /** every indicator of the two forms, in print order */
  indicatorCodes: z.array(z.string()),
  indicators: z.record(z.string(), z.number().nullable()),
  lastYear: z
    .object({ periodId: z.number().int(), indicators: z.record(z.string(), z.number().nullable()) })
    .nullable(),
  children: z.array(rollupChild),
});
export type ReportRollup = z.infer<typeof reportRollup>;
