// Seat rules: the executive committee's size by the unit's type and members (RULES.md §1), the chair alone
// below ten members, the inspection committee assigned below thirty; and the same over HTTP for a congress.
import { RULE_SEEDS, type UnitTypeCode } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { type SeatRuleValues, seatRulesFor, seatRuleValuesFrom } from './seats.ts';
import { buildElectionWorld, type ElectionWorld } from './test-congress.ts';

/** The seeded rules in force today, shaped as the server shapes the rules table's. */
function seededValues(): SeatRuleValues {
  return seatRuleValuesFrom((key) => {
    const seeds = RULE_SEEDS.filter((seed) => seed.key === key && !seed.validTo);
    if (seeds.length !== 1) throw new Error(`no single open seed for ${key}`);
    return seeds[0]!.value;
  });
}

const rulesFor = (type: UnitTypeCode, members: number, code = 'X') =>
  seatRulesFor({ type, members, code }, seededValues());
const range = (type: UnitTypeCode, members: number, body: string, code = 'X') => {
  const found = rulesFor(type, members, code).find((item) => item.body === body);
  return found && { min: found.min, max: found.max, chairOnly: found.chairOnly };
};

describe('seat rules by unit type and size', () => {
  it.each([
    // [type, members, code, executive committee min, max, chair only]
    ['grassroots', 9, 'X', 0, 0, true],
    ['grassroots', 10, 'X', 3, 15, false],
    ['grassroots', 2_999, 'X', 3, 15, false],
    ['grassroots', 3_000, 'X', 3, 19, false],
    ['guild', 40, 'X', 3, 15, false],
    ['division', 5, 'X', 0, 0, true],
    ['division', 60, 'X', 3, 7, false],
    ['group', 40, 'X', 0, 0, true],
    ['district', 8_000, 'X', 1, 27, false],
    ['commune', 1_500, 'X', 1, 27, false],
    ['industrial_zone', 30_000, 'X', 1, 27, false],
    ['corporation', 20_000, 'X', 1, 35, false],
    ['provincial', 99_999, 'X', 1, 35, false],
    ['provincial', 100_000, 'X', 1, 49, false],
    ['provincial', 60_000, 'LDLD-HN', 1, 55, false],
    ['provincial', 900_000, 'LDLD-HCM', 1, 55, false],
  ] as const)(
    '%s with %i members (%s): executive committee %i–%i, chair only %s',
    (type, members, code, min, max, chairOnly) => {
      expect(range(type, members, 'executiveCommittee', code)).toEqual({ min, max, chairOnly });
    },
  );

  it('always elects one chair, even where the committee is not elected', () => {
    expect(range('grassroots', 5, 'chair')).toEqual({ min: 1, max: 1, chairOnly: true });
    expect(range('grassroots', 500, 'chair')).toEqual({ min: 1, max: 1, chairOnly: false });
  });

  it('has no standing committee, vice-chairs or inspection committee where only a chair is elected', () => {
    for (const body of ['standingCommittee', 'viceChair', 'inspectionCommittee']) {
      expect(range('grassroots', 9, body)).toEqual({ min: 0, max: 0, chairOnly: true });
    }
  });

  it('assigns inspection to a committee member below thirty members and elects a committee from thirty', () => {
    expect(range('grassroots', 29, 'inspectionCommittee')).toMatchObject({ min: 0, max: 0 });
    expect(range('grassroots', 30, 'inspectionCommittee')).toMatchObject({ min: 1, max: null });
  });

  it('keeps the standing committee and vice-chairs within the executive committee’s size', () => {
    expect(range('grassroots', 3_500, 'standingCommittee')).toMatchObject({ min: 1, max: 19 });
    expect(range('district', 5_000, 'viceChair')).toMatchObject({ min: 1, max: 27 });
  });
});

describe('seat rules of a congress over HTTP', () => {
  let ctx: TestContext;
  let w: ElectionWorld;
  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildElectionWorld(ctx);
  });
  afterAll(() => ctx.close());

  it('sizes the committee by the members of the unit on the congress date', async () => {
    const { status, body } = await w.asLongBien('GET', `/api/congresses/${w.congress}/seat-rules`);
    expect(status).toBe(200);
    const executive = body.find((item: { body: string }) => item.body === 'executiveCommittee');
    // 17 members on the congress date: the one who left before and the one who joined after do not count.
    expect(executive).toEqual({ body: 'executiveCommittee', min: 3, max: 15, chairOnly: false });
    const inspection = body.find((item: { body: string }) => item.body === 'inspectionCommittee');
    expect(inspection).toMatchObject({ min: 0, max: 0 });
  });

  it('refuses seats outside the rules with the range in the error', async () => {
    const candidateMemberIds = w.people.regulars.slice(0, 3);
    const tooMany = await w.asLongBien('POST', `/api/congresses/${w.congress}/elections`, {
      body: 'executiveCommittee',
      seats: 16,
      candidateMemberIds,
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.code).toBe('SEATS_OUT_OF_RANGE');
    expect(tooMany.body.error.message).toContain('3');
    expect(tooMany.body.error.message).toContain('15');
    const tooFew = await w.asLongBien('POST', `/api/congresses/${w.congress}/elections`, {
      body: 'executiveCommittee',
      seats: 2,
      candidateMemberIds,
    });
    expect(tooFew.body.error.code).toBe('SEATS_OUT_OF_RANGE');
  });

  it('lets a union of fewer than ten members elect its chair but no committee', async () => {
    const rules = await w.asLongBien('GET', `/api/congresses/${w.smallCongress}/seat-rules`);
    expect(rules.body.every((item: { chairOnly: boolean }) => item.chairOnly)).toBe(true);
    const committee = await w.asLongBien('POST', `/api/congresses/${w.smallCongress}/elections`, {
      body: 'executiveCommittee',
      seats: 3,
      candidateMemberIds: [w.people.textiles],
    });
    expect([committee.status, committee.body.error.code]).toEqual([422, 'SEATS_OUT_OF_RANGE']);
    const chair = await w.asLongBien('POST', `/api/congresses/${w.smallCongress}/elections`, {
      body: 'chair',
      seats: 1,
      candidateMemberIds: [w.people.textiles],
    });
    expect(chair.status).toBe(201);
    expect(chair.body).toMatchObject({ body: 'chair', round: 1, seats: 1, status: 'nominating' });
  });
});
