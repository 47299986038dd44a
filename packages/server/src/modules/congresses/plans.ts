// Congress plans ("Kế hoạch tổ chức Đại hội Công đoàn các cấp …"): issued by a unit for its subtree with a
// deadline per level and the pilot congresses named. A plan applies to the issuer and every unit below it,
// so a unit reads the plans of the units above it even though they lie outside its scope.
import {
  type CongressLevel,
  type CongressPlan,
  type CongressPlanBody,
  congressLevelOfTier,
  todayInVietnam,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { NotFound, RuleViolation } from '../../platform/errors.ts';
import { assertUnitWritable, outOfReach, unitInScopeOn } from '../../platform/scope.ts';
import { assertNotFuture } from '../members/service.ts';
import { activeOn, latestVersionOf, unitName } from '../org/index.ts';
import { congressRulesOn, requiredKindOf, unitSizeOn } from './checks.ts';

interface PlanRow {
  id: number;
  issuer_unit_id: number;
  issuer_name: string;
  cycle: string;
  title: string;
  document_number: string | null;
  issued_on: string;
  deadlines: { level: CongressLevel; deadline: string }[];
  notes: string | null;
  recorded_at: string | Date;
  pilots: { id: number; name: string }[] | null;
}

const planSelect = sql`select p.id, p.issuer_unit_id, ${unitName(sql`p.issuer_unit_id`)} as issuer_name, p.cycle,
    p.title, p.document_number, p.issued_on::text, p.deadlines, p.notes, p.recorded_at,
    (select json_agg(json_build_object('id', pp.unit_id, 'name', ${unitName(sql`pp.unit_id`)})
       order by pp.unit_id)
     from congress_plan_pilots pp where pp.plan_id = p.id) as pilots
  from congress_plans p`;

function toPlan(row: PlanRow): CongressPlan {
  return {
    id: row.id,
    issuer: { id: row.issuer_unit_id, name: row.issuer_name },
    cycle: row.cycle,
    title: row.title,
    documentNumber: row.document_number,
    issuedOn: row.issued_on,
    deadlines: row.deadlines,
    pilots: row.pilots ?? [],
    notes: row.notes,
    recordedAt: isoTimestamp(row.recorded_at),
  };
}

export async function planById(tx: Tx, planId: number): Promise<CongressPlan | null> {
  const [row] = await queryRows<PlanRow>(tx, sql`${planSelect} where p.id = ${planId}`);
  return row ? toPlan(row) : null;
}

/** SQL: the ids of the unit and every unit above it, from its latest path. */
const selfAndAncestors = (unitId: number) =>
  sql`(select unnest(string_to_array(v.path::text, '.')::int[])
       from ${latestVersionOf(sql`${unitId}::int`)} v)`;

/** The plans that apply to a unit (issued by it or by a unit above it), the nearest issuer first. */
export async function plansForUnit(tx: Tx, unitId: number, cycle?: string): Promise<CongressPlan[]> {
  const rows = await queryRows<PlanRow & { depth: number }>(
    tx,
    sql`${planSelect}
        where p.issuer_unit_id in ${selfAndAncestors(unitId)}
          ${cycle ? sql`and p.cycle = ${cycle}` : sql``}
        order by (select w.depth from ${latestVersionOf(sql`p.issuer_unit_id`)} w) desc, p.issued_on desc,
          p.id desc`,
  );
  return rows.map(toPlan);
}

/** The plan a unit follows for a cycle: the latest one issued by the nearest unit at or above it. */
export async function planApplying(tx: Tx, unitId: number, cycle: string): Promise<CongressPlan | null> {
  return (await plansForUnit(tx, unitId, cycle))[0] ?? null;
}

/** A plan is readable by whoever has its issuer in scope or lies under the issuer (the plan is theirs). */
export async function readPlan(tx: Tx, actor: Actor, planId: number): Promise<CongressPlan> {
  const plan = await planById(tx, planId);
  if (!plan) throw new NotFound('CONGRESS_PLAN_NOT_FOUND');
  // The issuer as it stood when the plan was issued; a plan out of reach answers as an unknown one.
  const [row] = await queryRows<{ visible: boolean }>(
    tx,
    sql`select ${unitInScopeOn(actor, sql`${plan.issuer.id}::int`, sql`${plan.issuedOn}::date`)}
            or ${plan.issuer.id} in ${selfAndAncestors(actor.unitId)} as visible`,
  );
  if (!row?.visible) throw outOfReach('CONGRESS_PLAN_NOT_FOUND');
  return plan;
}

/**
 * Issues a plan. Each pilot must lie in the issuer's subtree and hold congresses; a pilot without a
 * congress of the cycle gets one, 'planned' and marked as the pilot; one it already has is marked so.
 */
export async function createPlan(tx: Tx, actor: Actor, body: CongressPlanBody): Promise<number> {
  const today = todayInVietnam();
  assertNotFuture(body.issuedOn, today);
  await assertUnitWritable(tx, actor, body.issuerUnitId, today);
  await activeOn(tx, body.issuerUnitId, body.issuedOn, 'subject');
  const pilotIds = [...new Set(body.pilotUnitIds)];
  const pilots = [];
  for (const pilotId of pilotIds) {
    const state = await activeOn(tx, pilotId, today);
    if (!state.path.split('.').includes(String(body.issuerUnitId))) {
      throw new RuleViolation('PILOT_OUTSIDE_PLAN', { name: state.name });
    }
    const [type] = await queryRows<{ tier: number }>(
      tx,
      sql`select tier from unit_types where code = ${state.type}`,
    );
    const level = congressLevelOfTier(type?.tier ?? -1);
    if (!level) throw new RuleViolation('UNIT_HOLDS_NO_CONGRESS', { name: state.name });
    pilots.push({ id: pilotId, level });
  }
  const [plan] = await queryRows<{ id: number }>(
    tx,
    sql`insert into congress_plans
          (issuer_unit_id, cycle, title, document_number, issued_on, deadlines, notes, recorded_by)
        values (${body.issuerUnitId}, ${body.cycle}, ${body.title}, ${body.documentNumber ?? null},
          ${body.issuedOn}::date, ${JSON.stringify(body.deadlines)}::jsonb, ${body.notes ?? null}, ${actor.id})
        returning id`,
  );
  const planId = plan!.id;
  for (const pilot of pilots) {
    await tx.execute(
      sql`insert into congress_plan_pilots (plan_id, unit_id) values (${planId}, ${pilot.id})`,
    );
    const [marked] = await queryRows<{ id: number }>(
      tx,
      sql`update congresses set is_pilot = true, plan_id = coalesce(plan_id, ${planId}), updated_at = now()
          where unit_id = ${pilot.id} and cycle = ${body.cycle} returning id`,
    );
    if (marked) continue;
    const size = await unitSizeOn(tx, pilot.id, today);
    const kind = requiredKindOf(
      pilot.level,
      size.members,
      await congressRulesOn(tx, pilot.level, size, today),
    );
    const [created] = await queryRows<{ id: number }>(
      tx,
      sql`insert into congresses (unit_id, cycle, plan_id, status, kind, is_pilot, recorded_by)
          values (${pilot.id}, ${body.cycle}, ${planId}, 'planned', ${kind}, true, ${actor.id}) returning id`,
    );
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'congress',
      entityId: created!.id,
      unitId: pilot.id,
      after: { cycle: body.cycle, planId, isPilot: true, status: 'planned', kind },
    });
  }
  await recordAudit(tx, actor, {
    action: 'create',
    entity: 'congressPlan',
    entityId: planId,
    unitId: body.issuerUnitId,
    after: body,
  });
  return planId;
}
