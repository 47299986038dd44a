// Bad input on each restructuring route: 400 with the fields at fault, in the caller's language, nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { buildBaseTree, requester, treeCounts, type UnitIds } from './test-tree.ts';

let ctx: TestContext;
let ids: UnitIds;
let asAdmin: ReturnType<typeof requester>;
const reason = 'Theo đề nghị của đơn vị';

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildBaseTree(ctx);
  await createUser(ctx, 'admin', 'system_admin', ids.VGCL!);
  asAdmin = requester(ctx, (await signIn(ctx, 'admin')).cookie);
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

describe('bad input on each write route', () => {
  // [label, request, the fields named in the details]
  const cases: [string, () => Request, string[]][] = [
    [
      'found without reason',
      () => ['POST', '/api/org-units', grassroots('G-X', 'LB', '2024-01-01')],
      ['reason'],
    ],
    [
      'found with an impossible date and an unknown type',
      () => ['POST', '/api/org-units', { ...grassroots('G-X', 'LB', '2025-02-30'), type: 'club', reason }],
      ['effectiveDate', 'type'],
    ],
    [
      'found with a code that has spaces',
      () => ['POST', '/api/org-units', { ...grassroots('G X', 'LB', '2024-01-01'), reason }],
      ['code'],
    ],
    [
      'update with nothing to change',
      () => ['PATCH', `/api/org-units/${ids.LB}`, { effectiveDate: '2024-01-01', reason }],
      [''],
    ],
    [
      'move to a parent id that is not a number',
      () => [
        'POST',
        `/api/org-units/${ids.LB}/move`,
        { effectiveDate: '2024-01-01', reason, newParentId: 'abc' },
      ],
      ['newParentId'],
    ],
    [
      'merge without sources',
      () => [
        'POST',
        '/api/org-units/merge',
        { effectiveDate: '2024-01-01', reason, sourceIds: [], targetId: ids.LB },
      ],
      ['sourceIds'],
    ],
    [
      'merge with neither target nor new target',
      () => ['POST', '/api/org-units/merge', { effectiveDate: '2024-01-01', reason, sourceIds: [ids.HM] }],
      ['targetId'],
    ],
    [
      'split without parts',
      () => ['POST', `/api/org-units/${ids.LB}/split`, { effectiveDate: '2024-01-01', reason, parts: [] }],
      ['parts'],
    ],
    [
      'dissolve with a date in another format',
      () => ['POST', `/api/org-units/${ids['G-TRUONG']}/dissolve`, { effectiveDate: '01/07/2025', reason }],
      ['effectiveDate'],
    ],
  ];

  it.each(cases)('%s', async (_label, request, fields) => {
    const [method, url, body] = request();
    const before = await treeCounts(ctx);
    const response = await asAdmin(method, url, body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('INVALID_INPUT');
    const paths = (response.body.error.details as { path: string; message: string }[]).map((d) => d.path);
    expect([...new Set(paths)].sort()).toEqual(fields);
    expect(await treeCounts(ctx)).toEqual(before);
  });

  it('names an impossible date as such', async () => {
    const response = await asAdmin('POST', `/api/org-units/${ids['G-TRUONG']}/dissolve`, {
      effectiveDate: '2025-02-30',
      reason,
    });
    expect(response.body.error.details).toEqual([
      { path: 'effectiveDate', message: 'Invalid date (format YYYY-MM-DD)' },
    ]);
  });

  it('explains the fault in the caller language', async () => {
    const body = { effectiveDate: '2024-01-01' };
    const url = `/api/org-units/${ids['G-TRUONG']}/dissolve`;
    const inEnglish = await asAdmin('POST', url, body);
    const inVietnamese = await ctx.app.inject({
      method: 'POST',
      url,
      payload: body,
      headers: { cookie: (await signIn(ctx, 'admin')).cookie, 'accept-language': 'vi' },
    });
    const [english] = inEnglish.body.error.details as { path: string; message: string }[];
    const [vietnamese] = inVietnamese.json().error.details as { path: string; message: string }[];
    expect(english?.path).toBe('reason');
    expect(vietnamese?.path).toBe('reason');
    expect(english?.message).not.toBe(vietnamese?.message);
    expect(inVietnamese.json().error.message).toBe('Dữ liệu không hợp lệ');
  });
});
