// Committees from the results: only the elected are seated, positions follow the chair's ballot, every seat
// becomes an office on the member's page, and the next term's committee ends the previous one and its offices.
import type { Election } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { buildElectionWorld, type ElectionWorld, insertCongress } from './test-congress.ts';

describe('committees constituted from the results', () => {
  let ctx: TestContext;
  let w: ElectionWorld;
  let r: number[];
  let executive: Election;

  async function elect(
    congressId: number,
    body: string,
    seats: number,
    memberIds: number[],
    votes: number[],
  ) {
    const created = await w.asLongBien('POST', `/api/congresses/${congressId}/elections`, {
      body,
      seats,
      candidateMemberIds: memberIds,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const election: Election = created.body;
    const counted = await w.asLongBien('POST', `/api/elections/${election.id}/count`, {
      ballotsIssued: 18,
      ballotsCollected: 18,
      invalidBallots: 0,
      votes: Object.fromEntries(election.candidates.map((candidate, index) => [candidate.id, votes[index]])),
    });
    expect(counted.status, JSON.stringify(counted.body)).toBe(200);
    return counted.body as Election;
  }
  const constitute = (congressId: number, body: string, presentedOn: string, members: [number, string][]) =>
    w.asLongBien('POST', `/api/congresses/${congressId}/committees`, {
      body,
      presentedOn,
      members: members.map(([memberId, position]) => ({ memberId, position })),
    });
  const officesOf = async (memberId: number) =>
    (await w.asLongBien('GET', `/api/members/${memberId}`)).body.offices.map(
      (office: { office: string; unit: { name: string }; validFrom: string; validTo: string | null }) => [
        office.office,
        office.validFrom,
        office.validTo,
      ],
    );

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildElectionWorld(ctx);
    r = w.people.regulars;
    // Elected r0, r1, r2; r3 and r4 not. The chair elected directly: r0.
    executive = await elect(w.congress, 'executiveCommittee', 3, r.slice(0, 5), [15, 12, 10, 9, 2]);
    await elect(w.congress, 'chair', 1, [r[0]!], [16]);
  });
  afterAll(() => ctx.close());

  it('does not seat a person who was not elected, nor two chairs, nor a chair the congress did not elect', async () => {
    const outsider = await constitute(w.congress, 'executiveCommittee', '2025-03-25', [
      [r[0]!, 'chair'],
      [r[3]!, 'member'],
    ]);
    expect([outsider.status, outsider.body.error.code]).toEqual([422, 'COMMITTEE_MEMBER_NOT_ELECTED']);
    expect(outsider.body.error.message).toContain('Phạm Thị Dung');
    const twoChairs = await constitute(w.congress, 'executiveCommittee', '2025-03-25', [
      [r[0]!, 'chair'],
      [r[1]!, 'chair'],
    ]);
    expect([twoChairs.status, twoChairs.body.error.code]).toEqual([422, 'COMMITTEE_TWO_CHAIRS']);
    const wrongChair = await constitute(w.congress, 'executiveCommittee', '2025-03-25', [
      [r[0]!, 'member'],
      [r[1]!, 'chair'],
    ]);
    expect([wrongChair.status, wrongChair.body.error.code]).toEqual([422, 'COMMITTEE_CHAIR_NOT_ELECTED']);
    const early = await constitute(w.congress, 'executiveCommittee', '2025-03-19', [[r[0]!, 'chair']]);
    expect([early.status, early.body.error.code]).toEqual([422, 'COMMITTEE_BEFORE_CONGRESS']);
    expect((await w.asLongBien('GET', `/api/org-units/${w.ids['G-NHUA']}/committees`)).body).toEqual([]);
    expect(await officesOf(r[0]!)).toEqual([]);
  });

  it('names no member of another province: their ids, like ids of nobody, are "not found in this unit"', async () => {
    // The oracle: any member id sent as a seat came back named, country-wide.
    const refused = await constitute(w.congress, 'executiveCommittee', '2025-03-25', [
      [r[0]!, 'chair'],
      [w.people.outsider, 'member'],
      [987_654, 'member'],
    ]);
    expect([refused.status, refused.body.error.code]).toEqual([422, 'COMMITTEE_MEMBER_NOT_FOUND']);
    expect(refused.body.error.message).toBe(`Not found in this unit: #${w.people.outsider}, #987654`);
    expect(JSON.stringify(refused.body)).not.toContain('Phan Văn Ngoài');
    // The same seat asked by the administrator, who may read that member, is named as not elected.
    const admin = await w.asAdmin('POST', `/api/congresses/${w.congress}/committees`, {
      body: 'executiveCommittee',
      presentedOn: '2025-03-25',
      members: [{ memberId: w.people.outsider, position: 'member' }],
    });
    expect([admin.status, admin.body.error.code]).toEqual([422, 'COMMITTEE_MEMBER_NOT_ELECTED']);
    expect(admin.body.error.message).toContain('Phan Văn Ngoài');
  });

  it('seats the elected with their positions and shows the offices on their member pages', async () => {
    const { status, body } = await constitute(w.congress, 'executiveCommittee', '2025-03-25', [
      [r[2]!, 'member'],
      [r[1]!, 'viceChair'],
      [r[0]!, 'chair'],
    ]);
    expect(status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({
      unitId: w.ids['G-NHUA'],
      congressId: w.congress,
      cycle: '2025-2030',
      body: 'executiveCommittee',
      presentedOn: '2025-03-25',
      endedOn: null,
    });
    expect(
      body.members.map((seat: { fullName: string; position: string }) => [seat.fullName, seat.position]),
    ).toEqual([
      ['Nguyễn Văn An', 'chair'],
      ['Trần Thị Bình', 'viceChair'],
      ['Lê Văn Cường', 'member'],
    ]);
    expect(await officesOf(r[0]!)).toEqual([['chair', '2025-03-25', null]]);
    expect(await officesOf(r[1]!)).toEqual([['viceChair', '2025-03-25', null]]);
    expect(await officesOf(r[2]!)).toEqual([['committeeMember', '2025-03-25', null]]);
    const page = await w.asLongBien('GET', `/api/members/${r[0]}`);
    expect(page.body.offices[0].unit.name).toBe('Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên');

    const again = await constitute(w.congress, 'executiveCommittee', '2025-03-26', [[r[0]!, 'chair']]);
    expect([again.status, again.body.error.code]).toEqual([409, 'COMMITTEE_EXISTS']);
    // The result the committee stands on can no longer be recounted.
    const recount = await w.asLongBien('POST', `/api/elections/${executive.id}/count`, {
      ballotsIssued: 18,
      ballotsCollected: 18,
      invalidBallots: 0,
      votes: Object.fromEntries(executive.candidates.map((candidate) => [candidate.id, 10])),
    });
    expect([recount.status, recount.body.error.code]).toEqual([409, 'ELECTION_COMMITTEE_CONSTITUTED']);
  });

  it('draws the standing and inspection committees from the executive committee when not elected apart', async () => {
    const notElected = await constitute(w.congress, 'inspectionCommittee', '2025-03-25', [[r[4]!, 'member']]);
    expect([notElected.status, notElected.body.error.code]).toEqual([422, 'COMMITTEE_MEMBER_NOT_ELECTED']);
    const standing = await constitute(w.congress, 'standingCommittee', '2025-03-25', [
      [r[0]!, 'chair'],
      [r[1]!, 'viceChair'],
    ]);
    expect(standing.status, JSON.stringify(standing.body)).toBe(201);
    const inspection = await constitute(w.congress, 'inspectionCommittee', '2025-03-25', [[r[2]!, 'chair']]);
    expect(inspection.status, JSON.stringify(inspection.body)).toBe(201);
    // The chair of both committees holds one office, shown once.
    expect(await officesOf(r[0]!)).toEqual([['chair', '2025-03-25', null]]);
    expect(await officesOf(r[2]!)).toEqual([
      ['committeeMember', '2025-03-25', null],
      ['inspectionMember', '2025-03-25', null],
    ]);
  });

  it('ends the previous committee and its offices when the next term’s committee is presented', async () => {
    const next = await ctx.database.db.transaction((tx) =>
      insertCongress(tx, { unitId: w.ids['G-NHUA']!, cycle: '2030-2035', heldOn: '2026-04-10' }),
    );
    await elect(next, 'executiveCommittee', 3, [r[1]!, r[5]!, r[6]!], [17, 15, 14]);
    const { status, body } = await constitute(next, 'executiveCommittee', '2026-04-15', [
      [r[5]!, 'chair'],
      [r[1]!, 'member'],
      [r[6]!, 'member'],
    ]);
    expect(status, JSON.stringify(body)).toBe(201);

    const history = await w.asLongBien('GET', `/api/org-units/${w.ids['G-NHUA']}/committees`);
    expect(
      history.body.map((committee: { body: string; cycle: string; endedOn: string | null }) => [
        committee.body,
        committee.cycle,
        committee.endedOn,
      ]),
    ).toEqual([
      ['executiveCommittee', '2030-2035', null],
      // The new term's executive committee ends the whole previous term.
      ['executiveCommittee', '2025-2030', '2026-04-15'],
      ['standingCommittee', '2025-2030', '2026-04-15'],
      ['inspectionCommittee', '2025-2030', '2026-04-15'],
    ]);
    expect(await officesOf(r[0]!)).toEqual([['chair', '2025-03-25', '2026-04-15']]);
    expect(await officesOf(r[2]!)).toEqual([
      ['committeeMember', '2025-03-25', '2026-04-15'],
      ['inspectionMember', '2025-03-25', '2026-04-15'],
    ]);
    // Re-elected as a plain member: the vice-chair's office ends, the member's begins.
    expect(await officesOf(r[1]!)).toEqual([
      ['viceChair', '2025-03-25', '2026-04-15'],
      ['committeeMember', '2026-04-15', null],
    ]);
    expect(await officesOf(r[5]!)).toEqual([['chair', '2026-04-15', null]]);
    const [ended] = await queryRows<{ count: number }>(
      ctx.database.db,
      sql`select count(*)::int as count from audit_log where entity = 'committee' and action = 'end'`,
    );
    expect(ended?.count).toBe(3);
  });

  it('refuses a congress not yet held and one outside the caller’s scope', async () => {
    const scheduled = await ctx.database.db.transaction((tx) =>
      insertCongress(tx, { unitId: w.ids['G-NHUA']!, cycle: '2035-2040', heldOn: null }),
    );
    const early = await constitute(scheduled, 'executiveCommittee', '2026-05-01', [[r[0]!, 'chair']]);
    expect([early.status, early.body.error.code]).toEqual([409, 'COMMITTEE_CONGRESS_NOT_HELD']);
    const foreign = await constitute(w.hoangMaiCongress, 'executiveCommittee', '2025-03-25', [
      [r[0]!, 'chair'],
    ]);
    // Outside scope: the answer an unknown id gets.
    expect(foreign.status).toBe(404);
    const list = await w.asLongBien('GET', `/api/org-units/${w.ids['G-TRUONG']}/committees`);
    expect(list.status).toBe(404);
  });

  it('ends the sitting committee and its offices when the union itself ends (merged into another)', async () => {
    const merged = await w.asLongBien('POST', '/api/org-units/merge', {
      sourceIds: [w.ids['G-NHUA']],
      targetId: w.ids['G-DETMAY'],
      effectiveDate: '2026-06-01',
      reason: 'Sáp nhập công ty',
    });
    expect(merged.status, JSON.stringify(merged.body)).toBe(201);
    const history = await w.asLongBien('GET', `/api/org-units/${w.ids['G-NHUA']}/committees`);
    expect(history.body[0]).toMatchObject({ cycle: '2030-2035', endedOn: '2026-06-01' });
    expect(await officesOf(r[5]!)).toEqual([['chair', '2026-04-15', '2026-06-01']]);
  });
});
