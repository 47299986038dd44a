// Members when the organisation is restructured: a grassroots union merged into another, split, or dissolved
// takes its members somewhere on the effective date. The tree publishes each event (org/events-bus.ts) and
// `membersFollowRestructure` acts on it inside the event's transaction, so the tree and the membership
// periods change together and every count as of any date follows.
// Each move closes the period in the ending unit and opens one in the receiving unit (kind 'reorganised',
// both linked to the org event); a dissolution without a receiver ends the memberships ('unitDissolved').
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { RuleViolation } from '../../platform/errors.ts';
import { unitFactsChanged } from '../facts/index.ts';
import type { RestructureEvent } from '../org/index.ts';

interface NamedUnit {
  unitId: number;
  name: string;
}

/**
 * The number of members in the unit on `date` (open periods begun by then). Membership is recorded in date
 * order, as the tree is: a unit whose members changed after `date` cannot be restructured on that date.
 */
export async function membersOfUnitOn(tx: Tx, unit: NamedUnit, date: string): Promise<number> {
  const [row] = await queryRows<{ active: number; last: string | null }>(
    tx,
    sql`select count(*) filter (where valid_to is null and valid_from <= ${date}::date)::int as active,
          max(greatest(valid_from, coalesce(valid_to, valid_from)))
            filter (where valid_from > ${date}::date or valid_to > ${date}::date)::text as last
        from memberships where unit_id = ${unit.unitId}`,
  );
  if (row?.last) throw new RuleViolation('MEMBERS_CHANGED_AFTER', { name: unit.name, date, last: row.last });
  return row?.active ?? 0;
}

interface EventRef {
  eventId: number;
  date: string;
  reason: string;
  documentNumber?: string | undefined;
}

/** The periods one event closed in one unit. */
interface ClosedPeriods {
  eventId: number;
  fromUnitId: number;
}

/** Offices held in a unit end when the unit ends. */
async function endOfficesIn(tx: Tx, unitId: number, date: string) {
  await tx.execute(
    sql`update member_offices set valid_to = greatest(valid_from, ${date}::date)
        where unit_id = ${unitId} and (valid_to is null or valid_to > ${date}::date)`,
  );
}

/** One audit row per member and unit, written in one statement from the periods the event touched. */
async function auditMembers(
  tx: Tx,
  actor: Actor | null,
  action: string,
  periods: ClosedPeriods,
  unitId: number,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
) {
  await tx.execute(
    sql`insert into audit_log (user_id, username, action, entity, entity_id, unit_id, before, after)
        select ${actor?.id ?? null}::int, ${actor?.username ?? null}, ${action}, 'member', p.member_id::text,
          ${unitId}::int, ${JSON.stringify(before)}::jsonb, ${JSON.stringify(after)}::jsonb
        from memberships p where p.end_event_id = ${periods.eventId} and p.unit_id = ${periods.fromUnitId}`,
  );
}

/**
 * Moves every member of `from` on the event's date to `to`: the period in `from` ends ('reorganised'), one
 * in `to` begins the same day, the member's current unit follows, offices held in `from` end. Both units'
 * logs show each member leaving or arriving. Returns how many moved.
 */
async function moveMembersOnRestructure(
  tx: Tx,
  actor: Actor | null,
  from: NamedUnit,
  to: NamedUnit,
  event: EventRef,
): Promise<number> {
  const { eventId, date } = event;
  const closed = await queryRows<{ member_id: number }>(
    tx,
    sql`update memberships set valid_to = ${date}::date, end_kind = 'reorganised', end_reason = ${event.reason},
          end_decision = ${event.documentNumber || null}, end_event_id = ${eventId}
        where unit_id = ${from.unitId} and valid_to is null and valid_from <= ${date}::date
        returning member_id`,
  );
  await endOfficesIn(tx, from.unitId, date);
  if (closed.length === 0) return 0;
  await tx.execute(
    sql`insert into memberships (member_id, unit_id, valid_from, start_kind, start_decision, start_event_id,
          recorded_by)
        select member_id, ${to.unitId}::int, ${date}::date, 'reorganised', ${event.documentNumber || null},
          ${eventId}::int, ${actor?.id ?? null}::int
        from memberships where end_event_id = ${eventId} and unit_id = ${from.unitId}`,
  );
  await tx.execute(
    sql`update members set unit_id = ${to.unitId}, updated_at = now()
        where id in (select member_id from memberships where end_event_id = ${eventId}
                     and unit_id = ${from.unitId})`,
  );
  const before = { unitId: from.unitId, unitName: from.name };
  const after = { unitId: to.unitId, unitName: to.name, eventId, effectiveDate: date, reason: event.reason };
  for (const unitId of [from.unitId, to.unitId]) {
    await auditMembers(tx, actor, 'reorganise', { eventId, fromUnitId: from.unitId }, unitId, before, after);
  }
  await unitFactsChanged(tx, [from.unitId, to.unitId]);
  return closed.length;
}

/**
 * A dissolution with no receiving union (the enterprise closed): every membership in the unit ends on the
 * date ('unitDissolved'), the members' status becomes left, and offices in the unit end. Returns how many.
 */
async function endMembershipsOnDissolve(
  tx: Tx,
  actor: Actor | null,
  unit: NamedUnit,
  event: EventRef,
): Promise<number> {
  const { eventId, date } = event;
  const closed = await queryRows<{ member_id: number }>(
    tx,
    sql`update memberships set valid_to = ${date}::date, end_kind = 'unitDissolved',
          end_reason = ${event.reason}, end_decision = ${event.documentNumber || null},
          end_event_id = ${eventId}
        where unit_id = ${unit.unitId} and valid_to is null and valid_from <= ${date}::date
        returning member_id`,
  );
  await endOfficesIn(tx, unit.unitId, date);
  if (closed.length === 0) return 0;
  await unitFactsChanged(tx, [unit.unitId]);
  await tx.execute(
    sql`update members set status = 'left', updated_at = now()
        where id in (select member_id from memberships where end_event_id = ${eventId}
                     and unit_id = ${unit.unitId})`,
  );
  await auditMembers(
    tx,
    actor,
    'unitDissolved',
    { eventId, fromUnitId: unit.unitId },
    unit.unitId,
    { status: 'active' },
    { status: 'left', eventId, effectiveDate: date, reason: event.reason },
  );
  return closed.length;
}

/**
 * The members' side of a restructuring event: the members of a unit that ends go to the unit the event
 * names, or their memberships end with a dissolved unit; offices in a unit that ends end with it.
 */
export async function membersFollowRestructure(tx: Tx, event: RestructureEvent): Promise<void> {
  const { actor } = event;
  const ref: EventRef = {
    eventId: event.eventId,
    date: event.effectiveDate,
    reason: event.reason,
    documentNumber: event.documentNumber ?? undefined,
  };
  if (event.kind === 'merge' || event.kind === 'consolidate') {
    for (const source of event.sources) await moveMembersOnRestructure(tx, actor, source, event.target, ref);
  } else if (event.kind === 'split') {
    if (event.membersTo) await moveMembersOnRestructure(tx, actor, event.source, event.membersTo, ref);
    if (!event.keepSource) await endOfficesIn(tx, event.source.unitId, ref.date);
  } else if (event.kind === 'dissolve') {
    if (event.membersTo) await moveMembersOnRestructure(tx, actor, event.unit, event.membersTo, ref);
    else await endMembershipsOnDissolve(tx, actor, event.unit, ref);
  }
}
