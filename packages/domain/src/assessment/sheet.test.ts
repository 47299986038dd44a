import { describe, expect, it } from 'vitest';
import { RULE_SEEDS } from '../rules/seed.ts';
import { sheetRuleProblems } from './grade.ts';
import {
  type AssessmentSheetDefinition,
  assessmentScores,
  assessmentSheetDefinition,
  DEFAULT_ASSESSMENT_SHEET,
  sheetMaxPoints,
} from './sheet.ts';

const seeded = (key: string) => RULE_SEEDS.find((seed) => seed.key === key && !seed.validTo)?.value;

describe('the default sheet (Guidance 1294)', () => {
  it('is a valid definition', () => {
    expect(assessmentSheetDefinition.safeParse(DEFAULT_ASSESSMENT_SHEET).success).toBe(true);
  });

  it('sums to 100: 40 + 40 + 15 and a bonus capped at 5', () => {
    const maxima = DEFAULT_ASSESSMENT_SHEET.sections.map((section) => [section.code, section.maxPoints]);
    expect(maxima).toEqual([
      ['representation', 40],
      ['building', 40],
      ['propaganda', 15],
      ['bonus', 5],
    ]);
    const regular = DEFAULT_ASSESSMENT_SHEET.sections.filter((section) => section.kind === 'regular');
    expect(regular.reduce((sum, section) => sum + section.maxPoints, 0)).toBe(95);
    expect(sheetMaxPoints(DEFAULT_ASSESSMENT_SHEET)).toBe(100);
  });

  it('agrees with the section points seeded in the rules table', () => {
    const rulePoints = Object.fromEntries(
      ['representation', 'building', 'propaganda', 'bonus'].map((code) => [
        code,
        seeded(`assessment.points.${code}`) as number,
      ]),
    );
    expect(sheetRuleProblems(DEFAULT_ASSESSMENT_SHEET, rulePoints)).toEqual([]);
    expect(sheetRuleProblems(DEFAULT_ASSESSMENT_SHEET, { ...rulePoints, propaganda: 20 })).toEqual([
      { code: 'ASSESSMENT_SECTION_MAX_NOT_RULE', sectionCode: 'propaganda', maxPoints: 15, rulePoints: 20 },
    ]);
  });

  it('names every criterion by an i18n key under assessment.criterion', () => {
    const keys = DEFAULT_ASSESSMENT_SHEET.sections.flatMap((section) =>
      section.criteria.map((criterion) => criterion.labelKey),
    );
    expect(keys.every((key) => key?.startsWith('assessment.criterion.'))).toBe(true);
  });
});

const section = (overrides: Partial<AssessmentSheetDefinition['sections'][number]>) => ({
  code: 'representation',
  labelKey: 'assessment.section.representation',
  kind: 'regular' as const,
  maxPoints: 10,
  criteria: [
    { code: 'a', label: 'A', maxPoints: 6 },
    { code: 'b', label: 'B', maxPoints: 4 },
  ],
  ...overrides,
});

describe('a configured sheet definition', () => {
  it.each([
    ['criteria summing to the section maximum', [section({})], true],
    [
      'criteria short of a regular section maximum',
      [section({ criteria: [{ code: 'a', label: 'A', maxPoints: 6 }] })],
      false,
    ],
    [
      'bonus criteria offering more than the cap',
      [
        section({
          code: 'bonus',
          kind: 'bonus',
          maxPoints: 5,
          criteria: [
            { code: 'x', label: 'X', maxPoints: 3 },
            { code: 'y', label: 'Y', maxPoints: 3 },
          ],
        }),
      ],
      true,
    ],
    [
      'a bonus criterion above the cap on its own',
      [
        section({
          code: 'bonus',
          kind: 'bonus',
          maxPoints: 5,
          criteria: [{ code: 'x', label: 'X', maxPoints: 6 }],
        }),
      ],
      false,
    ],
    [
      'bonus criteria that cannot reach the cap',
      [
        section({
          code: 'bonus',
          kind: 'bonus',
          maxPoints: 5,
          criteria: [{ code: 'x', label: 'X', maxPoints: 3 }],
        }),
      ],
      false,
    ],
    ['a criterion code used twice', [section({}), section({ code: 'building' })], false],
    ['a criterion with neither key nor text', [section({ criteria: [{ code: 'a', maxPoints: 10 }] })], false],
    [
      'a unit-written criterion with its own text',
      [section({ criteria: [{ code: 'a', label: 'Phong trào riêng của đơn vị', maxPoints: 10 }] })],
      true,
    ],
  ])('%s → valid: %s', (_name, sections, valid) => {
    expect(assessmentSheetDefinition.safeParse({ code: 'custom', sections }).success).toBe(valid);
  });
});

describe('scores payload', () => {
  it.each([
    [{ memberCare: 7.5 }, true],
    [{ memberCare: 7.3 }, false],
    [{ memberCare: -1 }, false],
    [{ 'not a code': 1 }, false],
  ])('%o → valid: %s', (scores, valid) => {
    expect(assessmentScores.safeParse(scores).success).toBe(valid);
  });
});
