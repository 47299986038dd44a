// The annual assessment sheet of a grassroots union (RULES.md §5, Guidance 1294/HD-TLĐ): sections with a
// maximum, criteria with a maximum each, a capped bonus; and the filled sheet, scored by the grassroots union
// itself and then by the level above, both score sets kept.
import { z } from 'zod';
import { canFlags, fileLanguageQuery } from '../common/contract.ts';
import { pageParam, pageSizeParam, queryNumber } from '../common/input.ts';
import { unitId } from '../org/schemas.ts';

/** A code naming a section or criterion in data, scores and i18n keys (e.g. `collectiveAgreement`). */
export const assessmentCode = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/u, { message: 'error.assessmentCodeFormat' })
  .max(50);

/** Points are whole or half points, the way the sheets are scored by hand. */
export const assessmentPoints = z.number().min(0).max(100).multipleOf(0.5);

/**
 * A criterion is named by an i18n key (the default sheet) or, for one a unit added itself, by its own text.
 */
export const assessmentCriterion = z
  .object({
    code: assessmentCode,
    labelKey: z.string().max(120).optional(),
    label: z.string().trim().min(1).max(500).optional(),
    maxPoints: assessmentPoints.positive(),
  })
  .refine((criterion) => criterion.labelKey !== undefined || criterion.label !== undefined, {
    message: 'error.assessmentCriterionUnnamed',
    path: ['label'],
  });
export type AssessmentCriterion = z.infer<typeof assessmentCriterion>;

/**
 * A regular section's criteria sum to its maximum. A bonus section's maximum is a cap: its criteria may offer
 * more than the cap between them (several ways to earn a bonus), but the bonus scored never exceeds it.
 */
export const assessmentSection = z
  .object({
    code: assessmentCode,
    labelKey: z.string().max(120),
    kind: z.enum(['regular', 'bonus']),
    maxPoints: assessmentPoints.positive(),
    criteria: z.array(assessmentCriterion).min(1).max(50),
  })
  .superRefine((section, ctx) => {
    const offered = section.criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
    if (section.kind === 'regular' && offered !== section.maxPoints) {
      ctx.addIssue({ code: 'custom', message: 'error.assessmentCriteriaSumToSection', path: ['criteria'] });
    }
    if (section.kind === 'bonus') {
      if (offered < section.maxPoints) {
        ctx.addIssue({ code: 'custom', message: 'error.assessmentBonusUnreachable', path: ['criteria'] });
      }
      section.criteria.forEach((criterion, index) => {
        if (criterion.maxPoints > section.maxPoints) {
          ctx.addIssue({
            code: 'custom',
            message: 'error.assessmentCriterionOverCap',
            path: ['criteria', index, 'maxPoints'],
          });
        }
      });
    }
  });
export type AssessmentSection = z.infer<typeof assessmentSection>;

/** A sheet definition; codes are unique across the whole sheet, since scores are keyed by criterion code. */
export const assessmentSheetDefinition = z
  .object({
    code: assessmentCode,
    sections: z.array(assessmentSection).min(1).max(20),
  })
  .superRefine((sheet, ctx) => {
    const codes = sheet.sections.flatMap((section) => [
      section.code,
      ...section.criteria.map((criterion) => criterion.code),
    ]);
    const duplicates = codes.filter((code, index) => codes.indexOf(code) !== index);
    if (duplicates.length > 0) {
      ctx.addIssue({ code: 'custom', message: 'error.assessmentDuplicateCode', path: ['sections'] });
    }
    if (sheet.sections.filter((section) => section.kind === 'bonus').length > 1) {
      ctx.addIssue({ code: 'custom', message: 'error.assessmentOneBonusSection', path: ['sections'] });
    }
  });
export type AssessmentSheetDefinition = z.infer<typeof assessmentSheetDefinition>;

/** The most a sheet can give: the sum of its section maxima (the bonus at its cap). */
export function sheetMaxPoints(sheet: AssessmentSheetDefinition): number {
  return sheet.sections.reduce((sum, section) => sum + section.maxPoints, 0);
}

const criterion = (code: string, maxPoints: number): AssessmentCriterion => ({
  code,
  labelKey: `assessment.criterion.${code}`,
  maxPoints,
});

/**
 * The default sheet after Guidance 1294: 40 / 40 / 15 and a bonus capped at 5. Section codes match the rule
 * keys `assessment.points.<code>`, so `sheetRuleProblems` can hold a sheet to the rules in force.
 */
export const DEFAULT_ASSESSMENT_SHEET: AssessmentSheetDefinition = {
  code: 'grassroots1294',
  sections: [
    {
      code: 'representation',
      labelKey: 'assessment.section.representation',
      kind: 'regular',
      maxPoints: 40,
      criteria: [
        criterion('collectiveAgreement', 8),
        criterion('workplaceDialogue', 8),
        criterion('policyOversight', 8),
        criterion('memberCare', 8),
        criterion('labourRelations', 8),
      ],
    },
    {
      code: 'building',
      labelKey: 'assessment.section.building',
      kind: 'regular',
      maxPoints: 40,
      criteria: [
        criterion('memberAdmission', 10),
        criterion('committeeWork', 8),
        criterion('officerTraining', 6),
        criterion('unionFinance', 8),
        criterion('inspectionWork', 8),
      ],
    },
    {
      code: 'propaganda',
      labelKey: 'assessment.section.propaganda',
      kind: 'regular',
      maxPoints: 15,
      criteria: [criterion('propagandaWork', 5), criterion('emulationWork', 5), criterion('womenWork', 5)],
    },
    {
      code: 'bonus',
      labelKey: 'assessment.section.bonus',
      kind: 'bonus',
      maxPoints: 5,
      criteria: [criterion('creativeModel', 3), criterion('commendation', 2), criterion('targetExceeded', 2)],
    },
  ],
};

/** Points per criterion code; a criterion left out is not scored yet. */
export const assessmentScores = z.record(assessmentCode, assessmentPoints);
export type AssessmentScores = z.infer<typeof assessmentScores>;

/** draft: the grassroots union is scoring; submitted: awaiting the level above; reviewed: graded. */
export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'reviewed'] as const;
export const assessmentStatus = z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.infer<typeof assessmentStatus>;

/** The grassroots union's own scores; `submit` sends them to the level above. */
export const selfAssessmentBody = z.object({
  scores: assessmentScores,
  note: z.string().trim().max(4000).optional(),
  submit: z.boolean().default(false),
});
export type SelfAssessmentBody = z.infer<typeof selfAssessmentBody>;

/** The level above's scores, which decide the grade; the self-scores stay beside them. */
export const reviewAssessmentBody = z.object({
  scores: assessmentScores,
  note: z.string().trim().max(4000).optional(),
});
export type ReviewAssessmentBody = z.infer<typeof reviewAssessmentBody>;

/** The four grades (HTXSNV / HTTNV / HTNV / KHTNV), best first. */
export const ASSESSMENT_GRADES = ['excellent', 'good', 'completed', 'notCompleted'] as const;
export const assessmentGrade = z.enum(ASSESSMENT_GRADES);
export type AssessmentGrade = z.infer<typeof assessmentGrade>;

/** A filled sheet as the records hold it. */
export const filledAssessmentData = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  /** the union's name at the end of the year (its latest if it did not exist then) */
  unitName: z.string(),
  /** the union directly above it then, which reviews the sheet */
  parentUnitId: z.number().int().nullable(),
  year: z.number().int().min(2000).max(2100),
  sheet: assessmentSheetDefinition,
  status: assessmentStatus,
  selfScores: assessmentScores,
  selfTotal: z.number(),
  selfNote: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewScores: assessmentScores.nullable(),
  reviewTotal: z.number().nullable(),
  reviewNote: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedByUnitId: z.number().int().nullable(),
  grade: assessmentGrade.nullable(),
});
export type FilledAssessmentData = z.infer<typeof filledAssessmentData>;

/**
 * A filled sheet as the API answers it, with what the caller may do with it now: score and save it (edit),
 * submit it, or — the level above — review (grade) it or return it.
 */
export const filledAssessment = filledAssessmentData.extend({
  can: canFlags('edit', 'submit', 'review', 'return'),
});
export type FilledAssessment = z.infer<typeof filledAssessment>;

/** A count and its percent of the units counted (as `gradeShares` gives it). */
const gradeCount = z.object({ count: z.number().int(), percent: z.number() });

/** One grassroots union in an assessment overview; null status/totals/grade when it has no sheet yet. */
export const assessmentOverviewUnit = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  status: assessmentStatus.nullable(),
  selfTotal: z.number().nullable(),
  reviewTotal: z.number().nullable(),
  grade: assessmentGrade.nullable(),
});
export type AssessmentOverviewUnit = z.infer<typeof assessmentOverviewUnit>;

/**
 * The grades of the grassroots unions of a subtree alive on 31/12 of the year: counts and percents per grade
 * (`gradeShares`), units not graded yet counting in the total, and the good-or-better target (a share, e.g.
 * 0.95; null when neither given nor planned) with whether it is met.
 */
export const assessmentOverview = z.object({
  unitId: z.number().int(),
  year: z.number().int().min(2000).max(2100),
  /** the year of the sheet used: the year's own sheet, or null for the default sheet */
  sheetYear: z.number().int().nullable(),
  /** one page of the grassroots unions, by accent-free name then id; `shares` count them all */
  units: z.array(assessmentOverviewUnit),
  /** the grassroots unions over every page */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  shares: z.object({
    units: z.number().int(),
    notGraded: z.number().int(),
    byGrade: z.object({
      excellent: gradeCount,
      good: gradeCount,
      completed: gradeCount,
      notCompleted: gradeCount,
    }),
    goodOrBetter: gradeCount,
  }),
  target: z.number().min(0).max(1).nullable(),
  meetsTarget: z.boolean().nullable(),
});
export type AssessmentOverview = z.infer<typeof assessmentOverview>;

/**
 * The sheet of a year as GET /api/assessments/sheet answers it: the year's own sheet (sheetYear = year) or
 * the default (sheetYear null), and the grade thresholds in force on 31/12 of the year, flagged when the
 * rules mark them unconfirmed.
 */
export const assessmentSheetAnswer = z.object({
  year: z.number().int().min(2000).max(2100),
  sheetYear: z.number().int().nullable(),
  sheet: assessmentSheetDefinition,
  maxPoints: z.number(),
  thresholds: z.object({ excellent: z.number(), good: z.number(), completed: z.number() }),
  thresholdsUnconfirmed: z.boolean(),
});
export type AssessmentSheetAnswer = z.infer<typeof assessmentSheetAnswer>;

/** A reviewer sends the sheet back to the grassroots union to score again, saying why. */
export const returnAssessmentBody = z.object({ note: z.string().trim().min(1).max(4000) });
export type ReturnAssessmentBody = z.infer<typeof returnAssessmentBody>;

/** A year in a path or query string. */
export const assessmentYearParam = queryNumber(z.number().int().min(2000).max(2100));

export const assessmentSheetQuery = z.object({ year: assessmentYearParam });

/** The grassroots unions of a subtree in a year, against a good-or-better target (a share) when given. */
export const assessmentOverviewQuery = z.object({
  unitId,
  year: assessmentYearParam,
  target: queryNumber(z.number().min(0).max(1)).optional(),
  page: pageParam.default(1),
  pageSize: pageSizeParam(200).default(50),
});
/** The overview's query as a caller gives it (page and size optional). */
export type AssessmentOverviewQuery = z.input<typeof assessmentOverviewQuery>;

/** The overview's list as a file, in the requester's language. */
export const assessmentExportQuery = z
  .object({ unitId, year: assessmentYearParam })
  .extend(fileLanguageQuery.shape);
