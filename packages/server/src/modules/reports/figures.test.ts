// The figures engine: roll-up = the children's figures plus the unit's own records, ratios recomputed from
// the summed operands, computed figures as the records stood on the cut-off (agreeing with the member
// statistics), entered figures only from submitted or approved reports, last year's figures beside.
import { INDICATORS } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { memberStatsFor } from '../members/stats.ts';
import { figuresFor, lastYearFiguresFor, lastYearPeriodFor, loadPeriod, type PeriodRow } from './figures.ts';
import { buildFiguresWorld, type FiguresWorld } from './test-figures.ts';

let ctx: TestContext;
let world: FiguresWorld;
let period: PeriodRow;

beforeAll(async () => {
  ctx = await createTestContext();
  world = await buildFiguresWorld(ctx);
  period = await loadPeriod(ctx.database.db, world.periods.h2025);
}, 120_000);
afterAll(async () => {
  await ctx?.close();
});

const figures = (unitId: number) => figuresFor(ctx.database.db, period, unitId);

describe('loadPeriod', () => {
  it('reads the dates, the issuer and the codes of both forms', () => {
    expect(period).toMatchObject({
      unitId: world.units.hanoi,
      unitName: 'LĐLĐ thành phố Hà Nội',
      kind: 'halfYear',
      startsOn: '2024-12-01',
      cutOff: '2025-05-31',
      dueOn: '2025-06-10',
      grassrootsFormCode: '01-HDCD',
      superiorFormCode: '02-HDCD',
    });
    expect(period.grassrootsCodes).toContain('MEMBERS');
    expect(period.grassrootsCodes).not.toContain('GRASSROOTS_UNIONS');
    expect(period.superiorCodes).toContain('GRASSROOTS_UNIONS');
  });

  it('refuses a period that does not exist', async () => {
    await expect(loadPeriod(ctx.database.db, 999_999)).rejects.toMatchObject({
      code: 'REPORT_PERIOD_NOT_FOUND',
    });
  });
});

describe('computed figures: the records as of the cut-off', () => {
  it.each([
    // unit, members, women, admissions, departures
    ['grassrootsA', 3, 1, 2, 1],
    ['grassrootsA2', 1, 1, 0, 1],
    ['grassrootsA3', 0, 0, 0, 0],
    ['grassrootsB', 1, 0, 1, 1],
    ['longBien', 5, 3, 2, 1],
    ['hoangMai', 1, 0, 1, 1],
    ['hanoi', 6, 3, 2, 1],
  ] as const)(
    '%s: %i members (%i women), %i admitted, %i left',
    async (unit, members, women, admitted, left) => {
      const { values, sources } = await figures(world.units[unit]);
      expect(values).toMatchObject({
        MEMBERS: members,
        WOMEN_MEMBERS: women,
        NEW_MEMBERS: admitted,
        MEMBERS_LEAVING: left,
      });
      expect(sources.MEMBERS).toBe('computed');
    },
  );

  it.each([
    'grassrootsA',
    'grassrootsA2',
    'grassrootsA3',
    'grassrootsB',
    'longBien',
    'hoangMai',
    'hanoi',
  ] as const)('%s agrees with the member statistics for the same dates', async (unit) => {
    const unitId = world.units[unit];
    const stats = await memberStatsFor(ctx.database.db, unitId, {
      asOf: period.cutOff,
      from: period.startsOn,
      to: period.cutOff,
    });
    const { values } = await figures(unitId);
    expect([values.MEMBERS, values.WOMEN_MEMBERS, values.NEW_MEMBERS, values.MEMBERS_LEAVING]).toEqual([
      stats.members,
      stats.women,
      stats.admissions,
      stats.departures,
    ]);
  });

  it('a move between two children changes them, not the total: one member more in A, one fewer in A2', async () => {
    const longBien = await figures(world.units.longBien);
    const a = longBien.children.find((child) => child.unitId === world.units.grassrootsA)!;
    const a2 = longBien.children.find((child) => child.unitId === world.units.grassrootsA2)!;
    // A: 3 at the start, a woman left before the period, a man moved out, one admitted, one moved in
    expect(a.values.MEMBERS).toBe(3);
    expect(a2.values.MEMBERS).toBe(1);
    expect(a2.values.MEMBERS_LEAVING).toBe(1);
    // Long Biên: the move A2 → A is neither an admission nor a departure; the admitted and its own member are
    const own = 1;
    expect(longBien.values.MEMBERS).toBe((a.values.MEMBERS ?? 0) + (a2.values.MEMBERS ?? 0) + own);
    expect(longBien.values.NEW_MEMBERS).toBe((a.values.NEW_MEMBERS ?? 0) + own - 1);
  });

  it('counts grassroots unions live on the cut-off, founded and dissolved in the period', async () => {
    const longBien = await figures(world.units.longBien);
    expect(longBien.values).toMatchObject({
      GRASSROOTS_UNIONS: 3,
      NEW_GRASSROOTS_UNIONS: 1,
      DISSOLVED_GRASSROOTS_UNIONS: 1,
    });
    const hanoi = await figures(world.units.hanoi);
    expect(hanoi.values).toMatchObject({
      GRASSROOTS_UNIONS: 4,
      NEW_GRASSROOTS_UNIONS: 1,
      DISSOLVED_GRASSROOTS_UNIONS: 1,
    });
    expect((await figures(world.units.grassrootsA)).values.GRASSROOTS_UNIONS).toBe(1);
  });

  it("counts last year's reviewed assessments reviewed by the cut-off, good or better apart", async () => {
    const longBien = await figures(world.units.longBien);
    expect(longBien.values).toMatchObject({
      GRASSROOTS_ASSESSED: 2,
      GRASSROOTS_GOOD_OR_BETTER: 1,
      GRASSROOTS_GOOD_SHARE: 0.5,
    });
    // B's grade came after the cut-off, A3's is of 2023
    expect((await figures(world.units.hoangMai)).values.GRASSROOTS_ASSESSED).toBe(0);
    expect((await figures(world.units.hanoi)).values.GRASSROOTS_ASSESSED).toBe(2);
  });
});

describe('entered figures', () => {
  it('count only from submitted and approved reports: a draft and a returned report are blank', async () => {
    const longBien = await figures(world.units.longBien);
    const byId = new Map(longBien.children.map((child) => [child.unitId, child]));
    expect(byId.get(world.units.grassrootsA)?.values.WORKERS).toBe(10);
    expect(byId.get(world.units.grassrootsA2)?.values.WORKERS).toBe(30);
    expect(byId.get(world.units.grassrootsA3)?.values.WORKERS).toBeNull();
    expect(byId.get(world.units.grassrootsA3)?.reportStatus).toBe('draft');
    expect((await figures(world.units.grassrootsB)).values.WORKERS).toBeNull();
    // the draft's own form still shows what was typed
    expect((await figures(world.units.grassrootsA3)).ownEntered.WORKERS).toBe(50);
  });

  it("codes the children's forms carry are rolled up (the unit's own figure ignored); others are its own", async () => {
    const longBien = await figures(world.units.longBien);
    expect(longBien.values.WORKERS).toBe(40);
    expect(longBien.sources.WORKERS).toBe('rolledUp');
    expect(longBien.values.EMPLOYERS_WITHOUT_UNION).toBe(3);
    expect(longBien.sources.EMPLOYERS_WITHOUT_UNION).toBe('entered');
    const hanoi = await figures(world.units.hanoi);
    expect(hanoi.values.EMPLOYERS_WITHOUT_UNION).toBe(3);
    expect(hanoi.sources.EMPLOYERS_WITHOUT_UNION).toBe('rolledUp');
    expect(hanoi.values.WORKERS).toBe(40);
    expect((await figures(world.units.grassrootsA)).sources.WORKERS).toBe('entered');
  });
});

describe('the roll-up', () => {
  const additive = INDICATORS.filter((indicator) => indicator.aggregation === 'sum').map((i) => i.code);
  const movements = ['NEW_MEMBERS', 'MEMBERS_LEAVING'];

  // the unit's own records: Long Biên's own member (a woman) and A4, dissolved under it in the period
  const ownRecords: Record<string, Record<string, number>> = {
    hanoi: {},
    longBien: { MEMBERS: 1, WOMEN_MEMBERS: 1, DISSOLVED_GRASSROOTS_UNIONS: 1 },
    hoangMai: {},
  };

  it.each(['hanoi', 'longBien', 'hoangMai'] as const)(
    '%s: every additive figure is the sum of its reporting children plus its own records',
    async (unit) => {
      const parent = await figures(world.units[unit]);
      let checked = 0;
      for (const code of additive) {
        if (movements.includes(code) || parent.sources[code] === 'entered') continue;
        const values = parent.children.map((child) => child.values[code]).filter((v) => v != null);
        const sum = values.length === 0 ? null : values.reduce((a, b) => (a ?? 0) + (b ?? 0), 0);
        const own = ownRecords[unit]?.[code] ?? 0;
        const expected = parent.sources[code] === 'rolledUp' ? sum : (sum ?? 0) + own;
        expect([code, parent.values[code]]).toEqual([code, expected]);
        checked++;
      }
      expect(checked).toBeGreaterThan(30);
    },
  );

  it('recomputes ratios from the summed operands instead of averaging the children', async () => {
    const longBien = await figures(world.units.longBien);
    const a = longBien.children.find((child) => child.unitId === world.units.grassrootsA)!;
    const a2 = longBien.children.find((child) => child.unitId === world.units.grassrootsA2)!;
    expect(a.values.AVERAGE_MONTHLY_WAGE).toBe(10_000_000);
    expect(a2.values.AVERAGE_MONTHLY_WAGE).toBe(5_000_000);
    // (100 + 150) million over 40 workers, not the mean 7.5 million of the two
    expect(longBien.values.AVERAGE_MONTHLY_WAGE).toBe(6_250_000);
    expect(longBien.sources.AVERAGE_MONTHLY_WAGE).toBe('ratio');
    // The membership rate compares the members and workers of the unions that reported workers (A and A2),
    // not every union's members (A3's draft has none counted) with the workers of some.
    const reportedMembers = a.values.MEMBERS! + a2.values.MEMBERS!;
    expect(longBien.values.MEMBERS).toBeGreaterThan(reportedMembers);
    expect(longBien.values.MEMBERSHIP_RATE).toBe(reportedMembers / 40);
    // Hoàng Mai's only report was returned: it has no workers, so Hà Nội's rate is Long Biên's.
    expect((await figures(world.units.hanoi)).values.MEMBERSHIP_RATE).toBe(reportedMembers / 40);
  });

  it("drills down: a child's figures list that child's reporting children", async () => {
    const hanoi = await figures(world.units.hanoi);
    expect(hanoi.children.map((child) => child.unitName)).toEqual([
      'LĐLĐ quận Hoàng Mai',
      'LĐLĐ quận Long Biên',
    ]);
    expect(hanoi.children.every((child) => child.level === 'superior' && child.hasChildren)).toBe(true);
    const longBien = await figures(world.units.longBien);
    expect(longBien.children.map((child) => child.unitName)).toEqual([
      'CĐCS Công ty Long Biên A',
      'CĐCS Công ty Long Biên A2',
      'CĐCS Công ty Long Biên A3',
    ]);
    expect(longBien.children.map((child) => child.reportStatus)).toEqual(['submitted', 'approved', 'draft']);
    expect(longBien.children[0]).toMatchObject({ level: 'grassroots', hasChildren: false, late: false });
    const hoangMai = await figures(world.units.hoangMai);
    expect(hoangMai.children[0]).toMatchObject({ reportStatus: 'returned', late: true });
  });
});

describe('inside a transaction', () => {
  it('gives the same figures as on the database (the grouped queries share one connection)', async () => {
    const outside = await figures(world.units.hanoi);
    const inside = await ctx.database.db.transaction((tx) => figuresFor(tx, period, world.units.hanoi));
    expect(inside.values).toEqual(outside.values);
    expect(inside.children.map((child) => child.values)).toEqual(
      outside.children.map((child) => child.values),
    );
  });
});

describe("last year's figures", () => {
  it('come from the closest issuer’s period of the same kind a year before', async () => {
    const db = ctx.database.db;
    expect(await lastYearPeriodFor(db, period, world.units.grassrootsA)).toBe(world.periods.longBien2024);
    expect(await lastYearPeriodFor(db, period, world.units.grassrootsB)).toBe(world.periods.h2024);
    expect(await lastYearPeriodFor(db, period, world.units.hanoi)).toBe(world.periods.h2024);
    const lastYearPeriod = await loadPeriod(db, world.periods.h2024);
    expect(await lastYearPeriodFor(db, lastYearPeriod, world.units.hanoi)).toBeNull();
  });

  it('are computed from the records at last year’s cut-off and last year’s reports', async () => {
    const last = await lastYearFiguresFor(ctx.database.db, period, world.units.grassrootsA);
    expect(last?.periodId).toBe(world.periods.longBien2024);
    // on 31/5/2024 the three first members were all in A, all admitted in that period
    expect(last?.figures.values).toMatchObject({ MEMBERS: 3, WOMEN_MEMBERS: 2, NEW_MEMBERS: 3, WORKERS: 9 });
    const hanoi = await lastYearFiguresFor(ctx.database.db, period, world.units.hanoi);
    expect(hanoi?.figures.values).toMatchObject({ MEMBERS: 6, WORKERS: 8, GRASSROOTS_UNIONS: 4 });
  });
});
