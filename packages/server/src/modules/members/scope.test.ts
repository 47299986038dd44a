// Scope on members: a Long Biên officer never reads, finds, changes, moves or prints the card of a member
// outside Long Biên, by any route or by guessing ids; lists as of a date follow the tree of that date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context.ts';
import type { UnitIds } from '../org/test-tree.ts';
import { admission, buildMemberTree, memberAccounts } from './test-members.ts';

let ctx: TestContext;
let ids: UnitIds;
let as: Awaited<ReturnType<typeof memberAccounts>>;
let own: number;
let foreign: number;
const reason = 'Kiểm tra phạm vi';

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildMemberTree(ctx);
  as = await memberAccounts(ctx, ids);
  const admit = async (unit: string, fullName: string) =>
    (await as.asAdmin('POST', '/api/members', admission(ids[unit]!, { fullName, admittedOn: '2023-01-01' })))
      .body.id as number;
  own = await admit('G-NHUA', 'Nguyễn Văn An');
  foreign = await admit('G-TRUONG', 'Nguyễn Văn Bảo');
});
afterAll(() => ctx.close());

type Case = [verb: string, method: 'GET' | 'PATCH' | 'POST', path: string, body: () => object | undefined];

describe('a member of another subtree', () => {
  it.each<Case>([
    ['read', 'GET', '', () => undefined],
    ['correct', 'PATCH', '', () => ({ phone: '0900000000' })],
    [
      'transfer',
      'POST',
      '/transfer',
      () => ({ toUnitId: ids['G-NHUA'], effectiveDate: '2024-01-01', reason }),
    ],
    ['end', 'POST', '/leave', () => ({ kind: 'leave', effectiveDate: '2024-01-01', reason })],
    [
      'give an office',
      'POST',
      '/offices',
      () => ({ unitId: ids['G-NHUA'], office: 'chair', validFrom: '2024-01-01' }),
    ],
    ['print the card of', 'GET', '/card', () => undefined],
  ])('cannot be %sed: 404 as if unknown, and nothing changes', async (_verb, method, path, body) => {
    const before = await as.asAdmin('GET', `/api/members/${foreign}`);
    const response = await as.asLongBien(method, `/api/members/${foreign}${path}`, body());
    expect([response.status, response.body.error.code]).toEqual([404, 'NOT_FOUND']);
    expect(JSON.stringify(response.body)).not.toContain('Bảo');
    expect((await as.asAdmin('GET', `/api/members/${foreign}`)).body).toEqual(before.body);
  });

  it('cannot be reached by guessing ids: an unknown id answers 404 on every route', async () => {
    for (const [method, url] of [
      ['GET', '/api/members/987654'],
      ['GET', '/api/members/987654/card'],
      ['PATCH', '/api/members/987654'],
    ] as const) {
      const response = await as.asLongBien(
        method,
        url,
        method === 'PATCH' ? { phone: '0900000000' } : undefined,
      );
      expect(response.status, url).toBe(404);
    }
  });

  it('is never listed or found, today or as of any date', async () => {
    for (const query of [
      'q=nguyen%20van',
      'q=nguyen%20van&asOf=2024-01-01',
      'pageSize=500',
      'asOf=2023-06-01',
    ]) {
      const response = await as.asLongBien('GET', `/api/members?${query}`);
      expect(response.status).toBe(200);
      expect(
        response.body.items.map((item: { id: number }) => item.id),
        query,
      ).toEqual([own]);
    }
    for (const unit of ['HM', 'G-TRUONG', 'HN']) {
      const response = await as.asLongBien('GET', `/api/members?unitId=${ids[unit]}`);
      expect(response.status, unit).toBe(404);
    }
  });

  it('cannot be slipped onto a card sheet, and another unit’s sheet and figures are closed', async () => {
    const sneaked = await as.asLongBien(
      'GET',
      `/api/org-units/${ids['G-NHUA']}/members/cards?ids=${own},${foreign}`,
    );
    expect(sneaked.status).toBe(404);
    expect((await as.asLongBien('GET', `/api/org-units/${ids['G-TRUONG']}/members/cards`)).status).toBe(404);
    expect((await as.asLongBien('GET', `/api/org-units/${ids.HM}/member-stats`)).status).toBe(404);
    expect((await as.asLongBien('GET', `/api/org-units/${ids.HN}/member-stats`)).status).toBe(404);
  });

  it('a viewer reads its own members but cannot change them', async () => {
    expect((await as.asViewer('GET', `/api/members/${own}`)).status).toBe(200);
    const response = await as.asViewer('PATCH', `/api/members/${own}`, { phone: '0900000000' });
    expect([response.status, response.body.error.code]).toEqual([403, 'ROLE_FORBIDDEN']);
  });
});

describe('scope follows the member and the tree', () => {
  it('a member transferred out of Long Biên is no longer Long Biên’s to read or change', async () => {
    const leaving = (
      await as.asAdmin('POST', '/api/members', admission(ids['G-NHUA']!, { admittedOn: '2023-01-01' }))
    ).body.id;
    const moved = await as.asLongBien('POST', `/api/members/${leaving}/transfer`, {
      toUnitId: ids['G-CANG'],
      effectiveDate: '2024-02-01',
      reason,
    });
    expect(moved.status).toBe(200);
    expect((await as.asLongBien('GET', `/api/members/${leaving}`)).status).toBe(404);
    const again = await as.asLongBien('POST', `/api/members/${leaving}/leave`, {
      kind: 'leave',
      effectiveDate: '2024-03-01',
      reason,
    });
    expect(again.status).toBe(404);
  });

  it('a union moved into Long Biên brings its members today, not in the lists of earlier dates', async () => {
    const move = await as.asAdmin('POST', `/api/org-units/${ids['G-TRUONG']}/move`, {
      newParentId: ids.LB,
      effectiveDate: '2024-06-01',
      reason,
    });
    expect(move.status).toBe(201);
    const listed = async (query: string) =>
      (await as.asLongBien('GET', `/api/members?${query}`)).body.items.map((item: { id: number }) => item.id);
    expect(await listed('asOf=2024-05-31')).not.toContain(foreign);
    expect(await listed('asOf=2024-06-01')).toContain(foreign);
    expect(await listed('')).toContain(foreign);
    expect((await as.asLongBien('GET', `/api/members/${foreign}`)).status).toBe(200);
  });
});
