// Merging units: into an existing unit (sáp nhập, kind 'merge') or into a new one founded by the event
// (hợp nhất, kind 'consolidate'). The sources end on the effective date and their children move to the target.
import type { EventResult, MergeUnitsBody } from '@congdoan/domain';
import type { Tx } from '../../../db/client.ts';
import type { Actor } from '../../../platform/context.ts';
import { Invalid, RuleViolation } from '../../../platform/errors.ts';
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
  assertCodesFree,
  assertNoRepeats,
  assertNotUnder,
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

export async function mergeUnits(tx: Tx, actor: Actor | null, body: MergeUnitsBody): Promise<EventResult> {
  const date = body.effectiveDate;
  const { targetId, newTarget } = body;
  if ((targetId === undefined) === (newTarget === undefined)) throw new Invalid('MERGE_TARGET_REQUIRED');
  const types = await loadUnitTypes(tx);

  const sources: UnitState[] = [];
  for (const id of body.sourceIds) sources.push(await activeOn(tx, id, date, 'subject'));
  assertNoRepeats(sources);
  if (sources.some((source) => source.parentId === null)) throw new RuleViolation('ROOT_IMMUTABLE');
  const sourceIds = new Set(body.sourceIds);

  // The existing target, or the parent of the new one; neither may sit inside a unit that is ending.
  const anchorId = targetId ?? newTarget?.parentId ?? 0;
  if (sourceIds.has(anchorId)) throw new RuleViolation('MERGE_TARGET_IS_SOURCE');
  const anchor = await activeOn(tx, anchorId, date);
  for (const source of sources) assertNotUnder(source, anchor);
  await assertLatestOn(tx, anchor, date);
  if (newTarget) {
    await checkNewUnit(tx, actor, types, newTarget, anchor, date);
    await assertCodesFree(tx, [newTarget.code]);
  }
  const targetType = newTarget?.type ?? anchor.type;

  // Deepest sources first: a source under another hands over its children before it ends.
  sources.sort((a, b) => b.depth - a.depth);
  const childrenBySource = new Map<number, UnitState[]>();
  for (const source of sources) {
    const children = (await childrenOn(tx, source.unitId, date)).filter((c) => !sourceIds.has(c.unitId));
    for (const child of children) assertParentAllowed(types, child.type, targetType);
    childrenBySource.set(source.unitId, children);
    await assertSubtreeLatestOn(tx, source.unitId, date);
  }
  // Each source's members go to the target on the same day, so the target must be a unit with members.
  const targetName = newTarget?.name ?? anchor.name;
  const memberCounts = new Map<number, number>();
  for (const source of sources) {
    const count = await membersOfUnitOn(tx, unitRef(source), date);
    assertAdmitsMembers(types, source, { name: targetName, type: targetType }, count);
    memberCounts.set(source.unitId, count);
  }
  const membersMoved = [...memberCounts.values()].reduce((sum, count) => sum + count, 0);

  const kind = newTarget ? 'consolidate' : 'merge';
  const targetUnitId = newTarget ? await createUnitIdentity(tx, newTarget.code, date) : anchor.unitId;
  const targetRef = { id: targetUnitId, name: newTarget?.name ?? anchor.name };
  const moved: MovedChild[] = sources.flatMap((source) =>
    (childrenBySource.get(source.unitId) ?? []).map((child) => ({
      id: child.unitId,
      name: child.name,
      fromParent: ref(source),
      toParent: targetRef,
    })),
  );
  const eventId = await recordEvent(
    tx,
    actor,
    kind,
    body,
    {
      sources: body.sourceIds.map((id) => ref(sources.find((s) => s.unitId === id) as UnitState)),
      target: targetRef,
      movedChildren: moved.length,
      children: moved,
      membersMoved,
      membersBySource: Object.fromEntries(memberCounts),
    },
    [
      { unitId: targetUnitId, role: 'target' },
      ...body.sourceIds.map((unitId) => ({ unitId, role: 'source' as const })),
      ...moved.map((child) => ({ unitId: child.id, role: 'child' as const })),
    ],
  );

  const target = newTarget ? await placeNewUnit(tx, targetUnitId, newTarget, anchor, date, eventId) : anchor;
  for (const source of sources) {
    if (childrenBySource.get(source.unitId)?.length) {
      await rewriteSubtree(tx, {
        rootPath: source.path,
        cut: source.depth + 1,
        newPrefix: target.path,
        newParentId: target.unitId,
        date,
        eventId,
      });
    }
    await endUnit(tx, source, date);
    await auditUnit(tx, actor, kind, eventId, source.unitId, versionFields(source), {
      endedOn: date,
      mergedIntoId: target.unitId,
      membersMoved: memberCounts.get(source.unitId) ?? 0,
    });
  }
  await publishRestructure(tx, {
    kind,
    eventId,
    effectiveDate: date,
    reason: body.reason,
    documentNumber: body.documentNumber || null,
    actor,
    ended: sources.map(unitRef),
    sources: sources.map(unitRef),
    target: unitRef(target),
  });
  await auditUnit(tx, actor, kind, eventId, target.unitId, newTarget ? null : versionFields(anchor), {
    ...versionFields(target),
    sourceIds: body.sourceIds,
    movedChildIds: moved.map((child) => child.id),
  });
  return { eventId, kind, unitIds: [target.unitId, ...body.sourceIds] };
}
