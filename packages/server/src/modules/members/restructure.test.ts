// Members through a restructuring of the organisation, over HTTP: a merge, a consolidation, a split and a
// dissolution move (or end) the memberships of the units that end, on the effective date, so the counts
// of every unit and subtree follow; a restructuring that would strand members is refused and changes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestContext, signIn, type TestContext } from '../../test/context.ts';
import { treeCounts, type UnitIds } from '../org/test-tree.ts';
import { admission, buildMemberTree, memberAccounts } from './test-members.ts';

let ctx: TestContext;
let ids: UnitIds;
let as: Awaited<ReturnType<typeof memberAccounts>>;
const reason = 'Sắp xếp lại tổ chức công đoàn theo Quyết định 01/QĐ-LĐLĐ';
const DAY = '2025-03-01';
const EVE = '2025-02-28';
let sequence = 0;

/** A fresh grassroots union under `parent` (founded 2020) with `count` members admitted in 2023. */
async function union(parent: string, count: number, type = 'grassroots') {
  sequence += 1;
  const code = `G-TCL-${sequence}`;
  const founded = await as.asAdmin('POST', '/api/org-units', {
    code,
    name: `Công đoàn cơ sở Thử Sắp Xếp ${sequence}`,
    type,
    parentId: ids[parent],
    effectiveDate: '2020-01-01',
    reason,
  });
  if (founded.status !== 201) throw new Error(JSON.stringify(founded.body));
  const unitId: number = founded.body.unitIds[0];
  ids[code] = unitId;
  const memberIds: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await as.asAdmin('POST', '/api/members', {
      ...admission(unitId, { admittedOn: '2023-04-01', gender: i % 2 ? 'female' : 'male' }),
    });
    if (response.status !== 201) throw new Error(JSON.stringify(response.body));
    memberIds.push(response.body.id);
  }
  return { code, unitId, memberIds };
}

async function stats(unitId: number, query: string) {
  const response = await as.asAdmin('GET', `/api/org-units/${unitId}/member-stats?${query}`);
  expect(response.status).toBe(200);
  return response.body;
}
const membersOn = async (unitId: number, asOf: string) => (await stats(unitId, `asOf=${asOf}`)).members;
const member = async (id: number) => (await as.asAdmin('GET', `/api/members/${id}`)).body;

/** Everything a refused restructuring must leave alone: the tree, the periods, the members, the log. */
async function snapshot() {
  const [members] = await queryRows<Record<string, number>>(
    ctx.database.db,
    sql`select (select count(*)::int from memberships) as periods,
          (select count(*)::int from memberships where valid_to is null) as open_periods,
          (select count(*)::int from members where status = 'active') as active,
          (select count(*)::int from member_offices where valid_to is null) as open_offices,
          (select count(*)::int from audit_log) as audits`,
  );
  return { tree: await treeCounts(ctx), members };
}

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildMemberTree(ctx);
  as = await memberAccounts(ctx, ids);
});
afterAll(() => ctx.close());

describe('a merge (sáp nhập) into an existing union', () => {
  let source: Awaited<ReturnType<typeof union>>;
  let target: Awaited<ReturnType<typeof union>>;
  let eventId: number;
  beforeAll(async () => {
    source = await union('LB', 3);
    target = await union('LB', 2);
    const office = await as.asAdmin('POST', `/api/members/${source.memberIds[0]}/offices`, {
      unitId: source.unitId,
      office: 'chair',
      validFrom: '2023-06-01',
    });
    expect(office.status).toBe(201);
    const merged = await as.asLongBien('POST', '/api/org-units/merge', {
      sourceIds: [source.unitId],
      targetId: target.unitId,
      effectiveDate: DAY,
      reason,
      documentNumber: '01/QĐ-LĐLĐ',
    });
    expect(merged.status).toBe(201);
    eventId = merged.body.eventId;
  });

  it.each([
    ['the source the day before', () => source.unitId, EVE, 3],
    ['the source on the day', () => source.unitId, DAY, 0],
    ['the target the day before', () => target.unitId, EVE, 2],
    ['the target on the day', () => target.unitId, DAY, 5],
  ])('counts %s', async (_case, unit, date, expected) => {
    expect(await membersOn(unit(), date)).toBe(expected);
  });

  it('keeps the district’s total and counts no admission or departure inside it', async () => {
    const before = await stats(ids.LB!, `asOf=${EVE}`);
    const after = await stats(ids.LB!, `asOf=${DAY}&from=2025-01-01&to=2025-12-31`);
    expect(after.members).toBe(before.members);
    expect(after).toMatchObject({ admissions: 0, departures: 0 });
  });

  it('lists the moved members in the target today and in the source as of the day before', async () => {
    const today = await as.asAdmin('GET', `/api/members?unitId=${target.unitId}&pageSize=50`);
    expect(today.body.items.map((item: { id: number }) => item.id)).toEqual(
      expect.arrayContaining([...source.memberIds, ...target.memberIds]),
    );
    const before = await as.asAdmin('GET', `/api/members?unitId=${source.unitId}&asOf=${EVE}`);
    expect(before.body.total).toBe(3);
  });

  it('records the move on each member: a period ended and one begun, both linked to the event', async () => {
    const moved = await member(source.memberIds[1]!);
    expect(moved).toMatchObject({ status: 'active', unit: { id: target.unitId } });
    expect(moved.memberships).toEqual([
      expect.objectContaining({
        unit: expect.objectContaining({ id: source.unitId }),
        validFrom: '2023-04-01',
        validTo: DAY,
        endKind: 'reorganised',
        endReason: reason,
        endDecision: '01/QĐ-LĐLĐ',
        endEventId: eventId,
      }),
      expect.objectContaining({
        unit: expect.objectContaining({ id: target.unitId }),
        validFrom: DAY,
        validTo: null,
        startKind: 'reorganised',
        startEventId: eventId,
      }),
    ]);
  });

  it('ends the offices held in the union that ended', async () => {
    const chair = await member(source.memberIds[0]!);
    expect(chair.offices).toEqual([expect.objectContaining({ office: 'chair', validTo: DAY })]);
  });

  it('writes each member’s move in both unions’ logs, and the event counts them', async () => {
    const log = await as.asAdmin('GET', `/api/audit?entity=member&entityId=${source.memberIds[2]}`);
    const moves = log.body.items.filter((row: { action: string }) => row.action === 'reorganise');
    expect(moves.map((row: { unitId: number }) => row.unitId).sort()).toEqual(
      [source.unitId, target.unitId].sort(),
    );
    const history = await as.asAdmin('GET', `/api/org-units/${target.unitId}/history`);
    const merge = history.body.find((event: { id: number }) => event.id === eventId);
    expect(merge.details).toMatchObject({ membersMoved: 3, membersBySource: { [source.unitId]: 3 } });
  });
});

describe('a merge across districts and a consolidation (hợp nhất)', () => {
  it('moves members out of one district into another: a departure there, an admission here', async () => {
    const source = await union('LB', 2);
    const merged = await as.asAdmin('POST', '/api/org-units/merge', {
      sourceIds: [source.unitId],
      targetId: ids['G-TRUONG'],
      effectiveDate: DAY,
      reason,
    });
    expect(merged.status).toBe(201);
    const year = `asOf=${DAY}&from=${DAY}&to=${DAY}`;
    expect(await stats(ids.LB!, year)).toMatchObject({ departures: 2, admissions: 0 });
    expect(await stats(ids.HM!, year)).toMatchObject({ departures: 0, admissions: 2 });
    expect(await stats(ids.HN!, year)).toMatchObject({ departures: 0, admissions: 0 });
  });

  it('gathers the members of every source in the new union', async () => {
    const first = await union('LB', 2);
    const second = await union('LB', 3);
    const consolidated = await as.asLongBien('POST', '/api/org-units/merge', {
      sourceIds: [first.unitId, second.unitId],
      newTarget: {
        code: 'G-TCL-HOPNHAT',
        name: 'Công đoàn cơ sở Công ty Hợp Nhất',
        type: 'grassroots',
        parentId: ids.LB,
      },
      effectiveDate: DAY,
      reason,
    });
    expect(consolidated.status).toBe(201);
    const newUnit = consolidated.body.unitIds[0];
    expect(await membersOn(newUnit, DAY)).toBe(5);
    expect(await membersOn(first.unitId, EVE)).toBe(2);
    expect((await member(second.memberIds[0]!)).unit.id).toBe(newUnit);
  });
});

describe('a split (chia, tách)', () => {
  const part = (n: number) => ({
    code: `G-TCL-PART-${sequence}-${n}`,
    name: `Công đoàn cơ sở Phần ${n}`,
    type: 'grassroots',
  });

  it('sends the members of a union that ends to the part chosen for them', async () => {
    const source = await union('LB', 3);
    const split = await as.asLongBien('POST', `/api/org-units/${source.unitId}/split`, {
      keepSource: false,
      parts: [part(1), part(2)],
      membersToPart: 1,
      effectiveDate: DAY,
      reason,
    });
    expect(split.status).toBe(201);
    const [, first, second] = split.body.unitIds;
    expect(await membersOn(first, DAY)).toBe(0);
    expect(await membersOn(second, DAY)).toBe(3);
    expect(await membersOn(source.unitId, EVE)).toBe(3);
  });

  it('leaves the members in a union that is kept unless a part is named', async () => {
    const source = await union('LB', 2);
    const split = await as.asLongBien('POST', `/api/org-units/${source.unitId}/split`, {
      keepSource: true,
      parts: [{ ...part(3), parentId: ids.LB }],
      effectiveDate: DAY,
      reason,
    });
    expect(split.status).toBe(201);
    expect(await membersOn(source.unitId, DAY)).toBe(2);
    expect(await membersOn(split.body.unitIds[1], DAY)).toBe(0);
  });
});

describe('a dissolution (giải thể)', () => {
  it('moves the members to the union named to receive them', async () => {
    const source = await union('LB', 2);
    const dissolved = await as.asLongBien('POST', `/api/org-units/${source.unitId}/dissolve`, {
      membersToId: ids['G-DETMAY'],
      effectiveDate: DAY,
      reason,
    });
    expect(dissolved.status).toBe(201);
    expect(await membersOn(source.unitId, DAY)).toBe(0);
    expect((await member(source.memberIds[1]!)).unit.id).toBe(ids['G-DETMAY']);
  });

  it('ends the memberships when the enterprise closed: members left, a departure each', async () => {
    const source = await union('LB', 3);
    const closedOn = '2025-03-02';
    const before = await stats(ids.LB!, `asOf=${closedOn}`);
    const dissolved = await as.asLongBien('POST', `/api/org-units/${source.unitId}/dissolve`, {
      endMemberships: true,
      effectiveDate: closedOn,
      reason: 'Doanh nghiệp giải thể',
    });
    expect(dissolved.status).toBe(201);
    const after = await stats(ids.LB!, `asOf=${closedOn}&from=${closedOn}&to=${closedOn}`);
    expect(after.members).toBe(before.members - 3);
    expect(after.departures).toBe(3);
    const former = await member(source.memberIds[0]!);
    expect(former).toMatchObject({ status: 'left', unit: { id: source.unitId } });
    expect(former.memberships.at(-1)).toMatchObject({
      validTo: '2025-03-02',
      endKind: 'unitDissolved',
      endReason: 'Doanh nghiệp giải thể',
      endEventId: dissolved.body.eventId,
    });
  });
});

describe('refusals that would strand members, each changing nothing', () => {
  let busy: Awaited<ReturnType<typeof union>>;
  let leaver: Awaited<ReturnType<typeof union>>;
  let withMemberUnion: Awaited<ReturnType<typeof union>>;
  beforeAll(async () => {
    busy = await union('LB', 2);
    leaver = await union('LB', 1);
    const left = await as.asAdmin('POST', `/api/members/${leaver.memberIds[0]}/leave`, {
      kind: 'leave',
      effectiveDate: '2025-05-01',
      reason: 'Nghỉ việc',
    });
    expect(left.status).toBe(200);
    const host = await union('LB', 0);
    withMemberUnion = await union(host.code, 1, 'member_grassroots');
  });

  it.each([
    [
      'dissolving a union with members and no choice for them',
      () => [`/api/org-units/${busy.unitId}/dissolve`, { effectiveDate: DAY, reason }],
      422,
      'UNIT_HAS_MEMBERS',
    ],
    [
      'both moving and ending the members',
      () => [
        `/api/org-units/${busy.unitId}/dissolve`,
        { effectiveDate: DAY, reason, endMemberships: true, membersToId: ids['G-DETMAY'] },
      ],
      400,
      'INVALID_INPUT',
    ],
    [
      'members sent to the union being dissolved',
      () => [
        `/api/org-units/${busy.unitId}/dissolve`,
        { effectiveDate: DAY, reason, membersToId: busy.unitId },
      ],
      422,
      'MEMBERS_TARGET_IS_SUBJECT',
    ],
    [
      'members sent to a commune union, which has no members of its own',
      () => [
        `/api/org-units/${busy.unitId}/dissolve`,
        { effectiveDate: '2025-08-01', reason, membersToId: ids['HN-PHUONG-BD'] },
      ],
      422,
      'MEMBERS_TARGET_CANNOT_ADMIT',
    ],
    [
      'a merge into a division',
      () => [
        '/api/org-units/merge',
        { sourceIds: [busy.unitId], targetId: ids['G-NHUA-PX1'], effectiveDate: DAY, reason },
      ],
      422,
      'MEMBERS_TARGET_CANNOT_ADMIT',
    ],
    [
      'a split that ends the union without a part for its members',
      () => [
        `/api/org-units/${busy.unitId}/split`,
        {
          keepSource: false,
          parts: [{ code: 'G-TCL-X1', name: 'Công đoàn X1', type: 'grassroots' }],
          effectiveDate: DAY,
          reason,
        },
      ],
      422,
      'SPLIT_MEMBERS_NEED_PART',
    ],
    [
      'a split naming a part that is not there',
      () => [
        `/api/org-units/${busy.unitId}/split`,
        {
          keepSource: false,
          parts: [{ code: 'G-TCL-X2', name: 'Công đoàn X2', type: 'grassroots' }],
          membersToPart: 3,
          effectiveDate: DAY,
          reason,
        },
      ],
      422,
      'SPLIT_MEMBERS_PART_UNKNOWN',
    ],
    [
      'a dissolution dated before a member left',
      () => [
        `/api/org-units/${leaver.unitId}/dissolve`,
        { effectiveDate: DAY, reason, endMemberships: true },
      ],
      422,
      'MEMBERS_CHANGED_AFTER',
    ],
    [
      'a member union with members retyped as a division',
      () => [
        `/api/org-units/${withMemberUnion.unitId}`,
        { type: 'division', effectiveDate: DAY, reason },
        'PATCH',
      ],
      422,
      'UNIT_TYPE_HAS_MEMBERS',
    ],
  ])('refuses %s', async (_case, request, status, code) => {
    const [url, body, method = 'POST'] = request() as [string, object, 'POST' | 'PATCH' | undefined];
    const before = await snapshot();
    const response = await as.asAdmin(method, url, body);
    expect([response.status, response.body.error.code]).toEqual([status, code]);
    expect(await snapshot()).toEqual(before);
  });

  it('says in the user’s language how many members wait for a choice', async () => {
    const { cookie } = await signIn(ctx, 'admin');
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/org-units/${busy.unitId}/dissolve`,
      headers: { cookie, 'accept-language': 'vi' },
      payload: { effectiveDate: DAY, reason },
    });
    expect(response.json().error.message).toBe(
      `Công đoàn cơ sở Thử Sắp Xếp ${busy.code.slice(6)} còn 2 đoàn viên; hãy chọn đơn vị tiếp nhận đoàn viên ` +
        'hoặc chấm dứt sinh hoạt của họ',
    );
  });

  it('refuses a Long Biên officer sending members to a union outside Long Biên', async () => {
    const before = await snapshot();
    const response = await as.asLongBien('POST', `/api/org-units/${busy.unitId}/dissolve`, {
      effectiveDate: DAY,
      reason,
      membersToId: ids['G-TRUONG'],
    });
    expect(response.status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });
});
