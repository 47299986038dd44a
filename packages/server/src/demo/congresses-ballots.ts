// One ballot of a demo congress, counted as a counting board would count it: every valid paper marks at most
// as many names as there are seats, the tally goes through countProblems and countElection (the Charter's
// rule, with the win fraction of the rules table), and seats a round leaves — a tie for the last seat, or
// too few above half — go to a further round among the tied (or those not elected), as nextRound does.
import { countElection, countProblems, type ElectedBody, type Fraction } from '@congdoan/domain';
import type { Random } from './random.ts';

export interface BallotCandidate {
  /** election_candidates.id: the key of the count */
  id: number;
  memberId: number;
  listOrder: number;
  votes: number;
  outcome: 'elected' | 'tied' | 'notElected';
}

export interface CountedElection {
  id: number;
  body: ElectedBody;
  round: number;
  previousElectionId: number | null;
  seats: number;
  ballotsIssued: number;
  ballotsCollected: number;
  invalidBallots: number;
  threshold: number;
  unfilled: number;
  candidates: BallotCandidate[];
}

export interface BallotRequest {
  body: ElectedBody;
  seats: number;
  /** members on the ballot list, in its order */
  memberIds: number[];
  /** the members the congress favours: they poll well, the others less so */
  favourites: Set<number>;
  ballotsIssued: number;
}

type NextId = (table: 'elections' | 'election_candidates') => number;

/**
 * Votes of one round: each paper keeps the names its voter likes, struck down to the seats. A paper with
 * every name struck on a list of several is invalid (RULES.md §2); the count of those is returned too.
 */
function tally(random: Random, popularity: number[], seats: number, papers: number) {
  const votes = popularity.map(() => 0);
  const marked: number[] = [];
  let blank = 0;
  for (let paper = 0; paper < papers; paper++) {
    marked.length = 0;
    popularity.forEach((p, index) => {
      if (random.next() < p) marked.push(index);
    });
    while (marked.length > seats) marked.splice(random.int(0, marked.length - 1), 1);
    if (marked.length === 0 && popularity.length > 1) blank += 1;
    for (const index of marked) votes[index]! += 1;
  }
  return { votes, blank };
}

function countRound(
  random: Random,
  fraction: Fraction,
  request: BallotRequest,
  ids: { election: number; candidates: number[] },
  previous: CountedElection | null,
): CountedElection {
  const issued = request.ballotsIssued;
  const collected = issued - (issued > 60 && random.next() < 0.3 ? random.int(1, 2) : 0);
  const spoilt = random.next() < 0.5 ? 0 : random.int(0, Math.floor(collected * 0.02));
  const popularity = request.memberIds.map((id) =>
    request.favourites.has(id) ? 0.72 + random.next() * 0.26 : 0.22 + random.next() * 0.33,
  );
  const { votes, blank } = tally(random, popularity, request.seats, collected - spoilt);
  const invalid = spoilt + blank;
  const candidates = request.memberIds.map((memberId, index) => ({
    id: ids.candidates[index]!,
    memberId,
    listOrder: index + 1,
    votes: votes[index]!,
    outcome: 'notElected' as BallotCandidate['outcome'],
  }));
  const count = {
    seats: request.seats,
    ballotsIssued: issued,
    ballotsCollected: collected,
    invalidBallots: invalid,
    votes: Object.fromEntries(candidates.map((candidate) => [String(candidate.id), candidate.votes])),
  };
  const problems = countProblems(count);
  if (problems.length > 0) throw new Error(`demo ballot inconsistent: ${JSON.stringify(problems)}`);
  const result = countElection(count, fraction.numerator / fraction.denominator);
  for (const candidate of candidates) {
    if (result.elected.includes(String(candidate.id))) candidate.outcome = 'elected';
    else if (result.tied.includes(String(candidate.id))) candidate.outcome = 'tied';
  }
  return {
    id: ids.election,
    body: request.body,
    round: (previous?.round ?? 0) + 1,
    previousElectionId: previous?.id ?? null,
    seats: request.seats,
    ballotsIssued: issued,
    ballotsCollected: collected,
    invalidBallots: invalid,
    threshold: result.threshold,
    unfilled: result.unfilled,
    candidates,
  };
}

const MAX_ROUNDS = 3;

/**
 * The rounds of one ballot. A first round that leaves seats is drawn once more (such rounds are the
 * exception, not the rule); what remains goes to further rounds, at most three in all.
 */
export function holdBallot(
  random: Random,
  fraction: Fraction,
  request: BallotRequest,
  nextId: NextId,
): CountedElection[] {
  const idsFor = (members: number) => ({
    election: nextId('elections'),
    candidates: Array.from({ length: members }, () => nextId('election_candidates')),
  });
  const firstIds = idsFor(request.memberIds.length);
  let first = countRound(random, fraction, request, firstIds, null);
  for (let retry = 0; retry < 1 && first.unfilled > 0; retry++) {
    first = countRound(random, fraction, request, firstIds, null);
  }
  const rounds = [first];
  for (let last = first; last.unfilled > 0 && last.round < MAX_ROUNDS; ) {
    const tied = last.candidates.filter((candidate) => candidate.outcome === 'tied');
    const pool = tied.length > 0 ? tied : last.candidates.filter((c) => c.outcome === 'notElected');
    if (pool.length === 0) break;
    const ranked = [...pool].sort((a, b) => b.votes - a.votes || random.next() - 0.5);
    const favourites = new Set(ranked.slice(0, last.unfilled).map((candidate) => candidate.memberId));
    const next = countRound(
      random,
      fraction,
      {
        ...request,
        seats: last.unfilled,
        memberIds: pool.map((candidate) => candidate.memberId),
        favourites,
      },
      idsFor(pool.length),
      last,
    );
    rounds.push(next);
    last = next;
  }
  return rounds;
}

/** Members elected in any round, the most votes of their round first, earlier rounds first. */
export function electedOf(rounds: CountedElection[]): number[] {
  return rounds.flatMap((round) =>
    round.candidates
      .filter((candidate) => candidate.outcome === 'elected')
      .sort((a, b) => b.votes - a.votes)
      .map((candidate) => candidate.memberId),
  );
}
