// Reading year plans: a plan with its targets and their assignments, the plans that apply to a unit (its
// own and those of the units above it), who may read a plan, and the progress of each child of the issuer
// towards its figures as of a day.
import { findIndicator, type TargetProgressData, type YearPlan } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { NotFound } from '../../platform/errors.ts';
import { inScope, outOfReach, unitInScopeOn } from '../../platform/scope.ts';
import { memberStatsFor } from '../members/stats.ts';
import { currentTree, pathWithin, treeOn, unitName } from '../org/index.ts';

interface PlanRow {
  id: number;
  unit_id: number;
  unit_name: string;
  year: number;
  theme: string;
  key_tasks: string[];
  document_number: string | null;
  issued_on: string;
}

async function planRows(tx: Tx, where: ReturnType<typeof sql>): Promise<PlanRow[]> {
  return queryRows<PlanRow>(
    tx,
    sql`select p.id, p.unit_id, ${unitName(sql`p.unit_id`)} as unit_name, p.year, p.theme, p.key_tasks,
          p.document_number, p.issued_on::text
        from year_plans p where ${where} order by p.year desc, p.id`,
  );
}

async function withTargets(tx: Tx, plans: PlanRow[]): Promise<YearPlan[]> {
  if (plans.length === 0) return [];
  const planIds = sql.join(
    plans.map((plan) => sql`${plan.id}`),
    sql`, `,
  );
  const targets = await queryRows<{
    id: number;
    plan_id: number;
    indicator_code: string;
    value_for_all: string | null;
    note: string | null;
  }>(
    tx,
    sql`select id, plan_id, indicator_code, value_for_all::text, note from plan_targets
        where plan_id in (${planIds}) order by plan_id, list_order`,
  );
  const assignments = await queryRows<{
    target_id: number;
    unit_id: number;
    unit_name: string;
    value: string;
  }>(
    tx,
    sql`select a.target_id, a.unit_id, ${unitName(sql`a.unit_id`)} as unit_name, a.value::text
        from plan_target_assignments a join plan_targets t on t.id = a.target_id
        where t.plan_id in (${planIds}) order by a.id`,
  );
  return plans.map((plan) => ({
    id: plan.id,
    unit: { id: plan.unit_id, name: plan.unit_name },
    year: plan.year,
    theme: plan.theme,
    keyTasks: plan.key_tasks,
    documentNumber: plan.document_number,
    issuedOn: plan.issued_on,
    targets: targets
      .filter((target) => target.plan_id === plan.id)
      .map((target) => ({
        id: target.id,
        indicatorCode: target.indicator_code,
        valueForAll: target.value_for_all === null ? null : Number(target.value_for_all),
        perChild: assignments
          .filter((assignment) => assignment.target_id === target.id)
          .map((assignment) => ({
            unitId: assignment.unit_id,
            unitName: assignment.unit_name,
            value: Number(assignment.value),
          })),
        note: target.note,
      })),
  }));
}

export async function getPlan(tx: Tx, planId: number): Promise<YearPlan> {
  const [plan] = await withTargets(tx, await planRows(tx, sql`p.id = ${planId}`));
  if (!plan) throw new NotFound('YEAR_PLAN_NOT_FOUND');
  return plan;
}

/** The plans that apply to a unit: its own and those issued by the units above it (as the tree stands). */
export async function listPlansFor(tx: Tx, unitId: number, year?: number): Promise<YearPlan[]> {
  const applies = sql`exists (select 1 from ${currentTree()} v where v.unit_id = ${unitId}
    and ${pathWithin(sql`v.path`, sql`p.unit_id::text`)})`;
  const where = year === undefined ? applies : sql`${applies} and p.year = ${year}`;
  return withTargets(tx, await planRows(tx, where));
}

/**
 * The issuing unit of a plan, if the actor may read it: issued in their subtree (as the tree stood at the
 * end of the plan's year), or above the actor. Otherwise 404, as for an unknown plan.
 */
export async function assertPlanReadable(tx: Tx, actor: Actor, planId: number): Promise<number> {
  const [row] = await queryRows<{ unit_id: number; in_scope: boolean; above: boolean }>(
    tx,
    sql`select p.unit_id,
          ${unitInScopeOn(actor, sql`p.unit_id`, sql`make_date(p.year, 12, 31)`)} as in_scope,
          exists (select 1 from ${currentTree()} v where v.unit_id = ${actor.unitId}
            and ${pathWithin(sql`v.path`, sql`p.unit_id::text`)}) as above
        from year_plans p where p.id = ${planId}`,
  );
  if (!row || (!row.in_scope && !row.above)) throw outOfReach();
  return row.unit_id;
}

/** The indicators whose achievement the records give; every other one is entered by the child. */
const COMPUTED_CODES = new Set([
  'MEMBERS',
  'WOMEN_MEMBERS',
  'NEW_MEMBERS',
  'MEMBERS_LEAVING',
  'GRASSROOTS_UNIONS',
  'NEW_GRASSROOTS_UNIONS',
  'GRASSROOTS_ASSESSED',
  'GRASSROOTS_GOOD_OR_BETTER',
  'GRASSROOTS_GOOD_SHARE',
]);

export function isComputed(code: string): boolean {
  return COMPUTED_CODES.has(code) && findIndicator(code) !== undefined;
}

/** SQL: unit `unitExpr`'s version live on `day` lies in the subtree of `rootId`, at the grassroots tier. */
const grassrootsInSubtreeOn = (rootId: number, unitExpr: ReturnType<typeof sql>, day: string) =>
  sql`exists (select 1 from ${treeOn(day)} x join unit_types t on t.code = x.type
    where x.unit_id = ${unitExpr} and t.tier = 3 and ${pathWithin(sql`x.path`, rootId)})`;

/** The grassroots figures of a child's subtree for the plan's year, counted as of `cutoff`. */
async function grassrootsFigures(tx: Tx, rootId: number, year: number, cutoff: string) {
  const from = `${year}-01-01`;
  const [row] = await queryRows<{ live: number; founded: number; assessed: number; good: number }>(
    tx,
    sql`select
          (select count(*)::int from org_units u
            where ${grassrootsInSubtreeOn(rootId, sql`u.id`, cutoff)}) as live,
          (select count(*)::int from org_units u
            where u.founded_on >= ${from}::date and u.founded_on <= ${cutoff}::date
              and ${grassrootsInSubtreeOn(rootId, sql`u.id`, cutoff)}) as founded,
          (select count(*)::int from assessments a
            where a.year = ${year} and a.status = 'reviewed' and a.reviewed_at::date <= ${cutoff}::date
              and ${grassrootsInSubtreeOn(rootId, sql`a.unit_id`, cutoff)}) as assessed,
          (select count(*)::int from assessments a
            where a.year = ${year} and a.status = 'reviewed' and a.reviewed_at::date <= ${cutoff}::date
              and a.grade in ('excellent', 'good')
              and ${grassrootsInSubtreeOn(rootId, sql`a.unit_id`, cutoff)}) as good`,
  );
  return row ?? { live: 0, founded: 0, assessed: 0, good: 0 };
}

/**
 * Progress of a plan as of a day: each target, each child of the issuer live that day that the actor may
 * read, its assigned figure and what it has achieved (from the records for computed indicators, the
 * latest entered figure on or before the day for the others).
 */
export async function planProgress(
  tx: Tx,
  actor: Actor,
  planId: number,
  asOf: string,
): Promise<TargetProgressData> {
  const plan = await getPlan(tx, planId);
  const children = await queryRows<{ unit_id: number; name: string }>(
    tx,
    sql`select v.unit_id, v.name from ${treeOn(asOf)} v
        where v.parent_id = ${plan.unit.id} and ${inScope(actor, sql`v.path`)}
        order by v.name, v.unit_id`,
  );
  // Computed figures stop at the end of the plan's year.
  const yearEnd = `${plan.year}-12-31`;
  const cutoff = asOf < yearEnd ? asOf : yearEnd;
  const inYear = cutoff >= `${plan.year}-01-01`;
  const memberCache = new Map<number, Awaited<ReturnType<typeof memberStatsFor>>>();
  const grassrootsCache = new Map<number, Awaited<ReturnType<typeof grassrootsFigures>>>();
  const members = async (unitId: number) => {
    const cached = memberCache.get(unitId) ?? (await memberStatsFor(tx, unitId, { asOf: cutoff }));
    memberCache.set(unitId, cached);
    return cached;
  };
  const grassroots = async (unitId: number) => {
    const cached = grassrootsCache.get(unitId) ?? (await grassrootsFigures(tx, unitId, plan.year, cutoff));
    grassrootsCache.set(unitId, cached);
    return cached;
  };
  const computedFigure = async (code: string, unitId: number): Promise<number | null> => {
    if (!inYear) return null;
    switch (code) {
      case 'MEMBERS':
        return (await members(unitId)).members;
      case 'WOMEN_MEMBERS':
        return (await members(unitId)).women;
      case 'NEW_MEMBERS':
        return (await members(unitId)).admissions;
      case 'MEMBERS_LEAVING':
        return (await members(unitId)).departures;
      case 'GRASSROOTS_UNIONS':
        return (await grassroots(unitId)).live;
      case 'NEW_GRASSROOTS_UNIONS':
        return (await grassroots(unitId)).founded;
      case 'GRASSROOTS_ASSESSED':
        return (await grassroots(unitId)).assessed;
      case 'GRASSROOTS_GOOD_OR_BETTER':
        return (await grassroots(unitId)).good;
      case 'GRASSROOTS_GOOD_SHARE': {
        const figures = await grassroots(unitId);
        return figures.assessed === 0 ? null : figures.good / figures.assessed;
      }
      default:
        return null;
    }
  };

  const targets: TargetProgressData['targets'] = [];
  for (const target of plan.targets) {
    const computed = isComputed(target.indicatorCode);
    const entered = computed
      ? []
      : await queryRows<{ unit_id: number; value: string; as_of: string }>(
          tx,
          sql`select distinct on (unit_id) unit_id, value::text, as_of::text from target_achievements
              where target_id = ${target.id} and as_of <= ${asOf}::date
              order by unit_id, as_of desc, id desc`,
        );
    const rows = [];
    for (const child of children) {
      const assigned =
        target.valueForAll ?? target.perChild.find((each) => each.unitId === child.unit_id)?.value ?? null;
      let achieved: number | null;
      let achievedAsOf: string | null;
      if (computed) {
        achieved = await computedFigure(target.indicatorCode, child.unit_id);
        achievedAsOf = achieved === null ? null : cutoff;
      } else {
        const found = entered.find((row) => row.unit_id === child.unit_id);
        achieved = found ? Number(found.value) : null;
        achievedAsOf = found?.as_of ?? null;
      }
      const ratio = achieved === null || assigned === null || assigned === 0 ? null : achieved / assigned;
      rows.push({ unitId: child.unit_id, unitName: child.name, assigned, achieved, achievedAsOf, ratio });
    }
    targets.push({
      targetId: target.id,
      indicatorCode: target.indicatorCode,
      source: computed ? 'computed' : 'entered',
      children: rows,
    });
  }
  return { planId: plan.id, asOf, targets };
}
