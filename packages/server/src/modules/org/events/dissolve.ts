// Dissolving a unit (giải thể): its version ends on the effective date; live children move to `childrenToId`.
import type { DissolveUnitBody, EventResult } from '@congdoan/domain';
import type { Tx } from '../../../db/client.ts';
import type { Actor } from '../../../platform/context.ts';
import { RuleViolation } from '../../../platform/errors.ts';
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
  assertNotUnder,
  assertParentAllowed,
  auditUnit,
  loadUnitTypes,
  type MovedChild,
  recordEvent,
  ref,
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

  let receiver: UnitState | null = null;
  if (body.childrenToId !== undefined) {
    receiver = await activeOn(tx, body.childrenToId, date);
    assertNotUnder(state, receiver);
    await assertLatestOn(tx, receiver, date);
    const types = await loadUnitTypes(tx);
    for (const child of children) assertParentAllowed(types, child.type, receiver.type);
  } else if (children.length > 0) {
    throw new RuleViolation('UNIT_HAS_CHILDREN', { name: state.name, count: children.length });
  }
  await assertSubtreeLatestOn(tx, unitId, date);

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
    { childrenTo: to ? ref(to) : null, movedChildren: moved.length, children: moved },
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
  await auditUnit(tx, actor, 'dissolve', eventId, unitId, versionFields(state), {
    endedOn: date,
    childrenToId: to?.unitId ?? null,
    movedChildIds: moved.map((child) => child.id),
  });
  return { eventId, kind: 'dissolve', unitIds: [unitId] };
}
