// Every refusal of a restructuring request: its status and code, and proof that nothing was written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { dissolveUnit, foundUnit, updateUnit } from './service.ts';
import { buildBaseTree, requester, treeCounts, type UnitIds } from './test-tree.ts';

let ctx: TestContext;
let ids: UnitIds;
let asAdmin: ReturnType<typeof requester>;
let asCommune: ReturnType<typeof requester>;
const reason = 'Theo đề nghị của đơn vị';

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildBaseTree(ctx);
  await ctx.database.db.transaction(async (tx) => {
    const found = async (
      code: string,
      type: 'grassroots' | 'district' | 'commune',
      parent: string,
      date: string,
    ) => {
      const body = {
        code,
        name: `Đơn vị ${code}`,
        type,
        parentId: ids[parent]!,
        effectiveDate: date,
        reason,
      };
      ids[code] = (await foundUnit(tx, null, body)).unitIds[0]!;
    };
    await found('P-THACHBAN', 'commune', 'HN', '2020-01-01');
    await found('G-CU', 'grassroots', 'LB', '2010-01-01');
    await found('D-CU', 'district', 'HP', '2005-01-01');
    await dissolveUnit(tx, null, ids['G-CU']!, { effectiveDate: '2020-01-01', reason });
    await dissolveUnit(tx, null, ids['D-CU']!, { effectiveDate: '2015-01-01', reason });
    await updateUnit(tx, null, ids['G-CANG']!, {
      effectiveDate: '2020-01-01',
      reason,
      name: 'CĐCS Cảng Hải Phòng',
    });
  });
  await createUser(ctx, 'admin', 'system_admin', ids.VGCL!);
  await createUser(ctx, 'phuong', 'unit_admin', ids['P-THACHBAN']!);
  asAdmin = requester(ctx, (await signIn(ctx, 'admin')).cookie);
  asCommune = requester(ctx, (await signIn(ctx, 'phuong')).cookie);
});
afterAll(() => ctx.close());

type Request = ['POST' | 'PATCH', string, Record<string, unknown>];
const grassroots = (code: string, parent: string, date: string) => ({
  code,
  name: `Công đoàn cơ sở ${code}`,
  type: 'grassroots',
  parentId: ids[parent],
  effectiveDate: date,
});

describe('refused restructuring changes nothing', () => {
  // [label, request as admin, status, code]
  const cases: [string, () => Request, number, string][] = [
    [
      'date before founding',
      () => ['PATCH', `/api/org-units/${ids['G-TRUONG']}`, { effectiveDate: '2009-12-31', name: 'Tên mới' }],
      422,
      'DATE_BEFORE_FOUNDING',
    ],
    [
      'date before the last change of the unit',
      () => ['PATCH', `/api/org-units/${ids['G-CANG']}`, { effectiveDate: '2019-01-01', name: 'Tên mới' }],
      422,
      'DATE_BEFORE_LAST_CHANGE',
    ],
    [
      'move dated before a later change of a descendant',
      () => ['POST', `/api/org-units/${ids.NQ}/move`, { effectiveDate: '2019-06-01', newParentId: ids.HN }],
      422,
      'DATE_BEFORE_LAST_CHANGE',
    ],
    [
      'found under a parent changed later',
      () => ['POST', '/api/org-units', { ...grassroots('PX-MOI', 'G-CANG', '2015-01-01'), type: 'division' }],
      422,
      'DATE_BEFORE_LAST_CHANGE',
    ],
    [
      'rename a dissolved unit',
      () => ['PATCH', `/api/org-units/${ids['G-CU']}`, { effectiveDate: '2021-01-01', name: 'Tên mới' }],
      422,
      'UNIT_DISSOLVED',
    ],
    [
      'found under a dissolved parent',
      () => ['POST', '/api/org-units', grassroots('G-MOI', 'D-CU', '2016-01-01')],
      422,
      'UNIT_DISSOLVED',
    ],
    [
      'found under a parent not yet founded',
      () => ['POST', '/api/org-units', grassroots('G-MOI', 'LB', '2003-01-01')],
      422,
      'UNIT_NOT_ACTIVE',
    ],
    [
      'merge into a unit not yet founded',
      () => [
        'POST',
        '/api/org-units/merge',
        { effectiveDate: '2019-01-01', sourceIds: [ids['G-TRUONG']], targetId: ids['P-THACHBAN'] },
      ],
      422,
      'UNIT_NOT_ACTIVE',
    ],
    [
      'move under its own descendant',
      () => ['POST', `/api/org-units/${ids.HN}/move`, { effectiveDate: '2024-01-01', newParentId: ids.LB }],
      422,
      'MOVE_UNDER_ITSELF',
    ],
    [
      'move under itself',
      () => ['POST', `/api/org-units/${ids.LB}/move`, { effectiveDate: '2024-01-01', newParentId: ids.LB }],
      422,
      'MOVE_UNDER_ITSELF',
    ],
    [
      'move under the same parent',
      () => ['POST', `/api/org-units/${ids.LB}/move`, { effectiveDate: '2024-01-01', newParentId: ids.HN }],
      422,
      'MOVE_SAME_PARENT',
    ],
    [
      'move a district under a grassroots union',
      () => [
        'POST',
        `/api/org-units/${ids.LB}/move`,
        { effectiveDate: '2024-01-01', newParentId: ids['G-TRUONG'] },
      ],
      422,
      'PARENT_TYPE_NOT_ALLOWED',
    ],
    [
      'found a group under a district',
      () => ['POST', '/api/org-units', { ...grassroots('T-MOI', 'LB', '2024-01-01'), type: 'group' }],
      422,
      'PARENT_TYPE_NOT_ALLOWED',
    ],
    [
      'retype a district with grassroots children into a grassroots union',
      () => ['PATCH', `/api/org-units/${ids.HM}`, { effectiveDate: '2024-01-01', type: 'grassroots' }],
      422,
      'PARENT_TYPE_NOT_ALLOWED',
    ],
    [
      'found a district after district federations closed',
      () => ['POST', '/api/org-units', { ...grassroots('D-MOI', 'HN', '2025-07-01'), type: 'district' }],
      422,
      'UNIT_TYPE_CLOSED',
    ],
    [
      'move the root',
      () => ['POST', `/api/org-units/${ids.VGCL}/move`, { effectiveDate: '2024-01-01', newParentId: ids.HN }],
      422,
      'ROOT_IMMUTABLE',
    ],
    [
      'dissolve the root',
      () => [
        'POST',
        `/api/org-units/${ids.VGCL}/dissolve`,
        { effectiveDate: '2024-01-01', childrenToId: ids.HN },
      ],
      422,
      'ROOT_IMMUTABLE',
    ],
    [
      'dissolve a unit with children',
      () => ['POST', `/api/org-units/${ids.LB}/dissolve`, { effectiveDate: '2024-01-01' }],
      422,
      'UNIT_HAS_CHILDREN',
    ],
    [
      'dissolve with children given to its own child',
      () => [
        'POST',
        `/api/org-units/${ids.LB}/dissolve`,
        { effectiveDate: '2024-01-01', childrenToId: ids['G-NHUA'] },
      ],
      422,
      'MOVE_UNDER_ITSELF',
    ],
    [
      'merge a unit into itself',
      () => [
        'POST',
        '/api/org-units/merge',
        { effectiveDate: '2024-01-01', sourceIds: [ids.LB, ids.HM], targetId: ids.LB },
      ],
      422,
      'MERGE_TARGET_IS_SOURCE',
    ],
    [
      'merge into a unit under a source',
      () => [
        'POST',
        '/api/org-units/merge',
        { effectiveDate: '2024-01-01', sourceIds: [ids.LB], targetId: ids['G-NHUA'] },
      ],
      422,
      'MOVE_UNDER_ITSELF',
    ],
    [
      'merge the same unit twice',
      () => [
        'POST',
        '/api/org-units/merge',
        { effectiveDate: '2024-01-01', sourceIds: [ids.LB, ids.LB], targetId: ids.HM },
      ],
      400,
      'DUPLICATE_IN_REQUEST',
    ],
    [
      'consolidate under a closed type',
      () => [
        'POST',
        '/api/org-units/merge',
        {
          effectiveDate: '2025-07-01',
          sourceIds: [ids.LB, ids.HM],
          newTarget: { code: 'D-MOI', name: 'LĐLĐ mới', type: 'district', parentId: ids.HN },
        },
      ],
      422,
      'UNIT_TYPE_CLOSED',
    ],
    [
      'split leaving children behind',
      () => [
        'POST',
        `/api/org-units/${ids.LB}/split`,
        {
          effectiveDate: '2024-01-01',
          parts: [{ code: 'LB-1', name: 'Phần 1', type: 'district', childIds: [ids['G-NHUA']] }],
        },
      ],
      422,
      'SPLIT_CHILDREN_LEFT',
    ],
    [
      'split taking a unit that is not a child',
      () => [
        'POST',
        `/api/org-units/${ids.LB}/split`,
        {
          effectiveDate: '2024-01-01',
          keepSource: true,
          parts: [{ code: 'LB-1', name: 'Phần 1', type: 'district', childIds: [ids['G-CANG']] }],
        },
      ],
      422,
      'SPLIT_CHILD_NOT_UNDER_SOURCE',
    ],
    [
      'split giving a child to two parts',
      () => [
        'POST',
        `/api/org-units/${ids.LB}/split`,
        {
          effectiveDate: '2024-01-01',
          keepSource: true,
          parts: [
            { code: 'LB-1', name: 'Phần 1', type: 'district', childIds: [ids['G-NHUA']] },
            { code: 'LB-2', name: 'Phần 2', type: 'district', childIds: [ids['G-NHUA']] },
          ],
        },
      ],
      422,
      'SPLIT_CHILD_TWICE',
    ],
    [
      'split with a part under the ending source',
      () => [
        'POST',
        `/api/org-units/${ids.HM}/split`,
        {
          effectiveDate: '2024-01-01',
          parts: [
            { code: 'HM-1', name: 'Phần 1', type: 'district', parentId: ids.HM, childIds: [ids['G-TRUONG']] },
          ],
        },
      ],
      422,
      'SPLIT_PART_UNDER_SOURCE',
    ],
    [
      'split with two parts of one code',
      () => [
        'POST',
        `/api/org-units/${ids.HM}/split`,
        {
          effectiveDate: '2024-01-01',
          keepSource: true,
          parts: [
            { code: 'HM-1', name: 'Phần 1', type: 'district' },
            { code: 'HM-1', name: 'Phần 2', type: 'district' },
          ],
        },
      ],
      400,
      'DUPLICATE_IN_REQUEST',
    ],
    [
      'found with a code in use',
      () => ['POST', '/api/org-units', grassroots('LB', 'HM', '2024-01-01')],
      409,
      'UNIT_CODE_TAKEN',
    ],
    [
      'found with the code of a dissolved unit',
      () => ['POST', '/api/org-units', grassroots('G-CU', 'HM', '2024-01-01')],
      409,
      'UNIT_CODE_TAKEN',
    ],
    [
      'move an unknown unit',
      () => ['POST', '/api/org-units/999999/move', { effectiveDate: '2024-01-01', newParentId: ids.HN }],
      404,
      'NOT_FOUND',
    ],
  ];

  it.each(cases)('%s', async (_label, request, status, code) => {
    const [method, url, body] = request();
    const before = await treeCounts(ctx);
    const response = await asAdmin(method, url, { reason, ...body });
    expect([response.status, response.body?.error?.code]).toEqual([status, code]);
    expect(response.body.error.message).not.toBe(code);
    expect(await treeCounts(ctx)).toEqual(before);
  });

  it('needs a unit with the power to found grassroots unions between the parent and the actor', async () => {
    const before = await treeCounts(ctx);
    const body = { reason, ...grassroots('G-PHUONG', 'P-THACHBAN', '2024-01-01') };
    const refused = await asCommune('POST', '/api/org-units', body);
    expect([refused.status, refused.body.error.code]).toEqual([422, 'CANNOT_FOUND_GRASSROOTS']);
    expect(await treeCounts(ctx)).toEqual(before);
    // The provincial federation above the commune union has the power, so its staff may found one there.
    const founded = await asAdmin('POST', '/api/org-units', body);
    expect(founded.status).toBe(201);
    expect(founded.body).toMatchObject({ kind: 'found', unitIds: [expect.any(Number)] });
  });
});
