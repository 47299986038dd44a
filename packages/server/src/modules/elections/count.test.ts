// The paper count over HTTP: the Charter's rule (more than half of the ballots collected, invalid ballots
// counting; ties at the last seat; unfilled seats), further rounds among the tied, recounts, and every
// inconsistent count refused with nothing saved. The win fraction comes from the rules table.
import type { Election } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { buildElectionWorld, type ElectionWorld, insertCongress } from './test-congress.ts';

interface Figures {
  issued: number;
  collected: number;
  invalid: number;
}

describe('counting an election', () => {
  let ctx: TestContext;
  let w: ElectionWorld;
  let cycles = 0;

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildElectionWorld(ctx);
  });
  afterAll(() => ctx.close());

  /** An executive-committee ballot of `candidates` long-standing members at a congress of its own. */
  async function ballot(seats: number, candidates: number, heldOn?: string): Promise<Election> {
    cycles += 1;
    const cycle = `${2100 + cycles * 5}-${2105 + cycles * 5}`;
    const congressId = await ctx.database.db.transaction((tx) =>
      insertCongress(tx, { unitId: w.ids['G-NHUA']!, cycle, ...(heldOn ? { heldOn } : {}) }),
    );
    const { status, body } = await w.asLongBien('POST', `/api/congresses/${congressId}/elections`, {
      body: 'executiveCommittee',
      seats,
      candidateMemberIds: w.people.regulars.slice(0, candidates),
    });
    expect(status, JSON.stringify(body)).toBe(201);
    return body;
  }

  const count = (election: Election, figures: Figures, votes: number[]) =>
    w.asLongBien('POST', `/api/elections/${election.id}/count`, {
      ballotsIssued: figures.issued,
      ballotsCollected: figures.collected,
      invalidBallots: figures.invalid,
      votes: Object.fromEntries(election.candidates.map((candidate, index) => [candidate.id, votes[index]])),
    });
  /** Candidate positions on the list, for reading results: [0, 2] = the first and the third. */
  const positions = (election: Election, ids: number[]) =>
    ids.map((id) => election.candidates.findIndex((candidate) => candidate.id === id));

  it.each([
    {
      name: 'the worked example: 18 collected, 2 invalid, a winner needs 10',
      seats: 3,
      figures: { issued: 20, collected: 18, invalid: 2 },
      votes: [15, 12, 10, 9, 2],
      threshold: 10,
      elected: [0, 1, 2],
      tied: [],
      unfilled: 0,
    },
    {
      name: 'exactly half of the ballots collected is not elected',
      seats: 3,
      figures: { issued: 18, collected: 18, invalid: 0 },
      votes: [18, 9, 9],
      threshold: 10,
      elected: [0],
      tied: [],
      unfilled: 2,
    },
    {
      name: 'invalid ballots count in the denominator: 9 of 14 valid is not more than half of 18',
      seats: 3,
      figures: { issued: 18, collected: 18, invalid: 4 },
      votes: [14, 10, 9],
      threshold: 10,
      elected: [0, 1],
      tied: [],
      unfilled: 1,
    },
    {
      name: 'seats fill from the most votes down',
      seats: 3,
      figures: { issued: 18, collected: 18, invalid: 0 },
      votes: [11, 16, 12, 13],
      threshold: 10,
      elected: [1, 3, 2],
      tied: [],
      unfilled: 0,
    },
    {
      name: 'a tie for the last seat elects those above it and flags the tied',
      seats: 3,
      figures: { issued: 18, collected: 18, invalid: 0 },
      votes: [16, 14, 12, 12],
      threshold: 10,
      elected: [0, 1],
      tied: [2, 3],
      unfilled: 1,
    },
    {
      name: 'a tie reaching inside the last seats leaves them all to a new round',
      seats: 3,
      figures: { issued: 18, collected: 18, invalid: 0 },
      votes: [16, 12, 12, 12],
      threshold: 10,
      elected: [0],
      tied: [1, 2, 3],
      unfilled: 2,
    },
    {
      name: 'too few above half leaves seats unfilled',
      seats: 3,
      figures: { issued: 18, collected: 18, invalid: 0 },
      votes: [12, 8, 7, 5],
      threshold: 10,
      elected: [0],
      tied: [],
      unfilled: 2,
    },
  ])('$name', async (c) => {
    const election = await ballot(c.seats, c.votes.length);
    const { status, body } = await count(election, c.figures, c.votes);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      status: 'counted',
      threshold: c.threshold,
      unfilled: c.unfilled,
      ballotsCollected: c.figures.collected,
      invalidBallots: c.figures.invalid,
      countedBy: 'longbien',
    });
    expect(positions(body, body.elected)).toEqual(c.elected);
    expect([...positions(body, body.tied)].sort()).toEqual(c.tied);
    expect(body.candidates.map((candidate: { votes: number }) => candidate.votes)).toEqual(c.votes);
    const outcomes = body.candidates.map((_: unknown, index: number) =>
      c.elected.includes(index) ? 'elected' : (c.tied as number[]).includes(index) ? 'tied' : 'notElected',
    );
    expect(body.candidates.map((candidate: { outcome: string }) => candidate.outcome)).toEqual(outcomes);
  });

  it('fills a tied last seat in a second round among the tied', async () => {
    const first = await ballot(3, 4);
    const counted = (await count(first, { issued: 18, collected: 18, invalid: 0 }, [16, 14, 12, 12])).body;
    const tiedMembers = counted.candidates
      .slice(2)
      .map((candidate: { memberId: number }) => candidate.memberId);

    const round = await w.asLongBien('POST', `/api/elections/${first.id}/rounds`, {});
    expect(round.status).toBe(201);
    const second: Election = round.body;
    expect(second).toMatchObject({ round: 2, previousElectionId: first.id, seats: 1, status: 'nominating' });
    expect(second.candidates.map((candidate) => candidate.memberId)).toEqual(tiedMembers);

    const result = await count(second, { issued: 18, collected: 18, invalid: 1 }, [11, 6]);
    expect(result.status).toBe(200);
    expect(positions(result.body, result.body.elected)).toEqual([0]);
    expect(result.body).toMatchObject({ unfilled: 0, tied: [], threshold: 10 });

    const list = await w.asLongBien('GET', `/api/congresses/${first.congressId}/elections`);
    expect(list.body.map((election: Election) => [election.body, election.round])).toEqual([
      ['executiveCommittee', 1],
      ['executiveCommittee', 2],
    ]);
    // The first round's result is what the second round was drawn from: it stays as it is.
    const recount = await count(first, { issued: 18, collected: 18, invalid: 0 }, [16, 14, 13, 11]);
    expect([recount.status, recount.body.error.code]).toEqual([409, 'NEXT_ROUND_EXISTS']);
    const again = await w.asLongBien('POST', `/api/elections/${second.id}/rounds`, {});
    expect([again.status, again.body.error.code]).toEqual([422, 'NO_FURTHER_ROUND']);
  });

  it('offers the unfilled seats to those not elected when nobody tied, and never to the elected', async () => {
    const first = await ballot(3, 4);
    const counted = (await count(first, { issued: 18, collected: 18, invalid: 0 }, [12, 8, 7, 5])).body;
    const elected = counted.candidates[0].memberId;
    const refused = await w.asLongBien('POST', `/api/elections/${first.id}/rounds`, {
      candidateMemberIds: [elected, counted.candidates[1].memberId],
    });
    expect([refused.status, refused.body.error.code]).toEqual([422, 'CANDIDATE_ALREADY_ELECTED']);
    const tooMany = await w.asLongBien('POST', `/api/elections/${first.id}/rounds`, { seats: 3 });
    expect([tooMany.status, tooMany.body.error.code]).toEqual([422, 'SEATS_OUT_OF_RANGE']);
    const round = await w.asLongBien('POST', `/api/elections/${first.id}/rounds`, {});
    expect(round.status).toBe(201);
    expect(round.body.seats).toBe(2);
    expect(round.body.candidates.map((candidate: { memberId: number }) => candidate.memberId)).toEqual(
      counted.candidates.slice(1).map((candidate: { memberId: number }) => candidate.memberId),
    );
  });

  it('refuses a round before the count', async () => {
    const election = await ballot(3, 3);
    const response = await w.asLongBien('POST', `/api/elections/${election.id}/rounds`, {});
    expect([response.status, response.body.error.code]).toEqual([409, 'ELECTION_NOT_COUNTED']);
  });

  it.each([
    {
      code: 'COUNT_COLLECTED_OVER_ISSUED',
      figures: { issued: 17, collected: 18, invalid: 0 },
      votes: [10, 10, 10, 5],
    },
    {
      code: 'COUNT_INVALID_OVER_COLLECTED',
      figures: { issued: 18, collected: 18, invalid: 19 },
      votes: [0, 0, 0, 0],
    },
    {
      code: 'COUNT_CANDIDATE_OVER_VALID',
      figures: { issued: 18, collected: 18, invalid: 2 },
      votes: [17, 3, 3, 3],
    },
    {
      code: 'COUNT_MARKS_OVER_BALLOTS',
      figures: { issued: 18, collected: 18, invalid: 0 },
      votes: [18, 18, 18, 1],
    },
  ])('refuses an inconsistent count ($code) and saves nothing', async ({ code, figures, votes }) => {
    const election = await ballot(3, 4);
    const audits = await auditCount(election.id);
    const { status, body } = await count(election, figures, votes);
    expect(status).toBe(422);
    expect(body.error.code).toBe('COUNT_INCONSISTENT');
    expect(body.error.details.map((detail: { code: string }) => detail.code)).toEqual([code]);
    expect(body.error.details[0].message).not.toBe(code);
    const after = await w.asLongBien('GET', `/api/elections/${election.id}`);
    expect(after.body).toMatchObject({
      status: 'nominating',
      ballotsCollected: null,
      threshold: null,
      elected: [],
    });
    expect(after.body.candidates.every((candidate: { votes: null }) => candidate.votes === null)).toBe(true);
    expect(await auditCount(election.id)).toBe(audits);
  });

  it('names the candidate whose votes exceed the valid ballots', async () => {
    const election = await ballot(3, 4);
    const { body } = await count(election, { issued: 18, collected: 18, invalid: 2 }, [17, 3, 3, 3]);
    expect(body.error.details[0]).toMatchObject({ votes: 17, valid: 16, name: 'Nguyễn Văn An' });
    expect(body.error.details[0].message).toBe(
      'Nguyễn Văn An has 17 votes, more than the valid ballots (16).',
    );
  });

  it('needs a figure for every candidate on the list and for no one else', async () => {
    const election = await ballot(3, 3);
    const missing = await w.asLongBien('POST', `/api/elections/${election.id}/count`, {
      ballotsIssued: 18,
      ballotsCollected: 18,
      invalidBallots: 0,
      votes: { [election.candidates[0]!.id]: 12 },
    });
    expect([missing.status, missing.body.error.code]).toEqual([422, 'COUNT_VOTES_MISSING']);
    expect(missing.body.error.message).toContain('Trần Thị Bình');
    const stranger = await w.asLongBien('POST', `/api/elections/${election.id}/count`, {
      ballotsIssued: 18,
      ballotsCollected: 18,
      invalidBallots: 0,
      votes: { ...Object.fromEntries(election.candidates.map((candidate) => [candidate.id, 1])), 999999: 3 },
    });
    expect([stranger.status, stranger.body.error.code]).toEqual([400, 'COUNT_UNKNOWN_CANDIDATE']);
  });

  it('replaces the count on a recount, keeping the first in the audit log', async () => {
    const election = await ballot(3, 4);
    await count(election, { issued: 18, collected: 18, invalid: 0 }, [16, 14, 12, 12]);
    const recount = await count(election, { issued: 18, collected: 18, invalid: 0 }, [16, 14, 13, 11]);
    expect(recount.status).toBe(200);
    expect(positions(recount.body, recount.body.elected)).toEqual([0, 1, 2]);
    expect(recount.body.tied).toEqual([]);
    const rows = await queryRows<{ action: string; before: { votes: Record<string, number> } | null }>(
      ctx.database.db,
      sql`select action, before from audit_log where entity = 'election' and entity_id = ${String(election.id)}
          order by id`,
    );
    expect(rows.map((row) => row.action)).toEqual(['create', 'count', 'recount']);
    expect(Object.values(rows[2]!.before!.votes)).toEqual([16, 14, 12, 12]);
  });

  it('refuses a viewer', async () => {
    const election = await ballot(3, 3);
    const response = await w.asViewer('POST', `/api/elections/${election.id}/count`, {
      ballotsIssued: 18,
      ballotsCollected: 18,
      invalidBallots: 0,
      votes: Object.fromEntries(election.candidates.map((candidate) => [candidate.id, 10])),
    });
    expect([response.status, response.body.error.code]).toEqual([403, 'ROLE_FORBIDDEN']);
  });

  it('takes the win fraction from the rules table on the congress date', async () => {
    const rule = await w.asAdmin('POST', '/api/rules', {
      key: 'election.winThreshold',
      value: { numerator: 2, denominator: 3 },
      validFrom: '2026-01-01',
      source: 'Thử nghiệm: quá hai phần ba',
    });
    expect(rule.status).toBe(201);
    const before = await ballot(3, 4);
    const after = await ballot(3, 4, '2026-06-01');
    // 12 of 18 is more than half but not more than two thirds.
    const old = await count(before, { issued: 18, collected: 18, invalid: 0 }, [12, 12, 12, 6]);
    expect(old.body).toMatchObject({ threshold: 10, unfilled: 0 });
    const stricter = await count(after, { issued: 18, collected: 18, invalid: 0 }, [12, 12, 12, 6]);
    expect(stricter.body).toMatchObject({ threshold: 13, elected: [], unfilled: 3 });
  });

  async function auditCount(electionId: number): Promise<number> {
    const [row] = await queryRows<{ count: number }>(
      ctx.database.db,
      sql`select count(*)::int as count from audit_log where entity = 'election' and entity_id = ${String(electionId)}`,
    );
    return row?.count ?? 0;
  }
});
