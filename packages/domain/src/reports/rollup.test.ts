import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_FORMS, INDICATORS } from './indicators.ts';
import { combineRollUp, type IndicatorValues, indicatorsOf, rollUp } from './rollup.ts';

const set = indicatorsOf(['MEMBERS', 'WORKERS', 'MEMBERSHIP_RATE', 'CARE_SPENDING']);

describe('rollUp: additive figures are the sum of the children', () => {
  it.each<[string, IndicatorValues[], number | null, number]>([
    ['three children', [{ MEMBERS: 120 }, { MEMBERS: 35 }, { MEMBERS: 7 }], 162, 3],
    ['a blank child is skipped, not a zero', [{ MEMBERS: 120 }, { MEMBERS: null }, {}], 120, 1],
    ['a real zero counts as a report', [{ MEMBERS: 0 }, { MEMBERS: 5 }], 5, 2],
    ['nobody reported', [{ MEMBERS: null }, {}], null, 0],
    ['no children at all', [], null, 0],
  ])('%s', (_label, children, members, reporting) => {
    const result = rollUp(children, set);
    expect(result.values.MEMBERS).toBe(members);
    expect(result.childrenReporting.MEMBERS).toBe(reporting);
  });

  it('every additive indicator of the superior form sums over random children', () => {
    const form = indicatorsOf(DEFAULT_REPORT_FORMS[1]?.indicatorCodes ?? []);
    const children = Array.from({ length: 25 }, (_, i) =>
      Object.fromEntries(form.map((indicator, j) => [indicator.code, ((i + 1) * 7919 + j * 104_729) % 5000])),
    );
    const result = rollUp(children, form);
    for (const indicator of form.filter((i) => i.aggregation === 'sum')) {
      const expected = children.reduce((total, child) => total + (child[indicator.code] ?? 0), 0);
      expect(result.values[indicator.code]).toBe(expected);
    }
  });
});

describe('rollUp: ratios are recomputed, never averaged', () => {
  it.each<[string, IndicatorValues[], number | null, number]>([
    [
      '1/2 and 9/10 make 10/12, not the average 0.7',
      [
        { MEMBERS: 1, WORKERS: 2, MEMBERSHIP_RATE: 0.5 },
        { MEMBERS: 9, WORKERS: 10, MEMBERSHIP_RATE: 0.9 },
      ],
      10 / 12,
      2,
    ],
    ["a child's own ratio figure is ignored", [{ MEMBERS: 3, WORKERS: 4, MEMBERSHIP_RATE: 0.1 }], 0.75, 1],
    ['a zero denominator gives no ratio', [{ MEMBERS: 0, WORKERS: 0 }], null, 1],
    ['a blank denominator gives no ratio', [{ MEMBERS: 5 }], null, 0],
    [
      'children without the workforce still add members',
      [{ MEMBERS: 5 }, { MEMBERS: 5, WORKERS: 20 }],
      0.5,
      1,
    ],
  ])('%s', (_label, children, rate, reporting) => {
    const result = rollUp(children, set);
    expect(result.values.MEMBERSHIP_RATE).toBe(rate);
    expect(result.childrenReporting.MEMBERSHIP_RATE).toBe(reporting);
  });

  it('recomputes a ratio whose operands are not in the set, and keeps their sums to roll up again', () => {
    const onlyRate = indicatorsOf(['GRASSROOTS_GOOD_SHARE']);
    const districts = [
      rollUp([{ GRASSROOTS_GOOD_OR_BETTER: 19, GRASSROOTS_ASSESSED: 20 }], onlyRate),
      rollUp([{ GRASSROOTS_GOOD_OR_BETTER: 1, GRASSROOTS_ASSESSED: 4 }], onlyRate),
    ];
    expect(districts.map((d) => d.values.GRASSROOTS_GOOD_SHARE)).toEqual([0.95, 0.25]);
    const province = rollUp(
      districts.map((d) => d.values),
      onlyRate,
    );
    expect(province.values.GRASSROOTS_GOOD_SHARE).toBe(20 / 24);
  });

  it('an average wage is whole đồng', () => {
    const wage = indicatorsOf(['MONTHLY_WAGE_BILL', 'WORKERS', 'AVERAGE_MONTHLY_WAGE']);
    const result = rollUp(
      [
        { MONTHLY_WAGE_BILL: 1_000_000_000, WORKERS: 120 },
        { MONTHLY_WAGE_BILL: 25_000_001, WORKERS: 3 },
      ],
      wage,
    );
    expect(result.values.AVERAGE_MONTHLY_WAGE).toBe(8_333_333);
  });
});

describe('money stays whole đồng', () => {
  it('sums of whole đồng are whole and exact at national scale', () => {
    const children = Array.from({ length: 130_000 }, (_, i) => ({ CARE_SPENDING: 12_345_678 + i }));
    const total = rollUp(children, set).values.CARE_SPENDING;
    expect(Number.isInteger(total)).toBe(true);
    expect(total).toBe(130_000 * 12_345_678 + (129_999 * 130_000) / 2);
  });
});

describe('combineRollUp: a unit with figures of its own besides its children', () => {
  const children = rollUp(
    [
      { MEMBERS: 1, WORKERS: 2 },
      { MEMBERS: 9, WORKERS: 10 },
    ],
    set,
  );
  it.each<[string, IndicatorValues, Record<string, number | null>]>([
    [
      'own members add to the children, the rate is recomputed',
      { MEMBERS: 30, WORKERS: 36, CARE_SPENDING: 5_000_000 },
      { MEMBERS: 40, WORKERS: 48, MEMBERSHIP_RATE: 40 / 48, CARE_SPENDING: 5_000_000 },
    ],
    [
      'blank own figures leave the children as they are',
      {},
      { MEMBERS: 10, WORKERS: 12, MEMBERSHIP_RATE: 10 / 12, CARE_SPENDING: null },
    ],
  ])('%s', (_label, own, expected) => {
    const result = combineRollUp(own, children, set);
    expect(result.values).toEqual(expected);
    expect(result.childrenReporting).toEqual(children.childrenReporting);
  });

  it('a unit without children keeps its own figures', () => {
    const result = combineRollUp({ MEMBERS: 3, WORKERS: 0 }, rollUp([], set), set);
    expect(result.values).toMatchObject({ MEMBERS: 3, WORKERS: 0, MEMBERSHIP_RATE: null });
  });
});

describe('indicatorsOf', () => {
  it('keeps the order given and refuses unknown codes', () => {
    expect(indicatorsOf(['WORKERS', 'MEMBERS']).map((i) => i.code)).toEqual(['WORKERS', 'MEMBERS']);
    expect(() => indicatorsOf(['NOPE'])).toThrow();
    expect(indicatorsOf(INDICATORS.map((i) => i.code))).toHaveLength(INDICATORS.length);
  });
});
