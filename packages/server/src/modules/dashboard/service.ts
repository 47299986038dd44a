// The home dashboard of a unit as of a date (issue #5, item 5): its members with a year's trend, the congress
// cycle running, the latest report period's completeness, the targets the level above gave it, overdue tasks
// and reminders to report. Each part asks the feature that owns it; this module picks and joins.
import { type Dashboard, type ReportCompleteness, todayInVietnam } from '@congdoan/domain';
import type { Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { assertUnitReadable } from '../../platform/scope.ts';
import { plansForUnit } from '../congresses/plans.ts';
import { congressProgressOf } from '../congresses/progress.ts';
import { memberStatsFor } from '../members/stats.ts';
import { listPlansFor, planProgress } from '../plans/queries.ts';
import { completenessCounts } from '../reports/completeness.ts';
import {
  cyclesHeldIn,
  latestPeriodOver,
  memberTrend,
  overdueTasks,
  remindersOf,
  trendDays,
  type UnitRow,
  unitOn,
} from './queries.ts';

async function membersPart(tx: Tx, unitId: number, asOf: string): Promise<Dashboard['members']> {
  const stats = await memberStatsFor(tx, unitId, { asOf });
  return {
    members: stats.members,
    women: stats.women,
    admissionsThisYear: stats.admissions,
    departuresThisYear: stats.departures,
    trend: await memberTrend(tx, unitId, trendDays(asOf)),
  };
}

/**
 * The cycle running on asOf: of the cycles with a plan applying to the unit issued by then or a congress
 * in its subtree held by then, those not over before asOf's year, the one that started last.
 */
async function cycleRunning(tx: Tx, unitId: number, asOf: string): Promise<string | null> {
  const cycles = new Set(
    (await plansForUnit(tx, unitId)).filter((plan) => plan.issuedOn <= asOf).map((plan) => plan.cycle),
  );
  for (const cycle of await cyclesHeldIn(tx, unitId, asOf)) cycles.add(cycle);
  const year = Number(asOf.slice(0, 4));
  const running = [...cycles].filter((cycle) => Number(cycle.slice(5)) >= year).sort();
  return running.at(-1) ?? null;
}

async function congressPart(
  tx: Tx,
  actor: Actor,
  unitId: number,
  asOf: string,
): Promise<Dashboard['congress']> {
  const cycle = await cycleRunning(tx, unitId, asOf);
  if (!cycle) return null;
  const progress = await congressProgressOf(tx, actor, { unitId, cycle, asOf }, 0);
  const level = (name: 'grassroots' | 'superior') => {
    const found = progress.levels.find((item) => item.level === name);
    return { held: found?.held ?? 0, total: found?.total ?? 0 };
  };
  return {
    termLabel: cycle,
    planId: progress.plan?.id ?? null,
    grassroots: level('grassroots'),
    superior: level('superior'),
  };
}

/**
 * The latest period opened by the unit or a unit above it that has started by asOf, its completeness below
 * the unit, and the unit's own report when the unit is one that reports (tier 1–3 below the issuer).
 */
async function reportingPart(
  tx: Tx,
  actor: Actor,
  unit: UnitRow & { id: number },
  asOf: string,
): Promise<Dashboard['reporting']> {
  const period = await latestPeriodOver(tx, unit, asOf);
  if (!period) return null;
  let counts: ReportCompleteness['counts'];
  try {
    counts = await completenessCounts(tx, actor, period.id, unit.id);
  } catch (error) {
    // A unit that is not in the period's tree on its cut-off (a division, a union founded since) has none.
    if (error instanceof AppError && error.code === 'REPORT_UNIT_NOT_REPORTING') return null;
    throw error;
  }
  const reports = period.issuer_id !== unit.id && unit.tier >= 1 && unit.tier <= 3;
  return {
    periodId: period.id,
    name: period.name,
    dueOn: period.due_on,
    expected: counts.expected,
    // Reported: submitted and waiting for review, or already approved.
    submitted: counts.submitted + counts.approved,
    approved: counts.approved,
    late: counts.late,
    ownStatus: reports ? (period.own_status ?? 'missing') : null,
  };
}

/**
 * The targets of the plans above the unit for asOf's year that assign it a figure, with what it achieved.
 * planProgress counts every child of the issuer the actor reads; asked as by an officer of the unit itself,
 * it counts only this unit (not each of its siblings).
 */
async function targetsPart(
  tx: Tx,
  actor: Actor,
  unitId: number,
  asOf: string,
): Promise<Dashboard['targets']> {
  const plans = (await listPlansFor(tx, unitId, Number(asOf.slice(0, 4)))).filter(
    (plan) => plan.unit.id !== unitId,
  );
  const targets: Dashboard['targets'] = [];
  for (const plan of plans) {
    const assigned = plan.targets.filter(
      (target) => target.valueForAll !== null || target.perChild.some((child) => child.unitId === unitId),
    );
    if (assigned.length === 0) continue;
    const progress = await planProgress(tx, { ...actor, unitId }, plan.id, asOf);
    for (const target of progress.targets) {
      if (!assigned.some((each) => each.id === target.targetId)) continue;
      const row = target.children.find((child) => child.unitId === unitId);
      if (!row) continue;
      targets.push({
        planId: plan.id,
        indicatorCode: target.indicatorCode,
        assigned: row.assigned,
        achieved: row.achieved,
        ratio: row.ratio,
      });
    }
  }
  return targets;
}

/** The dashboard of `unitId` (default the actor's unit) as of asOf (default today in Vietnam). */
export async function dashboardOf(
  tx: Tx,
  actor: Actor,
  query: { unitId?: number | undefined; asOf?: string | undefined },
): Promise<Dashboard> {
  const unitId = query.unitId ?? actor.unitId;
  const asOf = query.asOf ?? todayInVietnam();
  await assertUnitReadable(tx, actor, unitId, asOf);
  const unit = { id: unitId, ...(await unitOn(tx, unitId, asOf)) };
  return {
    unit: { id: unit.id, name: unit.name, tier: unit.tier },
    asOf,
    members: await membersPart(tx, unitId, asOf),
    congress: await congressPart(tx, actor, unitId, asOf),
    reporting: await reportingPart(tx, actor, unit, asOf),
    targets: await targetsPart(tx, actor, unitId, asOf),
    overdueTasks: await overdueTasks(tx, actor, unitId, asOf),
    reminders: await remindersOf(tx, unitId, asOf),
  };
}
