// Founding a unit (thành lập): a new identity and its first version under a parent that exists on the date.
// The checks and placement of a new unit are shared with consolidation and splitting, which also create units.
import type { EventResult, FoundUnitBody, UnitTypeCode } from '@congdoan/domain';
import type { Tx } from '../../../db/client.ts';
import type { Actor } from '../../../platform/context.ts';
import { publishRestructure } from '../events-bus.ts';
import { activeOn, assertLatestOn, insertVersion, type UnitState, versionOn } from '../versions.ts';
import {
  assertCanFoundHere,
  assertCodesFree,
  assertParentAllowed,
  assertTypeOpen,
  auditUnit,
  createUnitIdentity,
  loadUnitTypes,
  recordEvent,
  ref,
  type UnitTypeRow,
  unitRef,
  versionFields,
} from './common.ts';

export interface NewUnitSpec {
  code: string;
  name: string;
  shortName?: string | undefined;
  type: UnitTypeCode;
}

/** Whether a unit of this type may be founded under `parent` on `date` by this actor. */
export async function checkNewUnit(
  tx: Tx,
  actor: Actor | null,
  types: Map<string, UnitTypeRow>,
  spec: NewUnitSpec,
  parent: UnitState,
  date: string,
): Promise<void> {
  assertTypeOpen(types, spec.type, date);
  assertParentAllowed(types, spec.type, parent.type);
  await assertCanFoundHere(tx, actor, types, spec.type, parent, date);
}

/** Writes the first version of a unit whose identity already exists. */
export async function placeNewUnit(
  tx: Tx,
  unitId: number,
  spec: NewUnitSpec,
  parent: UnitState,
  date: string,
  eventId: number,
): Promise<UnitState> {
  await insertVersion(tx, {
    unitId,
    code: spec.code,
    validFrom: date,
    name: spec.name,
    shortName: spec.shortName || null,
    type: spec.type,
    parentId: parent.unitId,
    path: `${parent.path}.${unitId}`,
    eventId,
  });
  const state = await versionOn(tx, unitId, date);
  if (!state) throw new Error(`unit ${unitId} was not placed`);
  return state;
}

export async function foundUnit(tx: Tx, actor: Actor | null, body: FoundUnitBody): Promise<EventResult> {
  const date = body.effectiveDate;
  const types = await loadUnitTypes(tx);
  const parent = await activeOn(tx, body.parentId, date);
  await assertLatestOn(tx, parent, date);
  await checkNewUnit(tx, actor, types, body, parent, date);
  await assertCodesFree(tx, [body.code]);

  const unitId = await createUnitIdentity(tx, body.code, date);
  const eventId = await recordEvent(
    tx,
    actor,
    'found',
    body,
    { parent: ref(parent), name: body.name, type: body.type, code: body.code },
    [{ unitId, role: 'subject' }],
  );
  const state = await placeNewUnit(tx, unitId, body, parent, date, eventId);
  await publishRestructure(tx, {
    kind: 'found',
    eventId,
    effectiveDate: date,
    reason: body.reason,
    documentNumber: body.documentNumber || null,
    actor,
    ended: [],
    unit: unitRef(state),
    parent: unitRef(parent),
  });
  await auditUnit(tx, actor, 'found', eventId, unitId, null, versionFields(state));
  return { eventId, kind: 'found', unitIds: [unitId] };
}
