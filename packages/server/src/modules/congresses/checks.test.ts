// The Charter's checks on a congress's figures, case by case, with the rules as seeded in the rules table:
// the 2/3 quorum at its edge, the delegate congress from 150 members, the delegate caps on both sides of
// each size threshold, and the appointed share.
import type { CongressLevel } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import {
  assertHoldable,
  type CongressFigures,
  congressChecksOf,
  congressRulesOn,
  type UnitSize,
} from './checks.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const DATE = '2024-06-01';

/** The code the holding checks answer with, or 'ok'. */
async function holding(level: CongressLevel, size: Partial<UnitSize>, figures: Partial<CongressFigures>) {
  const unitSize = { members: 0, grassroots: 0, ...size };
  const rules = await congressRulesOn(ctx.database.db, level, unitSize, DATE);
  try {
    assertHoldable(
      'CĐCS Thử',
      level,
      unitSize,
      {
        kind: 'allMember',
        delegatesConvened: null,
        delegatesPresent: null,
        delegatesAppointed: null,
        ...figures,
      },
      rules,
    );
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return `${error.code} ${JSON.stringify(error.params)}`;
    throw error;
  }
}

describe('quorum: at least two thirds of those convened present', () => {
  it.each([
    [150, 100, 'ok'],
    [150, 99, 'QUORUM_NOT_MET {"present":99,"convened":150,"needed":100}'],
    [30, 20, 'ok'],
    [30, 19, 'QUORUM_NOT_MET {"present":19,"convened":30,"needed":20}'],
    // 31 × 2/3 = 20.67: 21 are needed, 20 is too few
    [31, 21, 'ok'],
    [31, 20, 'QUORUM_NOT_MET {"present":20,"convened":31,"needed":21}'],
    [3, 2, 'ok'],
    [3, 1, 'QUORUM_NOT_MET {"present":1,"convened":3,"needed":2}'],
    [20, 21, 'PRESENT_OVER_CONVENED {"present":21,"convened":20}'],
  ])('%i convened, %i present → %s', async (convened, present, expected) => {
    expect(
      await holding(
        'grassroots',
        { members: 1000 },
        { kind: 'delegate', delegatesConvened: convened, delegatesPresent: present },
      ),
    ).toBe(expected);
  });

  it('needs the figures to record a congress as held', async () => {
    expect(await holding('grassroots', { members: 10 }, { delegatesConvened: 10 })).toBe(
      'CONGRESS_FIGURES_MISSING {}',
    );
  });
});

describe('all-member or delegate congress by size', () => {
  it.each([
    [149, 'allMember', 'ok'],
    [150, 'allMember', 'DELEGATE_CONGRESS_REQUIRED {"name":"CĐCS Thử","members":150,"min":150}'],
    [150, 'delegate', 'ok'],
    [4000, 'allMember', 'DELEGATE_CONGRESS_REQUIRED {"name":"CĐCS Thử","members":4000,"min":150}'],
    // a small union may still choose a delegate congress
    [40, 'delegate', 'ok'],
  ] as const)(
    'a grassroots union of %i members holding an %s congress → %s',
    async (members, kind, expected) => {
      expect(
        await holding('grassroots', { members }, { kind, delegatesConvened: 100, delegatesPresent: 100 }),
      ).toBe(expected);
    },
  );

  it.each([
    ['superior', 100],
    ['provincial', 100],
  ] as const)(
    'a %s union always convenes delegates, whatever its size (%i members)',
    async (level, members) => {
      expect(
        await holding(level, { members }, { kind: 'allMember', delegatesConvened: 90, delegatesPresent: 90 }),
      ).toMatch(/^DELEGATE_CONGRESS_REQUIRED/u);
    },
  );

  it('reports the required kind and the cap in the checks', async () => {
    const size = { members: 150, grassroots: 0 };
    const rules = await congressRulesOn(ctx.database.db, 'grassroots', size, DATE);
    const figures = {
      kind: 'delegate' as const,
      delegatesConvened: 120,
      delegatesPresent: 80,
      delegatesAppointed: 0,
    };
    expect(congressChecksOf('grassroots', size, figures, rules)).toEqual({
      members: 150,
      requiredKind: 'delegate',
      delegateCap: 150,
      quorumNeeded: 80,
      quorumMet: true,
    });
    const small = congressChecksOf(
      'grassroots',
      { members: 40, grassroots: 0 },
      {
        kind: 'allMember',
        delegatesConvened: null,
        delegatesPresent: null,
        delegatesAppointed: null,
      },
      rules,
    );
    expect(small).toMatchObject({
      requiredKind: 'allMember',
      delegateCap: null,
      quorumNeeded: null,
      quorumMet: null,
    });
  });
});

describe('delegate caps by level and size', () => {
  it.each([
    // grassroots: 150, 200 above 5,000 members
    ['grassroots', 5000, 0, 150],
    ['grassroots', 5001, 0, 200],
    // superior: 200, 300 above 80,000 members or above 300 grassroots unions
    ['superior', 80_000, 300, 200],
    ['superior', 80_001, 10, 300],
    ['superior', 20_000, 301, 300],
    // provincial: 250, then 300 / 400 / 500 from 80,000 / 100,000 / 300,000 members
    ['provincial', 79_999, 0, 250],
    ['provincial', 80_000, 0, 300],
    ['provincial', 100_000, 0, 400],
    ['provincial', 299_999, 0, 400],
    ['provincial', 300_000, 0, 500],
  ] as const)(
    '%s with %i members and %i grassroots unions: at most %i',
    async (level, members, grassroots, cap) => {
      const size = { members, grassroots };
      const at = await holding(level, size, {
        kind: 'delegate',
        delegatesConvened: cap,
        delegatesPresent: cap,
      });
      const over = await holding(level, size, {
        kind: 'delegate',
        delegatesConvened: cap + 1,
        delegatesPresent: cap + 1,
      });
      expect([at, over]).toEqual(['ok', `DELEGATES_OVER_CAP {"convened":${cap + 1},"cap":${cap}}`]);
    },
  );
});

describe('appointed delegates: at most 5 % of those convened', () => {
  it.each([
    [100, 5, 'ok'],
    [100, 6, 'APPOINTED_DELEGATES_TOO_MANY {"appointed":6,"max":5,"percent":5}'],
    [150, 7, 'ok'],
    [150, 8, 'APPOINTED_DELEGATES_TOO_MANY {"appointed":8,"max":7,"percent":5}'],
    [19, 0, 'ok'],
    [19, 1, 'APPOINTED_DELEGATES_TOO_MANY {"appointed":1,"max":0,"percent":5}'],
  ])('%i convened, %i appointed → %s', async (convened, appointed, expected) => {
    expect(
      await holding(
        'grassroots',
        { members: 1000 },
        {
          kind: 'delegate',
          delegatesConvened: convened,
          delegatesPresent: convened,
          delegatesAppointed: appointed,
        },
      ),
    ).toBe(expected);
  });
});
