// Version mechanics through the service, as the demo generator calls it (actor null): same-day events
// correct a version in place, a move rewrites a whole subtree, nested merges, the shape of EventResult.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Tx } from '../../db/client.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { getUnitDetail, listChildren, unitHistory } from './queries.ts';
import { dissolveUnit, foundUnit, mergeUnits, moveUnit, splitUnit, updateUnit } from './service.ts';
import { buildBaseTree, type UnitIds } from './test-tree.ts';

let ctx: TestContext;
let ids: UnitIds;
const reason = 'Kiểm thử';
const inTx = <T>(work: (tx: Tx) => Promise<T>) => ctx.database.db.transaction(work);

async function versions(unitId: number) {
  return queryRows<{
    valid_from: string;
    valid_to: string | null;
    name: string;
    path: string;
    parent_id: number;
  }>(
    ctx.database.db,
    sql`select valid_from::text, valid_to::text, name, path::text, parent_id from org_unit_versions
        where unit_id = ${unitId} order by valid_from`,
  );
}

const pathOf = (...codes: string[]) => codes.map((code) => ids[code]).join('.');

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildBaseTree(ctx);
});
afterAll(() => ctx.close());

describe('version mechanics', () => {
  it('keeps one version when a unit is founded, renamed and moved on the same day', async () => {
    const result = await inTx(async (tx) => {
      const found = await foundUnit(tx, null, {
        code: 'G-SAMEDAY',
        name: 'Công đoàn cơ sở A',
        type: 'grassroots',
        parentId: ids.LB!,
        effectiveDate: '2024-03-01',
        reason,
      });
      const id = found.unitIds[0]!;
      await updateUnit(tx, null, id, { effectiveDate: '2024-03-01', reason, name: 'Công đoàn cơ sở B' });
      await moveUnit(tx, null, id, { effectiveDate: '2024-03-01', reason, newParentId: ids.HM! });
      return id;
    });
    ids['G-SAMEDAY'] = result;
    expect(await versions(result)).toEqual([
      {
        valid_from: '2024-03-01',
        valid_to: null,
        name: 'Công đoàn cơ sở B',
        path: pathOf('VGCL', 'HN', 'HM', 'G-SAMEDAY'),
        parent_id: ids.HM,
      },
    ]);
    expect((await unitHistory(ctx.database.db, result)).map((event) => event.kind)).toEqual([
      'move',
      'rename',
      'found',
    ]);
  });

  it('rewrites the paths of a whole subtree, correcting versions that start on the move date', async () => {
    await inTx(async (tx) => {
      for (let division = 1; division <= 4; division++) {
        const d = await foundUnit(tx, null, {
          code: `PX-${division}`,
          name: `Công đoàn bộ phận ${division}`,
          type: 'division',
          parentId: ids['G-DETMAY']!,
          effectiveDate: division === 4 ? '2024-06-01' : '2020-01-01',
          reason,
        });
        ids[`PX-${division}`] = d.unitIds[0]!;
        for (let group = 1; group <= 10; group++) {
          const g = await foundUnit(tx, null, {
            code: `TO-${division}-${group}`,
            name: `Tổ công đoàn ${division}.${group}`,
            type: 'group',
            parentId: d.unitIds[0]!,
            effectiveDate: division === 4 ? '2024-06-01' : '2020-01-01',
            reason,
          });
          ids[`TO-${division}-${group}`] = g.unitIds[0]!;
        }
      }
      await moveUnit(tx, null, ids.LB!, { effectiveDate: '2024-06-01', reason, newParentId: ids.HP! });
    });
    const subtree = await queryRows<{ before: string | null; after: string; from_count: number }>(
      ctx.database.db,
      sql`select
            (select path::text from org_unit_versions b where b.unit_id = a.unit_id and b.valid_to = '2024-06-01') as before,
            a.path::text as after,
            (select count(*)::int from org_unit_versions c where c.unit_id = a.unit_id) as from_count
          from org_unit_versions a
          where a.valid_to is null and a.path ~ ${`*.${ids.LB}.*`}::lquery`,
    );
    // LB, its two grassroots unions, the division and group of one and the 44 units under the other.
    expect(subtree).toHaveLength(49);
    for (const row of subtree) {
      expect(row.after.startsWith(`${pathOf('VGCL', 'HP', 'LB')}`)).toBe(true);
      if (row.before === null) {
        // Founded on the move date: the only version, already under the new parent.
        expect(row.from_count).toBe(1);
      } else {
        expect(row.before.replace(pathOf('VGCL', 'HN'), pathOf('VGCL', 'HP'))).toBe(row.after);
      }
    }
    expect(subtree.filter((row) => row.before === null)).toHaveLength(11);
    const detail = await getUnitDetail(ctx.database.db, ids['TO-2-7']!, '2024-06-01');
    expect(detail.ancestors.map((a) => a.code)).toEqual(['VGCL', 'HP', 'LB', 'G-DETMAY', 'PX-2']);
    const before = await getUnitDetail(ctx.database.db, ids['TO-2-7']!, '2024-05-31');
    expect(before.ancestors.map((a) => a.code)).toEqual(['VGCL', 'HN', 'LB', 'G-DETMAY', 'PX-2']);
  });

  it('merges nested sources deepest first, handing grandchildren to the target', async () => {
    const result = await inTx((tx) =>
      mergeUnits(tx, null, {
        effectiveDate: '2024-09-01',
        reason,
        sourceIds: [ids['G-NHUA']!, ids['G-NHUA-PX1']!],
        targetId: ids['G-DETMAY']!,
      }),
    );
    expect(result).toEqual({
      eventId: expect.any(Number),
      kind: 'merge',
      unitIds: [ids['G-DETMAY'], ids['G-NHUA'], ids['G-NHUA-PX1']],
    });
    const children = await listChildren(ctx.database.db, null, ids['G-DETMAY']!, '2024-09-01');
    expect(children.map((child) => child.code).sort()).toEqual(['G-NHUA-T1', 'PX-1', 'PX-2', 'PX-3', 'PX-4']);
    const group = await getUnitDetail(ctx.database.db, ids['G-NHUA-T1']!, '2024-09-01');
    expect(group.path).toEqual([ids.VGCL, ids.HP, ids.LB, ids['G-DETMAY'], ids['G-NHUA-T1']]);
  });

  it('answers the new units in EventResult: consolidation target first, split parts after the source', async () => {
    const consolidated = await inTx((tx) =>
      mergeUnits(tx, null, {
        effectiveDate: '2024-10-01',
        reason,
        sourceIds: [ids.HM!],
        newTarget: { code: 'HM-MOI', name: 'LĐLĐ quận Hoàng Mai mới', type: 'district', parentId: ids.HN! },
      }),
    );
    expect(consolidated.kind).toBe('consolidate');
    const [target] = consolidated.unitIds;
    expect((await getUnitDetail(ctx.database.db, target!, '2024-10-01')).code).toBe('HM-MOI');
    const split = await inTx((tx) =>
      splitUnit(tx, null, target!, {
        effectiveDate: '2024-11-01',
        reason,
        keepSource: true,
        parts: [{ code: 'HM-MOI-2', name: 'Phần tách', type: 'district', childIds: [] }],
      }),
    );
    expect(split.unitIds[0]).toBe(target);
    expect((await getUnitDetail(ctx.database.db, split.unitIds[1]!, '2024-11-01')).code).toBe('HM-MOI-2');
  });

  it('lets the system found a grassroots union under a commune union (a province above has the power)', async () => {
    await inTx(async (tx) => {
      const commune = await foundUnit(tx, null, {
        code: 'P-BODE',
        name: 'Công đoàn phường Bồ Đề',
        type: 'commune',
        parentId: ids.HN!,
        effectiveDate: '2025-07-01',
        reason,
      });
      const grassroots = await foundUnit(tx, null, {
        code: 'G-BODE',
        name: 'Công đoàn cơ sở Bồ Đề',
        type: 'grassroots',
        parentId: commune.unitIds[0]!,
        effectiveDate: '2025-07-01',
        reason,
      });
      expect(grassroots.kind).toBe('found');
    });
  });

  it('keeps a unit founded and dissolved on one day readable with its status', async () => {
    const id = await inTx(async (tx) => {
      const found = await foundUnit(tx, null, {
        code: 'G-ONEDAY',
        name: 'Công đoàn cơ sở một ngày',
        type: 'grassroots',
        parentId: ids.HN!,
        effectiveDate: '2025-08-01',
        reason,
      });
      await dissolveUnit(tx, null, found.unitIds[0]!, { effectiveDate: '2025-08-01', reason });
      return found.unitIds[0]!;
    });
    expect((await getUnitDetail(ctx.database.db, id, '2025-07-31')).status).toBe('notYetFounded');
    expect((await getUnitDetail(ctx.database.db, id, '2025-08-01')).status).toBe('dissolved');
    expect(await listChildren(ctx.database.db, null, ids.HN!, '2025-08-01')).not.toContainEqual(
      expect.objectContaining({ code: 'G-ONEDAY' }),
    );
  });
});
