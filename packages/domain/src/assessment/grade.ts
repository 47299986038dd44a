// Scoring and grading the annual assessment (RULES.md §5): a sheet's section totals and total, the grade by
// thresholds that are rule values (unconfirmed, so never written here), and the share at each grade in a subtree.
import type { AssessmentGrade, AssessmentScores, AssessmentSheetDefinition } from './sheet.ts';
import { ASSESSMENT_GRADES } from './sheet.ts';

/** A score the sheet cannot take, with what the form needs to point at the field. */
export type ScoreProblem =
  | { code: 'ASSESSMENT_UNKNOWN_CRITERION'; criterionCode: string }
  | { code: 'ASSESSMENT_SCORE_NEGATIVE'; criterionCode: string; points: number }
  | { code: 'ASSESSMENT_SCORE_OVER_MAX'; criterionCode: string; points: number; maxPoints: number }
  | { code: 'ASSESSMENT_BONUS_OVER_CAP'; sectionCode: string; points: number; cap: number };

export interface SectionScore {
  sectionCode: string;
  points: number;
  maxPoints: number;
}

export interface SheetScore {
  sections: SectionScore[];
  total: number;
  /** criteria not scored yet (counted as 0); a sheet is complete when this is empty */
  unscored: string[];
}

export type ScoreResult = { ok: true; score: SheetScore } | { ok: false; problems: ScoreProblem[] };

/** Adds up a filled sheet, or says every score it cannot take. */
export function scoreSheet(definition: AssessmentSheetDefinition, scores: AssessmentScores): ScoreResult {
  const problems: ScoreProblem[] = [];
  const known = new Set(definition.sections.flatMap((section) => section.criteria.map((c) => c.code)));
  for (const criterionCode of Object.keys(scores)) {
    if (!known.has(criterionCode)) problems.push({ code: 'ASSESSMENT_UNKNOWN_CRITERION', criterionCode });
  }
  const sections: SectionScore[] = [];
  const unscored: string[] = [];
  for (const section of definition.sections) {
    let points = 0;
    for (const criterion of section.criteria) {
      const given = scores[criterion.code];
      if (given === undefined) {
        unscored.push(criterion.code);
        continue;
      }
      if (given < 0) {
        problems.push({ code: 'ASSESSMENT_SCORE_NEGATIVE', criterionCode: criterion.code, points: given });
      } else if (given > criterion.maxPoints) {
        problems.push({
          code: 'ASSESSMENT_SCORE_OVER_MAX',
          criterionCode: criterion.code,
          points: given,
          maxPoints: criterion.maxPoints,
        });
      }
      points += given;
    }
    // A regular section cannot exceed its maximum once its criteria are within theirs; a bonus section can.
    if (section.kind === 'bonus' && points > section.maxPoints) {
      problems.push({
        code: 'ASSESSMENT_BONUS_OVER_CAP',
        sectionCode: section.code,
        points,
        cap: section.maxPoints,
      });
    }
    sections.push({ sectionCode: section.code, points, maxPoints: section.maxPoints });
  }
  if (problems.length > 0) return { ok: false, problems };
  const total = sections.reduce((sum, section) => sum + section.points, 0);
  return { ok: true, score: { sections, total, unscored } };
}

/** A section whose maximum differs from the rule in force (`assessment.points.<sectionCode>`). */
export interface SheetRuleProblem {
  code: 'ASSESSMENT_SECTION_MAX_NOT_RULE';
  sectionCode: string;
  maxPoints: number;
  rulePoints: number;
}

/** Holds a sheet's section maxima to the rule values given (section code → points); others are not checked. */
export function sheetRuleProblems(
  definition: AssessmentSheetDefinition,
  rulePoints: Record<string, number>,
): SheetRuleProblem[] {
  return definition.sections.flatMap((section) => {
    const expected = rulePoints[section.code];
    if (expected === undefined || expected === section.maxPoints) return [];
    return [
      {
        code: 'ASSESSMENT_SECTION_MAX_NOT_RULE' as const,
        sectionCode: section.code,
        maxPoints: section.maxPoints,
        rulePoints: expected,
      },
    ];
  });
}

/** The fewest points for each grade above notCompleted; from the rules table, keys below. */
export interface AssessmentThresholds {
  excellent: number;
  good: number;
  completed: number;
}

/** The rule keys of the thresholds, so the server reads them with `rule()` and nothing is written here. */
export const ASSESSMENT_THRESHOLD_KEYS = {
  excellent: 'assessment.threshold.excellent',
  good: 'assessment.threshold.good',
  completed: 'assessment.threshold.completed',
} as const satisfies Record<keyof AssessmentThresholds, string>;

/** The grade of a total: the best grade whose threshold the total reaches (a threshold itself counts). */
export function gradeAssessment(total: number, thresholds: AssessmentThresholds): AssessmentGrade {
  if (total >= thresholds.excellent) return 'excellent';
  if (total >= thresholds.good) return 'good';
  if (total >= thresholds.completed) return 'completed';
  return 'notCompleted';
}

export interface GradeShares {
  /** grassroots unions counted, graded or not */
  units: number;
  /** not graded yet: they count in the denominator, as a target covers every grassroots union */
  notGraded: number;
  byGrade: Record<AssessmentGrade, { count: number; percent: number }>;
  goodOrBetter: { count: number; percent: number };
  /** whether good-or-better reaches the target percent; absent when no target was given */
  meetsTarget?: boolean;
}

/**
 * The share at each grade among the units given (null: not graded yet), and whether good or better reaches
 * `targetPercent` (e.g. 95). The comparison is on counts, so 19 of 20 meets exactly 95 %.
 */
export function gradeShares(grades: (AssessmentGrade | null)[], targetPercent?: number): GradeShares {
  const units = grades.length;
  const percent = (count: number) => (units === 0 ? 0 : (count * 100) / units);
  const entries = ASSESSMENT_GRADES.map((grade) => {
    const count = grades.filter((given) => given === grade).length;
    return [grade, { count, percent: percent(count) }] as const;
  });
  const byGrade = Object.fromEntries(entries) as GradeShares['byGrade'];
  const goodCount = byGrade.excellent.count + byGrade.good.count;
  const shares: GradeShares = {
    units,
    notGraded: grades.filter((given) => given === null).length,
    byGrade,
    goodOrBetter: { count: goodCount, percent: percent(goodCount) },
  };
  // No units cannot meet a target: there is nothing to show for it.
  if (targetPercent !== undefined) shares.meetsTarget = units > 0 && goodCount * 100 >= targetPercent * units;
  return shares;
}
