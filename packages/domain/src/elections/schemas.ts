// Payloads of elections at a congress (issue #4): a ballot for one body with its seats and candidates, the
// paper count entered by the counting board, further rounds, and the committees the results become.
import { z } from 'zod';
import { canFlags } from '../common/contract.ts';
import { isoDate } from '../common/dates.ts';
import { recordId } from '../common/input.ts';

/** The bodies a congress (or the new committee at its first session) elects. */
export const ELECTED_BODIES = [
  'executiveCommittee',
  'standingCommittee',
  'chair',
  'viceChair',
  'inspectionCommittee',
  'higherCongressDelegates',
] as const;
export const electedBody = z.enum(ELECTED_BODIES);
export type ElectedBody = z.infer<typeof electedBody>;

export const createElectionBody = z.object({
  body: electedBody,
  seats: z.number().int().min(1).max(600),
  /** members nominated, in the order of the ballot list */
  candidateMemberIds: z.array(recordId).min(1).max(1000),
});
export type CreateElectionBody = z.infer<typeof createElectionBody>;

/** The paper count as the counting board (ban kiểm phiếu) reads it out. */
export const electionCountBody = z.object({
  ballotsIssued: z.number().int().min(0).max(1_000_000),
  ballotsCollected: z.number().int().min(0).max(1_000_000),
  invalidBallots: z.number().int().min(0).max(1_000_000),
  /** candidate id (as a string key) → votes; every candidate on the list needs a figure */
  votes: z.record(z.string().regex(/^\d+$/u), z.number().int().min(0).max(1_000_000)),
});
export type ElectionCountBody = z.infer<typeof electionCountBody>;

/** A further round among the tied, or for the seats left unfilled (by default both from the last round). */
export const nextRoundBody = z.object({
  seats: z.number().int().min(1).max(600).optional(),
  candidateMemberIds: z.array(recordId).min(1).max(1000).optional(),
});
export type NextRoundBody = z.infer<typeof nextRoundBody>;

/** Why a nominee cannot stand, checked on the congress date against the rules in force. */
export const eligibilityProblem = z.enum([
  'notActiveMember',
  'notInUnit',
  'foreignMember',
  'chairUnionYears',
  'committeeMemberYears',
]);

export const candidate = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  fullName: z.string(),
  unitName: z.string(),
  /** years of union membership on the congress date, for the eligibility rules */
  unionYears: z.number(),
  votes: z.number().int().nullable(),
  outcome: z.enum(['elected', 'tied', 'notElected']).nullable(),
});

export const ELECTION_STATUSES = ['nominating', 'counted'] as const;

export const election = z.object({
  id: z.number().int(),
  congressId: z.number().int(),
  body: electedBody,
  round: z.number().int(),
  previousElectionId: z.number().int().nullable(),
  seats: z.number().int(),
  status: z.enum(ELECTION_STATUSES),
  candidates: z.array(candidate),
  ballotsIssued: z.number().int().nullable(),
  ballotsCollected: z.number().int().nullable(),
  invalidBallots: z.number().int().nullable(),
  /** once counted: the fewest votes that won, the elected (most votes first), the tied, the unfilled seats */
  threshold: z.number().int().nullable(),
  elected: z.array(z.number().int()),
  tied: z.array(z.number().int()),
  unfilled: z.number().int().nullable(),
  countedAt: z.string().nullable(),
  countedBy: z.string().nullable(),
  /**
   * The congress's officers enter (or correct) the count until a further round or a committee is built on
   * it, and open a further round for the seats a counted ballot left unfilled.
   */
  can: canFlags('count', 'nextRound'),
});
export type Election = z.infer<typeof election>;

/** The size rules for a body of this unit on the congress date, for the form to show before it is refused. */
export const seatRules = z.object({
  body: electedBody,
  min: z.number().int(),
  max: z.number().int().nullable(),
  /** true for a unit below committee.chairOnlyBelowMembers: it elects a chair only */
  chairOnly: z.boolean(),
});
export type SeatRules = z.infer<typeof seatRules>;

export const COMMITTEE_BODIES = ['executiveCommittee', 'standingCommittee', 'inspectionCommittee'] as const;
export const committeeBody = z.enum(COMMITTEE_BODIES);
export const COMMITTEE_POSITIONS = ['chair', 'viceChair', 'standingMember', 'member'] as const;
export const committeePosition = z.enum(COMMITTEE_POSITIONS);

/**
 * The elected become the unit's committee for the term, with positions and the day they were presented
 * (ra mắt): every person must have been elected to the body at this congress (or, for positions, in the
 * chair and vice-chair elections when those were held).
 */
export const constituteCommitteeBody = z.object({
  body: committeeBody,
  presentedOn: isoDate,
  members: z
    .array(z.object({ memberId: recordId, position: committeePosition }))
    .min(1)
    .max(600),
});
export type ConstituteCommitteeBody = z.infer<typeof constituteCommitteeBody>;

export const committee = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  congressId: z.number().int().nullable(),
  cycle: z.string(),
  body: committeeBody,
  presentedOn: z.string(),
  /** the day the next committee of the same body replaced it */
  endedOn: z.string().nullable(),
  members: z.array(
    z.object({ memberId: z.number().int(), fullName: z.string(), position: committeePosition }),
  ),
  /** the committee's unit's officers record its sessions */
  can: canFlags('recordMeeting'),
});
export type Committee = z.infer<typeof committee>;
