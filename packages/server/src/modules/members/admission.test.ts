// Admission and corrections over HTTP: the unions' rules of who may be admitted where, identifiers that
// belong to one person only, foreign workers, dates that have not come — and a refusal changes nothing.
import { addDays, todayInVietnam } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import type { UnitIds } from '../org/test-tree.ts';
import { admission, buildMemberTree, memberAccounts } from './test-members.ts';

let ctx: TestContext;
let ids: UnitIds;
let as: Awaited<ReturnType<typeof memberAccounts>>;

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildMemberTree(ctx);
  as = await memberAccounts(ctx, ids);
});
afterAll(() => ctx.close());

async function counts() {
  const [row] = await queryRows<Record<string, number>>(
    ctx.database.db,
    sql`select (select count(*)::int from members) as members,
          (select count(*)::int from memberships) as periods,
          (select count(*)::int from member_offices) as offices,
          (select count(*)::int from audit_log where entity = 'member') as audits`,
  );
  return row;
}

const tomorrow = () => addDays(todayInVietnam(), 1);

describe('admission', () => {
  it('admits into a grassroots union: the stored forms, the first period and the audit row', async () => {
    const response = await as.asLongBien(
      'POST',
      '/api/members',
      admission(ids['G-NHUA']!, {
        fullName: '  nguyễn   văn AN ',
        phone: '+84 912 345 678',
        ethnicity: 'kinh',
        cardNumber: 'LB-000001',
        decisionNumber: '12/QĐ-CĐCS',
      }),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      fullName: 'Nguyễn Văn An',
      phone: '0912345678',
      ethnicity: 'Kinh',
      status: 'active',
      joinedUnionOn: '2024-01-15',
      unit: { code: 'G-NHUA' },
      memberships: [
        { validFrom: '2024-01-15', validTo: null, startKind: 'admit', startDecision: '12/QĐ-CĐCS' },
      ],
    });
    const [audit] = await queryRows<{ action: string; unit_id: number }>(
      ctx.database.db,
      sql`select action, unit_id from audit_log where entity = 'member' and entity_id = ${String(response.body.id)}`,
    );
    expect(audit).toEqual({ action: 'admit', unit_id: ids['G-NHUA'] });
  });

  it('admits on today, and a foreign worker whose contract is long enough', async () => {
    const today = await as.asLongBien(
      'POST',
      '/api/members',
      admission(ids['G-NHUA']!, { admittedOn: todayInVietnam() }),
    );
    expect(today.status).toBe(201);
    const foreign = await as.asLongBien(
      'POST',
      '/api/members',
      admission(ids['G-NHUA']!, { nationality: 'kr', foreignContractMonths: 12, nationalId: null }),
    );
    expect([foreign.status, foreign.body.nationality]).toEqual([201, 'KR']);
  });

  it.each([
    [
      'a commune union',
      () => ({ unitId: ids['HN-PHUONG-BD'], admittedOn: '2025-08-01' }),
      422,
      'UNIT_CANNOT_ADMIT',
    ],
    ['a division inside a grassroots union', () => ({ unitId: ids['G-NHUA-PX1'] }), 422, 'UNIT_CANNOT_ADMIT'],
    ['a dissolved union', () => ({ unitId: ids['G-DONG'], admittedOn: '2025-02-01' }), 422, 'UNIT_DISSOLVED'],
    [
      'a union not yet founded',
      () => ({ unitId: ids['HN-PHUONG-BD'], admittedOn: '2025-01-01' }),
      422,
      'UNIT_NOT_ACTIVE',
    ],
    ['a date still to come', () => ({ admittedOn: tomorrow() }), 422, 'DATE_IN_FUTURE'],
    ['a birth date still to come', () => ({ dateOfBirth: tomorrow() }), 422, 'DATE_IN_FUTURE'],
    [
      'a foreign worker on a 6-month contract',
      () => ({ nationality: 'JP', foreignContractMonths: 6 }),
      422,
      'FOREIGN_CONTRACT_TOO_SHORT',
    ],
    [
      'a foreign worker with no contract length',
      () => ({ nationality: 'CN' }),
      422,
      'FOREIGN_CONTRACT_TOO_SHORT',
    ],
    ['a national ID of 10 digits', () => ({ nationalId: '0123456789' }), 400, 'INVALID_INPUT'],
    ['a malformed date', () => ({ admittedOn: '2024-02-30' }), 400, 'INVALID_INPUT'],
  ])('refuses %s and writes nothing', async (_case, overrides, status, code) => {
    const before = await counts();
    const response = await as.asAdmin('POST', '/api/members', admission(ids['G-NHUA']!, overrides()));
    expect([response.status, response.body.error.code]).toEqual([status, code]);
    expect(await counts()).toEqual(before);
  });

  it('reads the foreign workers’ minimum contract from the rules table', async () => {
    const response = await as.asAdmin(
      'POST',
      '/api/members',
      admission(ids['G-NHUA']!, { nationality: 'JP', foreignContractMonths: 11 }),
    );
    expect(response.body.error.message).toContain('12');
  });

  it('refuses a national ID or card number held by another member, naming the holder only when visible', async () => {
    const taken = admission(ids['G-TRUONG']!, { cardNumber: 'HM-777' });
    expect((await as.asAdmin('POST', '/api/members', taken)).status).toBe(201);
    const before = await counts();

    const outside = await as.asLongBien(
      'POST',
      '/api/members',
      admission(ids['G-NHUA']!, { nationalId: taken.nationalId }),
    );
    expect([outside.status, outside.body.error.code]).toEqual([409, 'MEMBER_HELD_ELSEWHERE']);
    expect(outside.body.error.details).toEqual([{ path: 'nationalId', message: taken.nationalId }]);
    expect(JSON.stringify(outside.body)).not.toMatch(/Hoàng Mai|Đoàn Viên Thử/u);

    const visible = await as.asAdmin(
      'POST',
      '/api/members',
      admission(ids['G-NHUA']!, { nationalId: taken.nationalId }),
    );
    expect(visible.status).toBe(409);
    expect(visible.body.error.details[0].message).toContain('Trường Tiểu học Hoàng Mai');

    const card = await as.asAdmin(
      'POST',
      '/api/members',
      admission(ids['G-NHUA']!, { cardNumber: 'HM-777' }),
    );
    expect([card.status, card.body.error.code]).toEqual([409, 'CARD_NUMBER_TAKEN']);
    expect(await counts()).toEqual(before);
  });

  it('admits one of two simultaneous admissions of the same person and refuses the other with 409', async () => {
    const person = admission(ids['G-NHUA']!, { cardNumber: 'LB-RACE-1' });
    const responses = await Promise.all([
      as.asAdmin('POST', '/api/members', person),
      as.asLongBien('POST', '/api/members', person),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    const [row] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from members where national_id = ${person.nationalId}`,
    );
    expect(row?.n).toBe(1);
  });

  it('needs the power to write records and the unit in scope', async () => {
    const viewer = await as.asViewer('POST', '/api/members', admission(ids['G-NHUA']!));
    expect([viewer.status, viewer.body.error.code]).toEqual([403, 'ROLE_FORBIDDEN']);
    const outside = await as.asLongBien('POST', '/api/members', admission(ids['G-TRUONG']!));
    expect(outside.status).toBe(404);
  });
});

describe('corrections and offices', () => {
  let memberId: number;
  beforeAll(async () => {
    const response = await as.asAdmin(
      'POST',
      '/api/members',
      admission(ids['G-NHUA']!, { fullName: 'Võ Thị Hoa', gender: 'female' }),
    );
    memberId = response.body.id;
  });

  it('corrects fields, audits before and after, and leaves unit and status alone', async () => {
    const response = await as.asLongBien('PATCH', `/api/members/${memberId}`, {
      fullName: 'võ thị HOA mai',
      phone: '024.3826.1234',
      unitId: ids['G-TRUONG'],
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      fullName: 'Võ Thị Hoa Mai',
      phone: '02438261234',
      unit: { code: 'G-NHUA' },
    });
    const [audit] = await queryRows<{ before: unknown; after: unknown }>(
      ctx.database.db,
      sql`select before, after from audit_log where entity = 'member' and action = 'update'
          and entity_id = ${String(memberId)}`,
    );
    expect(audit).toEqual({
      before: { fullName: 'Võ Thị Hoa', phone: null },
      after: { fullName: 'Võ Thị Hoa Mai', phone: '02438261234' },
    });
  });

  it('writes nothing when nothing changes', async () => {
    const before = await counts();
    const response = await as.asLongBien('PATCH', `/api/members/${memberId}`, {
      fullName: 'Võ Thị Hoa Mai',
      gender: 'female',
      dateOfBirth: '1990-05-20',
      phone: '024 3826 1234',
    });
    expect(response.status).toBe(200);
    expect(await counts()).toEqual(before);
  });

  it('refuses a correction that breaks a rule', async () => {
    const other = await as.asAdmin('POST', '/api/members', admission(ids['G-NHUA']!));
    const takenId = await as.asLongBien('PATCH', `/api/members/${memberId}`, {
      nationalId: other.body.nationalId,
    });
    expect([takenId.status, takenId.body.error.code]).toEqual([409, 'NATIONAL_ID_TAKEN']);
    const shortContract = await as.asLongBien('PATCH', `/api/members/${memberId}`, {
      nationality: 'TH',
      foreignContractMonths: 3,
    });
    expect([shortContract.status, shortContract.body.error.code]).toEqual([
      422,
      'FOREIGN_CONTRACT_TOO_SHORT',
    ]);
  });

  it('records an office, and refuses one for a foreign member or one who holds office becoming foreign', async () => {
    const office = { unitId: ids['G-NHUA'], office: 'viceChair', validFrom: '2024-03-01' };
    const held = await as.asLongBien('POST', `/api/members/${memberId}/offices`, office);
    expect(held.status).toBe(201);
    expect(held.body.offices).toMatchObject([
      { office: 'viceChair', validFrom: '2024-03-01', unit: { code: 'G-NHUA' } },
    ]);

    const becomesForeign = await as.asLongBien('PATCH', `/api/members/${memberId}`, {
      nationality: 'LA',
      foreignContractMonths: 24,
    });
    expect([becomesForeign.status, becomesForeign.body.error.code]).toEqual([
      422,
      'FOREIGN_MEMBER_NO_OFFICE',
    ]);

    const foreign = await as.asAdmin(
      'POST',
      '/api/members',
      admission(ids['G-NHUA']!, { nationality: 'KR', foreignContractMonths: 24, nationalId: null }),
    );
    const refused = await as.asLongBien('POST', `/api/members/${foreign.body.id}/offices`, office);
    expect([refused.status, refused.body.error.code]).toEqual([422, 'FOREIGN_MEMBER_NO_OFFICE']);
  });

  it('refuses an office in a unit the member does not belong to', async () => {
    const response = await as.asAdmin('POST', `/api/members/${memberId}/offices`, {
      unitId: ids['G-TRUONG'],
      office: 'chair',
      validFrom: '2024-03-01',
    });
    expect([response.status, response.body.error.code]).toEqual([422, 'OFFICE_UNIT_NOT_ABOVE_MEMBER']);
    const above = await as.asAdmin('POST', `/api/members/${memberId}/offices`, {
      unitId: ids.LB,
      office: 'committeeMember',
      validFrom: '2024-03-01',
      validTo: '2029-03-01',
    });
    expect(above.status).toBe(201);
  });
});
