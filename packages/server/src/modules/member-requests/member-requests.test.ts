// Member transfer requests over HTTP: Long Biên, told only that a national ID is "already a member
// elsewhere", sends a request; it sees the national ID and the outcome, nothing of the person until Hoàng
// Mai (the holding side) or Hà Nội (a common superior) approves — which re-admits a former member or
// transfers an active one into Long Biên's union, audited — or refuses with a reason.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { admission, buildMemberTree, memberAccounts } from '../members/test-members.ts';
import { requester, type UnitIds } from '../org/test-tree.ts';

let ctx: TestContext;
let ids: UnitIds;
let as: Awaited<ReturnType<typeof memberAccounts>>;
let asHoangMai: ReturnType<typeof requester>;
let asHanoi: ReturnType<typeof requester>;
let asHaiPhong: ReturnType<typeof requester>;

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildMemberTree(ctx);
  as = await memberAccounts(ctx, ids);
  await createUser(ctx, 'hoangmai', 'unit_admin', ids.HM!);
  await createUser(ctx, 'hanoi', 'unit_admin', ids.HN!);
  await createUser(ctx, 'haiphong', 'unit_admin', ids.HP!);
  asHoangMai = requester(ctx, (await signIn(ctx, 'hoangmai')).cookie);
  asHanoi = requester(ctx, (await signIn(ctx, 'hanoi')).cookie);
  asHaiPhong = requester(ctx, (await signIn(ctx, 'haiphong')).cookie);
});
afterAll(() => ctx.close());

async function admit(unit: string, overrides: Record<string, unknown>) {
  const body = admission(ids[unit]!, overrides);
  const response = await as.asAdmin('POST', '/api/members', body);
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return { id: response.body.id as number, nationalId: body.nationalId };
}

const ask = (nationalId: string, unit = 'G-NHUA', who = as.asLongBien) =>
  who('POST', '/api/member-requests', {
    nationalId,
    unitId: ids[unit],
    effectiveDate: '2024-06-03',
    reason: 'Chuyển về làm việc tại công ty',
    decisionNumber: '12/QĐ-CĐCS',
  });

async function auditOf(requestId: number) {
  return queryRows<{ action: string; unit_id: number; username: string; after: unknown }>(
    ctx.database.db,
    sql`select action, unit_id, username, after from audit_log
        where entity = 'memberRequest' and entity_id = ${String(requestId)} order by id`,
  );
}

describe('a former member of Hoàng Mai asked for by Long Biên', () => {
  let person: { id: number; nationalId: string };
  let requestId: number;
  beforeAll(async () => {
    person = await admit('G-TRUONG', { fullName: 'Đặng Thị Xuân', admittedOn: '2018-02-01' });
    const left = await as.asAdmin('POST', `/api/members/${person.id}/leave`, {
      kind: 'leave',
      effectiveDate: '2023-01-31',
      reason: 'Nghỉ việc',
    });
    expect(left.status).toBe(200);
  });

  it('the request answers only that it was sent', async () => {
    const admission = await as.asLongBien('POST', '/api/members', {
      ...person,
      fullName: 'Đặng Thị Xuân',
      gender: 'female',
      unitId: ids['G-NHUA'],
      admittedOn: '2024-06-03',
    });
    expect(admission.body.error.code).toBe('MEMBER_HELD_ELSEWHERE');
    const sent = await ask(person.nationalId);
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(Object.keys(sent.body).sort()).toEqual(['id', 'status']);
    expect(sent.body.status).toBe('pending');
    requestId = sent.body.id;
    // Asking again for the same person and unit: one open request is enough.
    const again = await ask(person.nationalId);
    expect([again.status, again.body.error.code]).toEqual([409, 'MEMBER_REQUEST_PENDING']);
  });

  it('Long Biên’s outgoing list shows the national ID and the status, nothing of the person', async () => {
    const outgoing = await as.asLongBien('GET', '/api/member-requests/outgoing');
    expect(outgoing.status).toBe(200);
    expect(outgoing.body.items).toEqual([
      expect.objectContaining({
        id: requestId,
        status: 'pending',
        nationalId: person.nationalId,
        targetUnit: { id: ids['G-NHUA'], name: 'Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên' },
        member: null,
      }),
    ]);
    expect(JSON.stringify(outgoing.body)).not.toMatch(/Đặng Thị Xuân|Hoàng Mai/u);
    expect(outgoing.body).toMatchObject({ total: 1, page: 1, pageSize: 50 });
    // Paged on the server: a page past the last is empty, the total the same; pages stop at 200.
    const beyond = await as.asLongBien('GET', '/api/member-requests/outgoing?page=2&pageSize=1');
    expect(beyond.body).toMatchObject({ items: [], total: 1, page: 2, pageSize: 1 });
    expect((await as.asLongBien('GET', '/api/member-requests/outgoing?pageSize=201')).status).toBe(400);
    expect((await as.asLongBien('GET', '/api/member-requests/incoming')).body).toMatchObject({
      items: [],
      total: 0,
      pending: 0,
    });
    // Its log keeps what it typed, not the member id it does not know.
    expect(await auditOf(requestId)).toEqual([
      {
        action: 'request',
        unit_id: ids['G-NHUA'],
        username: 'longbien',
        after: { nationalId: person.nationalId, targetUnitId: ids['G-NHUA'], effectiveDate: '2024-06-03' },
      },
    ]);
  });

  it('Hoàng Mai’s incoming list shows the member, whom it may read', async () => {
    const incoming = await asHoangMai('GET', '/api/member-requests/incoming');
    expect(incoming.body).toMatchObject({ total: 1, pending: 1 });
    expect(incoming.body.items).toEqual([
      expect.objectContaining({
        id: requestId,
        status: 'pending',
        requestedBy: 'longbien',
        requestingUnit: { id: ids.LB, name: 'Liên đoàn Lao động quận Long Biên' },
        member: {
          id: person.id,
          fullName: 'Đặng Thị Xuân',
          status: 'left',
          unit: { id: ids['G-TRUONG'], name: 'Công đoàn cơ sở Trường Tiểu học Hoàng Mai' },
        },
      }),
    ]);
    expect((await asHaiPhong('GET', '/api/member-requests/incoming')).body.items).toEqual([]);
  });

  it('only the holding side may decide: others get 404, a viewer 403, and nothing changes', async () => {
    for (const who of [as.asLongBien, asHaiPhong]) {
      const refused = await who('POST', `/api/member-requests/${requestId}/approve`);
      expect(refused.status).toBe(404);
      expect(JSON.stringify(refused.body)).not.toContain('Đặng Thị Xuân');
    }
    expect((await as.asViewer('POST', `/api/member-requests/${requestId}/approve`)).status).toBe(403);
    expect((await as.asLongBien('POST', '/api/member-requests/987654/approve')).status).toBe(404);
    expect((await as.asAdmin('GET', `/api/members/${person.id}`)).body.status).toBe('left');
  });

  it('Hoàng Mai approves: the member is re-admitted into Long Biên’s union on the asked date, audited', async () => {
    const approved = await asHoangMai('POST', `/api/member-requests/${requestId}/approve`);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const record = await as.asLongBien('GET', `/api/members/${person.id}`);
    expect(record.status).toBe(200);
    expect(record.body).toMatchObject({ status: 'active', unit: { id: ids['G-NHUA'] } });
    expect(record.body.memberships).toMatchObject([
      { unit: { id: ids['G-TRUONG'] }, validTo: '2023-01-31', endKind: 'leave' },
      {
        unit: { id: ids['G-NHUA'] },
        validFrom: '2024-06-03',
        startKind: 'readmit',
        startDecision: '12/QĐ-CĐCS',
      },
    ]);
    const outgoing = await as.asLongBien('GET', '/api/member-requests/outgoing');
    expect(outgoing.body.items[0]).toMatchObject({
      status: 'approved',
      member: { id: person.id, fullName: 'Đặng Thị Xuân' },
    });
    const log = await auditOf(requestId);
    expect(log.slice(1).map((row) => [row.action, row.unit_id, row.username])).toEqual([
      ['approve', ids['G-TRUONG'], 'hoangmai'],
      ['approve', ids['G-NHUA'], 'hoangmai'],
    ]);
    const [readmit] = await queryRows<{ username: string; unit_id: number }>(
      ctx.database.db,
      sql`select username, unit_id from audit_log
          where entity = 'member' and entity_id = ${String(person.id)} and action = 'readmit'`,
    );
    expect(readmit).toEqual({ username: 'hoangmai', unit_id: ids['G-NHUA'] });
    const twice = await asHoangMai('POST', `/api/member-requests/${requestId}/approve`);
    expect(twice.status).toBe(404);
  });
});

describe('an active member of Hoàng Mai', () => {
  let person: { id: number; nationalId: string };
  beforeAll(async () => {
    person = await admit('G-TRUONG', { fullName: 'Tô Văn Yên', admittedOn: '2020-02-01' });
  });

  it('Hoàng Mai refuses with a reason: Long Biên sees the reason, still nothing of the person', async () => {
    const sent = await ask(person.nationalId, 'G-DETMAY');
    expect(sent.status).toBe(201);
    const empty = await asHoangMai('POST', `/api/member-requests/${sent.body.id}/refuse`, { reason: ' ' });
    expect(empty.status).toBe(400);
    const refused = await asHoangMai('POST', `/api/member-requests/${sent.body.id}/refuse`, {
      reason: 'Đoàn viên vẫn làm việc tại trường',
    });
    expect(refused.status).toBe(200);
    const outgoing = await as.asLongBien('GET', '/api/member-requests/outgoing');
    const item = outgoing.body.items.find((request: { id: number }) => request.id === sent.body.id);
    expect(item).toMatchObject({
      status: 'refused',
      refusalReason: 'Đoàn viên vẫn làm việc tại trường',
      member: null,
    });
    expect(JSON.stringify(outgoing.body)).not.toContain('Tô Văn Yên');
    expect((await as.asAdmin('GET', `/api/members/${person.id}`)).body.unit.id).toBe(ids['G-TRUONG']);
    const decided = await asHoangMai('POST', `/api/member-requests/${sent.body.id}/approve`);
    expect([decided.status, decided.body.error.code]).toEqual([409, 'MEMBER_REQUEST_DECIDED']);
  });

  it('Hà Nội, above both, approves: the member is transferred, each union keeping its part', async () => {
    const sent = await ask(person.nationalId, 'G-NHUA');
    expect(sent.status).toBe(201);
    const approved = await asHanoi('POST', `/api/member-requests/${sent.body.id}/approve`);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const record = await as.asLongBien('GET', `/api/members/${person.id}`);
    expect(record.body.memberships).toMatchObject([
      { unit: { id: ids['G-TRUONG'] }, validTo: '2024-06-03', endKind: 'transferOut' },
      { unit: { id: ids['G-NHUA'] }, validFrom: '2024-06-03', validTo: null, startKind: 'transferIn' },
    ]);
  });
});

describe('what a request refuses', () => {
  it('a national ID in the caller’s scope, one nobody holds, and a unit outside the caller’s subtree', async () => {
    const own = await admit('G-DETMAY', { fullName: 'Người Trong Phạm Vi' });
    const inScope = await ask(own.nationalId);
    expect([inScope.status, inScope.body.error.code]).toEqual([409, 'MEMBER_REQUEST_IN_SCOPE']);
    const nobody = await ask('001199000777');
    expect([nobody.status, nobody.body.error.code]).toEqual([422, 'MEMBER_REQUEST_NO_HOLDER']);
    const outside = await ask(own.nationalId, 'G-TRUONG');
    expect([403, 404]).toContain(outside.status);
    const viewer = await ask(own.nationalId, 'G-NHUA', as.asViewer);
    expect(viewer.status).toBe(403);
    const [count] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from member_transfer_requests where national_id in
          (${own.nationalId}, '001199000777')`,
    );
    expect(count?.n).toBe(0);
  });
});
