// What every restructuring event shares: the rules on unit types, codes and founding powers, and the
// recording of the event itself (org_events, org_event_units, audit log).
import { GRASSROOTS_TYPES, type OrgEventKind, type UnitTypeCode, unitTypeCode } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../db/client.ts';
import { orgEvents, orgEventUnits, orgUnits } from '../../../db/schema/index.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { Actor } from '../../../platform/context.ts';
import { Conflict, Invalid, RuleViolation } from '../../../platform/errors.ts';
import { liveOn } from '../tree.ts';
import { type UnitState, versionOn } from '../versions.ts';

/** The fields every event body carries. */
export interface EventInput {
  effectiveDate: string;
  reason: string;
  documentNumber?: string | undefined;
}

export interface UnitTypeRow {
  code: UnitTypeCode;
  canFoundGrassroots: boolean;
  canAdmitMembers: boolean;
  allowedParentTypes: string[];
  closedFrom: string | null;
}

export async function loadUnitTypes(tx: Tx): Promise<Map<string, UnitTypeRow>> {
  const rows = await queryRows<{
    code: string;
    can_found_grassroots: boolean;
    can_admit_members: boolean;
    allowed_parent_types: string[];
    closed_from: string | null;
  }>(
    tx,
    sql`select code, can_found_grassroots, can_admit_members, allowed_parent_types, closed_from::text
        from unit_types`,
  );
  return new Map(
    rows.map((row) => [
      row.code,
      {
        code: unitTypeCode.parse(row.code),
        canFoundGrassroots: row.can_found_grassroots,
        canAdmitMembers: row.can_admit_members,
        allowedParentTypes: row.allowed_parent_types,
        closedFrom: row.closed_from,
      },
    ]),
  );
}

/** No new unit of a type closed by a restructuring (e.g. district federations from 1/7/2025). */
export function assertTypeOpen(types: Map<string, UnitTypeRow>, type: UnitTypeCode, date: string): void {
  const closedFrom = types.get(type)?.closedFrom;
  if (closedFrom && closedFrom <= date)
    throw new RuleViolation('UNIT_TYPE_CLOSED', { type, date: closedFrom });
}

export function assertParentAllowed(
  types: Map<string, UnitTypeRow>,
  childType: UnitTypeCode,
  parentType: UnitTypeCode,
): void {
  if (!types.get(childType)?.allowedParentTypes.includes(parentType)) {
    throw new RuleViolation('PARENT_TYPE_NOT_ALLOWED', { childType, parentType });
  }
}

/**
 * A grassroots union or guild is founded by a unit with that power, found on the way from the new unit's
 * parent up to the acting user's own unit (the actor may not borrow the power of a unit above them).
 */
export async function assertCanFoundHere(
  tx: Tx,
  actor: Actor | null,
  types: Map<string, UnitTypeRow>,
  type: UnitTypeCode,
  parent: UnitState,
  date: string,
): Promise<void> {
  if (!GRASSROOTS_TYPES.includes(type)) return;
  const ids = parent.path.split('.').map(Number);
  const from = actor ? ids.indexOf(actor.unitId) : 0;
  const candidates = from < 0 ? [] : ids.slice(from);
  if (candidates.length > 0) {
    const rows = await queryRows<{ type: string }>(
      tx,
      sql`select v.type from org_unit_versions v
          where v.unit_id in (${sql.join(
            candidates.map((id) => sql`${id}`),
            sql`, `,
          )}) and ${liveOn(date)}`,
    );
    if (rows.some((row) => types.get(row.type)?.canFoundGrassroots)) return;
  }
  throw new RuleViolation('CANNOT_FOUND_GRASSROOTS');
}

/** Members handed over go to a unit whose type has members of its own (not a federation or a division). */
export function assertAdmitsMembers(
  types: Map<string, UnitTypeRow>,
  from: { name: string },
  to: { name: string; type: UnitTypeCode },
  count: number,
): void {
  if (count > 0 && !types.get(to.type)?.canAdmitMembers) {
    throw new RuleViolation('MEMBERS_TARGET_CANNOT_ADMIT', { name: from.name, target: to.name, count });
  }
}

/** The unit as events name it to subscribers (events-bus.ts). */
export const unitRef = (state: UnitState) => ({ unitId: state.unitId, name: state.name });

/** New unit codes must be unique, within the request and against every unit that ever existed. */
export async function assertCodesFree(tx: Tx, codes: string[]): Promise<void> {
  const seen = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) throw new Invalid('DUPLICATE_IN_REQUEST', { code });
    seen.add(code);
  }
  if (codes.length === 0) return;
  const [taken] = await queryRows<{ code: string }>(
    tx,
    sql`select code from org_units where code in (${sql.join(
      codes.map((code) => sql`${code}`),
      sql`, `,
    )}) limit 1`,
  );
  if (taken) throw new Conflict('UNIT_CODE_TAKEN', { code: taken.code });
}

/** Refuses an id given twice, naming the unit by its code. */
export function assertNoRepeats(states: UnitState[]): void {
  const seen = new Set<number>();
  for (const state of states) {
    if (seen.has(state.unitId)) throw new Invalid('DUPLICATE_IN_REQUEST', { code: state.code });
    seen.add(state.unitId);
  }
}

/** Refuses placing a unit under `parent` when `parent` lies in the subtree of `moving` on that date. */
export function assertNotUnder(moving: UnitState, parent: UnitState): void {
  if (parent.path.split('.').includes(String(moving.unitId))) {
    throw new RuleViolation('MOVE_UNDER_ITSELF', { name: moving.name });
  }
}

export async function createUnitIdentity(tx: Tx, code: string, foundedOn: string): Promise<number> {
  const [unit] = await tx.insert(orgUnits).values({ code, foundedOn }).returning({ id: orgUnits.id });
  if (!unit) throw new Error('could not create the unit');
  return unit.id;
}

export interface EventUnit {
  unitId: number;
  role: 'subject' | 'source' | 'target' | 'part' | 'child';
}

export async function recordEvent(
  tx: Tx,
  actor: Actor | null,
  kind: OrgEventKind,
  input: EventInput,
  details: Record<string, unknown>,
  units: EventUnit[],
): Promise<number> {
  const [event] = await tx
    .insert(orgEvents)
    .values({
      kind,
      effectiveDate: input.effectiveDate,
      reason: input.reason,
      documentNumber: input.documentNumber || null,
      details,
      recordedBy: actor?.id ?? null,
    })
    .returning({ id: orgEvents.id });
  if (!event) throw new Error('could not record the event');
  if (units.length > 0) {
    await tx.insert(orgEventUnits).values(units.map((unit) => ({ eventId: event.id, ...unit })));
  }
  return event.id;
}

/** One audit row per directly affected unit, carrying the event so the log links to the history. */
export async function auditUnit(
  tx: Tx,
  actor: Actor | null,
  kind: OrgEventKind,
  eventId: number,
  unitId: number,
  before: unknown,
  after: unknown,
): Promise<void> {
  await recordAudit(tx, actor, {
    action: kind,
    entity: 'orgUnit',
    entityId: unitId,
    unitId,
    before: before ? await withParentName(tx, before) : null,
    after: after === null ? { eventId } : { eventId, ...(await withParentName(tx, after)) },
  });
}

/** Adds the parent's name as it was, so a reader of the log sees "Long Biên → …", not two ids. */
async function withParentName(tx: Tx, fields: unknown): Promise<object> {
  const record = fields as { parentId?: number | null; validFrom?: string };
  if (!record.parentId || !record.validFrom) return record;
  const parent = await versionOn(tx, record.parentId, record.validFrom);
  return { ...record, parentName: parent?.name ?? null };
}

export const ref = (state: UnitState) => ({ id: state.unitId, name: state.name });

/** The fields of a version that the audit log records as before/after. */
export function versionFields(state: UnitState) {
  return {
    code: state.code,
    name: state.name,
    shortName: state.shortName,
    type: state.type,
    parentId: state.parentId,
    path: state.path,
    validFrom: state.validFrom,
  };
}

/** A child moved as a side effect of an event, with the parents it left and joined. */
export interface MovedChild {
  id: number;
  name: string;
  fromParent: { id: number; name: string };
  toParent: { id: number; name: string };
}
