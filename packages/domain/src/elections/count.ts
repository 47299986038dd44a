// The Charter's rule for who is elected (RULES.md §2): a candidate needs more than a fraction (one half) of
// the ballots collected, invalid ballots included; seats fill from the most votes down; candidates tied for
// the last seats are not elected but flagged for a new round among them; seats nobody filled are reported.

export interface ElectionCount {
  /** the number of seats to fill */
  seats: number;
  /** ballots collected (thu về), valid and invalid */
  ballotsCollected: number;
  /** invalid ballots among those collected; they count in the denominator */
  invalidBallots: number;
  /** candidate id → votes */
  votes: Record<string, number>;
}

export interface ElectionResult {
  /** the fewest votes that win */
  threshold: number;
  /** ids elected, most votes first */
  elected: string[];
  /** ids tied for the last seats, above the threshold but not elected: a new round among them */
  tied: string[];
  /** seats left to fill */
  unfilled: number;
}

/** The fewest whole votes strictly above `fraction` of the ballots collected (18 collected → 10). */
export function winningThreshold(ballotsCollected: number, fraction = 0.5): number {
  // Rounding noise of a fraction such as 2/3 must not push an exact product up or down a vote.
  return Math.floor(ballotsCollected * fraction + 1e-9) + 1;
}

export function countElection(count: ElectionCount, fraction = 0.5): ElectionResult {
  const threshold = winningThreshold(count.ballotsCollected, fraction);
  const passed = Object.entries(count.votes)
    .filter(([, votes]) => votes >= threshold)
    .sort(([, a], [, b]) => b - a);
  if (passed.length <= count.seats) {
    return { threshold, elected: passed.map(([id]) => id), tied: [], unfilled: count.seats - passed.length };
  }
  // More passed than seats: the votes of the last seat decide; if the first left out has as many, everyone
  // with those votes is tied and the seats above them are all that is filled.
  const lastSeatVotes = passed[count.seats - 1]?.[1] ?? Number.POSITIVE_INFINITY;
  const firstOut = passed[count.seats]?.[1];
  if (count.seats === 0 || firstOut !== lastSeatVotes) {
    return { threshold, elected: passed.slice(0, count.seats).map(([id]) => id), tied: [], unfilled: 0 };
  }
  const elected = passed.filter(([, votes]) => votes > lastSeatVotes).map(([id]) => id);
  const tied = passed.filter(([, votes]) => votes === lastSeatVotes).map(([id]) => id);
  return { threshold, elected, tied, unfilled: count.seats - elected.length };
}

/** A count that cannot be right, with the figures a counting board needs to find its mistake. */
export type CountProblem =
  | { code: 'COUNT_COLLECTED_OVER_ISSUED'; collected: number; issued: number }
  | { code: 'COUNT_INVALID_OVER_COLLECTED'; invalid: number; collected: number }
  | { code: 'COUNT_CANDIDATE_OVER_VALID'; candidateId: string; votes: number; valid: number }
  | { code: 'COUNT_MARKS_OVER_BALLOTS'; marks: number; limit: number; valid: number; seats: number };

/**
 * The consistency checks of a paper count: collected ≤ issued, invalid ≤ collected, no candidate above the
 * valid ballots, and no more marks than valid ballots × seats (a valid ballot marks at most `seats` names).
 */
export function countProblems(count: ElectionCount & { ballotsIssued: number }): CountProblem[] {
  const problems: CountProblem[] = [];
  const { ballotsIssued: issued, ballotsCollected: collected, invalidBallots: invalid } = count;
  if (collected > issued) problems.push({ code: 'COUNT_COLLECTED_OVER_ISSUED', collected, issued });
  if (invalid > collected) problems.push({ code: 'COUNT_INVALID_OVER_COLLECTED', invalid, collected });
  const valid = Math.max(0, collected - invalid);
  let marks = 0;
  for (const [candidateId, votes] of Object.entries(count.votes)) {
    marks += votes;
    if (votes > valid) problems.push({ code: 'COUNT_CANDIDATE_OVER_VALID', candidateId, votes, valid });
  }
  if (marks > valid * count.seats) {
    problems.push({
      code: 'COUNT_MARKS_OVER_BALLOTS',
      marks,
      limit: valid * count.seats,
      valid,
      seats: count.seats,
    });
  }
  return problems;
}
