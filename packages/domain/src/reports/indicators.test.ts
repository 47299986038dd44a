import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REPORT_FORMS,
  findIndicator,
  INDICATOR_CODES,
  INDICATORS,
  indicatorValue,
  reportFormDefinition,
} from './indicators.ts';
import { indicatorMeasureLabel, indicatorName, reportWords } from './labels.ts';

describe('the indicator catalog', () => {
  it('has about forty indicators with unique codes and keys in the shared catalogue', () => {
    expect(INDICATORS.length).toBeGreaterThanOrEqual(38);
    expect(new Set(INDICATOR_CODES).size).toBe(INDICATOR_CODES.length);
    for (const indicator of INDICATORS) {
      expect(indicator.code).toMatch(/^[A-Z][A-Z0-9_]*$/u);
      expect(indicator.nameKey).toBe(`indicator.${indicator.code}`);
    }
  });

  it('names every indicator and no other, in Vietnamese and English, each name once', () => {
    for (const locale of ['vi', 'en'] as const) {
      const names = reportWords[locale].indicator;
      expect(Object.keys(names)).toEqual(INDICATOR_CODES);
      expect(new Set(Object.values(names)).size).toBe(INDICATOR_CODES.length);
    }
    expect(indicatorName('WOMEN_MEMBERS', 'vi')).toBe('Số đoàn viên nữ');
    expect(indicatorName('WOMEN_MEMBERS', 'en')).toBe('Women members');
    expect(indicatorName('NOT_IN_CATALOG', 'en')).toBe('NOT_IN_CATALOG');
  });

  it('labels each indicator by its unit of measure', () => {
    expect(indicatorMeasureLabel('GRASSROOTS_UNIONS', 'vi')).toBe('CĐCS');
    expect(indicatorMeasureLabel('CARE_SPENDING', 'en')).toBe('VND');
    expect(indicatorMeasureLabel('MEMBERSHIP_RATE', 'vi')).toBe('%');
    expect(indicatorMeasureLabel('NOT_IN_CATALOG', 'vi')).toBe('');
  });

  it.each(INDICATORS.filter((indicator) => indicator.aggregation === 'ratio').map((i) => [i.code, i]))(
    'ratio %s has an additive numerator and denominator in the catalog',
    (_code, indicator) => {
      if (indicator.aggregation !== 'ratio') throw new Error('not a ratio');
      expect(findIndicator(indicator.numerator)?.aggregation).toBe('sum');
      expect(findIndicator(indicator.denominator)?.aggregation).toBe('sum');
    },
  );

  it.each([
    ['MEMBERS', 'membersAsOf'],
    ['NEW_MEMBERS', 'admissionsInPeriod'],
    ['NEW_GRASSROOTS_UNIONS', 'grassrootsUnionsFoundedInPeriod'],
    ['GRASSROOTS_GOOD_OR_BETTER', 'grassrootsUnionsGradedGoodOrBetter'],
  ])('%s is computed from %s', (code, recordSource) => {
    expect(findIndicator(code)).toMatchObject({
      aggregation: 'sum',
      source: { kind: 'computed', recordSource },
    });
  });

  it('measures wages, arrears and care spending in đồng', () => {
    const money = INDICATORS.filter((indicator) => indicator.measure === 'dong').map((i) => i.code);
    expect(money).toEqual(
      expect.arrayContaining([
        'MONTHLY_WAGE_BILL',
        'WAGE_ARREARS',
        'SOCIAL_INSURANCE_ARREARS',
        'CARE_SPENDING',
      ]),
    );
  });
});

describe('indicatorValue: what a unit may submit', () => {
  it.each([
    [0, true],
    [1_250_000_000, true],
    [null, true],
    [-1, false],
    [1.5, false],
    [Number.NaN, false],
  ])('%s → %s', (value, ok) => {
    expect(indicatorValue.safeParse(value).success).toBe(ok);
  });
});

describe('the default forms', () => {
  it.each(DEFAULT_REPORT_FORMS.map((form) => [form.code, form]))(
    '%s names only catalog indicators, each once, with the operands of its ratios',
    (_code, form) => {
      expect(reportFormDefinition.parse(form)).toEqual(form);
      for (const code of form.indicatorCodes) expect(INDICATOR_CODES).toContain(code);
    },
  );

  it('01-HĐCĐ is the grassroots form and 02-HĐCĐ the superior form, which adds the grassroots unions', () => {
    const [grassroots, superior] = DEFAULT_REPORT_FORMS;
    expect(grassroots).toMatchObject({ code: '01-HDCD', level: 'grassroots' });
    expect(superior).toMatchObject({ code: '02-HDCD', level: 'superior' });
    expect(grassroots?.indicatorCodes).toContain('MEMBERS');
    expect(grassroots?.indicatorCodes).not.toContain('NEW_GRASSROOTS_UNIONS');
    expect(superior?.indicatorCodes).toEqual(expect.arrayContaining(grassroots?.indicatorCodes ?? []));
    expect(superior?.indicatorCodes).toEqual(
      expect.arrayContaining(['NEW_GRASSROOTS_UNIONS', 'GRASSROOTS_GOOD_SHARE']),
    );
  });
});

describe('reportFormDefinition: a configured form', () => {
  const form = { code: 'H1-QUICK', name: 'Báo cáo nhanh', level: 'grassroots', indicatorCodes: ['MEMBERS'] };
  it.each([
    ['a valid form', form, null],
    ['an unknown indicator', { ...form, indicatorCodes: ['MEMBERS', 'NOPE'] }, 'error.indicatorUnknown'],
    ['an indicator twice', { ...form, indicatorCodes: ['MEMBERS', 'MEMBERS'] }, 'error.indicatorRepeated'],
    [
      'a ratio without its denominator',
      { ...form, indicatorCodes: ['MEMBERS', 'MEMBERSHIP_RATE'] },
      'error.indicatorRatioOperandMissing',
    ],
    ['no indicators', { ...form, indicatorCodes: [] }, 'too_small'],
    ['an unknown level', { ...form, level: 'national' }, 'invalid_value'],
  ])('%s', (_label, input, problem) => {
    const result = reportFormDefinition.safeParse(input);
    if (problem === null) {
      expect(result.success).toBe(true);
      return;
    }
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(issues.some((issue) => issue.message === problem || issue.code === problem)).toBe(true);
  });
});
