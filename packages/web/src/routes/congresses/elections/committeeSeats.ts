// Who may sit on a committee constituted at a congress, and the position each would take by default: the
// elected of the body's own election, else (standing and inspection committees) of the executive committee;
// chair and vice-chairs from their own elections when those were held.
import type { ElectedBody, Election } from '@congdoan/domain';

export type CommitteeBody = 'executiveCommittee' | 'standingCommittee' | 'inspectionCommittee';
export type CommitteePosition = 'chair' | 'viceChair' | 'standingMember' | 'member';

export const COMMITTEE_POSITION_ORDER: Record<CommitteePosition, number> = {
  chair: 0,
  viceChair: 1,
  standingMember: 2,
  member: 3,
};

export interface Seat {
  memberId: number;
  fullName: string;
  position: CommitteePosition;
  included: boolean;
}

/** The members elected to a body at the congress, in any round, most votes first within a round. */
export function electedTo(
  elections: Election[],
  body: ElectedBody,
): { memberId: number; fullName: string }[] {
  const seen = new Map<number, string>();
  for (const election of [...elections].sort((a, b) => a.round - b.round)) {
    if (election.body !== body || election.status !== 'counted') continue;
    const elected = election.candidates
      .filter((candidate) => candidate.outcome === 'elected')
      .sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
    for (const candidate of elected) seen.set(candidate.memberId, candidate.fullName);
  }
  return [...seen].map(([memberId, fullName]) => ({ memberId, fullName }));
}

/** The seats a committee form starts from: the people who may sit, with the position each would take. */
export function defaultSeats(elections: Election[], body: CommitteeBody): Seat[] {
  const own = electedTo(elections, body);
  const fromOwnElection = own.length > 0 || body === 'executiveCommittee';
  const people = fromOwnElection ? own : electedTo(elections, 'executiveCommittee');
  const chairs = new Set(electedTo(elections, 'chair').map((person) => person.memberId));
  const vices = new Set(electedTo(elections, 'viceChair').map((person) => person.memberId));
  const standing = new Set(electedTo(elections, 'standingCommittee').map((person) => person.memberId));
  const union = body !== 'inspectionCommittee';
  return people.map((person) => {
    let position: CommitteePosition = body === 'standingCommittee' ? 'standingMember' : 'member';
    if (union && chairs.has(person.memberId)) position = 'chair';
    else if (union && vices.has(person.memberId)) position = 'viceChair';
    else if (body === 'executiveCommittee' && standing.has(person.memberId)) position = 'standingMember';
    return { ...person, position, included: fromOwnElection };
  });
}
