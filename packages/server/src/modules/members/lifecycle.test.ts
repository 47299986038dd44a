// The effective-dated lifecycle over HTTP: transfers move the counts on their effective date and both
// units keep the history; leaving, expulsion and death end the membership; statistics follow the periods.
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
const reason = 'Chuyển công tác';

async function admit(unit: string, overrides: Record<string, unknown> = {}): Promise<number> {
  const response = await as.asAdmin('POST', '/api/members', admission(ids[unit]!, overrides));
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return response.body.id;
}

async function stats(unit: string, query: string) {
  const response = await as.asAdmin('GET', `/api/org-units/${ids[unit]}/member-stats?${query}`);
  expect(response.status).toBe(200);
  return response.body;
}

const membersOn = async (unit: string, asOf: string) => (await stats(unit, `asOf=${asOf}`)).members;

async function listedIds(unit: string, query: string, who = as.asAdmin): Promise<number[]> {
  const response = await who('GET', `/api/members?unitId=${ids[unit]}&${query}`);
  expect(response.status).toBe(200);
  return response.body.items.map((item: { id: number }) => item.id);
}

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildMemberTree(ctx);
  as = await memberAccounts(ctx, ids);
});
afterAll(() => ctx.close());

describe('transfers and counts as of a date', () => {
  let inside: number;
  let outward: number;
  let leaver: number;
  beforeAll(async () => {
    inside = await admit('G-NHUA', { admittedOn: '2023-01-10', dateOfBirth: '1995-03-01', ethnicity: 'Tày' });
    outward = await admit('G-NHUA', {
      admittedOn: '2023-02-01',
      gender: 'female',
      dateOfBirth: '1960-01-01',
    });
    leaver = await admit('G-DETMAY', {
      admittedOn: '2023-03-01',
      nationality: 'KR',
      foreignContractMonths: 24,
      dateOfBirth: null,
    });
    const transfer = (id: number, toUnit: string, effectiveDate: string) =>
      as.asLongBien('POST', `/api/members/${id}/transfer`, { toUnitId: ids[toUnit], effectiveDate, reason });
    expect((await transfer(inside, 'G-DETMAY', '2024-05-01')).status).toBe(200);
    // To a union outside the caller's subtree: allowed, the member goes to another union.
    expect((await transfer(outward, 'G-TRUONG', '2024-06-01')).status).toBe(200);
    const left = await as.asLongBien('POST', `/api/members/${leaver}/leave`, {
      kind: 'leave',
      effectiveDate: '2024-07-01',
      reason: 'Nghỉ việc',
    });
    expect(left.status).toBe(200);
  });

  it.each([
    ['G-NHUA', '2024-04-30', 2],
    ['G-NHUA', '2024-05-01', 1],
    ['G-DETMAY', '2024-04-30', 1],
    ['G-DETMAY', '2024-05-01', 2],
    ['G-NHUA', '2024-06-01', 0],
    ['G-TRUONG', '2024-05-31', 0],
    ['G-TRUONG', '2024-06-01', 1],
    // A transfer inside Long Biên leaves its count alone; one to Hoàng Mai moves it, not Hà Nội's.
    ['LB', '2024-04-30', 3],
    ['LB', '2024-05-01', 3],
    ['LB', '2024-06-01', 2],
    ['HN', '2024-06-01', 3],
    ['LB', '2024-07-01', 1],
    ['LB', '2022-12-31', 0],
  ])('%s on %s has %i members', async (unit, asOf, expected) => {
    expect(await membersOn(unit, asOf)).toBe(expected);
  });

  it('lists a unit’s members as of a date, from both sides of a transfer', async () => {
    expect(await listedIds('G-NHUA', 'asOf=2024-05-31')).toEqual([outward]);
    expect(await listedIds('G-NHUA', 'asOf=2024-06-01')).toEqual([]);
    expect(await listedIds('G-TRUONG', 'asOf=2024-06-01')).toEqual([outward]);
    // Long Biên still sees who belonged to it then, though the member has left its subtree.
    expect(await listedIds('G-NHUA', 'asOf=2024-05-31', as.asLongBien)).toEqual([outward]);
    expect(await listedIds('LB', 'asOf=2024-06-30', as.asLongBien)).toHaveLength(2);
    // Today the member belongs to Hoàng Mai.
    expect(await listedIds('G-NHUA', 'subtree=false', as.asLongBien)).toEqual([]);
  });

  it('keeps the whole history on the record and one audit row for each union', async () => {
    const detail = await as.asAdmin('GET', `/api/members/${outward}`);
    expect(detail.body.unit.code).toBe('G-TRUONG');
    expect(detail.body.memberships).toMatchObject([
      {
        unit: { code: 'G-NHUA' },
        validFrom: '2023-02-01',
        validTo: '2024-06-01',
        endKind: 'transferOut',
        endReason: reason,
      },
      { unit: { code: 'G-TRUONG' }, validFrom: '2024-06-01', validTo: null, startKind: 'transferIn' },
    ]);
    const audits = await queryRows<{ unit_id: number }>(
      ctx.database.db,
      sql`select unit_id from audit_log where entity = 'member' and action = 'transfer'
          and entity_id = ${String(outward)} order by unit_id`,
    );
    expect(audits.map((row) => row.unit_id)).toEqual(
      [ids['G-NHUA'], ids['G-TRUONG']].sort((a, b) => a! - b!),
    );
  });

  it('counts admissions and departures in a period, not transfers inside the subtree', async () => {
    expect(await stats('LB', 'asOf=2024-12-31&from=2024-01-01&to=2024-12-31')).toMatchObject({
      members: 1,
      admissions: 0,
      departures: 2,
    });
    expect(await stats('LB', 'asOf=2023-12-31&from=2023-01-01&to=2023-12-31')).toMatchObject({
      members: 3,
      admissions: 3,
      departures: 0,
    });
    expect(await stats('G-TRUONG', 'from=2024-01-01&to=2024-12-31&asOf=2024-12-31')).toMatchObject({
      admissions: 1,
      departures: 0,
    });
    expect(await stats('HN', 'from=2024-01-01&to=2024-12-31&asOf=2024-12-31')).toMatchObject({
      members: 2,
      admissions: 0,
      departures: 1,
    });
    // The period bounds are days counted in full: the transfer on 1 June is in [1 June, 1 June].
    expect(await stats('G-NHUA', 'from=2024-06-01&to=2024-06-01')).toMatchObject({ departures: 1 });
    expect(await stats('G-NHUA', 'from=2024-06-02&to=2024-06-30')).toMatchObject({ departures: 0 });
  });

  it('breaks the members of a date down by sex, nationality, age band and ethnic group', async () => {
    expect(await stats('LB', 'asOf=2024-04-30')).toMatchObject({
      members: 3,
      women: 1,
      foreign: 1,
      ageBands: { under30: 1, '30to39': 0, '40to49': 0, '50to59': 0, '60plus': 1, unknown: 1 },
      ethnicity: { Tày: 1, unknown: 2 },
    });
    const unitStats = await as.asAdmin('GET', `/api/org-units/${ids.LB}/stats?asOf=2024-04-30`);
    expect(unitStats.body).toMatchObject({
      grassrootsUnits: 3,
      members: { asOf: '2024-04-30', periodFrom: '2024-01-01', periodTo: '2024-04-30', members: 3, women: 1 },
    });
  });
});

describe('transfer refusals', () => {
  let memberId: number;
  beforeAll(async () => {
    memberId = await admit('G-NHUA', { admittedOn: '2024-01-15' });
  });
  const tomorrow = () => addDays(todayInVietnam(), 1);

  it.each([
    [
      'a date before the member joined the unit',
      () => ({ toUnitId: ids['G-DETMAY'], effectiveDate: '2024-01-14' }),
      422,
      'DATE_BEFORE_LAST_CHANGE',
    ],
    [
      'a date still to come',
      () => ({ toUnitId: ids['G-DETMAY'], effectiveDate: tomorrow() }),
      422,
      'DATE_IN_FUTURE',
    ],
    [
      'the member’s own unit',
      () => ({ toUnitId: ids['G-NHUA'], effectiveDate: '2024-05-01' }),
      422,
      'TRANSFER_SAME_UNIT',
    ],
    [
      'a commune union',
      () => ({ toUnitId: ids['HN-PHUONG-BD'], effectiveDate: '2025-08-01' }),
      422,
      'UNIT_CANNOT_ADMIT',
    ],
    [
      'a dissolved union',
      () => ({ toUnitId: ids['G-DONG'], effectiveDate: '2025-02-01' }),
      422,
      'UNIT_DISSOLVED',
    ],
    [
      'a unit that does not exist',
      () => ({ toUnitId: 987654, effectiveDate: '2024-05-01' }),
      404,
      'UNIT_NOT_FOUND',
    ],
    ['no destination at all', () => ({ effectiveDate: '2024-05-01' }), 400, 'INVALID_INPUT'],
  ])('refuses %s and changes nothing', async (_case, body, status, code) => {
    const before = await as.asAdmin('GET', `/api/members/${memberId}`);
    const response = await as.asLongBien('POST', `/api/members/${memberId}/transfer`, { reason, ...body() });
    expect([response.status, response.body.error.code]).toEqual([status, code]);
    expect((await as.asAdmin('GET', `/api/members/${memberId}`)).body).toEqual(before.body);
  });

  it('transfers out of the platform: the period ends and the destination is kept', async () => {
    const response = await as.asLongBien('POST', `/api/members/${memberId}/transfer`, {
      toUnitName: 'Công đoàn Công ty ABC (Bắc Ninh)',
      effectiveDate: '2024-09-01',
      reason,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'transferredOut', unit: { code: 'G-NHUA' } });
    expect(response.body.memberships).toMatchObject([
      {
        validTo: '2024-09-01',
        endKind: 'transferOut',
        endReason: `${reason} (→ Công đoàn Công ty ABC (Bắc Ninh))`,
      },
    ]);
    expect(await listedIds('G-NHUA', 'asOf=2024-09-01')).not.toContain(memberId);
    expect(await listedIds('G-NHUA', 'status=transferredOut')).toContain(memberId);
  });
});

describe('leaving, expulsion and death', () => {
  it.each([
    ['leave', 'left'],
    ['expel', 'expelled'],
    ['death', 'deceased'],
  ])('%s ends the period and sets the status to %s; the member can no longer move', async (kind, status) => {
    const memberId = await admit('G-NHUA', { admittedOn: '2024-01-15' });
    await as.asLongBien('POST', `/api/members/${memberId}/offices`, {
      unitId: ids['G-NHUA'],
      office: 'groupLeader',
      validFrom: '2024-02-01',
    });
    const response = await as.asLongBien('POST', `/api/members/${memberId}/leave`, {
      kind,
      effectiveDate: '2024-08-01',
      reason: 'Theo quyết định',
      decisionNumber: '7/QĐ',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status,
      memberships: [
        { validTo: '2024-08-01', endKind: kind, endReason: 'Theo quyết định', endDecision: '7/QĐ' },
      ],
      offices: [{ office: 'groupLeader', validTo: '2024-08-01' }],
    });
    expect(await listedIds('G-NHUA', 'asOf=2024-07-31')).toContain(memberId);
    expect(await listedIds('G-NHUA', 'asOf=2024-08-01')).not.toContain(memberId);

    for (const [path, body] of [
      ['transfer', { toUnitId: ids['G-DETMAY'], effectiveDate: '2024-09-01', reason }],
      ['leave', { kind: 'leave', effectiveDate: '2024-09-01', reason }],
    ] as const) {
      const refused = await as.asLongBien('POST', `/api/members/${memberId}/${path}`, body);
      expect([refused.status, refused.body.error.code]).toEqual([422, 'MEMBER_NOT_ACTIVE']);
    }
    const [audit] = await queryRows<{ action: string }>(
      ctx.database.db,
      sql`select action from audit_log where entity_id = ${String(memberId)} and entity = 'member'
          order by id desc limit 1`,
    );
    expect(audit?.action).toBe(kind);
  });

  it('refuses a departure dated before the member joined the unit', async () => {
    const memberId = await admit('G-NHUA', { admittedOn: '2024-01-15' });
    const response = await as.asLongBien('POST', `/api/members/${memberId}/leave`, {
      kind: 'leave',
      effectiveDate: '2023-12-31',
      reason,
    });
    expect([response.status, response.body.error.code]).toEqual([422, 'DATE_BEFORE_LAST_CHANGE']);
  });
});
