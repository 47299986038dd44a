// Moving a unit under another parent: the unit and its whole subtree get new paths from the effective date.
import type { EventResult, MoveUnitBody } from '@congdoan/domain';
import type { Tx } from '../../../db/client.ts';
import type { Actor } from '../../../platform/context.ts';
import { RuleViolation } from '../../../platform/errors.ts';
import { publishRestructure } from '../events-bus.ts';
import {
  activeOn,
  assertLatestOn,
  assertSubtreeLatestOn,
  latestVersion,
  rewriteSubtree,
  versionOn,
} from '../versions.ts';
import {
  assertNotUnder,
  assertParentAllowed,
  auditUnit,
  loadUnitTypes,
  recordEvent,
  ref,
  unitRef,
  versionFields,
} from './common.ts';

export async function moveUnit(
  tx: Tx,
  actor: Actor | null,
  unitId: number,
  body: MoveUnitBody,
): Promise<EventResult> {
  const date = body.effectiveDate;
  const state = await activeOn(tx, unitId, date, 'subject');
  if (state.parentId === null) throw new RuleViolation('ROOT_IMMUTABLE');
  const parent = await activeOn(tx, body.newParentId, date);
  assertNotUnder(state, parent);
  if (parent.unitId === state.parentId) throw new RuleViolation('MOVE_SAME_PARENT', { name: state.name });
  assertParentAllowed(await loadUnitTypes(tx), state.type, parent.type);
  await assertLatestOn(tx, parent, date);
  await assertSubtreeLatestOn(tx, unitId, date);

  const fromParent = (await versionOn(tx, state.parentId, date)) ?? (await latestVersion(tx, state.parentId));
  const eventId = await recordEvent(
    tx,
    actor,
    'move',
    body,
    { fromParent: ref(fromParent), toParent: ref(parent) },
    [{ unitId, role: 'subject' }],
  );
  await rewriteSubtree(tx, {
    rootPath: state.path,
    cut: state.depth,
    newPrefix: parent.path,
    newParentId: parent.unitId,
    date,
    eventId,
  });
  const moved = await versionOn(tx, unitId, date);
  await publishRestructure(tx, {
    kind: 'move',
    eventId,
    effectiveDate: date,
    reason: body.reason,
    documentNumber: body.documentNumber || null,
    actor,
    ended: [],
    unit: unitRef(state),
    fromParent: unitRef(fromParent),
    toParent: unitRef(parent),
  });
  await auditUnit(tx, actor, 'move', eventId, unitId, versionFields(state), moved && versionFields(moved));
  return { eventId, kind: 'move', unitIds: [unitId] };
}
