// Who may stand, judged on the congress date from the membership periods: each problem a nominee can have,
// reported together in one refusal that saves nothing; and the eligible list accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, signIn, type TestContext } from '../../test/context.ts';
import { wholeYears } from './eligibility.ts';
import { buildElectionWorld, type ElectionWorld } from './test-congress.ts';

describe('years of membership', () => {
  it.each([
    ['2022-03-20', '2025-03-20', 3],
    ['2022-03-21', '2025-03-20', 2],
    ['2024-03-20', '2025-03-20', 1],
    ['2024-09-01', '2025-03-20', 0],
  ])('from %s to %s: %i whole years', (from, to, years) => {
    expect(wholeYears(from, to)).toBe(years);
  });
});

describe('candidate eligibility', () => {
  let ctx: TestContext;
  let w: ElectionWorld;
  const nominate = (
    as: ElectionWorld['asAdmin'],
    body: string,
    seats: number,
    candidateMemberIds: number[],
  ) => as('POST', `/api/congresses/${w.congress}/elections`, { body, seats, candidateMemberIds });
  const problemsOf = (details: { memberId: number; problem: string }[]) =>
    details.map((detail) => [detail.memberId, detail.problem]);

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildElectionWorld(ctx);
  });
  afterAll(() => ctx.close());

  it('names every failing nominee and problem, and saves nothing', async () => {
    const p = w.people;
    const { status, body } = await nominate(w.asAdmin, 'executiveCommittee', 3, [
      p.regulars[0]!,
      p.leaver,
      p.lateJoiner,
      p.outsider,
      p.foreign,
      p.newcomer,
      p.returned,
      p.transferred,
      p.youngChair,
    ]);
    expect(status).toBe(422);
    expect(body.error.code).toBe('CANDIDATE_NOT_ELIGIBLE');
    expect(problemsOf(body.error.details)).toEqual([
      [p.leaver, 'notActiveMember'],
      [p.lateJoiner, 'notActiveMember'],
      [p.outsider, 'notInUnit'],
      [p.foreign, 'foreignMember'],
      // joined in September 2024: five months by the congress
      [p.newcomer, 'committeeMemberYears'],
      // left in June 2024 and readmitted in October: continuous only since then, whatever came before
      [p.returned, 'committeeMemberYears'],
    ]);
    const outsider = body.error.details.find(
      (detail: { memberId: number }) => detail.memberId === p.outsider,
    );
    expect(outsider).toMatchObject({ name: 'Phan Văn Ngoài', path: 'candidateMemberIds.3' });
    expect(outsider.message).toContain('Phan Văn Ngoài');
    const newcomer = body.error.details.find(
      (detail: { memberId: number }) => detail.memberId === p.newcomer,
    );
    expect(newcomer.message).toBe(
      'Châu Văn Mới has 0.5 years of continuous membership; a nominee needs at least 1',
    );
    expect(body.error.message).toContain('Lý Văn Rời');
    const list = await w.asAdmin('GET', `/api/congresses/${w.congress}/elections`);
    expect(list.body).toEqual([]);
  });

  it('asks three years of union membership of a chair nominee, counted from joining the union', async () => {
    const p = w.people;
    const { status, body } = await nominate(w.asAdmin, 'chair', 1, [
      p.youngChair,
      p.returned,
      p.regulars[0]!,
    ]);
    expect(status).toBe(422);
    // the readmitted member joined in 2012: their union years count from then, though their last period is new
    expect(problemsOf(body.error.details)).toEqual([[p.youngChair, 'chairUnionYears']]);
    expect(body.error.details[0].message).toContain('2.1 years of union membership');
  });

  it('tells in Vietnamese when asked in Vietnamese', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/congresses/${w.congress}/elections`,
      headers: { cookie: (await signIn(ctx, 'admin')).cookie, 'accept-language': 'vi' },
      payload: { body: 'chair', seats: 1, candidateMemberIds: [w.people.foreign] },
    });
    expect(response.json().error.details[0].message).toBe(
      'Kim Min Jun là đoàn viên người nước ngoài, không được ứng cử vào cơ quan, chức danh công đoàn',
    );
  });

  it('does not tell a Long Biên officer the name of a member outside Long Biên', async () => {
    const { body } = await nominate(w.asLongBien, 'executiveCommittee', 3, [
      ...w.people.regulars.slice(0, 3),
      w.people.outsider,
      987_654,
    ]);
    expect(body.error.details).toEqual([
      expect.objectContaining({
        memberId: w.people.outsider,
        name: `#${w.people.outsider}`,
        problem: 'notInUnit',
      }),
      // An id of no member reads exactly like one outside scope: nothing tells which ids exist.
      expect.objectContaining({ memberId: 987_654, name: '#987654', problem: 'notInUnit' }),
    ]);
    expect(JSON.stringify(body)).not.toContain('Phan Văn Ngoài');
  });

  it('accepts an eligible list, transferred members keeping their years', async () => {
    const p = w.people;
    const list = [p.regulars[0]!, p.regulars[1]!, p.transferred, p.youngChair];
    const { status, body } = await nominate(w.asLongBien, 'executiveCommittee', 3, list);
    expect(status).toBe(201);
    expect(body.candidates.map((candidate: { memberId: number }) => candidate.memberId)).toEqual(list);
    expect(body.candidates[0]).toMatchObject({
      fullName: 'Nguyễn Văn An',
      unitName: 'Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên',
      // joined 1/5/2010, congress 20/3/2025
      unionYears: 14.8,
      votes: null,
      outcome: null,
    });
    expect(body.candidates[2]).toMatchObject({ fullName: 'Tạ Văn Chuyển', unionYears: 8.9 });
  });

  it('refuses a second ballot for the same body and a nominee listed twice', async () => {
    const again = await nominate(w.asLongBien, 'executiveCommittee', 3, w.people.regulars.slice(0, 4));
    expect([again.status, again.body.error.code]).toEqual([409, 'ELECTION_EXISTS']);
    const twice = await nominate(w.asLongBien, 'higherCongressDelegates', 1, [
      w.people.regulars[0]!,
      w.people.regulars[0]!,
    ]);
    expect([twice.status, twice.body.error.code]).toEqual([400, 'CANDIDATE_TWICE']);
  });
});
