import { describe, expect, it } from 'vitest';
import { ruleValueFits } from './schemas.ts';
import { RULE_SEEDS } from './seed.ts';

describe('rule seeds', () => {
  it('every seeded value fits its declared type', () => {
    const misfits = RULE_SEEDS.filter((seed) => !ruleValueFits(seed.valueType, seed.value));
    expect(misfits).toEqual([]);
  });

  it('the periods of one key do not overlap and only the last is open', () => {
    const byKey = new Map<string, typeof RULE_SEEDS>();
    for (const seed of RULE_SEEDS) byKey.set(seed.key, [...(byKey.get(seed.key) ?? []), seed]);
    for (const [key, seeds] of byKey) {
      const sorted = [...seeds].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      sorted.forEach((seed, index) => {
        const next = sorted[index + 1];
        if (next) expect(seed.validTo, key).toBe(next.validFrom);
        else expect(seed.validTo, key).toBeUndefined();
      });
    }
  });

  it('dues fall from 1 % to 0.5 % on 1/7/2025', () => {
    const dues = RULE_SEEDS.filter((seed) => seed.key === 'dues.rate');
    expect(dues.map((seed) => [seed.validFrom, seed.value])).toEqual([
      ['2017-01-01', 1],
      ['2025-07-01', 0.5],
    ]);
  });
});
