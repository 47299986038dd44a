// A unit's congress of a cycle, recorded step by step from planned to held (its figures checked against the
// rules on its date; holding opens the term), and the loaders other modules build on (loadCongress,
// loadCongressForWrite, congressDateOf). Every write runs in the caller's transaction, is authorised by
// scope and audited. The superior's acts are in superior.ts, plans in plans.ts, documents in documents.ts.
import {
  type CongressLevel,
  type CreateCongressBody,
  congressLevelOfTier,
  todayInVietnam,
  type UnitTypeCode,
  type UpdateCongressBody,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { Conflict, isUniqueViolation, NotFound, RuleViolation } from '../../platform/errors.ts';
import { assertUnitWritable } from '../../platform/scope.ts';
import { assertNotFuture } from '../members/service.ts';
import { activeOn, versionOnOrLatest } from '../org/index.ts';
import { assertHoldable, type CongressKind, congressRulesOn, requiredKindOf, unitSizeOn } from './checks.ts';
import { planApplying, plansForUnit } from './plans.ts';
import { congressRow } from './queries.ts';
import { openTerm } from './terms.ts';

/** The date a congress's figures are judged on: when it was held, else when it is scheduled, else today. */
export function congressDateOf(
  congress: { heldOn: string | null; scheduledOn: string | null },
  today: string = todayInVietnam(),
): string {
  return congress.heldOn ?? congress.scheduledOn ?? today;
}

/** A congress row locked for a write, with its unit as it stands on the congress date. */
export interface CongressForWrite {
  id: number;
  unitId: number;
  cycle: string;
  planId: number | null;
  status: 'planned' | 'scheduled' | 'held' | 'recognised';
  kind: 'allMember' | 'delegate';
  isPilot: boolean;
  scheduledOn: string | null;
  heldOn: string | null;
  recognisedOn: string | null;
  /** heldOn ?? scheduledOn ?? today */
  date: string;
  unit: {
    id: number;
    code: string;
    name: string;
    type: UnitTypeCode;
    tier: number;
    /** null when the unit's type holds no congress of its own */
    level: CongressLevel | null;
    parentId: number | null;
    path: string;
  };
}

interface CongressUnitRow {
  id: number;
  unit_id: number;
  cycle: string;
  plan_id: number | null;
  status: CongressForWrite['status'];
  kind: CongressForWrite['kind'];
  is_pilot: boolean;
  scheduled_on: string | null;
  held_on: string | null;
  recognised_on: string | null;
  code: string;
  name: string;
  type: UnitTypeCode;
  tier: number;
  parent_id: number | null;
  path: string;
}

/**
 * The congress with its unit (on the congress date, or its latest state when it did not exist then), row
 * locked against concurrent writes. `lock: false` reads it without locking (for reads that check scope
 * themselves). 404 CONGRESS_NOT_FOUND for an unknown id.
 */
export async function loadCongress(
  tx: Tx,
  congressId: number,
  options: { lock?: boolean; today?: string } = {},
): Promise<CongressForWrite> {
  const lock = options.lock ?? true;
  const [base] = await queryRows<{ held_on: string | null; scheduled_on: string | null }>(
    tx,
    lock
      ? sql`select held_on::text, scheduled_on::text from congresses where id = ${congressId} for update`
      : sql`select held_on::text, scheduled_on::text from congresses where id = ${congressId}`,
  );
  if (!base) throw new NotFound('CONGRESS_NOT_FOUND');
  const date = congressDateOf({ heldOn: base.held_on, scheduledOn: base.scheduled_on }, options.today);
  const [row] = await queryRows<CongressUnitRow>(
    tx,
    sql`select c.id, c.unit_id, c.cycle, c.plan_id, c.status, c.kind, c.is_pilot, c.scheduled_on::text,
          c.held_on::text, c.recognised_on::text, u.code, v.name, v.type, t.tier, v.parent_id, v.path::text
        from congresses c
        join org_units u on u.id = c.unit_id
        join lateral ${versionOnOrLatest(sql`c.unit_id`, date)} v on true
        join unit_types t on t.code = v.type
        where c.id = ${congressId}`,
  );
  if (!row) throw new NotFound('CONGRESS_NOT_FOUND');
  return {
    id: row.id,
    unitId: row.unit_id,
    cycle: row.cycle,
    planId: row.plan_id,
    status: row.status,
    kind: row.kind,
    isPilot: row.is_pilot,
    scheduledOn: row.scheduled_on,
    heldOn: row.held_on,
    recognisedOn: row.recognised_on,
    date,
    unit: {
      id: row.unit_id,
      code: row.code,
      name: row.name,
      type: row.type,
      tier: row.tier,
      level: congressLevelOfTier(row.tier),
      parentId: row.parent_id,
      path: row.path,
    },
  };
}

/**
 * The congress for a write by `actor` (the elections module builds on this): locked, and refused unless
 * the unit is in the actor's write scope today (403; 404 CONGRESS_NOT_FOUND for an unknown id).
 */
export async function loadCongressForWrite(
  tx: Tx,
  actor: Actor,
  congressId: number,
): Promise<CongressForWrite> {
  const congress = await loadCongress(tx, congressId);
  await assertUnitWritable(tx, actor, congress.unitId, todayInVietnam());
  return congress;
}

type Status = CongressForWrite['status'];

/** Status follows the facts: recognised, else held, else scheduled (a date is set), else planned. */
export function statusOf(facts: {
  recognisedOn: string | null;
  heldOn: string | null;
  scheduledOn: string | null;
}): Status {
  if (facts.recognisedOn) return 'recognised';
  if (facts.heldOn) return 'held';
  if (facts.scheduledOn) return 'scheduled';
  return 'planned';
}

/** The unit on the congress date with its level; 422 when its type holds no congress. */
async function congressUnitOn(tx: Tx, unitId: number, date: string) {
  const state = await activeOn(tx, unitId, date);
  const [type] = await queryRows<{ tier: number }>(
    tx,
    sql`select tier from unit_types where code = ${state.type}`,
  );
  const level = congressLevelOfTier(type?.tier ?? -1);
  if (!level) throw new RuleViolation('UNIT_HOLDS_NO_CONGRESS', { name: state.name });
  return { state, level };
}

/** What a congress is, as stored: the facts of the body merged over the row. */
interface CongressFacts {
  kind: CongressKind;
  isPilot: boolean;
  scheduledOn: string | null;
  place: string | null;
  heldOn: string | null;
  delegatesConvened: number | null;
  delegatesPresent: number | null;
  delegatesAppointed: number | null;
  bodies: Record<string, string[]>;
  subcommittees: { name: string; members: string[] }[];
  guests: string[];
  notes: string | null;
}

/** Checks the facts of a congress on its date; a held one must pass every holding check. */
async function judge(tx: Tx, unitId: number, facts: Omit<CongressFacts, 'kind'> & { kind?: CongressKind }) {
  const date = congressDateOf(facts);
  const { state, level } = await congressUnitOn(tx, unitId, date);
  const size = await unitSizeOn(tx, unitId, date);
  const rules = await congressRulesOn(tx, level, size, date);
  const kind = facts.kind ?? requiredKindOf(level, size.members, rules);
  if (facts.heldOn) {
    assertNotFuture(facts.heldOn);
    assertHoldable(state.name, level, size, { ...facts, kind }, rules);
  }
  return { kind, state };
}

function defined<T extends object>(body: T): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as Partial<T>;
}

async function saveFacts(tx: Tx, congressId: number, facts: CongressFacts, status: Status) {
  await tx.execute(
    sql`update congresses set kind = ${facts.kind}, is_pilot = ${facts.isPilot}, status = ${status},
          scheduled_on = ${facts.scheduledOn}::date, place = ${facts.place}, held_on = ${facts.heldOn}::date,
          delegates_convened = ${facts.delegatesConvened}::int, delegates_present = ${facts.delegatesPresent}::int,
          delegates_appointed = ${facts.delegatesAppointed}::int, bodies = ${JSON.stringify(facts.bodies)}::jsonb,
          subcommittees = ${JSON.stringify(facts.subcommittees)}::jsonb,
          guests = ${JSON.stringify(facts.guests)}::jsonb, notes = ${facts.notes}, updated_at = now()
        where id = ${congressId}`,
  );
}

/**
 * Records a unit's congress of a cycle. The unit must hold congresses (its type's tier), have none for the
 * cycle (409 CONGRESS_EXISTS), and a plan given must apply to it; without one, the plan that applies is
 * linked. A congress recorded as held passes the holding checks and opens the term.
 */
export async function createCongress(tx: Tx, actor: Actor, body: CreateCongressBody): Promise<number> {
  await assertUnitWritable(tx, actor, body.unitId, todayInVietnam());
  const facts: Omit<CongressFacts, 'kind'> & { kind?: CongressKind } = {
    kind: body.kind,
    isPilot: body.isPilot ?? false,
    scheduledOn: body.scheduledOn ?? null,
    place: body.place ?? null,
    heldOn: body.heldOn ?? null,
    delegatesConvened: body.delegatesConvened ?? null,
    delegatesPresent: body.delegatesPresent ?? null,
    delegatesAppointed: body.delegatesAppointed ?? null,
    bodies: body.bodies ?? {},
    subcommittees: body.subcommittees ?? [],
    guests: body.guests ?? [],
    notes: body.notes ?? null,
  };
  const { kind, state } = await judge(tx, body.unitId, facts);
  const [existing] = await queryRows<{ id: number }>(
    tx,
    sql`select id from congresses where unit_id = ${body.unitId} and cycle = ${body.cycle}`,
  );
  if (existing) throw new Conflict('CONGRESS_EXISTS', { name: state.name, cycle: body.cycle });
  let planId: number | null = null;
  if (body.planId !== undefined) {
    const applying = await plansForUnit(tx, body.unitId, body.cycle);
    if (!applying.some((plan) => plan.id === body.planId)) {
      throw new RuleViolation('PLAN_NOT_FOR_UNIT', { name: state.name, cycle: body.cycle });
    }
    planId = body.planId;
  } else {
    planId = (await planApplying(tx, body.unitId, body.cycle))?.id ?? null;
  }
  let created: { id: number } | undefined;
  try {
    [created] = await queryRows<{ id: number }>(
      tx,
      sql`insert into congresses (unit_id, cycle, plan_id, status, kind, recorded_by)
          values (${body.unitId}, ${body.cycle}, ${planId}::int, 'planned', ${kind}, ${actor.id}) returning id`,
    );
  } catch (error) {
    // Two requests for the same unit and cycle at once: the unique index answers for the later one.
    if (isUniqueViolation(error)) {
      throw new Conflict('CONGRESS_EXISTS', { name: state.name, cycle: body.cycle });
    }
    throw error;
  }
  const id = created!.id;
  await saveFacts(tx, id, { ...facts, kind }, statusOf({ ...facts, recognisedOn: null }));
  if (facts.heldOn) await openTerm(tx, { id, unitId: body.unitId, cycle: body.cycle }, facts.heldOn);
  await recordAudit(tx, actor, {
    action: 'create',
    entity: 'congress',
    entityId: id,
    unitId: body.unitId,
    after: { ...defined(body), kind, planId },
  });
  return id;
}

/** The facts the holding checks judge, which a recognised congress keeps as the superior recognised them. */
const HOLDING_FIELDS = ['heldOn', 'kind', 'delegatesConvened', 'delegatesPresent', 'delegatesAppointed'];

/**
 * Updates a congress step by step; its status follows the facts. A held congress cannot be made unheld
 * (409 CONGRESS_ALREADY_HELD) and a recognised one keeps its date and figures (409 CONGRESS_RECOGNISED_LOCKED).
 */
export async function updateCongress(
  tx: Tx,
  actor: Actor,
  congressId: number,
  body: UpdateCongressBody,
): Promise<void> {
  const congress = await loadCongressForWrite(tx, actor, congressId);
  const row = await congressRow(tx, congressId);
  const changes = defined(body);
  if (congress.status === 'recognised' && HOLDING_FIELDS.some((field) => field in changes)) {
    throw new Conflict('CONGRESS_RECOGNISED_LOCKED');
  }
  if (row.held_on && 'heldOn' in changes && changes.heldOn === null)
    throw new Conflict('CONGRESS_ALREADY_HELD');
  const before: CongressFacts = {
    kind: row.kind,
    isPilot: row.is_pilot,
    scheduledOn: row.scheduled_on,
    place: row.place,
    heldOn: row.held_on,
    delegatesConvened: row.delegates_convened,
    delegatesPresent: row.delegates_present,
    delegatesAppointed: row.delegates_appointed,
    bodies: row.bodies as Record<string, string[]>,
    subcommittees: row.subcommittees,
    guests: row.guests,
    notes: row.notes,
  };
  const facts: CongressFacts = {
    ...before,
    ...(changes as Partial<CongressFacts>),
    bodies: { ...before.bodies, ...defined(body.bodies ?? {}) },
  };
  // Notes, bodies or guests added later do not put the figures on trial again (the rules may have changed).
  if ([...HOLDING_FIELDS, 'scheduledOn'].some((field) => field in changes)) {
    await judge(tx, congress.unitId, facts);
  }
  await saveFacts(tx, congressId, facts, statusOf({ ...facts, recognisedOn: row.recognised_on }));
  if (facts.heldOn && facts.heldOn !== before.heldOn) await openTerm(tx, congress, facts.heldOn);
  const changed = (Object.keys(changes) as (keyof CongressFacts)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(facts[key]),
  );
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'congress',
    entityId: congressId,
    unitId: congress.unitId,
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, facts[key]])),
  });
}
