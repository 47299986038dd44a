// Unit types over HTTP: everyone signed in reads their powers; only rule editors change them, audited, and
// the change governs what can be founded (powers belong to the type, not to the depth in the tree).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { foundUnit } from './service.ts';
import { buildBaseTree, requester, type UnitIds } from './test-tree.ts';

let ctx: TestContext;
let ids: UnitIds;
let asAdmin: ReturnType<typeof requester>;
let asCommune: ReturnType<typeof requester>;

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildBaseTree(ctx);
  const commune = {
    code: 'P-VIETHUNG',
    name: 'Công đoàn phường Việt Hưng',
    type: 'commune' as const,
    parentId: ids.HN!,
    effectiveDate: '2025-07-01',
    reason: 'Sắp xếp đơn vị hành chính',
  };
  ids[commune.code] = (await ctx.database.db.transaction((tx) => foundUnit(tx, null, commune))).unitIds[0]!;
  await createUser(ctx, 'admin', 'system_admin', ids.VGCL!);
  await createUser(ctx, 'phuong', 'unit_admin', ids['P-VIETHUNG']!);
  asAdmin = requester(ctx, (await signIn(ctx, 'admin')).cookie);
  asCommune = requester(ctx, (await signIn(ctx, 'phuong')).cookie);
});
afterAll(() => ctx.close());

describe('unit types', () => {
  it('lists every type with its powers to any signed-in user', async () => {
    const response = await asCommune('GET', '/api/unit-types');
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(14);
    expect(response.body.find((type: { code: string }) => type.code === 'commune')).toMatchObject({
      tier: 2,
      canAdmitMembers: false,
      canFoundGrassroots: false,
      canCollectLevy: false,
      allowedParentTypes: ['provincial', 'central_sector', 'corporation'],
      closedFrom: null,
    });
  });

  it('lets only rule editors change a power', async () => {
    const response = await asCommune('PATCH', '/api/unit-types/commune', { canFoundGrassroots: true });
    expect([response.status, response.body.error.code]).toEqual([403, 'ROLE_FORBIDDEN']);
  });

  it.each([
    ['an empty change', 'commune', {}],
    ['an unknown type', 'club', { canFoundGrassroots: true }],
    ['a power that is not a yes/no', 'commune', { canAdmitMembers: 'yes' }],
  ])('refuses %s with 400', async (_label, code, body) => {
    const response = await asAdmin('PATCH', `/api/unit-types/${code}`, body);
    expect([response.status, response.body.error.code]).toEqual([400, 'INVALID_INPUT']);
  });

  it('gives commune unions the power to found grassroots unions when configured so', async () => {
    const grassroots = {
      code: 'G-VIETHUNG',
      name: 'Công đoàn cơ sở Công ty Việt Hưng',
      type: 'grassroots',
      parentId: ids['P-VIETHUNG'],
      effectiveDate: '2025-08-01',
      reason: 'Đủ điều kiện thành lập',
    };
    const refused = await asCommune('POST', '/api/org-units', grassroots);
    expect([refused.status, refused.body.error.code]).toEqual([422, 'CANNOT_FOUND_GRASSROOTS']);

    const change = await asAdmin('PATCH', '/api/unit-types/commune', { canFoundGrassroots: true });
    expect(change.status).toBe(200);
    expect(change.body).toMatchObject({ code: 'commune', canFoundGrassroots: true, canAdmitMembers: false });
    const [audit] = await queryRows<{ username: string; before: object; after: object }>(
      ctx.database.db,
      sql`select username, before, after from audit_log where entity = 'unitType' and entity_id = 'commune'`,
    );
    expect(audit).toEqual({
      username: 'admin',
      before: { canAdmitMembers: false, canFoundGrassroots: false, canCollectLevy: false },
      after: { canAdmitMembers: false, canFoundGrassroots: true, canCollectLevy: false },
    });

    const founded = await asCommune('POST', '/api/org-units', grassroots);
    expect([founded.status, founded.body.kind]).toEqual([201, 'found']);
  });
});
