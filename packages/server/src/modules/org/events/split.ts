// Splitting a unit into new units that each take some of its children: the source is kept (tách) or ends
// (chia, keepSource false, when every child must go to a part). The source's members go to the part named by
// `membersToPart` (required when the source ends with members); a kept source keeps them otherwise.
import { type EventResult, type SplitUnitBody, todayInVietnam } from '@congdoan/domain';
import type { Tx } from '../../../db/client.ts';
import type { Actor } from '../../../platform/context.ts';
import { RuleViolation } from '../../../platform/errors.ts';
import { assertUnitWritable, isUnitReadable, outOfReach } from '../../../platform/scope.ts';
import { publishRestructure, type UnitRef } from '../events-bus.ts';
import { membersOfUnitOn } from '../members-port.ts';
import {
  activeOn,
  assertLatestOn,
  assertSubtreeLatestOn,
  childrenOn,
  endUnit,
  latestVersion,
  rewriteSubtree,
  type UnitState,
} from '../versions.ts';
import {
  assertAdmitsMembers,
  assertCodesFree,
  assertParentAllowed,
  auditUnit,
  createUnitIdentity,
  loadUnitTypes,
  type MovedChild,
  recordEvent,
  ref,
  unitRef,
  versionFields,
} from './common.ts';
import { checkNewUnit, placeNewUnit } from './found.ts';

export async function splitUnit(
  tx: Tx,
  actor: Actor | null,
  unitId: number,
  body: SplitUnitBody,
): Promise<EventResult> {
  const date = body.effectiveDate;
  const keepSource = body.keepSource ?? false;
  const types = await loadUnitTypes(tx);
  const source = await activeOn(tx, unitId, date, 'subject');
  if (source.parentId === null && !keepSource) throw new RuleViolation('ROOT_IMMUTABLE');
  await assertLatestOn(tx, source, date);

  const children = new Map((await childrenOn(tx, unitId, date)).map((child) => [child.unitId, child]));
  const given = new Map<number, UnitState>();
  for (const part of body.parts) {
    for (const childId of part.childIds ?? []) {
      const child = children.get(childId);
      if (!child) {
        // A unit out of the actor's reach is not named: it answers as an unknown one.
        if (actor && !(await isUnitReadable(tx, actor, childId, todayInVietnam())))
          throw outOfReach('UNIT_NOT_FOUND');
        const unit = await latestVersion(tx, childId);
        throw new RuleViolation('SPLIT_CHILD_NOT_UNDER_SOURCE', { name: unit.name });
      }
      if (given.has(childId)) throw new RuleViolation('SPLIT_CHILD_TWICE', { name: child.name });
      given.set(childId, child);
    }
  }
  if (!keepSource && given.size < children.size) {
    throw new RuleViolation('SPLIT_CHILDREN_LEFT', { count: children.size - given.size });
  }
  await assertCodesFree(
    tx,
    body.parts.map((part) => part.code),
  );

  // Each part sits under its own parent (by default the source's parent), never inside what it takes.
  const parents: UnitState[] = [];
  for (const part of body.parts) {
    const parentId = part.parentId ?? source.parentId;
    if (parentId === null) throw new RuleViolation('ROOT_IMMUTABLE');
    const parent = parentId === source.unitId ? source : await activeOn(tx, parentId, date);
    // The route checks the parents it can see in the request; a defaulted parent is checked here.
    if (actor && part.parentId === undefined) await assertUnitWritable(tx, actor, parent.unitId, date);
    const labels = parent.path.split('.');
    if (!keepSource && labels.includes(String(source.unitId))) {
      throw new RuleViolation('SPLIT_PART_UNDER_SOURCE', { name: part.name });
    }
    for (const child of given.values()) {
      if (labels.includes(String(child.unitId)))
        throw new RuleViolation('MOVE_UNDER_ITSELF', { name: child.name });
    }
    if (parent !== source) await assertLatestOn(tx, parent, date);
    await checkNewUnit(tx, actor, types, part, parent, date);
    for (const childId of part.childIds ?? [])
      assertParentAllowed(types, given.get(childId)!.type, part.type);
    parents.push(parent);
  }
  if (keepSource) for (const child of given.values()) await assertSubtreeLatestOn(tx, child.unitId, date);
  else await assertSubtreeLatestOn(tx, unitId, date);

  const membersPart = body.membersToPart === undefined ? undefined : body.parts[body.membersToPart];
  if (body.membersToPart !== undefined && !membersPart) {
    throw new RuleViolation('SPLIT_MEMBERS_PART_UNKNOWN', { index: body.membersToPart + 1 });
  }
  const memberCount = !keepSource || membersPart ? await membersOfUnitOn(tx, unitRef(source), date) : 0;
  if (memberCount > 0 && !membersPart) {
    throw new RuleViolation('SPLIT_MEMBERS_NEED_PART', { name: source.name, count: memberCount });
  }
  if (membersPart) assertAdmitsMembers(types, source, membersPart, memberCount);

  const partIds: number[] = [];
  for (const part of body.parts) partIds.push(await createUnitIdentity(tx, part.code, date));
  const moved: MovedChild[] = body.parts.flatMap((part, index) =>
    (part.childIds ?? []).map((childId) => ({
      id: childId,
      name: given.get(childId)!.name,
      fromParent: ref(source),
      toParent: { id: partIds[index]!, name: part.name },
    })),
  );
  const eventId = await recordEvent(
    tx,
    actor,
    'split',
    body,
    {
      source: ref(source),
      parts: body.parts.map((part, index) => ({ id: partIds[index], code: part.code, name: part.name })),
      keepSource,
      movedChildren: moved.length,
      children: moved,
      membersTo:
        membersPart && memberCount > 0
          ? { id: partIds[body.membersToPart ?? 0], name: membersPart.name }
          : null,
      membersMoved: membersPart ? memberCount : 0,
    },
    [
      { unitId, role: 'source' },
      ...partIds.map((id) => ({ unitId: id, role: 'part' as const })),
      ...moved.map((child) => ({ unitId: child.id, role: 'child' as const })),
    ],
  );

  const placedParts: UnitRef[] = [];
  let membersTo: UnitRef | null = null;
  for (const [index, part] of body.parts.entries()) {
    const placed = await placeNewUnit(tx, partIds[index]!, part, parents[index]!, date, eventId);
    placedParts.push(unitRef(placed));
    if (index === body.membersToPart && memberCount > 0) membersTo = unitRef(placed);
    for (const childId of part.childIds ?? []) {
      const child = given.get(childId)!;
      await rewriteSubtree(tx, {
        rootPath: child.path,
        cut: child.depth,
        newPrefix: placed.path,
        newParentId: placed.unitId,
        date,
        eventId,
      });
    }
    await auditUnit(tx, actor, 'split', eventId, placed.unitId, null, {
      ...versionFields(placed),
      splitFromId: unitId,
      movedChildIds: part.childIds ?? [],
    });
  }
  if (!keepSource) await endUnit(tx, source, date);
  await publishRestructure(tx, {
    kind: 'split',
    eventId,
    effectiveDate: date,
    reason: body.reason,
    documentNumber: body.documentNumber || null,
    actor,
    ended: keepSource ? [] : [unitRef(source)],
    source: unitRef(source),
    keepSource,
    parts: placedParts,
    membersTo,
  });
  await auditUnit(tx, actor, 'split', eventId, unitId, versionFields(source), {
    keepSource,
    endedOn: keepSource ? null : date,
    partIds,
    membersToId: membersPart && memberCount > 0 ? partIds[body.membersToPart ?? 0] : null,
    membersMoved: memberCount,
  });
  return { eventId, kind: 'split', unitIds: [unitId, ...partIds] };
}
