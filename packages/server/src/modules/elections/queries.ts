// Reading elections: one ballot with its candidates (their unit and years of membership on the congress
// date, votes and outcome once counted), and every ballot of a congress, bodies in the order of the form.
import { ELECTED_BODIES, type ElectedBody, type Election } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import { NotFound } from '../../platform/errors.ts';
import { type CongressForWrite, loadCongress } from '../congresses/service.ts';
import { nomineeFacts, yearsToTenth } from './eligibility.ts';

/** A ballot as stored; the presenter adds what the caller may do (`can`). */
export type ElectionRecord = Omit<Election, 'can'>;

interface ElectionRow {
  id: number;
  congress_id: number;
  body: ElectedBody;
  round: number;
  previous_election_id: number | null;
  seats: number;
  status: Election['status'];
  ballots_issued: number | null;
  ballots_collected: number | null;
  invalid_ballots: number | null;
  threshold: number | null;
  unfilled: number | null;
  counted_at: unknown;
  counted_by: string | null;
}

interface CandidateRow {
  id: number;
  election_id: number;
  member_id: number;
  full_name: string;
  votes: number | null;
  outcome: 'elected' | 'tied' | 'notElected' | null;
}

const electionColumns = sql`e.id, e.congress_id, e.body, e.round, e.previous_election_id, e.seats, e.status,
  e.ballots_issued, e.ballots_collected, e.invalid_ballots, e.threshold, e.unfilled,
  e.counted_at, u.username as counted_by`;

export async function congressIdOfElection(tx: Tx, electionId: number): Promise<number> {
  const [row] = await queryRows<{ congress_id: number }>(
    tx,
    sql`select congress_id from elections where id = ${electionId}`,
  );
  if (!row) throw new NotFound('ELECTION_NOT_FOUND');
  return row.congress_id;
}

async function electionsWhere(tx: Tx, congress: CongressForWrite, where: ReturnType<typeof sql>) {
  const rows = await queryRows<ElectionRow>(
    tx,
    sql`select ${electionColumns} from elections e left join users u on u.id = e.counted_by
        where ${where} order by e.id`,
  );
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const candidates = await queryRows<CandidateRow>(
    tx,
    sql`select c.id, c.election_id, c.member_id, m.full_name, c.votes, c.outcome
        from election_candidates c join members m on m.id = c.member_id
        where c.election_id in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})
        order by c.election_id, c.list_order`,
  );
  const memberIds = [...new Set(candidates.map((candidate) => candidate.member_id))];
  const facts = new Map(
    (await nomineeFacts(tx, null, memberIds, congress)).map((fact) => [fact.memberId, fact]),
  );
  return rows.map((row) =>
    toElection(
      row,
      candidates.filter((c) => c.election_id === row.id),
      facts,
      congress,
    ),
  );
}

function toElection(
  row: ElectionRow,
  candidates: CandidateRow[],
  facts: Map<number, Awaited<ReturnType<typeof nomineeFacts>>[number]>,
  congress: CongressForWrite,
): ElectionRecord {
  const byVotes = (outcome: CandidateRow['outcome']) =>
    candidates
      .filter((candidate) => candidate.outcome === outcome)
      .sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0))
      .map((candidate) => candidate.id);
  return {
    id: row.id,
    congressId: row.congress_id,
    body: row.body,
    round: row.round,
    previousElectionId: row.previous_election_id,
    seats: row.seats,
    status: row.status,
    candidates: candidates.map((candidate) => {
      const fact = facts.get(candidate.member_id);
      return {
        id: candidate.id,
        memberId: candidate.member_id,
        fullName: candidate.full_name,
        unitName: fact?.unitName ?? '',
        unionYears: yearsToTenth(fact?.unionSince ?? null, congress.date),
        votes: candidate.votes,
        outcome: candidate.outcome,
      };
    }),
    ballotsIssued: row.ballots_issued,
    ballotsCollected: row.ballots_collected,
    invalidBallots: row.invalid_ballots,
    threshold: row.threshold,
    elected: byVotes('elected'),
    tied: byVotes('tied'),
    unfilled: row.unfilled,
    countedAt: row.counted_at === null ? null : isoTimestamp(row.counted_at),
    countedBy: row.counted_by,
  };
}

/** One election as the API shows it; 404 ELECTION_NOT_FOUND. */
export async function getElection(tx: Tx, electionId: number): Promise<ElectionRecord> {
  const congress = await loadCongress(tx, await congressIdOfElection(tx, electionId), { lock: false });
  const [election] = await electionsWhere(tx, congress, sql`e.id = ${electionId}`);
  if (!election) throw new NotFound('ELECTION_NOT_FOUND');
  return election;
}

/** Every ballot of a congress: bodies in the form's order, rounds in order. */
export async function listElections(tx: Tx, congress: CongressForWrite): Promise<ElectionRecord[]> {
  const elections = await electionsWhere(tx, congress, sql`e.congress_id = ${congress.id}`);
  const order = (body: ElectedBody) => ELECTED_BODIES.indexOf(body);
  return elections.sort((a, b) => order(a.body) - order(b.body) || a.round - b.round || a.id - b.id);
}
