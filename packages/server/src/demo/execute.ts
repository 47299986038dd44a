// Replays the demo plan through the org service, so every unit, version, event and audit entry is the one a
// user's action would have produced; then the clusters through the cluster service.
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { orgUnits } from '../db/schema/index.ts';
import { createCluster } from '../modules/org/clusters-service.ts';
import { ROOT_UNIT } from '../modules/org/index.ts';
import { dissolveUnit, foundUnit, mergeUnits, moveUnit, updateUnit } from '../modules/org/service.ts';
import type { ClusterSpec } from './clusters.ts';
import type { PlanStep } from './plan.ts';

/** Unit ids by code, filled as the plan founds units. */
export type UnitIds = Map<string, number>;

async function unitIdByCode(tx: Tx, code: string): Promise<number> {
  const [unit] = await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code));
  if (!unit) throw new Error(`no unit with code ${code}`);
  return unit.id;
}

export async function executePlan(tx: Tx, steps: readonly PlanStep[]): Promise<UnitIds> {
  const ids: UnitIds = new Map([[ROOT_UNIT.code, await unitIdByCode(tx, ROOT_UNIT.code)]]);
  const id = (code: string) => {
    const found = ids.get(code);
    if (found === undefined) throw new Error(`demo plan refers to ${code} before founding it`);
    return found;
  };
  for (const step of steps) {
    const event = {
      effectiveDate: step.date,
      reason: step.reason,
      ...(step.documentNumber ? { documentNumber: step.documentNumber } : {}),
    };
    switch (step.kind) {
      case 'found': {
        const result = await foundUnit(tx, null, {
          ...event,
          code: step.code,
          name: step.name,
          type: step.type,
          parentId: id(step.parent),
          ...(step.shortName ? { shortName: step.shortName } : {}),
        });
        ids.set(step.code, result.unitIds[0]!);
        break;
      }
      case 'update':
        await updateUnit(tx, null, id(step.code), {
          ...event,
          ...(step.name ? { name: step.name } : {}),
          ...(step.shortName ? { shortName: step.shortName } : {}),
          ...(step.type ? { type: step.type } : {}),
        });
        break;
      case 'move':
        await moveUnit(tx, null, id(step.code), { ...event, newParentId: id(step.parent) });
        break;
      case 'dissolve':
        await dissolveUnit(tx, null, id(step.code), {
          ...event,
          ...(step.childrenTo ? { childrenToId: id(step.childrenTo) } : {}),
        });
        break;
      case 'merge': {
        const { newTarget } = step;
        await mergeUnits(tx, null, {
          ...event,
          sourceIds: step.sources.map(id),
          ...(step.target ? { targetId: id(step.target) } : {}),
          ...(newTarget
            ? {
                newTarget: {
                  code: newTarget.code,
                  name: newTarget.name,
                  type: newTarget.type,
                  parentId: id(newTarget.parent),
                },
              }
            : {}),
        });
        if (newTarget) ids.set(newTarget.code, await unitIdByCode(tx, newTarget.code));
        break;
      }
    }
  }
  return ids;
}

/** Through the org module's cluster service, which checks that members are peers under the parent that year. */
export async function createClusters(tx: Tx, clusters: readonly ClusterSpec[], ids: UnitIds): Promise<void> {
  for (const spec of clusters) {
    await createCluster(tx, null, {
      parentUnitId: ids.get(spec.parent)!,
      year: spec.year,
      name: spec.name,
      memberIds: spec.members.map((code) => ids.get(code)!),
    });
  }
}
