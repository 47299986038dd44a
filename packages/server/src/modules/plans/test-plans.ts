// Test fixture for year plans, for the route walk (platform/scope.test.ts): a 2024 plan of Hà Nội, Long Biên
// and Hoàng Mai each, straight into the tables, with one entered target (PETITIONS) for all children.
import type { Tx } from '../../db/client.ts';
import { planTargets, yearPlans } from '../../db/schema/index.ts';
import type { TestContext } from '../../test/context.ts';

async function insertPlan(tx: Tx, unitId: number) {
  const [plan] = await tx
    .insert(yearPlans)
    .values({
      unitId,
      year: 2024,
      theme: 'Chương trình công tác năm 2024',
      keyTasks: ['Phát triển đoàn viên'],
      issuedOn: '2024-01-10',
    })
    .returning({ id: yearPlans.id });
  const [target] = await tx
    .insert(planTargets)
    .values({ planId: plan!.id, indicatorCode: 'PETITIONS', valueForAll: '2', listOrder: 0 })
    .returning({ id: planTargets.id });
  return { plan: plan!.id, target: target!.id };
}

export async function insertScopePlans(
  ctx: TestContext,
  units: { hanoi: number; longBien: number; hoangMai: number },
) {
  return ctx.database.db.transaction(async (tx) => ({
    hanoi: await insertPlan(tx, units.hanoi),
    longBien: await insertPlan(tx, units.longBien),
    hoangMai: await insertPlan(tx, units.hoangMai),
  }));
}
