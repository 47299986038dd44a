// Renaming a unit or changing its type (e.g. a grassroots union recognised as a guild): a new version from
// the effective date, with the type rules checked against its parent and its children.
import { type EventResult, toNfc, type UnitTypeCode, type UpdateUnitBody } from '@congdoan/domain';
import type { Tx } from '../../../db/client.ts';
import type { Actor } from '../../../platform/context.ts';
import { Invalid, RuleViolation } from '../../../platform/errors.ts';
import { publishRestructure } from '../events-bus.ts';
import { membersOfUnitOn } from '../members-port.ts';
import { activeOn, assertLatestOn, changeVersion, childrenOn, versionOn } from '../versions.ts';
import {
  assertParentAllowed,
  assertTypeOpen,
  auditUnit,
  loadUnitTypes,
  recordEvent,
  unitRef,
  versionFields,
} from './common.ts';

export async function updateUnit(
  tx: Tx,
  actor: Actor | null,
  unitId: number,
  body: UpdateUnitBody,
): Promise<EventResult> {
  const date = body.effectiveDate;
  const state = await activeOn(tx, unitId, date, 'subject');
  await assertLatestOn(tx, state, date);

  const changes: { name?: string; shortName?: string | null; type?: UnitTypeCode } = {};
  if (body.name !== undefined && toNfc(body.name) !== state.name) changes.name = body.name;
  const shortName = body.shortName === undefined ? undefined : toNfc(body.shortName) || null;
  if (shortName !== undefined && shortName !== state.shortName) changes.shortName = shortName;
  if (body.type !== undefined && body.type !== state.type) changes.type = body.type;
  if (Object.keys(changes).length === 0) throw new Invalid('error.nothingToChange');

  if (changes.type) {
    const types = await loadUnitTypes(tx);
    assertTypeOpen(types, changes.type, date);
    const parent = state.parentId === null ? null : await versionOn(tx, state.parentId, date);
    if (parent) assertParentAllowed(types, changes.type, parent.type);
    for (const child of await childrenOn(tx, unitId, date))
      assertParentAllowed(types, child.type, changes.type);
    // A unit keeps its members only as a type that has members of its own.
    if (!types.get(changes.type)?.canAdmitMembers) {
      const count = await membersOfUnitOn(tx, unitRef(state), date);
      if (count > 0) throw new RuleViolation('UNIT_TYPE_HAS_MEMBERS', { name: state.name, count });
    }
  }

  const kind = changes.type ? 'retype' : 'rename';
  const before = { name: state.name, shortName: state.shortName, type: state.type };
  const after = {
    name: changes.name !== undefined ? toNfc(changes.name) : state.name,
    shortName: changes.shortName !== undefined ? changes.shortName : state.shortName,
    type: changes.type ?? state.type,
  };
  const eventId = await recordEvent(tx, actor, kind, body, { before, after }, [{ unitId, role: 'subject' }]);
  const next = await changeVersion(tx, state, date, changes, eventId);
  await publishRestructure(tx, {
    kind,
    eventId,
    effectiveDate: date,
    reason: body.reason,
    documentNumber: body.documentNumber || null,
    actor,
    ended: [],
    unit: unitRef(next),
    before,
    after,
  });
  await auditUnit(tx, actor, kind, eventId, unitId, versionFields(state), versionFields(next));
  return { eventId, kind, unitIds: [unitId] };
}
