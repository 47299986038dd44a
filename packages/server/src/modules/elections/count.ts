// The paper count of a ballot as the counting board reads it out: checked for consistency (countProblems),
// decided by the Charter's rule (countElection) with the win fraction of the rules table on the congress
// date, and stored on the candidates. A recount replaces the count until a committee is made from it.
import { countElection, countProblems, type ElectedBody, type ElectionCountBody } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { AppError, Conflict, Invalid, RuleViolation } from '../../platform/errors.ts';
import { ruleFraction } from '../../platform/rules.ts';
import { committeesFedBy, lockElection } from './service.ts';

/** 409 once a committee drawn from this body was constituted at the congress: its results are final. */
async function assertNotConstituted(tx: Tx, congressId: number, body: ElectedBody): Promise<void> {
  const fed = committeesFedBy(body);
  if (fed.length === 0) return;
  const [row] = await queryRows<{ id: number }>(
    tx,
    sql`select id from committees where congress_id = ${congressId}
          and body in (${sql.join(
            fed.map((item) => sql`${item}`),
            sql`, `,
          )}) limit 1`,
  );
  if (row) throw new Conflict('ELECTION_COMMITTEE_CONSTITUTED');
}

export async function recordCount(
  tx: Tx,
  actor: Actor,
  electionId: number,
  count: ElectionCountBody,
): Promise<void> {
  const { election, congress } = await lockElection(tx, actor, electionId);
  await assertNotConstituted(tx, congress.id, election.body);
  const [later] = await queryRows<{ id: number }>(
    tx,
    sql`select id from elections where previous_election_id = ${election.id} limit 1`,
  );
  if (later) throw new Conflict('NEXT_ROUND_EXISTS', { id: later.id });

  const candidates = await queryRows<{ id: number; full_name: string; votes: number | null }>(
    tx,
    sql`select c.id, m.full_name, c.votes from election_candidates c join members m on m.id = c.member_id
        where c.election_id = ${election.id} order by c.list_order`,
  );
  const names = new Map(candidates.map((candidate) => [String(candidate.id), candidate.full_name]));
  const unknown = Object.keys(count.votes).find((id) => !names.has(id));
  if (unknown !== undefined) throw new Invalid('COUNT_UNKNOWN_CANDIDATE', { id: unknown });
  const missing = candidates.filter((candidate) => count.votes[String(candidate.id)] === undefined);
  if (missing.length > 0) {
    throw new RuleViolation('COUNT_VOTES_MISSING', { names: missing.map((c) => c.full_name).join(', ') });
  }

  const figures = {
    seats: election.seats,
    ballotsIssued: count.ballotsIssued,
    ballotsCollected: count.ballotsCollected,
    invalidBallots: count.invalidBallots,
    votes: count.votes,
  };
  const problems = countProblems(figures);
  if (problems.length > 0) {
    const details = problems.map((problem) => ({
      message: `countProblem.${problem.code}`,
      ...problem,
      ...('candidateId' in problem ? { name: names.get(problem.candidateId) ?? '' } : {}),
    }));
    throw new AppError(422, 'COUNT_INCONSISTENT', { count: problems.length }, details);
  }

  const fraction = await ruleFraction(tx, 'election.winThreshold', congress.date);
  const result = countElection(figures, fraction.numerator / fraction.denominator);
  const outcomes = new Map<string, 'elected' | 'tied'>([
    ...result.elected.map((id) => [id, 'elected'] as const),
    ...result.tied.map((id) => [id, 'tied'] as const),
  ]);
  await tx.execute(
    sql`update elections set status = 'counted', ballots_issued = ${count.ballotsIssued},
          ballots_collected = ${count.ballotsCollected}, invalid_ballots = ${count.invalidBallots},
          threshold = ${result.threshold}, unfilled = ${result.unfilled}, counted_at = now(),
          counted_by = ${actor.id}
        where id = ${election.id}`,
  );
  for (const candidate of candidates) {
    const id = String(candidate.id);
    await tx.execute(
      sql`update election_candidates set votes = ${count.votes[id] ?? 0},
            outcome = ${outcomes.get(id) ?? 'notElected'}
          where id = ${candidate.id}`,
    );
  }
  const recount = election.status === 'counted';
  await recordAudit(tx, actor, {
    action: recount ? 'recount' : 'count',
    entity: 'election',
    entityId: election.id,
    unitId: congress.unitId,
    before: recount
      ? {
          ballotsIssued: election.ballotsIssued,
          ballotsCollected: election.ballotsCollected,
          invalidBallots: election.invalidBallots,
          threshold: election.threshold,
          unfilled: election.unfilled,
          votes: Object.fromEntries(candidates.map((candidate) => [candidate.id, candidate.votes])),
        }
      : undefined,
    after: { ...count, fraction, ...result },
  });
}
