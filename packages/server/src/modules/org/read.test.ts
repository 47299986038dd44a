// Reading the tree over HTTP: accent-free search, lists and pages, counts as of dates, and scope — a user of
// one district never reads, finds or changes a sibling district.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { dissolveUnit, foundUnit } from './service.ts';
import { buildBaseTree, requester, treeCounts, type UnitIds } from './test-tree.ts';

let ctx: TestContext;
let ids: UnitIds;
let asAdmin: ReturnType<typeof requester>;
let asLongBien: ReturnType<typeof requester>;
let asViewer: ReturnType<typeof requester>;
const reason = 'Theo quyết định của LĐLĐ thành phố';
const codes = (body: { items: { code: string }[] }) => body.items.map((item) => item.code);

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildBaseTree(ctx);
  await ctx.database.db.transaction(async (tx) => {
    const guild = {
      code: 'NGHIEPDOAN-XEOM',
      name: 'Nghiệp đoàn Xe ôm Long Biên',
      type: 'guild' as const,
      parentId: ids.LB!,
      effectiveDate: '2024-01-01',
      reason,
    };
    ids[guild.code] = (await foundUnit(tx, null, guild)).unitIds[0]!;
    await dissolveUnit(tx, null, ids['G-DETMAY']!, { effectiveDate: '2025-01-01', reason });
    const grassroots = {
      code: 'G-MOI',
      name: 'Công đoàn cơ sở Công ty Mới Hoàng Mai',
      type: 'grassroots' as const,
      parentId: ids.HM!,
      effectiveDate: '2025-03-01',
      reason,
    };
    ids[grassroots.code] = (await foundUnit(tx, null, grassroots)).unitIds[0]!;
  });
  await createUser(ctx, 'admin', 'system_admin', ids.VGCL!);
  await createUser(ctx, 'longbien', 'unit_admin', ids.LB!);
  await createUser(ctx, 'xem', 'viewer', ids.LB!);
  asAdmin = requester(ctx, (await signIn(ctx, 'admin')).cookie);
  asLongBien = requester(ctx, (await signIn(ctx, 'longbien')).cookie);
  asViewer = requester(ctx, (await signIn(ctx, 'xem')).cookie);
});
afterAll(() => ctx.close());

describe('search', () => {
  it.each([
    ['long bien', ['LB', 'G-NHUA', 'NGHIEPDOAN-XEOM']],
    ['LIÊN ĐOÀN lao dong quan long bien', ['LB']],
    ['hai phong', ['HP', 'G-CANG']],
    ['nq', ['NQ']],
    ['xe om', ['NGHIEPDOAN-XEOM']],
    // words need not be next to each other, nor in order
    ['cong ty nhua long bien', ['G-NHUA']],
    ['hai phong cang', ['G-CANG']],
    ['%', []],
  ])('"%s" finds %j, shallowest first', async (q, expected) => {
    const response = await asAdmin('GET', `/api/org-units?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    expect(codes(response.body)).toEqual(expected);
  });

  it('searches the tree as of a date', async () => {
    const before = await asAdmin('GET', '/api/org-units?q=xe%20om&asOf=2023-12-31');
    expect(before.body.total).toBe(0);
    const dissolved = await asAdmin('GET', '/api/org-units?q=det%20may');
    expect(dissolved.body.total).toBe(0);
    const earlier = await asAdmin('GET', '/api/org-units?q=det%20may&asOf=2024-12-31');
    expect(codes(earlier.body)).toEqual(['G-DETMAY']);
  });

  it('pages through results ordered by depth then accent-free name', async () => {
    const pages = [];
    for (const page of [1, 2, 3]) {
      const response = await asAdmin('GET', `/api/org-units?q=cong%20doan&pageSize=2&page=${page}`);
      expect(response.body).toMatchObject({ total: 6, page, pageSize: 2 });
      pages.push(codes(response.body));
    }
    expect(pages).toEqual([
      ['G-CANG', 'G-NHUA'],
      ['G-MOI', 'G-TRUONG'],
      ['G-NHUA-PX1', 'G-NHUA-T1'],
    ]);
  });

  it('lists the children of a unit with their child counts, filtered by type', async () => {
    const all = await asAdmin('GET', `/api/org-units?parentId=${ids.LB}`);
    expect(all.body.items.map((i: { code: string; childCount: number }) => [i.code, i.childCount])).toEqual([
      ['G-NHUA', 1],
      ['NGHIEPDOAN-XEOM', 0],
    ]);
    const guilds = await asAdmin('GET', `/api/org-units?parentId=${ids.LB}&type=guild`);
    expect(codes(guilds.body)).toEqual(['NGHIEPDOAN-XEOM']);
  });

  it('starts from the user own unit when given nothing to search', async () => {
    expect(codes((await asAdmin('GET', '/api/org-units')).body)).toEqual(['VGCL']);
    expect(codes((await asLongBien('GET', '/api/org-units')).body)).toEqual(['LB']);
  });
});

describe('a unit as of a date', () => {
  it('gives the breadcrumb of ancestors and the status', async () => {
    const response = await asLongBien('GET', `/api/org-units/${ids['G-NHUA-T1']}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      code: 'G-NHUA-T1',
      type: 'group',
      status: 'active',
      ancestors: ['VGCL', 'HN', 'LB', 'G-NHUA', 'G-NHUA-PX1'].map((code) => ({ code, id: ids[code] })),
    });
    const early = await asAdmin('GET', `/api/org-units/${ids['G-MOI']}?asOf=2020-01-01`);
    expect(early.body).toMatchObject({
      status: 'notYetFounded',
      validFrom: '2025-03-01',
      foundedOn: '2025-03-01',
    });
  });

  it('answers 404 for a unit that never existed', async () => {
    const response = await asAdmin('GET', '/api/org-units/999999');
    expect([response.status, response.body.error.code]).toEqual([404, 'NOT_FOUND']);
  });
});

describe('counts of the units below a unit', () => {
  it.each([
    [
      'HN',
      '2023-12-31',
      {
        totalUnits: 7,
        grassrootsUnits: 3,
        unitsByType: { district: 2, grassroots: 3, division: 1, group: 1 },
      },
    ],
    [
      'HN',
      '2025-06-01',
      {
        totalUnits: 8,
        grassrootsUnits: 4,
        unitsByType: { district: 2, grassroots: 3, guild: 1, division: 1, group: 1 },
      },
    ],
    [
      'LB',
      '2025-06-01',
      { totalUnits: 4, grassrootsUnits: 2, unitsByType: { grassroots: 1, guild: 1, division: 1, group: 1 } },
    ],
    ['VGCL', '1989-12-31', { totalUnits: 0, grassrootsUnits: 0, unitsByType: {} }],
  ])('of %s as of %s', async (code, asOf, expected) => {
    const response = await asAdmin('GET', `/api/org-units/${ids[code]}/stats?asOf=${asOf}`);
    expect(response.status).toBe(200);
    // The member figures (modules/members) ride along; this tree has no members.
    expect(response.body).toEqual({
      unitId: ids[code],
      asOf,
      ...expected,
      members: expect.objectContaining({ asOf, members: 0, admissions: 0 }),
    });
  });
});

describe('scope', () => {
  it.each([
    ['a sibling district', () => `/api/org-units/${ids.HM}`],
    ['its children', () => `/api/org-units/${ids.HM}/children`],
    ['its history', () => `/api/org-units/${ids.HM}/history`],
    ['its counts', () => `/api/org-units/${ids.HM}/stats`],
    ['a unit inside it', () => `/api/org-units/${ids['G-TRUONG']}`],
    ['the children of the parent federation', () => `/api/org-units?parentId=${ids.HN}`],
  ])('a Long Biên user cannot read %s (404, as if it did not exist)', async (_label, url) => {
    const response = await asLongBien('GET', url());
    expect([response.status, response.body.error.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('search never returns units outside the user subtree', async () => {
    expect((await asLongBien('GET', '/api/org-units?q=hoang%20mai')).body.total).toBe(0);
    const all = await asLongBien('GET', '/api/org-units?q=cong%20doan&pageSize=200');
    expect(codes(all.body)).toEqual(['G-NHUA', 'G-NHUA-PX1', 'G-NHUA-T1']);
  });

  it('keeps the history of a dissolved unit readable within scope', async () => {
    const response = await asLongBien('GET', `/api/org-units/${ids['G-DETMAY']}/history`);
    expect(response.status).toBe(200);
    expect(response.body.map((event: { kind: string }) => event.kind)).toEqual(['dissolve', 'found']);
  });

  const writes: [string, 'POST' | 'PATCH', () => string, () => object][] = [
    [
      'move its own unit under a sibling',
      'POST',
      () => `/api/org-units/${ids['G-NHUA']}/move`,
      () => ({ newParentId: ids.HM }),
    ],
    [
      'move a sibling under itself',
      'POST',
      () => `/api/org-units/${ids.HM}/move`,
      () => ({ newParentId: ids.LB }),
    ],
    ['rename a sibling', 'PATCH', () => `/api/org-units/${ids.HM}`, () => ({ name: 'Tên mới' })],
    [
      'found a unit in a sibling',
      'POST',
      () => '/api/org-units',
      () => ({ code: 'G-X', name: 'CĐCS X', type: 'grassroots', parentId: ids.HM }),
    ],
    [
      'merge a sibling into itself',
      'POST',
      () => '/api/org-units/merge',
      () => ({ sourceIds: [ids.HM], targetId: ids.LB }),
    ],
    ['dissolve a sibling', 'POST', () => `/api/org-units/${ids['G-TRUONG']}/dissolve`, () => ({})],
    [
      'split its own unit with a part placed by default under the parent federation',
      'POST',
      () => `/api/org-units/${ids.LB}/split`,
      () => ({
        keepSource: true,
        parts: [{ code: 'LB-TACH', name: 'Công đoàn ngành tách', type: 'local_sector' }],
      }),
    ],
    [
      'dissolve its own unit giving the children to a sibling',
      'POST',
      () => `/api/org-units/${ids['G-NHUA']}/dissolve`,
      () => ({ childrenToId: ids['G-TRUONG'] }),
    ],
  ];
  it.each(writes)('a Long Biên user cannot %s (404, nothing changed)', async (_label, method, url, body) => {
    const before = await treeCounts(ctx);
    const response = await asLongBien(method, url(), { effectiveDate: '2025-08-01', reason, ...body() });
    expect([response.status, response.body.error.code]).toEqual([404, 'NOT_FOUND']);
    expect(await treeCounts(ctx)).toEqual(before);
  });

  it('lets a unit administrator restructure inside the subtree, and not a viewer', async () => {
    const body = { effectiveDate: '2025-08-01', reason, name: 'Công đoàn bộ phận Phân xưởng Một' };
    const viewer = await asViewer('PATCH', `/api/org-units/${ids['G-NHUA-PX1']}`, body);
    expect([viewer.status, viewer.body.error.code]).toEqual([403, 'ROLE_FORBIDDEN']);
    const admin = await asLongBien('PATCH', `/api/org-units/${ids['G-NHUA-PX1']}`, body);
    expect([admin.status, admin.body.kind]).toEqual([201, 'rename']);
  });

  it('asks signed-out callers to sign in', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: `/api/org-units/${ids.LB}` });
    expect(response.statusCode).toBe(401);
  });
});
