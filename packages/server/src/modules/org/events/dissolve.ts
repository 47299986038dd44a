// Dissolving a unit (giải thể): its version ends on the effective date; live children move to `childrenToId`,
// and its members move to `membersToId` or, with `endMemberships`, their membership ends that day.
import type { DissolveUnitBody, EventResult } from '@congdoan/domain';
import type { Tx } from '../../../db/client.ts';
import type { Actor } from '../../../platform/context.ts';
import { RuleViolation } from '../../../platform/errors.ts';
import { publishRestructure } from '../events-bus.ts';
import { membersOfUnitOn } from '../members-port.ts';
import {
  activeOn,
  assertLatestOn,
  assertSubtreeLatestOn,
  childrenOn,
  endUnit,
  rewriteSubtree,
  type UnitState,
} from '../versions.ts';
import {
  assertAdmitsMembers,
  assertNotUnder,
  assertParentAllowed,
  auditUnit,
  loadUnitTypes,
  type MovedChild,
  recordEvent,
  ref,
  unitRef,
  versionFields,
} from './common.ts';

export async function dissolveUnit(
  tx: Tx,
  actor: Actor | null,
  unitId: number,
  body: DissolveUnitBody,
): Promise<EventResult> {
  const date = body.effectiveDate;
  const state = await activeOn(tx, unitId, date, 'subject');
  if (state.parentId === null) throw new RuleViolation('ROOT_IMMUTABLE');
  const children = await childrenOn(tx, unitId, date);
  const types = await loadUnitTypes(tx);

  let receiver: UnitState | null = null;
  if (body.childrenToId !== undefined) {
    receiver = await activeOn(tx, body.childrenToId, date);
    assertNotUnder(state, receiver);
    await assertLatestOn(tx, receiver, date);
    for (const child of children) assertParentAllowed(types, child.type, receiver.type);
  } else if (children.length > 0) {
    throw new RuleViolation('UNIT_HAS_CHILDREN', { name: state.name, count: children.length });
  }
  await assertSubtreeLatestOn(tx, unitId, date);

  // The members: to a receiving union, or their membership ends; with members, one of the two is required.
  const memberCount = await membersOfUnitOn(tx, unitRef(state), date);
  let membersTo: UnitState | null = null;
  if (memberCount > 0 && body.membersToId !== undefined) {
    if (body.membersToId === unitId)
      throw new RuleViolation('MEMBERS_TARGET_IS_SUBJECT', { name: state.name });
    membersTo = await activeOn(tx, body.membersToId, date);
    await assertLatestOn(tx, membersTo, date);
    assertAdmitsMembers(types, state, membersTo, memberCount);
  } else if (memberCount > 0 && !body.endMemberships) {
    throw new RuleViolation('UNIT_HAS_MEMBERS', { name: state.name, count: memberCount });
  }

  const to = receiver;
  const moved: MovedChild[] = to
    ? children.map((child) => ({
        id: child.unitId,
        name: child.name,
        fromParent: ref(state),
        toParent: ref(to),
      }))
    : [];
  const eventId = await recordEvent(
    tx,
    actor,
    'dissolve',
    body,
    {
      childrenTo: to ? ref(to) : null,
      movedChildren: moved.length,
      children: moved,
      membersTo: membersTo ? ref(membersTo) : null,
      membersMoved: membersTo ? memberCount : 0,
      membershipsEnded: membersTo ? 0 : memberCount,
    },
    [{ unitId, role: 'subject' }, ...moved.map((child) => ({ unitId: child.id, role: 'child' as const }))],
  );
  if (to && moved.length > 0) {
    await rewriteSubtree(tx, {
      rootPath: state.path,
      cut: state.depth + 1,
      newPrefix: to.path,
      newParentId: to.unitId,
      date,
      eventId,
    });
  }
  await endUnit(tx, state, date);
  await publishRestructure(tx, {
    kind: 'dissolve',
    eventId,
    effectiveDate: date,
    reason: body.reason,
    documentNumber: body.documentNumber || null,
    actor,
    ended: [unitRef(state)],
    unit: unitRef(state),
    childrenTo: to ? unitRef(to) : null,
    membersTo: membersTo ? unitRef(membersTo) : null,
  });
  await auditUnit(tx, actor, 'dissolve', eventId, unitId, versionFields(state), {
    endedOn: date,
    childrenToId: to?.unitId ?? null,
    movedChildIds: moved.map((child) => child.id),
    membersToId: membersTo?.unitId ?? null,
    members: memberCount,
  });
  return { eventId, kind: 'dissolve', unitIds: [unitId] };
}
