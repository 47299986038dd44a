// The quorum of a sitting: a congress (congress.quorum, RULES.md §2) or a committee's session
// (committee.meetingQuorum) is valid when at least the rule's fraction of those convened is present. The
// server refuses a record below it and the web shows it while the figures are typed, from this one formula.
import type { Fraction } from '../rules/schemas.ts';

/** The fewest present for a valid sitting: the fraction of those convened, rounded up (2/3 of 31 → 21). */
export function quorumOf(convened: number, fraction: Fraction): number {
  return Math.floor((convened * fraction.numerator + fraction.denominator - 1) / fraction.denominator);
}
