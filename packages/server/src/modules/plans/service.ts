// Writing year plans: a unit issues its plan for a year (one per unit and year) with targets on indicators
// of the catalog, assigned to all its children or per child (children live on the day of issue); a child
// (or the issuer) enters what it has achieved on an indicator the records do not reach.
import { type AchievementBody, todayInVietnam, type YearPlanBody } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { planTargetAssignments, planTargets, targetAchievements, yearPlans } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { Conflict, isUniqueViolation, NotFound, RuleViolation } from '../../platform/errors.ts';
import { assertUnitWritable, isUnitReadable, outOfReach } from '../../platform/scope.ts';
import { assertNotFuture } from '../members/service.ts';
import { childrenOn, latestVersion } from '../org/index.ts';
import { isComputed } from './queries.ts';

/** The ids of the units under `parentId` on `day`. */
async function childIdsOn(tx: Tx, parentId: number, day: string): Promise<Set<number>> {
  return new Set((await childrenOn(tx, parentId, day)).map((child) => child.unitId));
}

/** The unit's latest name (404 for an unknown unit). */
async function unitName(tx: Tx, unitId: number): Promise<string> {
  return (await latestVersion(tx, unitId)).name;
}

/** The name of a unit the request brought in, for a message: only when the actor may read it now (else 404). */
async function readableUnitName(tx: Tx, actor: Actor, unitId: number): Promise<string> {
  if (!(await isUnitReadable(tx, actor, unitId, todayInVietnam()))) throw outOfReach('UNIT_NOT_FOUND');
  return unitName(tx, unitId);
}

export async function createPlan(tx: Tx, actor: Actor, body: YearPlanBody): Promise<number> {
  await assertUnitWritable(tx, actor, body.unitId, body.issuedOn);
  assertNotFuture(body.issuedOn);
  const issuer = await unitName(tx, body.unitId);
  // One plan per unit and year; the unique index backs this check when two arrive at once.
  const [existing] = await queryRows<{ id: number }>(
    tx,
    sql`select id from year_plans where unit_id = ${body.unitId} and year = ${body.year}`,
  );
  if (existing) throw new Conflict('PLAN_EXISTS', { name: issuer, year: body.year });
  const codes = new Set<string>();
  for (const target of body.targets) {
    if (codes.has(target.indicatorCode)) {
      throw new RuleViolation('TARGET_INDICATOR_TWICE', { code: target.indicatorCode });
    }
    codes.add(target.indicatorCode);
  }
  const children = await childIdsOn(tx, body.unitId, body.issuedOn);
  for (const target of body.targets) {
    for (const child of target.perChild ?? []) {
      if (!children.has(child.unitId)) {
        throw new RuleViolation('TARGET_UNIT_NOT_CHILD', {
          name: await readableUnitName(tx, actor, child.unitId),
          unit: issuer,
          date: body.issuedOn,
        });
      }
    }
  }

  const insertPlan = async () => {
    const [row] = await tx
      .insert(yearPlans)
      .values({
        unitId: body.unitId,
        year: body.year,
        theme: body.theme,
        keyTasks: body.keyTasks,
        documentNumber: body.documentNumber ?? null,
        issuedOn: body.issuedOn,
        recordedBy: actor.id,
      })
      .returning({ id: yearPlans.id });
    return row;
  };
  // Two plans for the same unit and year at once: the unique index answers the later one with the 409.
  const plan = await insertPlan().catch((error: unknown) => {
    if (isUniqueViolation(error)) throw new Conflict('PLAN_EXISTS', { name: issuer, year: body.year });
    throw error;
  });

  if (!plan) throw new Error('plan not created');
  for (const [index, target] of body.targets.entries()) {
    const [row] = await tx
      .insert(planTargets)
      .values({
        planId: plan.id,
        indicatorCode: target.indicatorCode,
        valueForAll: target.valueForAll === undefined ? null : String(target.valueForAll),
        note: target.note ?? null,
        listOrder: index,
      })
      .returning({ id: planTargets.id });
    if (!row) throw new Error('target not created');
    for (const child of target.perChild ?? []) {
      await tx
        .insert(planTargetAssignments)
        .values({ targetId: row.id, unitId: child.unitId, value: String(child.value) });
    }
  }
  await recordAudit(tx, actor, {
    action: 'create',
    entity: 'yearPlan',
    entityId: plan.id,
    unitId: body.unitId,
    after: body,
  });
  return plan.id;
}

/**
 * Who may enter a child's achievement as of a day: the child itself, or the plan's unit for it — whichever
 * the actor may write to on that day. The service refuses by it and `can.record` (can.ts) asks it.
 */
export async function mayRecordFor(
  tx: Tx,
  actor: Actor,
  planUnitId: number,
  unitId: number,
  asOf: string,
): Promise<boolean> {
  for (const writer of [unitId, planUnitId]) {
    try {
      await assertUnitWritable(tx, actor, writer, asOf);
      return true;
    } catch (error) {
      // Out of reach answers 404: then the plan's own unit may record the figure for its child.
      if (!(error instanceof NotFound)) throw error;
    }
  }
  return false;
}

/**
 * A child's achievement on an entered indicator as of a day, written by the child or by the issuer. The
 * child must be a child of the issuer on that day.
 */
export async function recordAchievement(
  tx: Tx,
  actor: Actor,
  planId: number,
  targetId: number,
  unitId: number,
  body: AchievementBody,
): Promise<void> {
  const [target] = await queryRows<{ plan_unit_id: number; indicator_code: string; year: number }>(
    tx,
    sql`select p.unit_id as plan_unit_id, t.indicator_code, p.year from plan_targets t
        join year_plans p on p.id = t.plan_id where t.id = ${targetId} and p.id = ${planId}`,
  );
  if (!target) throw new NotFound('PLAN_TARGET_NOT_FOUND');
  if (!(await mayRecordFor(tx, actor, target.plan_unit_id, unitId, body.asOf))) throw outOfReach();
  assertNotFuture(body.asOf);
  if (isComputed(target.indicator_code)) {
    throw new RuleViolation('INDICATOR_COMPUTED', { code: target.indicator_code });
  }
  if (!(await childIdsOn(tx, target.plan_unit_id, body.asOf)).has(unitId)) {
    throw new RuleViolation('TARGET_UNIT_NOT_CHILD', {
      name: await readableUnitName(tx, actor, unitId),
      unit: await unitName(tx, target.plan_unit_id),
      date: body.asOf,
    });
  }
  const [row] = await tx
    .insert(targetAchievements)
    .values({ targetId, unitId, value: String(body.value), asOf: body.asOf, recordedBy: actor.id })
    .returning({ id: targetAchievements.id });
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'yearPlan',
    entityId: planId,
    unitId,
    after: { targetId, unitId, achievementId: row?.id ?? null, ...body },
  });
}
