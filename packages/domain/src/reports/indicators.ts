// The indicators of the periodic reports (RULES.md §6), modelled on forms 01-HĐCĐ (grassroots unions) and
// 02-HĐCĐ (superior unions), and the schema of a report form: the catalog is data the forms pick from, so the
// figures a grassroots union reports roll up the tree under the same codes.
import { z } from 'zod';

/** What a figure counts; 'percent' figures are kept as a plain quotient (0.95), the display multiplies. */
export const INDICATOR_MEASURES = [
  'person',
  'union',
  'employer',
  'agreement',
  'event',
  'initiative',
  'dong',
  'percent',
] as const;
export type IndicatorMeasure = (typeof INDICATOR_MEASURES)[number];

/**
 * How a figure rolls up: 'sum' adds the children's figures; 'ratio' is recomputed from the rolled-up
 * numerator and denominator, never averaged (1/2 and 9/10 make 10/12, not 0.7).
 */
export const INDICATOR_AGGREGATIONS = ['sum', 'ratio'] as const;
export type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number];

/**
 * The record queries a computed figure comes from. "As of" reads the records on the period's cut-off date;
 * "in period" counts the events from the period's first day to its cut-off; the assessment sources read
 * the latest assessment year closed on or before the cut-off.
 */
export const INDICATOR_RECORD_SOURCES = [
  'membersAsOf',
  'womenMembersAsOf',
  'admissionsInPeriod',
  'departuresInPeriod',
  'grassrootsUnionsAsOf',
  'grassrootsUnionsFoundedInPeriod',
  'grassrootsUnionsDissolvedInPeriod',
  'grassrootsUnionsAssessed',
  'grassrootsUnionsGradedGoodOrBetter',
] as const;
export type IndicatorRecordSource = (typeof INDICATOR_RECORD_SOURCES)[number];

/** The default forms: 01-HĐCĐ for grassroots unions, 02-HĐCĐ for superior unions. */
export const DEFAULT_FORM_CODES = ['01-HDCD', '02-HDCD'] as const;
export type DefaultFormCode = (typeof DEFAULT_FORM_CODES)[number];

export const REPORT_LEVELS = ['grassroots', 'superior'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];

/** Prefilled from the records, or typed in by the unit where the records do not reach. */
export type IndicatorSource = { kind: 'computed'; recordSource: IndicatorRecordSource } | { kind: 'entered' };

interface IndicatorBase {
  code: string;
  /** key of the indicator's name in the shared catalogue (reports/labels.ts): indicator.<CODE> */
  nameKey: string;
  measure: IndicatorMeasure;
  /** the default forms that carry it, in the catalog's order */
  forms: readonly DefaultFormCode[];
}
export interface SumIndicator extends IndicatorBase {
  aggregation: 'sum';
  source: IndicatorSource;
}
export interface RatioIndicator extends IndicatorBase {
  aggregation: 'ratio';
  numerator: string;
  denominator: string;
}
export type Indicator = SumIndicator | RatioIndicator;

const BOTH: readonly DefaultFormCode[] = ['01-HDCD', '02-HDCD'];
const SUPERIOR: readonly DefaultFormCode[] = ['02-HDCD'];
const ENTERED: IndicatorSource = { kind: 'entered' };
const computed = (recordSource: IndicatorRecordSource): IndicatorSource => ({
  kind: 'computed',
  recordSource,
});
const nameKey = (code: string) => `indicator.${code}`;

function sum(
  code: string,
  measure: IndicatorMeasure,
  source: IndicatorSource,
  forms: readonly DefaultFormCode[],
): SumIndicator {
  return { code, nameKey: nameKey(code), measure, aggregation: 'sum', source, forms };
}

function ratio(
  code: string,
  measure: IndicatorMeasure,
  numerator: string,
  denominator: string,
  forms: readonly DefaultFormCode[],
): RatioIndicator {
  return { code, nameKey: nameKey(code), measure, aggregation: 'ratio', numerator, denominator, forms };
}

/** The catalog, in the order the forms print it. Counts are whole people or things; money is whole đồng. */
export const INDICATORS: readonly Indicator[] = [
  // Workforce and members
  sum('WORKERS', 'person', ENTERED, BOTH),
  sum('WOMEN_WORKERS', 'person', ENTERED, BOTH),
  sum('MEMBERS', 'person', computed('membersAsOf'), BOTH),
  sum('WOMEN_MEMBERS', 'person', computed('womenMembersAsOf'), BOTH),
  sum('NEW_MEMBERS', 'person', computed('admissionsInPeriod'), BOTH),
  sum('MEMBERS_LEAVING', 'person', computed('departuresInPeriod'), BOTH),
  ratio('MEMBERSHIP_RATE', 'percent', 'MEMBERS', 'WORKERS', BOTH),
  ratio('WOMEN_MEMBER_SHARE', 'percent', 'WOMEN_MEMBERS', 'MEMBERS', BOTH),
  // Grassroots unions under a superior union
  sum('GRASSROOTS_UNIONS', 'union', computed('grassrootsUnionsAsOf'), SUPERIOR),
  sum('NEW_GRASSROOTS_UNIONS', 'union', computed('grassrootsUnionsFoundedInPeriod'), SUPERIOR),
  sum('DISSOLVED_GRASSROOTS_UNIONS', 'union', computed('grassrootsUnionsDissolvedInPeriod'), SUPERIOR),
  sum('EMPLOYERS_WITHOUT_UNION', 'employer', ENTERED, SUPERIOR),
  sum('GRASSROOTS_ASSESSED', 'union', computed('grassrootsUnionsAssessed'), SUPERIOR),
  sum('GRASSROOTS_GOOD_OR_BETTER', 'union', computed('grassrootsUnionsGradedGoodOrBetter'), SUPERIOR),
  ratio('GRASSROOTS_GOOD_SHARE', 'percent', 'GRASSROOTS_GOOD_OR_BETTER', 'GRASSROOTS_ASSESSED', SUPERIOR),
  // Wages
  sum('MONTHLY_WAGE_BILL', 'dong', ENTERED, BOTH),
  ratio('AVERAGE_MONTHLY_WAGE', 'dong', 'MONTHLY_WAGE_BILL', 'WORKERS', BOTH),
  sum('WAGE_ARREARS', 'dong', ENTERED, BOTH),
  sum('WORKERS_OWED_WAGES', 'person', ENTERED, BOTH),
  sum('EMPLOYERS_OWING_WAGES', 'employer', ENTERED, SUPERIOR),
  // Social insurance
  sum('WORKERS_WITH_SOCIAL_INSURANCE', 'person', ENTERED, BOTH),
  ratio('SOCIAL_INSURANCE_COVERAGE', 'percent', 'WORKERS_WITH_SOCIAL_INSURANCE', 'WORKERS', BOTH),
  sum('SOCIAL_INSURANCE_ARREARS', 'dong', ENTERED, BOTH),
  sum('EMPLOYERS_OWING_SOCIAL_INSURANCE', 'employer', ENTERED, SUPERIOR),
  // Collective agreements
  sum('COLLECTIVE_AGREEMENTS', 'agreement', ENTERED, BOTH),
  sum('NEW_COLLECTIVE_AGREEMENTS', 'agreement', ENTERED, BOTH),
  sum('WORKERS_COVERED_BY_AGREEMENTS', 'person', ENTERED, BOTH),
  ratio('AGREEMENT_COVERAGE', 'percent', 'WORKERS_COVERED_BY_AGREEMENTS', 'WORKERS', BOTH),
  // Dialogue, workers' conferences, petitions
  sum('PERIODIC_DIALOGUES', 'event', ENTERED, BOTH),
  sum('AD_HOC_DIALOGUES', 'event', ENTERED, BOTH),
  sum('WORKERS_CONFERENCES', 'event', ENTERED, BOTH),
  sum('PETITIONS', 'event', ENTERED, BOTH),
  // Disputes and work stoppages
  sum('COLLECTIVE_DISPUTES', 'event', ENTERED, BOTH),
  sum('WORK_STOPPAGES', 'event', ENTERED, BOTH),
  sum('WORKERS_IN_STOPPAGES', 'person', ENTERED, BOTH),
  // Care (entered until the care records exist; then computed from them)
  sum('CARE_SPENDING', 'dong', ENTERED, BOTH),
  sum('PEOPLE_SUPPORTED', 'person', ENTERED, BOTH),
  // Propaganda, emulation, Party building
  sum('LEGAL_OUTREACH_SESSIONS', 'event', ENTERED, BOTH),
  sum('LEGAL_OUTREACH_PARTICIPANTS', 'person', ENTERED, BOTH),
  sum('INITIATIVES', 'initiative', ENTERED, BOTH),
  sum('MEMBERS_RECOMMENDED_TO_PARTY', 'person', ENTERED, BOTH),
  sum('MEMBERS_ADMITTED_TO_PARTY', 'person', ENTERED, BOTH),
];

export const INDICATOR_CODES = INDICATORS.map((indicator) => indicator.code);
const BY_CODE = new Map(INDICATORS.map((indicator) => [indicator.code, indicator]));

/** The catalog entry of a code, or undefined for a code the catalog does not know. */
export function findIndicator(code: string): Indicator | undefined {
  return BY_CODE.get(code);
}

export const indicatorCode = z
  .string()
  .refine((code) => BY_CODE.has(code), { message: 'error.indicatorUnknown' });

/** A figure as a unit submits it: a whole non-negative number (people, things, đồng), or blank. */
export const indicatorValue = z.number().int().nonnegative().nullable();

/**
 * A report form: an ordered set of indicators for one level. A form that carries a ratio carries its
 * numerator and denominator too, so the ratio can be recomputed from the form's own figures.
 */
export const reportFormDefinition = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/u, { message: 'error.reportFormCodeFormat' })
      .max(40),
    name: z.string().trim().min(1).max(200),
    level: z.enum(REPORT_LEVELS),
    indicatorCodes: z.array(indicatorCode).min(1),
  })
  .superRefine((form, ctx) => {
    const codes = new Set(form.indicatorCodes);
    if (codes.size !== form.indicatorCodes.length) {
      ctx.addIssue({ code: 'custom', path: ['indicatorCodes'], message: 'error.indicatorRepeated' });
    }
    for (const code of form.indicatorCodes) {
      const indicator = BY_CODE.get(code);
      if (indicator?.aggregation !== 'ratio') continue;
      if (!codes.has(indicator.numerator) || !codes.has(indicator.denominator)) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicatorCodes'],
          message: 'error.indicatorRatioOperandMissing',
        });
      }
    }
  });
export type ReportFormDefinition = z.infer<typeof reportFormDefinition>;

const formOf = (code: DefaultFormCode, name: string, level: ReportLevel): ReportFormDefinition => ({
  code,
  name,
  level,
  indicatorCodes: INDICATORS.filter((indicator) => indicator.forms.includes(code)).map((i) => i.code),
});

/** The two default forms, seed data an administrator may copy and change. */
export const DEFAULT_REPORT_FORMS: readonly ReportFormDefinition[] = [
  formOf('01-HDCD', 'Mẫu 01-HĐCĐ: Báo cáo tình hình CNVCLĐ và hoạt động công đoàn cơ sở', 'grassroots'),
  formOf('02-HDCD', 'Mẫu 02-HĐCĐ: Báo cáo tình hình CNVCLĐ và hoạt động công đoàn cấp trên', 'superior'),
];
