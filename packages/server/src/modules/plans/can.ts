// Year plans as the caller sees them, with what they may do sent as `can`: issue the unit's own plan for the
// year (the guard of the issuing route, and no plan of the unit for that year yet), and enter a child's
// achievement on an entered target (the guard of that route, and the service's rule of who writes for whom).
// Run outside transactions: the guards read through the app's database.
import {
  apiContract,
  type ChildProgress,
  type TargetProgress,
  type TargetProgressData,
  todayInVietnam,
  type YearPlan,
  type YearPlanList,
} from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import type { Tx } from '../../db/client.ts';
import { actorOf } from '../../platform/context.ts';
import { canOf } from '../../platform/policy.ts';
import { mayRecordFor } from './service.ts';

const routes = apiContract.yearPlans;

/** The plans that apply to a unit, and whether the caller may issue the unit's own plan for `year` today. */
export async function planListView(
  request: FastifyRequest,
  unitId: number,
  year: number,
  plans: YearPlan[],
): Promise<YearPlanList> {
  const { issue } = await canOf(request, {
    issue: [routes.issue, { body: { unitId, issuedOn: todayInVietnam() } }],
  });
  const issued = plans.some((plan) => plan.unit.id === unitId && plan.year === year);
  return { plans, can: { issue: issue && !issued } };
}

/**
 * A plan's progress with, on each child's row of an entered target, whether the caller may enter its
 * achievement as of the day shown (today when that is later).
 */
export async function progressView(
  tx: Tx,
  request: FastifyRequest,
  plan: YearPlan,
  progress: TargetProgressData,
): Promise<TargetProgress> {
  const actor = actorOf(request);
  const today = todayInVietnam();
  const day = progress.asOf < today ? progress.asOf : today;
  const allowed = new Map<number, boolean>();
  const may = async (unitId: number) => {
    const known = allowed.get(unitId) ?? (await mayRecordFor(tx, actor, plan.unit.id, unitId, day));
    allowed.set(unitId, known);
    return known;
  };
  const targets: TargetProgress['targets'] = [];
  for (const target of progress.targets) {
    const children: ChildProgress[] = [];
    for (const child of target.children) {
      const params = { id: plan.id, targetId: target.targetId, unitId: child.unitId };
      const guard = await canOf(request, { record: [routes.recordAchievement, { params }] });
      const record = guard.record && target.source === 'entered' && (await may(child.unitId));
      children.push({ ...child, can: { record } });
    }
    targets.push({ ...target, children });
  }
  return { ...progress, targets };
}
