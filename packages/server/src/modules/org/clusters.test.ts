// Emulation clusters over HTTP: peers of one parent for one year, one cluster per unit a year, unique
// names, scope through the parent unit, and an audit row for every write.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { moveUnit } from './service.ts';
import { buildBaseTree, requester, type UnitIds } from './test-tree.ts';

let ctx: TestContext;
let ids: UnitIds;
let as: Record<'hanoi' | 'longbien' | 'haiphong' | 'hanoiViewer', ReturnType<typeof requester>>;
let firstClusterId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildBaseTree(ctx);
  // The port's union comes directly under Hà Nội in mid-2024, so it is Hà Nội's peer in 2024 but not 2023.
  await ctx.database.db.transaction((tx) =>
    moveUnit(tx, null, ids['G-CANG']!, {
      effectiveDate: '2024-07-01',
      reason: 'Điều chuyển',
      newParentId: ids.HN!,
    }),
  );
  await createUser(ctx, 'hanoi', 'unit_admin', ids.HN!);
  await createUser(ctx, 'longbien', 'unit_admin', ids.LB!);
  await createUser(ctx, 'haiphong', 'unit_admin', ids.HP!);
  await createUser(ctx, 'hanoi-viewer', 'viewer', ids.HN!);
  as = {
    hanoi: requester(ctx, (await signIn(ctx, 'hanoi')).cookie),
    longbien: requester(ctx, (await signIn(ctx, 'longbien')).cookie),
    haiphong: requester(ctx, (await signIn(ctx, 'haiphong')).cookie),
    hanoiViewer: requester(ctx, (await signIn(ctx, 'hanoi-viewer')).cookie),
  };
});
afterAll(() => ctx.close());

const cluster = (name: string, year: number, members: string[]) => ({
  parentUnitId: ids.HN,
  year,
  name,
  memberIds: members.map((code) => ids[code]),
});

describe('emulation clusters', () => {
  it('creates a cluster of peer units and audits it', async () => {
    const response = await as.hanoi(
      'POST',
      '/api/emulation-clusters',
      cluster('Cụm thi đua số 1', 2024, ['LB', 'HM']),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      parentUnitId: ids.HN,
      year: 2024,
      name: 'Cụm thi đua số 1',
      members: [
        { code: 'HM', name: 'Liên đoàn Lao động quận Hoàng Mai', type: 'district' },
        { code: 'LB', name: 'Liên đoàn Lao động quận Long Biên', type: 'district' },
      ],
    });
    firstClusterId = response.body.id;
    const [audit] = await queryRows<{ action: string; unit_id: number; after: { memberIds: number[] } }>(
      ctx.database.db,
      sql`select action, unit_id, after from audit_log where entity = 'emulationCluster'
          and entity_id = ${String(firstClusterId)}`,
    );
    expect(audit).toMatchObject({
      action: 'create',
      unit_id: ids.HN,
      after: { memberIds: [ids.HM, ids.LB] },
    });
  });

  // [label, body, status, code]
  const refusals: [string, () => object, number, string][] = [
    ['a name taken that year', () => cluster('Cụm thi đua số 1', 2024, []), 409, 'CLUSTER_NAME_TAKEN'],
    [
      'a unit already in a cluster that year',
      () => cluster('Cụm thi đua số 2', 2024, ['LB']),
      422,
      'CLUSTER_MEMBER_TAKEN',
    ],
    [
      'a unit two levels down',
      () => cluster('Cụm thi đua số 2', 2024, ['G-TRUONG']),
      422,
      'CLUSTER_MEMBER_NOT_PEER',
    ],
    [
      'a unit that joined the parent later',
      () => cluster('Cụm thi đua số 2', 2023, ['G-CANG']),
      422,
      'CLUSTER_MEMBER_NOT_PEER',
    ],
    [
      'the same unit twice',
      () => cluster('Cụm thi đua số 2', 2023, ['LB', 'LB']),
      400,
      'DUPLICATE_IN_REQUEST',
    ],
    [
      'an unknown unit',
      () => ({ ...cluster('Cụm thi đua số 2', 2023, []), memberIds: [999999] }),
      404,
      'UNIT_NOT_FOUND',
    ],
    ['a year out of range', () => cluster('Cụm thi đua số 2', 1800, []), 400, 'INVALID_INPUT'],
    ['no name', () => cluster('', 2024, []), 400, 'INVALID_INPUT'],
  ];
  it.each(refusals)('refuses %s', async (_label, body, status, code) => {
    const count = async () =>
      (
        await queryRows<{ n: number }>(
          ctx.database.db,
          sql`select count(*)::int as n from emulation_clusters`,
        )
      )[0]?.n;
    const before = await count();
    const response = await as.hanoi('POST', '/api/emulation-clusters', body());
    expect([response.status, response.body.error.code]).toEqual([status, code]);
    expect(await count()).toBe(before);
  });

  it('takes a unit that was a peer for part of the year, and a used name in another year', async () => {
    const response = await as.hanoi(
      'POST',
      '/api/emulation-clusters',
      cluster('Cụm thi đua số 2', 2024, ['G-CANG']),
    );
    expect(response.status).toBe(201);
    const nextYear = await as.hanoi(
      'POST',
      '/api/emulation-clusters',
      cluster('Cụm thi đua số 1', 2025, ['LB']),
    );
    expect(nextYear.status).toBe(201);
  });

  it('lists clusters by parent and year, only within scope', async () => {
    const hanoi = await as.hanoi('GET', `/api/emulation-clusters?parentId=${ids.HN}&year=2024`);
    expect(hanoi.body.map((c: { name: string }) => c.name)).toEqual(['Cụm thi đua số 1', 'Cụm thi đua số 2']);
    expect((await as.hanoi('GET', '/api/emulation-clusters')).body).toHaveLength(3);
    expect((await as.haiphong('GET', '/api/emulation-clusters')).body).toEqual([]);
    expect((await as.longbien('GET', '/api/emulation-clusters')).body).toEqual([]);
    const parent = await as.longbien('GET', `/api/emulation-clusters?parentId=${ids.HN}`);
    expect([parent.status, parent.body.error.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('changes name and members, with the rules of creation', async () => {
    const taken = await as.hanoi('PATCH', `/api/emulation-clusters/${firstClusterId}`, {
      name: 'Cụm thi đua số 2',
    });
    expect([taken.status, taken.body.error.code]).toEqual([409, 'CLUSTER_NAME_TAKEN']);
    const member = await as.hanoi('PATCH', `/api/emulation-clusters/${firstClusterId}`, {
      memberIds: [ids['G-CANG']],
    });
    expect([member.status, member.body.error.code]).toEqual([422, 'CLUSTER_MEMBER_TAKEN']);
    const response = await as.hanoi('PATCH', `/api/emulation-clusters/${firstClusterId}`, {
      name: 'Cụm thi đua các quận',
      memberIds: [ids.LB],
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ name: 'Cụm thi đua các quận', members: [{ code: 'LB' }] });
    const [audit] = await queryRows<{
      before: { name: string };
      after: { name: string; memberIds: number[] };
    }>(
      ctx.database.db,
      sql`select before, after from audit_log where entity = 'emulationCluster' and action = 'update'`,
    );
    expect(audit).toMatchObject({
      before: { name: 'Cụm thi đua số 1', memberIds: [ids.HM, ids.LB] },
      after: { name: 'Cụm thi đua các quận', memberIds: [ids.LB] },
    });
  });

  it.each([
    ['longbien', 'PATCH', 404, 'NOT_FOUND'],
    ['haiphong', 'DELETE', 404, 'NOT_FOUND'],
    ['hanoiViewer', 'PATCH', 403, 'ROLE_FORBIDDEN'],
  ] as const)('refuses %s to %s a Hà Nội cluster', async (user, method, status, code) => {
    const response = await as[user](
      method,
      `/api/emulation-clusters/${firstClusterId}`,
      method === 'PATCH' ? { name: 'X' } : undefined,
    );
    expect([response.status, response.body.error.code]).toEqual([status, code]);
  });

  it('answers 404 for an unknown cluster and 400 for an empty change', async () => {
    expect((await as.hanoi('PATCH', '/api/emulation-clusters/999999', { name: 'X' })).status).toBe(404);
    expect((await as.hanoi('PATCH', `/api/emulation-clusters/${firstClusterId}`, {})).status).toBe(400);
  });

  it('deletes a cluster, freeing its members for that year', async () => {
    const response = await as.hanoi('DELETE', `/api/emulation-clusters/${firstClusterId}`);
    expect(response.status).toBe(204);
    const list = await as.hanoi('GET', '/api/emulation-clusters?year=2024');
    expect(list.body.map((c: { id: number }) => c.id)).not.toContain(firstClusterId);
    const again = await as.hanoi(
      'POST',
      '/api/emulation-clusters',
      cluster('Cụm thi đua số 3', 2024, ['LB', 'HM']),
    );
    expect(again.status).toBe(201);
    const actions = await queryRows<{ action: string }>(
      ctx.database.db,
      sql`select action from audit_log where entity = 'emulationCluster' and entity_id = ${String(firstClusterId)}
          order by id`,
    );
    expect(actions.map((row) => row.action)).toEqual(['create', 'update', 'delete']);
  });
});
