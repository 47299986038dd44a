// What year plans say the caller may do, checked against the guards of the routes that do it (test/can.ts)
// for each role of the scope fixture, and what each should see: a unit has one plan a year, so a writer is
// offered to issue only a year without one; a child's achievement is entered by Long Biên's writers for
// Long Biên's children (and for Long Biên itself on Hà Nội's plan), never by a viewer.
import { apiContract, todayInVietnam } from '@congdoan/domain';
import { describe, expect, it } from 'vitest';
import { CAN_USERS, type CanUser, canWorld, expectCanAgrees, writes } from '../../test/can.ts';

const plans = apiContract.yearPlans;

interface Row {
  unitId: number;
  can: { record: boolean };
}
interface Progress {
  targets: { targetId: number; source: string; children: Row[] }[];
}

describe('can of year plans', () => {
  const { ctx, f, get } = canWorld();

  /** Every child row of a plan's progress agrees with the achievement route's guard; the rows by unit. */
  const progressRows = async (user: CanUser, planId: number) => {
    const { status, body } = await get(user, `/api/year-plans/${planId}/progress?asOf=2024-06-30`);
    expect(status).toBe(200);
    const rows = new Map<number, boolean>();
    for (const target of (body as Progress).targets) {
      for (const row of target.children) {
        const params = { id: planId, targetId: target.targetId, unitId: row.unitId };
        await expectCanAgrees(ctx, user, row.can, { record: [plans.recordAchievement, { params }] });
        rows.set(row.unitId, row.can.record);
      }
    }
    return rows;
  };

  it.for(CAN_USERS)(
    'agrees with the guards for %s on issuing Long Biên’s plan for a year without one',
    async (user) => {
      const { body } = await get(user, `/api/year-plans?unitId=${f.units.longBien}&year=2026`);
      const can = await expectCanAgrees(ctx, user, body.can, {
        issue: [plans.issue, { body: { unitId: f.units.longBien, issuedOn: todayInVietnam() } }],
      });
      expect(can.issue).toBe(writes(user));
    },
  );

  it.for(CAN_USERS)('offers %s no second plan of Long Biên for 2024', async (user) => {
    const { body } = await get(user, `/api/year-plans?unitId=${f.units.longBien}&year=2024`);
    expect(body.plans.map((plan: { unit: { id: number } }) => plan.unit.id)).toContain(f.units.longBien);
    expect(body.can).toEqual({ issue: false });
  });

  it.for(CAN_USERS)(
    'agrees with the guards for %s on the achievements of Long Biên’s children',
    async (user) => {
      const rows = await progressRows(user, f.yearPlans.longBien.plan);
      expect(rows.get(f.units.grassrootsA)).toBe(writes(user));
    },
  );

  it.for(CAN_USERS)('lets %s enter Long Biên’s own figure on Hà Nội’s plan, if a writer', async (user) => {
    const rows = await progressRows(user, f.yearPlans.hanoi.plan);
    expect(rows.get(f.units.longBien)).toBe(writes(user));
  });

  it('lets the administrator enter Hoàng Mai’s figures, which Long Biên cannot read', async () => {
    const url = `/api/year-plans/${f.yearPlans.hoangMai.plan}/progress?asOf=2024-06-30`;
    expect((await get('longbien', url)).status).toBe(404);
    const rows = await progressRows('admin', f.yearPlans.hoangMai.plan);
    expect(rows.get(f.units.grassrootsB)).toBe(true);
  });
});
