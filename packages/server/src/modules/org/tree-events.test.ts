// The effective-dated tree over HTTP: a history of restructuring events, then the tree asked as of dates
// before, on and after each of them (children, paths, names, types, status) and the units' timelines.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { buildBaseTree, requester, type UnitIds } from './test-tree.ts';

let ctx: TestContext;
let ids: UnitIds;
let call: ReturnType<typeof requester>;
const codeOf = (id: number) => Object.entries(ids).find(([, value]) => value === id)?.[0] ?? `#${id}`;
const reason = 'Quyết định của Ban Thường vụ';

/** The events, in date order: [label, method, url, body]. New units get their ids from the answer. */
function history(): [string, 'POST' | 'PATCH', string, Record<string, unknown>][] {
  return [
    [
      'rename',
      'PATCH',
      `/api/org-units/${ids['G-DETMAY']}`,
      { effectiveDate: '2015-03-01', name: 'Công đoàn cơ sở Tổng công ty Dệt may Long Biên' },
    ],
    [
      'found',
      'POST',
      '/api/org-units',
      {
        effectiveDate: '2016-01-01',
        code: 'G-DIENTU',
        name: 'Công đoàn cơ sở Công ty Điện tử Hoàng Mai',
        type: 'grassroots',
        parentId: ids.HM,
        documentNumber: 'Quyết định số 15/QĐ-LĐLĐ',
      },
    ],
    [
      'move',
      'POST',
      `/api/org-units/${ids['G-NHUA']}/move`,
      { effectiveDate: '2018-01-01', newParentId: ids.HM },
    ],
    ['retype', 'PATCH', `/api/org-units/${ids['G-TRUONG']}`, { effectiveDate: '2019-01-01', type: 'guild' }],
    [
      'merge',
      'POST',
      '/api/org-units/merge',
      { effectiveDate: '2020-01-01', sourceIds: [ids.HM], targetId: ids.LB },
    ],
    [
      'consolidate',
      'POST',
      '/api/org-units/merge',
      {
        effectiveDate: '2021-01-01',
        sourceIds: [ids['G-DETMAY'], ids['G-NHUA']],
        newTarget: {
          code: 'G-HOPNHAT',
          name: 'Công đoàn cơ sở Tập đoàn Hợp Nhất',
          type: 'grassroots',
          parentId: ids.LB,
        },
      },
    ],
    [
      'split',
      'POST',
      `/api/org-units/${ids.LB}/split`,
      {
        effectiveDate: '2022-01-01',
        keepSource: true,
        parts: [
          {
            code: 'LB-BAC',
            name: 'Liên đoàn Lao động khu vực Bắc Long Biên',
            type: 'district',
            childIds: [ids['G-HOPNHAT']],
          },
        ],
      },
    ],
    [
      'split',
      'POST',
      `/api/org-units/${ids['LB-BAC']}/split`,
      {
        effectiveDate: '2023-01-01',
        keepSource: false,
        parts: [
          {
            code: 'LB-BAC-1',
            name: 'Liên đoàn Lao động khu vực Bắc Long Biên 1',
            type: 'district',
            childIds: [ids['G-HOPNHAT']],
          },
          { code: 'LB-BAC-2', name: 'Liên đoàn Lao động khu vực Bắc Long Biên 2', type: 'district' },
        ],
      },
    ],
    ['dissolve', 'POST', `/api/org-units/${ids['LB-BAC-2']}/dissolve`, { effectiveDate: '2024-01-01' }],
    [
      'dissolve',
      'POST',
      `/api/org-units/${ids.LB}/dissolve`,
      { effectiveDate: '2025-07-01', childrenToId: ids.HN, documentNumber: '61/QĐ-TLĐ' },
    ],
  ];
}

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildBaseTree(ctx);
  await createUser(ctx, 'admin', 'system_admin', ids.VGCL!);
  call = requester(ctx, (await signIn(ctx, 'admin')).cookie);
  // Each event refers to units created by the ones before it, so the list is rebuilt after every step.
  for (let step = 0; step < history().length; step++) {
    const [label, method, url, body] = history()[step]!;
    const response = await call(method, url, { reason, ...body });
    if (response.status !== 201) throw new Error(`${label}: ${JSON.stringify(response.body)}`);
    const created = await queryRows<{ id: number; code: string }>(
      ctx.database.db,
      sql`select id, code from org_units`,
    );
    for (const unit of created) ids[unit.code] = unit.id;
  }
});
afterAll(() => ctx.close());

async function childrenAsOf(code: string, asOf: string) {
  const response = await call('GET', `/api/org-units/${ids[code]}/children?asOf=${asOf}`);
  expect(response.status).toBe(200);
  return (response.body as { code: string }[]).map((child) => child.code).sort();
}

async function detailAsOf(code: string, asOf: string) {
  const response = await call('GET', `/api/org-units/${ids[code]}?asOf=${asOf}`);
  expect(response.status).toBe(200);
  return response.body as { name: string; type: string; status: string; path: number[]; childCount: number };
}

describe('the tree as of a date', () => {
  // [as of, unit, its children (codes, sorted)]
  const childrenCases: [string, string, string[]][] = [
    ['2014-12-31', 'HN', ['HM', 'LB']],
    ['2014-12-31', 'LB', ['G-DETMAY', 'G-NHUA']],
    ['2014-12-31', 'HM', ['G-TRUONG']],
    ['2016-01-01', 'HM', ['G-DIENTU', 'G-TRUONG']],
    ['2017-12-31', 'LB', ['G-DETMAY', 'G-NHUA']],
    ['2018-01-01', 'LB', ['G-DETMAY']],
    ['2018-01-01', 'HM', ['G-DIENTU', 'G-NHUA', 'G-TRUONG']],
    ['2019-12-31', 'HN', ['HM', 'LB']],
    ['2020-01-01', 'HN', ['LB']],
    ['2020-01-01', 'LB', ['G-DETMAY', 'G-DIENTU', 'G-NHUA', 'G-TRUONG']],
    ['2020-01-01', 'HM', []],
    ['2021-01-01', 'LB', ['G-DIENTU', 'G-HOPNHAT', 'G-TRUONG']],
    ['2021-01-01', 'G-HOPNHAT', ['G-NHUA-PX1']],
    ['2022-01-01', 'HN', ['LB', 'LB-BAC']],
    ['2022-01-01', 'LB', ['G-DIENTU', 'G-TRUONG']],
    ['2022-01-01', 'LB-BAC', ['G-HOPNHAT']],
    ['2023-01-01', 'HN', ['LB', 'LB-BAC-1', 'LB-BAC-2']],
    ['2023-01-01', 'LB-BAC-1', ['G-HOPNHAT']],
    ['2024-01-01', 'HN', ['LB', 'LB-BAC-1']],
    ['2025-06-30', 'LB', ['G-DIENTU', 'G-TRUONG']],
    ['2025-07-01', 'HN', ['G-DIENTU', 'G-TRUONG', 'LB-BAC-1']],
    ['2025-07-01', 'LB', []],
  ];
  it.each(childrenCases)('as of %s the children of %s are %j', async (asOf, code, expected) => {
    expect(await childrenAsOf(code, asOf)).toEqual(expected);
  });

  // [as of, unit, path of codes from the root] — descendants follow every move of an ancestor.
  const pathCases: [string, string, string][] = [
    ['2017-12-31', 'G-NHUA-T1', 'VGCL HN LB G-NHUA G-NHUA-PX1 G-NHUA-T1'],
    ['2018-01-01', 'G-NHUA-T1', 'VGCL HN HM G-NHUA G-NHUA-PX1 G-NHUA-T1'],
    ['2020-01-01', 'G-NHUA-T1', 'VGCL HN LB G-NHUA G-NHUA-PX1 G-NHUA-T1'],
    ['2021-01-01', 'G-NHUA-T1', 'VGCL HN LB G-HOPNHAT G-NHUA-PX1 G-NHUA-T1'],
    ['2022-01-01', 'G-NHUA-T1', 'VGCL HN LB-BAC G-HOPNHAT G-NHUA-PX1 G-NHUA-T1'],
    ['2023-01-01', 'G-NHUA-T1', 'VGCL HN LB-BAC-1 G-HOPNHAT G-NHUA-PX1 G-NHUA-T1'],
    ['2026-01-01', 'G-NHUA-T1', 'VGCL HN LB-BAC-1 G-HOPNHAT G-NHUA-PX1 G-NHUA-T1'],
    ['2019-06-01', 'G-DIENTU', 'VGCL HN HM G-DIENTU'],
    ['2025-07-01', 'G-DIENTU', 'VGCL HN G-DIENTU'],
  ];
  it.each(pathCases)('as of %s the path of %s is %s', async (asOf, code, expected) => {
    const detail = await detailAsOf(code, asOf);
    expect(detail.status).toBe('active');
    expect(detail.path.map(codeOf).join(' ')).toBe(expected);
  });

  // [as of, unit, name, type, status]
  const stateCases: [string, string, string, string, string][] = [
    ['2015-02-28', 'G-DETMAY', 'Công đoàn cơ sở Công ty Dệt may Long Biên', 'grassroots', 'active'],
    ['2015-03-01', 'G-DETMAY', 'Công đoàn cơ sở Tổng công ty Dệt may Long Biên', 'grassroots', 'active'],
    ['2018-12-31', 'G-TRUONG', 'Công đoàn cơ sở Trường Tiểu học Hoàng Mai', 'grassroots', 'active'],
    ['2019-01-01', 'G-TRUONG', 'Công đoàn cơ sở Trường Tiểu học Hoàng Mai', 'guild', 'active'],
    ['2015-12-31', 'G-DIENTU', 'Công đoàn cơ sở Công ty Điện tử Hoàng Mai', 'grassroots', 'notYetFounded'],
    ['2019-12-31', 'HM', 'Liên đoàn Lao động quận Hoàng Mai', 'district', 'active'],
    ['2020-01-01', 'HM', 'Liên đoàn Lao động quận Hoàng Mai', 'district', 'dissolved'],
    ['2021-01-01', 'G-NHUA', 'Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên', 'grassroots', 'dissolved'],
    ['2022-12-31', 'LB-BAC', 'Liên đoàn Lao động khu vực Bắc Long Biên', 'district', 'active'],
    ['2023-01-01', 'LB-BAC', 'Liên đoàn Lao động khu vực Bắc Long Biên', 'district', 'dissolved'],
    ['2025-06-30', 'LB', 'Liên đoàn Lao động quận Long Biên', 'district', 'active'],
    ['2025-07-01', 'LB', 'Liên đoàn Lao động quận Long Biên', 'district', 'dissolved'],
  ];
  it.each(stateCases)('as of %s %s is "%s" (%s, %s)', async (asOf, code, name, type, status) => {
    expect(await detailAsOf(code, asOf)).toMatchObject({ name, type, status });
  });

  it('answers a dissolved unit with its last state, ancestors and end date', async () => {
    const response = await call('GET', `/api/org-units/${ids.HM}?asOf=2024-01-01`);
    expect(response.body).toMatchObject({
      status: 'dissolved',
      dissolvedOn: '2020-01-01',
      foundedOn: '2004-01-01',
      validTo: '2020-01-01',
      childCount: 0,
      ancestors: [{ code: 'VGCL' }, { code: 'HN' }],
    });
  });

  it('keeps one current version per live unit and none for ended ones', async () => {
    const rows = await queryRows<{ code: string; open: number; ended: string | null }>(
      ctx.database.db,
      sql`select u.code, u.ended_on::text as ended,
            (select count(*)::int from org_unit_versions v where v.unit_id = u.id and v.valid_to is null) as open
          from org_units u`,
    );
    for (const row of rows) expect([row.code, row.open]).toEqual([row.code, row.ended ? 0 : 1]);
    expect(
      rows
        .filter((row) => row.ended)
        .map((row) => row.code)
        .sort(),
    ).toEqual(['G-DETMAY', 'G-NHUA', 'HM', 'LB', 'LB-BAC', 'LB-BAC-2'].sort());
  });
});

describe('history of a unit', () => {
  async function timeline(code: string) {
    const response = await call('GET', `/api/org-units/${ids[code]}/history`);
    expect(response.status).toBe(200);
    return response.body as {
      kind: string;
      role: string;
      effectiveDate: string;
      recordedBy: string | null;
      documentNumber: string | null;
      details: Record<string, unknown>;
    }[];
  }
  const brief = (events: Awaited<ReturnType<typeof timeline>>) =>
    events.map((event) => `${event.effectiveDate} ${event.kind} ${event.role}`);

  it.each([
    ['HM', ['2020-01-01 merge source', '2004-01-01 found subject']],
    [
      'LB',
      [
        '2025-07-01 dissolve subject',
        '2022-01-01 split source',
        '2020-01-01 merge target',
        '2004-01-01 found subject',
      ],
    ],
    [
      'G-TRUONG',
      [
        '2025-07-01 dissolve child',
        '2020-01-01 merge child',
        '2019-01-01 retype subject',
        '2010-01-01 found subject',
      ],
    ],
    [
      'G-NHUA',
      [
        '2021-01-01 consolidate source',
        '2020-01-01 merge child',
        '2018-01-01 move subject',
        '2010-01-01 found subject',
      ],
    ],
    ['G-HOPNHAT', ['2023-01-01 split child', '2022-01-01 split child', '2021-01-01 consolidate target']],
    ['LB-BAC-2', ['2024-01-01 dissolve subject', '2023-01-01 split part']],
  ])('%s has its events newest first', async (code, expected) => {
    expect(brief(await timeline(code))).toEqual(expected);
  });

  it('keeps names as they were and who recorded each event', async () => {
    const [dissolve, merge] = await timeline('G-TRUONG');
    expect(dissolve?.details).toMatchObject({
      childrenTo: { id: ids.HN, name: 'Liên đoàn Lao động thành phố Hà Nội' },
      fromParent: { id: ids.LB, name: 'Liên đoàn Lao động quận Long Biên' },
      toParent: { id: ids.HN },
    });
    expect(dissolve?.documentNumber).toBe('61/QĐ-TLĐ');
    expect(dissolve?.recordedBy).toBe('admin');
    expect(merge?.details).toMatchObject({
      sources: [{ id: ids.HM, name: 'Liên đoàn Lao động quận Hoàng Mai' }],
      target: { id: ids.LB },
      fromParent: { id: ids.HM },
      toParent: { id: ids.LB },
    });
    const [move] = (await timeline('G-NHUA')).filter((event) => event.kind === 'move');
    expect(move?.details).toEqual({
      fromParent: { id: ids.LB, name: 'Liên đoàn Lao động quận Long Biên' },
      toParent: { id: ids.HM, name: 'Liên đoàn Lao động quận Hoàng Mai' },
    });
    const [rename] = await timeline('G-DETMAY').then((events) => events.filter((e) => e.kind === 'rename'));
    expect(rename?.details).toMatchObject({
      before: { name: 'Công đoàn cơ sở Công ty Dệt may Long Biên', type: 'grassroots' },
      after: { name: 'Công đoàn cơ sở Tổng công ty Dệt may Long Biên', type: 'grassroots' },
    });
    const [split] = await timeline('LB-BAC');
    expect(split?.details).toMatchObject({
      source: { id: ids['LB-BAC'] },
      keepSource: false,
      parts: [
        { id: ids['LB-BAC-1'], code: 'LB-BAC-1' },
        { id: ids['LB-BAC-2'], code: 'LB-BAC-2' },
      ],
      movedChildren: 1,
    });
  });

  it('writes an audit row for every directly affected unit', async () => {
    const rows = await queryRows<{ action: string; entity_id: string; username: string }>(
      ctx.database.db,
      sql`select action, entity_id, username from audit_log where entity = 'orgUnit' and username = 'admin'
          order by id`,
    );
    const actions = rows.map((row) => `${row.action} ${codeOf(Number(row.entity_id))}`);
    expect(actions).toEqual([
      'rename G-DETMAY',
      'found G-DIENTU',
      'move G-NHUA',
      'retype G-TRUONG',
      'merge HM',
      'merge LB',
      expect.stringMatching(/^consolidate G-(NHUA|DETMAY)$/u),
      expect.stringMatching(/^consolidate G-(NHUA|DETMAY)$/u),
      'consolidate G-HOPNHAT',
      'split LB-BAC',
      'split LB',
      'split LB-BAC-1',
      'split LB-BAC-2',
      'split LB-BAC',
      'dissolve LB-BAC-2',
      'dissolve LB',
    ]);
  });

  it('names the parents a move left and joined in the audit row', async () => {
    const [row] = await queryRows<{ before: { parentName: string }; after: { parentName: string } }>(
      ctx.database.db,
      sql`select before, after from audit_log where entity = 'orgUnit' and action = 'move'
            and entity_id = ${String(ids['G-NHUA'])} order by id limit 1`,
    );
    expect(row?.before.parentName).toBe('Liên đoàn Lao động quận Long Biên');
    expect(row?.after.parentName).toBe('Liên đoàn Lao động quận Hoàng Mai');
  });
});
