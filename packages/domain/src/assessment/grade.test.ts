import { describe, expect, it } from 'vitest';
import { RULE_SEEDS } from '../rules/seed.ts';
import {
  ASSESSMENT_THRESHOLD_KEYS,
  type AssessmentThresholds,
  gradeAssessment,
  gradeShares,
  scoreSheet,
} from './grade.ts';
import { type AssessmentGrade, type AssessmentScores, DEFAULT_ASSESSMENT_SHEET } from './sheet.ts';

/** Full marks on every criterion of the regular sections: 95. */
const FULL_REGULAR: AssessmentScores = Object.fromEntries(
  DEFAULT_ASSESSMENT_SHEET.sections
    .filter((section) => section.kind === 'regular')
    .flatMap((section) => section.criteria.map((criterion) => [criterion.code, criterion.maxPoints])),
);

describe('scoreSheet', () => {
  it('adds up section totals and the total', () => {
    const result = scoreSheet(DEFAULT_ASSESSMENT_SHEET, {
      ...FULL_REGULAR,
      memberCare: 5.5,
      creativeModel: 3,
    });
    expect(result).toEqual({
      ok: true,
      score: {
        sections: [
          { sectionCode: 'representation', points: 37.5, maxPoints: 40 },
          { sectionCode: 'building', points: 40, maxPoints: 40 },
          { sectionCode: 'propaganda', points: 15, maxPoints: 15 },
          { sectionCode: 'bonus', points: 3, maxPoints: 5 },
        ],
        total: 95.5,
        unscored: ['commendation', 'targetExceeded'],
      },
    });
  });

  it.each([
    ['full marks and the whole bonus from two criteria', { creativeModel: 3, commendation: 2 }, 100],
    ['the bonus from the other pair', { commendation: 2, targetExceeded: 2 }, 99],
    ['no bonus at all', {}, 95],
  ])('bonus within its cap: %s → %d', (_name, bonus, total) => {
    const result = scoreSheet(DEFAULT_ASSESSMENT_SHEET, { ...FULL_REGULAR, ...bonus });
    expect(result.ok && result.score.total).toBe(total);
  });

  it('refuses a bonus above its cap, though every bonus criterion is within its own maximum', () => {
    const result = scoreSheet(DEFAULT_ASSESSMENT_SHEET, {
      ...FULL_REGULAR,
      creativeModel: 3,
      commendation: 2,
      targetExceeded: 1,
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'ASSESSMENT_BONUS_OVER_CAP', sectionCode: 'bonus', points: 6, cap: 5 }],
    });
  });

  it.each([
    [
      'a criterion above its maximum',
      { collectiveAgreement: 9 },
      { code: 'ASSESSMENT_SCORE_OVER_MAX', criterionCode: 'collectiveAgreement', points: 9, maxPoints: 8 },
    ],
    [
      'a bonus criterion above its maximum',
      { commendation: 2.5 },
      { code: 'ASSESSMENT_SCORE_OVER_MAX', criterionCode: 'commendation', points: 2.5, maxPoints: 2 },
    ],
    [
      'a negative score',
      { memberAdmission: -1 },
      { code: 'ASSESSMENT_SCORE_NEGATIVE', criterionCode: 'memberAdmission', points: -1 },
    ],
    [
      'a criterion not on the sheet',
      { attendance: 3 },
      { code: 'ASSESSMENT_UNKNOWN_CRITERION', criterionCode: 'attendance' },
    ],
  ])('refuses %s', (_name, scores, problem) => {
    expect(scoreSheet(DEFAULT_ASSESSMENT_SHEET, scores)).toEqual({ ok: false, problems: [problem] });
  });

  it('says every problem at once, not only the first', () => {
    const result = scoreSheet(DEFAULT_ASSESSMENT_SHEET, { collectiveAgreement: 9, womenWork: -2 });
    expect(result.ok ? [] : result.problems.map((problem) => problem.code)).toEqual([
      'ASSESSMENT_SCORE_OVER_MAX',
      'ASSESSMENT_SCORE_NEGATIVE',
    ]);
  });

  it('a criterion at exactly its maximum is accepted', () => {
    expect(scoreSheet(DEFAULT_ASSESSMENT_SHEET, { memberAdmission: 10 }).ok).toBe(true);
  });
});

/** The thresholds as seeded (unconfirmed rule values), read the way the server reads them. */
const SEEDED: AssessmentThresholds = {
  excellent: RULE_SEEDS.find((seed) => seed.key === ASSESSMENT_THRESHOLD_KEYS.excellent)?.value as number,
  good: RULE_SEEDS.find((seed) => seed.key === ASSESSMENT_THRESHOLD_KEYS.good)?.value as number,
  completed: RULE_SEEDS.find((seed) => seed.key === ASSESSMENT_THRESHOLD_KEYS.completed)?.value as number,
};

describe('gradeAssessment', () => {
  it('the seeded thresholds are unconfirmed, from 1294, and fall from excellent to completed', () => {
    const seeds = RULE_SEEDS.filter((seed) => seed.key.startsWith('assessment.threshold.'));
    expect(seeds.map((seed) => [seed.key, seed.confidence, seed.source])).toEqual(
      Object.values(ASSESSMENT_THRESHOLD_KEYS).map((key) => [
        key,
        'unconfirmed',
        'Hướng dẫn 1294/HD-TLĐ (2019)',
      ]),
    );
    expect(SEEDED.excellent).toBeGreaterThan(SEEDED.good);
    expect(SEEDED.good).toBeGreaterThan(SEEDED.completed);
  });

  const thresholds: AssessmentThresholds = { excellent: 90, good: 75, completed: 50 };
  it.each<[number, AssessmentGrade]>([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.5, 'good'],
    [89, 'good'],
    [75, 'good'],
    [74, 'completed'],
    [50, 'completed'],
    [49, 'notCompleted'],
    [0, 'notCompleted'],
  ])('%d points → %s', (total, grade) => {
    expect(gradeAssessment(total, thresholds)).toBe(grade);
  });

  it('follows the thresholds it is given, not numbers of its own', () => {
    const stricter = { excellent: 95, good: 85, completed: 65 };
    expect([95, 94, 85, 84, 65, 64].map((total) => gradeAssessment(total, stricter))).toEqual([
      'excellent',
      'good',
      'good',
      'completed',
      'completed',
      'notCompleted',
    ]);
  });

  it('grades a scored sheet with the seeded thresholds', () => {
    const result = scoreSheet(DEFAULT_ASSESSMENT_SHEET, { ...FULL_REGULAR, creativeModel: 3 });
    expect(result.ok && gradeAssessment(result.score.total, SEEDED)).toBe('excellent');
  });
});

const repeat = (grade: AssessmentGrade | null, count: number) => Array.from({ length: count }, () => grade);

describe('gradeShares', () => {
  it('counts and shares at each grade', () => {
    const shares = gradeShares([
      ...repeat('excellent', 2),
      ...repeat('good', 5),
      'completed',
      'notCompleted',
      null,
    ]);
    expect(shares).toEqual({
      units: 10,
      notGraded: 1,
      byGrade: {
        excellent: { count: 2, percent: 20 },
        good: { count: 5, percent: 50 },
        completed: { count: 1, percent: 10 },
        notCompleted: { count: 1, percent: 10 },
      },
      goodOrBetter: { count: 7, percent: 70 },
    });
  });

  it.each<[string, (AssessmentGrade | null)[], number, boolean]>([
    [
      '19 of 20 good or better meets 95 % exactly',
      [...repeat('good', 15), ...repeat('excellent', 4), 'completed'],
      95,
      true,
    ],
    ['18 of 20 does not', [...repeat('good', 18), 'completed', 'notCompleted'], 95, false],
    ['all 3 excellent meets it', repeat('excellent', 3), 95, true],
    ['a unit not graded yet counts against the target', [...repeat('good', 19), null], 100, false],
    ['no units cannot meet a target', [], 95, false],
    ['a target of 0 % is met by any graded subtree', ['notCompleted'], 0, true],
  ])('%s', (_name, grades, target, meets) => {
    expect(gradeShares(grades, target).meetsTarget).toBe(meets);
  });

  it('says nothing about a target when none is given', () => {
    expect(gradeShares(['good']).meetsTarget).toBeUndefined();
  });

  it('no units: every share is 0', () => {
    expect(gradeShares([]).goodOrBetter).toEqual({ count: 0, percent: 0 });
  });
});
