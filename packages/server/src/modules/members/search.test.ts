// Finding members over HTTP: accent- and case-free names matched from the start of their words, exact
// national ID, phone and card number, the list filters, stable paging and the capped total — always inside
// the caller's subtree.
import { listMembersQuery } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context.ts';
import type { UnitIds } from '../org/test-tree.ts';
import { listMembers } from './queries.ts';
import { admission, buildMemberTree, memberAccounts } from './test-members.ts';

let ctx: TestContext;
let ids: UnitIds;
let as: Awaited<ReturnType<typeof memberAccounts>>;
const names = (body: { items: { fullName: string }[] }) => body.items.map((item) => item.fullName);

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildMemberTree(ctx);
  as = await memberAccounts(ctx, ids);
  const people: [string, string, Record<string, unknown>][] = [
    [
      'G-NHUA',
      'Nguyễn Văn An',
      { nationalId: '001085012345', phone: '0912 345 678', cardNumber: 'LB-000123' },
    ],
    ['G-NHUA', 'Nguyễn Văn Anh', { dateOfBirth: '1970-06-15', joinedUnionOn: '1995-04-01' }],
    // Typed in decomposed Unicode, as some Excel exports do.
    ['G-DETMAY', 'Nguyễn Thị Ánh'.normalize('NFD'), { gender: 'female', dateOfBirth: '2001-01-01' }],
    ['G-NHUA', 'Đặng Đức Đạt', { cardNumber: '778899', dateOfBirth: '1984-12-31' }],
    ['G-NHUA', 'Lê Thị Hồng', { gender: 'female', dateOfBirth: '1966-02-10', joinedUnionOn: '2010-09-09' }],
    ['G-TRUONG', 'Trần Văn An', { phone: '0987654321' }],
    // "an" inside a word, not at its start: a substring search would find them for "nguyen van an".
    ['G-TRUONG', 'Nguyễn Thị Lan', { gender: 'female', dateOfBirth: '1995-03-03' }],
    ['G-TRUONG', 'Trần Văn Thanh', {}],
  ];
  for (const [unit, fullName, extra] of people) {
    const response = await as.asAdmin('POST', '/api/members', admission(ids[unit]!, { fullName, ...extra }));
    if (response.status !== 201) throw new Error(response.body);
  }
});
afterAll(() => ctx.close());

describe('search', () => {
  it.each([
    ['nguyen van an', ['Nguyễn Văn An', 'Nguyễn Văn Anh']],
    ['NGUYỄN   văn AN', ['Nguyễn Văn An', 'Nguyễn Văn Anh']],
    // Ordered by the name from the word the last typed word starts ("an", then "anh"), then the whole name.
    ['van an', ['Nguyễn Văn An', 'Trần Văn An', 'Nguyễn Văn Anh']],
    // Words in any order; đ/Đ fold to d.
    ['an nguyen', ['Nguyễn Thị Ánh', 'Nguyễn Văn An', 'Nguyễn Văn Anh']],
    ['dat dang', ['Đặng Đức Đạt']],
    ['thi anh', ['Nguyễn Thị Ánh']],
    ['Nguyễn Thị Ánh'.normalize('NFD'), ['Nguyễn Thị Ánh']],
    // Each word from the start of a word of the name, so a half-typed name already finds.
    ['an', ['Nguyễn Văn An', 'Trần Văn An', 'Nguyễn Thị Ánh', 'Nguyễn Văn Anh']],
    ['nguyen van a', ['Nguyễn Văn An', 'Nguyễn Văn Anh']],
    ['ng v a', ['Nguyễn Văn An', 'Nguyễn Văn Anh']],
    ['thanh', ['Trần Văn Thanh']],
    ['lan', ['Nguyễn Thị Lan']],
    ['uyen', []],
    ['nguyen - an', ['Nguyễn Văn An', 'Nguyễn Thị Ánh', 'Nguyễn Văn Anh']],
    // Identifiers match exactly, in any of the ways people type a phone.
    ['001085012345', ['Nguyễn Văn An']],
    ['0010850', []],
    ['0912.345.678', ['Nguyễn Văn An']],
    ['+84 912 345 678', ['Nguyễn Văn An']],
    ['LB-000123', ['Nguyễn Văn An']],
    ['778899', ['Đặng Đức Đạt']],
    ['%', []],
    ['_', []],
    ['- %', []],
  ])('"%s" finds %j', async (q, expected) => {
    const response = await as.asAdmin('GET', `/api/members?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    expect(names(response.body).map((name) => name.normalize('NFC'))).toEqual(expected);
  });

  it('searches a unit alone, or the whole tree from the root', async () => {
    const search = async (query: string) =>
      names((await as.asAdmin('GET', `/api/members?q=an&${query}`)).body);
    expect(await search(`unitId=${ids.VGCL}&subtree=false`)).toEqual([]);
    expect(await search(`unitId=${ids['G-TRUONG']}&subtree=false`)).toEqual(['Trần Văn An']);
    expect(await search(`unitId=${ids.VGCL}`)).toHaveLength(4);
  });

  it('stores a decomposed name composed, so it displays and sorts like any other', async () => {
    const response = await as.asAdmin('GET', '/api/members?q=thi%20anh');
    expect(response.body.items[0].fullName).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
  });

  it('never finds a member outside the caller’s subtree, by name or by identifier', async () => {
    const byName = await as.asLongBien('GET', '/api/members?q=van%20an');
    expect(names(byName.body)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Anh']);
    const byPhone = await as.asLongBien('GET', '/api/members?q=0987654321');
    expect(byPhone.body).toMatchObject({ items: [], total: 0, totalExact: true });
  });
});

describe('a total past the counting limit', () => {
  const list = (query: Record<string, unknown>, countLimit: number) =>
    listMembers(ctx.database.db, null, listMembersQuery.parse(query), { countLimit });

  it('says it stopped counting, and still pages through every match', async () => {
    const capped = await list({ q: 'nguyen', pageSize: 2 }, 3);
    expect(capped).toMatchObject({ total: 3, totalExact: false });
    expect(names(capped)).toEqual(['Nguyễn Thị Ánh', 'Nguyễn Thị Lan']);
    const second = await list({ q: 'nguyen', pageSize: 2, page: 2 }, 3);
    expect(names(second)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Anh']);
    expect(await list({ q: 'nguyen' }, 4)).toMatchObject({ total: 4, totalExact: true });
    // Without a filter on the person the count runs on the unit index alone; it stops there too.
    expect(await list({}, 5)).toMatchObject({ total: 5, totalExact: false });
    expect(await list({ asOf: '2025-01-01' }, 5)).toMatchObject({ total: 5, totalExact: false });
  });

  it('counts every match when asked for no limit (the export)', async () => {
    const all = await listMembers(
      ctx.database.db,
      null,
      listMembersQuery.parse({ q: 'nguyen', pageSize: 1 }),
    );
    expect(all).toMatchObject({ total: 4, totalExact: true });
  });
});

describe('filters and paging', () => {
  const list = async (query: string) => {
    const response = await as.asAdmin('GET', `/api/members?${query}`);
    expect(response.status).toBe(200);
    return names(response.body).map((name) => name.normalize('NFC'));
  };

  it.each([
    ['gender=female', ['Lê Thị Hồng', 'Nguyễn Thị Ánh', 'Nguyễn Thị Lan']],
    ['ageBand=50to59&asOf=2024-06-01', ['Lê Thị Hồng', 'Nguyễn Văn Anh']],
    // On 2024-06-01 someone born 1984-12-31 is 39; someone born 1966-02-10 is 58.
    ['ageBand=30to39&asOf=2024-06-01', ['Đặng Đức Đạt', 'Nguyễn Văn An', 'Trần Văn An', 'Trần Văn Thanh']],
    ['ageBand=under30&asOf=2024-06-01', ['Nguyễn Thị Ánh', 'Nguyễn Thị Lan']],
    ['ageBand=60plus&asOf=2024-06-01', []],
    ['joinedFrom=1990-01-01&joinedTo=2011-01-01', ['Lê Thị Hồng', 'Nguyễn Văn Anh']],
    ['status=active&gender=female', ['Lê Thị Hồng', 'Nguyễn Thị Ánh', 'Nguyễn Thị Lan']],
    ['status=left', []],
  ])('%s', async (query, expected) => {
    expect(await list(`${query}&pageSize=100`)).toEqual(expected);
  });

  it('narrows to a unit, with or without the units below it', async () => {
    expect(await list(`unitId=${ids.LB}`)).toHaveLength(5);
    expect(await list(`unitId=${ids.LB}&subtree=false`)).toEqual([]);
    expect(await list(`unitId=${ids['G-DETMAY']}&subtree=false`)).toEqual(['Nguyễn Thị Ánh']);
    expect(await list(`unitId=${ids.HM}&gender=male`)).toEqual(['Trần Văn An', 'Trần Văn Thanh']);
  });

  it('pages through a stable order by accent-free name, then id', async () => {
    const all = await as.asAdmin('GET', '/api/members?pageSize=100');
    const pages: string[] = [];
    for (const page of [1, 2, 3, 4]) {
      const response = await as.asAdmin('GET', `/api/members?pageSize=2&page=${page}`);
      expect(response.body).toMatchObject({ total: 8, totalExact: true, page, pageSize: 2 });
      pages.push(...names(response.body));
    }
    expect(pages).toEqual(names(all.body));
    expect(pages.map((name) => name.normalize('NFC'))).toEqual([
      'Đặng Đức Đạt',
      'Lê Thị Hồng',
      'Nguyễn Thị Ánh',
      'Nguyễn Thị Lan',
      'Nguyễn Văn An',
      'Nguyễn Văn Anh',
      'Trần Văn An',
      'Trần Văn Thanh',
    ]);
  });

  it('pages a search in the same order, by the name from the matched word', async () => {
    const pages: string[] = [];
    for (const page of [1, 2, 3]) pages.push(...(await list(`q=van%20an&pageSize=1&page=${page}`)));
    expect(pages).toEqual(['Nguyễn Văn An', 'Trần Văn An', 'Nguyễn Văn Anh']);
  });

  it('tells the total on a page past the end, with or without a filter', async () => {
    for (const [query, total] of [
      ['q=nguyen&page=9', 4],
      ['page=9', 8],
    ] as const) {
      const response = await as.asAdmin('GET', `/api/members?${query}`);
      expect(response.body, query).toMatchObject({ items: [], total, page: 9 });
    }
  });

  it('refuses a page size beyond the limit', async () => {
    const response = await as.asAdmin('GET', '/api/members?pageSize=501');
    expect(response.status).toBe(400);
  });
});

describe('a name that changes', () => {
  it('is found under its new name only, and once even where the typed word starts two of its words', async () => {
    const admitted = await as.asAdmin(
      'POST',
      '/api/members',
      admission(ids['G-TRUONG']!, { fullName: 'Phạm Thị Nguyệt' }),
    );
    expect(admitted.status).toBe(201);
    const renamed = await as.asAdmin('PATCH', `/api/members/${admitted.body.id}`, {
      fullName: 'Nguyễn Thị Nguyên',
    });
    expect(renamed.status).toBe(200);
    const search = async (q: string) =>
      names((await as.asAdmin('GET', `/api/members?q=${encodeURIComponent(q)}`)).body);
    expect(await search('pham')).toEqual([]);
    expect(await search('nguyen thi')).toEqual(['Nguyễn Thị Ánh', 'Nguyễn Thị Lan', 'Nguyễn Thị Nguyên']);
    const all = await as.asAdmin('GET', '/api/members?q=nguyen');
    expect(all.body.total).toBe(5);
    expect(names(all.body).filter((name) => name === 'Nguyễn Thị Nguyên')).toHaveLength(1);
  });
});

describe('a district moved to another province', () => {
  it('has its members found in the province it now belongs to, and no longer in the one it left', async () => {
    const moved = await as.asAdmin('POST', `/api/org-units/${ids.LB}/move`, {
      effectiveDate: '2025-01-01',
      reason: 'Điều chỉnh địa giới',
      newParentId: ids.HP,
    });
    expect(moved.status, moved.body).toBeLessThan(300);
    const inProvince = async (unitId: number) =>
      names(await listMembers(ctx.database.db, null, listMembersQuery.parse({ q: 'van an', unitId })));
    expect(await inProvince(ids.HP!)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Anh']);
    expect(await inProvince(ids.HN!)).toEqual(['Trần Văn An']);
  });
});
