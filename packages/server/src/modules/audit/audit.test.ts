import { AUDIT_ENTITIES } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { type HanoiTree, insertHanoiTree, insertUnit } from '../../test/units.ts';
import { admission } from '../members/test-members.ts';
import { moveQuietly } from '../org/test-tree.ts';

interface Entry {
  id: number;
  unitId: number | null;
  unitName: string | null;
  entity: string;
  entityId: string;
  action: string;
  username: string | null;
}

describe('audit log API', () => {
  let ctx: TestContext;
  let tree: HanoiTree;
  let movedAway: number;
  let admin: { cookie: string };
  let longBien: { cookie: string };
  let hoangMai: { cookie: string };

  const read = async (who: { cookie: string }, query = '') => {
    const response = await ctx.app.inject({ method: 'GET', url: `/api/audit${query}`, headers: who });
    expect(response.statusCode).toBe(200);
    return response.json() as { items: Entry[]; total: number; page: number; pageSize: number };
  };
  const addUser = (username: string, unitId: number) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { username, fullName: username, password: 'password-123', role: 'viewer', unitId },
    });

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertHanoiTree(ctx);
    movedAway = await insertUnit(ctx, {
      code: 'HN-LB-C',
      name: 'CĐCS C',
      type: 'grassroots',
      parentId: tree.longBien,
    });
    await createUser(ctx, 'admin', 'system_admin', tree.root);
    await createUser(ctx, 'longbien', 'unit_admin', tree.longBien);
    await createUser(ctx, 'hoangmai', 'unit_admin', tree.hoangMai);
    admin = await signIn(ctx, 'admin');
    longBien = await signIn(ctx, 'longbien');
    hoangMai = await signIn(ctx, 'hoangmai');
    for (const [username, unitId] of [
      ['at.longbien', tree.longBien],
      ['at.a', tree.grassrootsA],
      ['at.c', movedAway],
      ['at.hoangmai', tree.hoangMai],
      ['at.b', tree.grassrootsB],
      ['at.hanoi', tree.hanoi],
    ] as const) {
      expect((await addUser(username, unitId)).statusCode).toBe(201);
    }
    // CĐCS C moves from Long Biên to Hoàng Mai in 2024: its past stays in Long Biên's history. Its account
    // was created (and audited) in 2023, while it was in Long Biên.
    const db = ctx.database.db;
    await db.execute(sql`update audit_log set at = '2023-06-01T09:00:00+07:00' where unit_id = ${movedAway}`);
    await moveQuietly(ctx, movedAway, {
      parentId: tree.hoangMai,
      on: '2024-01-01',
      name: 'CĐCS C (Hoàng Mai)',
    });
  });
  afterAll(() => ctx.close());

  it('shows a unit administrator only rows of units that have been in their subtree', async () => {
    const page = await read(longBien, '?pageSize=200');
    const units = new Set(page.items.map((entry) => entry.unitId));
    expect(units).toEqual(new Set([tree.longBien, tree.grassrootsA, movedAway]));
    expect(page.total).toBe(page.items.length);
    const everything = await read(admin, '?pageSize=200');
    expect(everything.items.some((entry) => entry.unitId === null)).toBe(true);
    expect(everything.items.some((entry) => entry.unitId === tree.grassrootsB)).toBe(true);
  });

  it('splits a moved unit’s rows at the move: recorded before it Long Biên’s, after it Hoàng Mai’s', async () => {
    const [account] = (await read(admin, `?unitId=${movedAway}`)).items;
    const change = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${account!.entityId}`,
      headers: admin,
      payload: { fullName: 'Cán bộ CĐCS C' },
    });
    expect(change.statusCode).toBe(200);
    const fromLongBien = await read(longBien, `?unitId=${movedAway}`);
    const fromHoangMai = await read(hoangMai, `?unitId=${movedAway}`);
    expect(fromLongBien.items).toEqual([
      expect.objectContaining({ entity: 'user', action: 'create', unitName: 'CĐCS C (Hoàng Mai)' }),
    ]);
    expect(fromHoangMai.items).toEqual([expect.objectContaining({ entity: 'user', action: 'update' })]);
  });

  it('reads one unit, or its whole subtree', async () => {
    const unitOnly = await read(longBien, `?unitId=${tree.longBien}`);
    expect(new Set(unitOnly.items.map((entry) => entry.unitId))).toEqual(new Set([tree.longBien]));
    const subtree = await read(admin, `?unitId=${tree.longBien}&subtree=true`);
    expect(new Set(subtree.items.map((entry) => entry.unitId))).toEqual(
      new Set([tree.longBien, tree.grassrootsA, movedAway]),
    );
  });

  it('refuses a unit outside scope as it refuses a unit that does not exist (404)', async () => {
    for (const [unitId, status] of [
      [tree.hoangMai, 404],
      [tree.grassrootsB, 404],
      [tree.hanoi, 404],
      [999_999, 404],
    ] as const) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/audit?unitId=${unitId}`,
        headers: longBien,
      });
      expect(response.statusCode).toBe(status);
    }
  });

  it('reads the history of one entity', async () => {
    const [created] = (await read(admin, '?entity=user&pageSize=200')).items.filter(
      (entry) => entry.action === 'create' && entry.unitId === tree.grassrootsA,
    );
    expect(created).toBeDefined();
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${created?.entityId}`,
      headers: longBien,
      payload: { fullName: 'Renamed' },
    });
    const history = await read(longBien, `?entity=user&entityId=${created?.entityId}`);
    expect(history.items.map((entry) => [entry.action, entry.username])).toEqual([
      ['update', 'longbien'],
      ['create', 'admin'],
    ]);
    expect(await read(hoangMai, `?entity=user&entityId=${created?.entityId}`)).toMatchObject({ total: 0 });
  });

  it('reads the history of one member, as the member page links to it', async () => {
    const admitted = await ctx.app.inject({
      method: 'POST',
      url: '/api/members',
      headers: longBien,
      payload: admission(tree.grassrootsA, { fullName: 'Vũ Thị Hạnh' }),
    });
    expect(admitted.statusCode).toBe(201);
    const memberId = String(admitted.json().id);
    const edited = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/members/${memberId}`,
      headers: longBien,
      payload: { phone: '0987654321' },
    });
    expect(edited.statusCode).toBe(200);
    const history = await read(longBien, `?entity=member&entityId=${memberId}`);
    expect(history.items.map((entry) => [entry.action, entry.unitId])).toEqual([
      ['update', tree.grassrootsA],
      ['admit', tree.grassrootsA],
    ]);
    expect(await read(hoangMai, `?entity=member&entityId=${memberId}`)).toMatchObject({ total: 0 });
  });

  it('names only kinds of record the audit page offers', async () => {
    const kinds = await queryRows<{ entity: string }>(
      ctx.database.db,
      sql`select distinct entity from audit_log`,
    );
    expect(kinds.length).toBeGreaterThan(2);
    for (const { entity } of kinds) expect(AUDIT_ENTITIES, entity).toContain(entity);
  });

  it('pages newest first', async () => {
    const all = await read(admin, '?pageSize=200');
    const ids = all.items.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const second = await read(admin, '?page=2&pageSize=3');
    expect(second).toMatchObject({ page: 2, pageSize: 3, total: all.total });
    expect(second.items.map((entry) => entry.id)).toEqual(ids.slice(3, 6));
  });

  it.each(['PUT', 'PATCH', 'DELETE'] as const)(
    'has no %s route: the log cannot be edited',
    async (method) => {
      const [entry] = (await read(admin)).items;
      for (const url of ['/api/audit', `/api/audit/${entry?.id}`]) {
        const response = await ctx.app.inject({ method, url, headers: admin, payload: {} });
        expect(response.statusCode).toBe(404);
      }
      expect((await read(admin)).items[0]).toEqual(entry);
    },
  );
});
