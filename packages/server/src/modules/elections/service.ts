// Elections at a congress: a ballot for one body with its seats (within the seat rules) and its eligible
// nominees, and further rounds for the seats a round left unfilled. Each write locks the congress through
// the congresses module (scope checked there), runs in the caller's transaction and is audited.
import type { COMMITTEE_BODIES, CreateElectionBody, ElectedBody, NextRoundBody } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { electionCandidates, elections } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { Conflict, Invalid, NotFound, RuleViolation } from '../../platform/errors.ts';
import { type CongressForWrite, loadCongressForWrite } from '../congresses/service.ts';
import { assertEligible } from './eligibility.ts';
import { assertSeatsInRange } from './seats.ts';

export type CommitteeBody = (typeof COMMITTEE_BODIES)[number];

export interface LockedElection {
  id: number;
  congressId: number;
  body: ElectedBody;
  round: number;
  seats: number;
  status: 'nominating' | 'counted';
  ballotsIssued: number | null;
  ballotsCollected: number | null;
  invalidBallots: number | null;
  threshold: number | null;
  unfilled: number | null;
}

/** The election row locked for a change, and its congress locked for the actor's write (scope there). */
export async function lockElection(
  tx: Tx,
  actor: Actor,
  electionId: number,
): Promise<{ election: LockedElection; congress: CongressForWrite }> {
  const [row] = await queryRows<{ congress_id: number }>(
    tx,
    sql`select congress_id from elections where id = ${electionId}`,
  );
  if (!row) throw new NotFound('ELECTION_NOT_FOUND');
  // The congress first, then the election: every write of the congress takes its locks in that order.
  const congress = await loadCongressForWrite(tx, actor, row.congress_id);
  const [election] = await queryRows<LockedElection>(
    tx,
    sql`select id, congress_id as "congressId", body, round, seats, status, ballots_issued as "ballotsIssued",
          ballots_collected as "ballotsCollected", invalid_ballots as "invalidBallots", threshold, unfilled
        from elections where id = ${electionId} for update`,
  );
  if (!election) throw new NotFound('ELECTION_NOT_FOUND');
  return { election, congress };
}

export function assertNoRepeats(memberIds: number[], code: 'CANDIDATE_TWICE' | 'COMMITTEE_MEMBER_TWICE') {
  const seen = new Set<number>();
  for (const id of memberIds) {
    if (seen.has(id)) throw new Invalid(code, { memberId: id });
    seen.add(id);
  }
}

/** Members elected to any of `bodies` at the congress, in any round, with their names. */
export async function electedMembers(
  tx: Tx,
  congressId: number,
  bodies: readonly ElectedBody[],
): Promise<Map<number, { name: string; body: ElectedBody }>> {
  if (bodies.length === 0) return new Map();
  const rows = await queryRows<{ member_id: number; full_name: string; body: ElectedBody }>(
    tx,
    sql`select c.member_id, m.full_name, e.body
        from elections e join election_candidates c on c.election_id = e.id
        join members m on m.id = c.member_id
        where e.congress_id = ${congressId} and c.outcome = 'elected'
          and e.body in (${sql.join(
            bodies.map((body) => sql`${body}`),
            sql`, `,
          )})
        order by e.round, c.votes desc`,
  );
  return new Map(rows.map((row) => [row.member_id, { name: row.full_name, body: row.body }]));
}

/** The bodies whose elections a committee of this body is drawn from (positions included). */
export const COMMITTEE_SOURCES: Record<CommitteeBody, readonly ElectedBody[]> = {
  executiveCommittee: ['executiveCommittee', 'chair', 'viceChair'],
  standingCommittee: ['standingCommittee', 'executiveCommittee', 'chair', 'viceChair'],
  inspectionCommittee: ['inspectionCommittee', 'executiveCommittee'],
};

/** The committees drawn from a body's ballots: once one of them is constituted, those results are final. */
export function committeesFedBy(body: ElectedBody): CommitteeBody[] {
  return (Object.keys(COMMITTEE_SOURCES) as CommitteeBody[]).filter((committee) =>
    COMMITTEE_SOURCES[committee].includes(body),
  );
}

async function insertElection(
  tx: Tx,
  values: {
    congressId: number;
    body: ElectedBody;
    round: number;
    previousElectionId: number | null;
    seats: number;
  },
  memberIds: number[],
): Promise<number> {
  const [election] = await tx
    .insert(elections)
    .values({ ...values, status: 'nominating' })
    .returning({ id: elections.id });
  if (!election) throw new Error('election not created');
  await tx
    .insert(electionCandidates)
    .values(
      memberIds.map((memberId, index) => ({ electionId: election.id, memberId, listOrder: index + 1 })),
    );
  return election.id;
}

/** A ballot for one body at the congress: seats within the rules, every nominee eligible (422 otherwise). */
export async function createElection(
  tx: Tx,
  actor: Actor,
  congressId: number,
  body: CreateElectionBody,
): Promise<number> {
  const congress = await loadCongressForWrite(tx, actor, congressId);
  assertNoRepeats(body.candidateMemberIds, 'CANDIDATE_TWICE');
  const [existing] = await queryRows<{ id: number }>(
    tx,
    sql`select id from elections where congress_id = ${congress.id} and body = ${body.body} limit 1`,
  );
  if (existing) throw new Conflict('ELECTION_EXISTS', { id: existing.id });
  await assertSeatsInRange(tx, congress, body.body, body.seats);
  await assertEligible(tx, actor, body.candidateMemberIds, body.body, {
    unitId: congress.unitId,
    unitName: congress.unit.name,
    date: congress.date,
  });
  const values = {
    congressId: congress.id,
    body: body.body,
    round: 1,
    previousElectionId: null,
    seats: body.seats,
  };
  const id = await insertElection(tx, values, body.candidateMemberIds);
  await recordAudit(tx, actor, {
    action: 'create',
    entity: 'election',
    entityId: id,
    unitId: congress.unitId,
    after: { ...values, candidateMemberIds: body.candidateMemberIds },
  });
  return id;
}

/**
 * A further round for the seats the last round left: by default the seats unfilled, among those tied (or,
 * with no tie, those not elected). 422 NO_FURTHER_ROUND when nothing is left to elect.
 */
export async function nextRound(
  tx: Tx,
  actor: Actor,
  electionId: number,
  body: NextRoundBody,
): Promise<number> {
  const { election, congress } = await lockElection(tx, actor, electionId);
  if (election.status !== 'counted') throw new Conflict('ELECTION_NOT_COUNTED');
  const [later] = await queryRows<{ id: number }>(
    tx,
    sql`select id from elections where previous_election_id = ${election.id} limit 1`,
  );
  if (later) throw new Conflict('NEXT_ROUND_EXISTS', { id: later.id });
  const left = election.unfilled ?? 0;
  if (left === 0) throw new RuleViolation('NO_FURTHER_ROUND');
  const seats = body.seats ?? left;
  if (seats > left) throw new RuleViolation('SEATS_OUT_OF_RANGE', { seats, min: 1, max: left });

  const last = await queryRows<{ member_id: number; outcome: string }>(
    tx,
    sql`select member_id, outcome from election_candidates where election_id = ${election.id}
        order by votes desc, list_order`,
  );
  const tied = last.filter((row) => row.outcome === 'tied').map((row) => row.member_id);
  const notElected = last.filter((row) => row.outcome === 'notElected').map((row) => row.member_id);
  const memberIds = body.candidateMemberIds ?? (tied.length > 0 ? tied : notElected);
  if (memberIds.length === 0) throw new RuleViolation('NO_FURTHER_ROUND');
  assertNoRepeats(memberIds, 'CANDIDATE_TWICE');

  const elected = await electedMembers(tx, congress.id, [election.body]);
  const again = memberIds.filter((id) => elected.has(id)).map((id) => elected.get(id)?.name ?? `#${id}`);
  if (again.length > 0) throw new RuleViolation('CANDIDATE_ALREADY_ELECTED', { names: again.join(', ') });
  await assertEligible(tx, actor, memberIds, election.body, {
    unitId: congress.unitId,
    unitName: congress.unit.name,
    date: congress.date,
  });
  const values = {
    congressId: congress.id,
    body: election.body,
    round: election.round + 1,
    previousElectionId: election.id,
    seats,
  };
  const id = await insertElection(tx, values, memberIds);
  await recordAudit(tx, actor, {
    action: 'nextRound',
    entity: 'election',
    entityId: id,
    unitId: congress.unitId,
    after: { ...values, candidateMemberIds: memberIds },
  });
  return id;
}
