// Test helper: puts units straight into the tree (a founding event and a first version), so tests of
// accounts, audit and scope do not depend on the organisation module's API.
import { normalizeForSearch, type UnitTypeCode } from '@congdoan/domain';
import { desc, eq, isNull } from 'drizzle-orm';
import { orgEvents, orgEventUnits, orgUnits, orgUnitVersions } from '../db/schema/index.ts';
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
  const [root] = await ctx.database.db
    .select({ id: orgUnitVersions.unitId })
    .from(orgUnitVersions)
    .where(isNull(orgUnitVersions.parentId))
    .limit(1);
  if (!root) throw new Error('no root unit');
  return root.id;
}

/** Founds a unit under a parent on `foundedOn` (default 2020-01-01) and returns its id. */
export async function insertUnit(ctx: TestContext, spec: UnitSpec): Promise<number> {
  const foundedOn = spec.foundedOn ?? '2020-01-01';
  return ctx.database.db.transaction(async (tx) => {
    const [parent] = await tx
      .select({ path: orgUnitVersions.path, depth: orgUnitVersions.depth })
      .from(orgUnitVersions)
      .where(eq(orgUnitVersions.unitId, spec.parentId))
      .orderBy(desc(orgUnitVersions.validFrom))
      .limit(1);
    if (!parent) throw new Error(`no parent unit ${spec.parentId}`);
    const [unit] = await tx.insert(orgUnits).values({ code: spec.code, foundedOn }).returning();
    const [event] = await tx
      .insert(orgEvents)
      .values({ kind: 'found', effectiveDate: foundedOn, reason: 'test', details: {} })
      .returning();
    if (!unit || !event) throw new Error('unit not created');
    await tx.insert(orgEventUnits).values({ eventId: event.id, unitId: unit.id, role: 'subject' });
    await tx.insert(orgUnitVersions).values({
      unitId: unit.id,
      validFrom: foundedOn,
      name: spec.name,
      nameNormalized: normalizeForSearch(`${spec.name} ${spec.code}`),
      type: spec.type,
      parentId: spec.parentId,
      path: `${parent.path}.${unit.id}`,
      depth: parent.depth + 1,
      eventId: event.id,
    });
    return unit.id;
  });
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
