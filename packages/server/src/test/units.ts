// Test helper: puts units straight into the tree (a founding event and a first version, no rule checked),
// so tests of accounts, audit and scope do not depend on the restructuring rules.
import type { UnitTypeCode } from '@congdoan/domain';
import { placeUnit, rootUnit } from '../modules/org/index.ts';
import type { TestContext } from './context.ts';

export interface UnitSpec {
  code: string;
  name: string;
  type: UnitTypeCode;
  parentId: number;
  foundedOn?: string;
}

/** The national root unit that ensureBaseData creates. */
export async function rootUnitId(ctx: TestContext): Promise<number> {
  const root = await rootUnit(ctx.database.db);
  if (!root) throw new Error('no root unit');
  return root.id;
}

/** Founds a unit under a parent on `foundedOn` (default 2020-01-01) and returns its id. */
export function insertUnit(ctx: TestContext, spec: UnitSpec): Promise<number> {
  return ctx.database.db.transaction((tx) =>
    placeUnit(tx, { ...spec, foundedOn: spec.foundedOn ?? '2020-01-01', reason: 'test' }),
  );
}

/**
 * The tree most scope tests use: root → LĐLĐ Hà Nội → LĐLĐ quận Long Biên → CĐCS A, and
 * Hà Nội → LĐLĐ quận Hoàng Mai → CĐCS B.
 */
export async function insertHanoiTree(ctx: TestContext) {
  const root = await rootUnitId(ctx);
  const hanoi = await insertUnit(ctx, {
    code: 'HN',
    name: 'LĐLĐ thành phố Hà Nội',
    type: 'provincial',
    parentId: root,
  });
  const longBien = await insertUnit(ctx, {
    code: 'HN-LB',
    name: 'LĐLĐ quận Long Biên',
    type: 'district',
    parentId: hanoi,
  });
  const hoangMai = await insertUnit(ctx, {
    code: 'HN-HM',
    name: 'LĐLĐ quận Hoàng Mai',
    type: 'district',
    parentId: hanoi,
  });
  const grassrootsA = await insertUnit(ctx, {
    code: 'HN-LB-A',
    name: 'CĐCS Công ty Long Biên A',
    type: 'grassroots',
    parentId: longBien,
  });
  const grassrootsB = await insertUnit(ctx, {
    code: 'HN-HM-B',
    name: 'CĐCS Công ty Hoàng Mai B',
    type: 'grassroots',
    parentId: hoangMai,
  });
  return { root, hanoi, longBien, hoangMai, grassrootsA, grassrootsB };
}
export type HanoiTree = Awaited<ReturnType<typeof insertHanoiTree>>;
