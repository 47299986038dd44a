// Committees made from the results: the elected of a body become the unit's committee for the cycle, with
// positions and the day they were presented. The new committee ends the unit's previous one of the same body
// (and the offices it gave), and every seat is a member_offices row, so a member's page shows their offices.
import {
  type COMMITTEE_POSITIONS,
  type Committee,
  type ConstituteCommitteeBody,
  type ElectedBody,
  todayInVietnam,
  type UNION_OFFICES,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { committeeMembers, committees, memberOffices } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { Conflict, NotFound, RuleViolation } from '../../platform/errors.ts';
import { loadCongressForWrite } from '../congresses/service.ts';
import { membersInScopeCondition } from '../members/queries.ts';
import { assertNotFuture } from '../members/service.ts';
import type { RestructureEvent } from '../org/index.ts';
import { assertNoRepeats, type CommitteeBody, electedMembers } from './service.ts';

type Position = (typeof COMMITTEE_POSITIONS)[number];
type Office = (typeof UNION_OFFICES)[number];

const OFFICE_OF_POSITION: Record<Position, Office> = {
  chair: 'chair',
  viceChair: 'viceChair',
  standingMember: 'standingMember',
  member: 'committeeMember',
};
const POSITION_ORDER: Position[] = ['chair', 'viceChair', 'standingMember', 'member'];

function officeOf(body: CommitteeBody, position: Position): Office {
  return body === 'inspectionCommittee' ? 'inspectionMember' : OFFICE_OF_POSITION[position];
}

/** Whether a ballot for the body was counted at the congress. */
async function wasHeld(tx: Tx, congressId: number, body: string): Promise<boolean> {
  const [row] = await queryRows<{ id: number }>(
    tx,
    sql`select id from elections where congress_id = ${congressId} and body = ${body} and status = 'counted'
        limit 1`,
  );
  return row !== undefined;
}

/**
 * Who may sit on the committee: those elected to it at this congress (a chair or vice-chair elected by the
 * congress sits on it too); for the standing and inspection committees, the executive committee's elected
 * when the congress held no ballot of their own.
 */
async function eligiblePool(tx: Tx, congressId: number, body: CommitteeBody) {
  const officers: ElectedBody[] = ['chair', 'viceChair'];
  let bodies: ElectedBody[];
  if (body === 'executiveCommittee') bodies = ['executiveCommittee', ...officers];
  else {
    const own = (await wasHeld(tx, congressId, body)) ? body : 'executiveCommittee';
    bodies = body === 'standingCommittee' ? [own, ...officers] : [own];
  }
  return electedMembers(tx, congressId, bodies);
}

/** Positions of chair and vice-chair follow the congress's own ballots for them, when it held them. */
async function assertPositionsElected(
  tx: Tx,
  congressId: number,
  seats: { memberId: number; position: Position; name: string }[],
) {
  for (const position of ['chair', 'viceChair'] as const) {
    if (!(await wasHeld(tx, congressId, position))) continue;
    const elected = await electedMembers(tx, congressId, [position]);
    const wrong = seats.filter((seat) => (seat.position === position) !== elected.has(seat.memberId));
    if (wrong.length > 0) {
      throw new RuleViolation(
        position === 'chair' ? 'COMMITTEE_CHAIR_NOT_ELECTED' : 'COMMITTEE_VICE_CHAIR_NOT_ELECTED',
        {
          names: wrong.map((seat) => seat.name).join(', '),
          elected: [...elected.values()].map((member) => member.name).join(', '),
        },
      );
    }
  }
}

/**
 * Ends the unit's current committee of the body on `date`, with the offices its seats gave. The executive
 * committee of a new congress ends the whole previous term: every committee an earlier congress made.
 */
async function endPreviousCommittees(
  tx: Tx,
  actor: Actor,
  congress: { id: number; unitId: number },
  body: CommitteeBody,
  date: string,
) {
  const earlierTerm =
    body === 'executiveCommittee' ? sql`or congress_id is distinct from ${congress.id}` : sql``;
  const previous = await queryRows<{ id: number; presented_on: string }>(
    tx,
    sql`select id, presented_on::text from committees
        where unit_id = ${congress.unitId} and ended_on is null and (body = ${body} ${earlierTerm})
        order by id for update`,
  );
  for (const committee of previous) {
    if (committee.presented_on > date) {
      throw new RuleViolation('COMMITTEE_BEFORE_PREVIOUS', { date, previous: committee.presented_on });
    }
    await tx.execute(sql`update committees set ended_on = ${date}::date where id = ${committee.id}`);
    await tx.execute(
      sql`update member_offices set valid_to = greatest(valid_from, ${date}::date)
          where id in (select office_id from committee_members where committee_id = ${committee.id})
            and (valid_to is null or valid_to > ${date}::date)`,
    );
    await recordAudit(tx, actor, {
      action: 'end',
      entity: 'committee',
      entityId: committee.id,
      unitId: congress.unitId,
      before: { endedOn: null },
      after: { endedOn: date },
    });
  }
  return previous.map((committee) => committee.id);
}

/**
 * Refuses seats for people not elected to the body. Only members the caller may read (their current or last
 * unit in the caller's subtree today) are named; any other id — another province's member or no member at
 * all — is "not found in this unit", so the list cannot be used to look names up.
 */
async function refuseOutsiders(tx: Tx, actor: Actor, outsiders: { memberId: number }[]): Promise<never> {
  const readable = await queryRows<{ id: number; full_name: string }>(
    tx,
    sql`select m.id, m.full_name from members m
        where m.id in (${sql.join(
          outsiders.map((seat) => sql`${seat.memberId}`),
          sql`, `,
        )}) and ${membersInScopeCondition(actor)}`,
  );
  const named = new Map(readable.map((row) => [row.id, row.full_name]));
  const unknown = outsiders.filter((seat) => !named.has(seat.memberId));
  if (unknown.length > 0) {
    throw new RuleViolation('COMMITTEE_MEMBER_NOT_FOUND', {
      ids: unknown.map((seat) => `#${seat.memberId}`).join(', '),
    });
  }
  throw new RuleViolation('COMMITTEE_MEMBER_NOT_ELECTED', {
    names: outsiders.map((seat) => named.get(seat.memberId)).join(', '),
  });
}

/** Constitutes the committee of a body from the congress's results; returns its id. */
export async function constituteCommittee(
  tx: Tx,
  actor: Actor,
  congressId: number,
  body: ConstituteCommitteeBody,
): Promise<number> {
  const congress = await loadCongressForWrite(tx, actor, congressId);
  if (!congress.heldOn) throw new Conflict('COMMITTEE_CONGRESS_NOT_HELD');
  assertNotFuture(body.presentedOn, todayInVietnam());
  if (body.presentedOn < congress.heldOn) {
    throw new RuleViolation('COMMITTEE_BEFORE_CONGRESS', { date: body.presentedOn, heldOn: congress.heldOn });
  }
  assertNoRepeats(
    body.members.map((seat) => seat.memberId),
    'COMMITTEE_MEMBER_TWICE',
  );
  const [existing] = await queryRows<{ id: number }>(
    tx,
    sql`select id from committees where congress_id = ${congress.id} and body = ${body.body} limit 1`,
  );
  if (existing) throw new Conflict('COMMITTEE_EXISTS', { id: existing.id });

  const pool = await eligiblePool(tx, congress.id, body.body);
  const outsiders = body.members.filter((seat) => !pool.has(seat.memberId));
  if (outsiders.length > 0) await refuseOutsiders(tx, actor, outsiders);
  const seats = body.members.map((seat) => ({ ...seat, name: pool.get(seat.memberId)?.name ?? '' }));
  if (seats.filter((seat) => seat.position === 'chair').length > 1) {
    throw new RuleViolation('COMMITTEE_TWO_CHAIRS');
  }
  if (body.body !== 'inspectionCommittee') await assertPositionsElected(tx, congress.id, seats);

  const ended = await endPreviousCommittees(tx, actor, congress, body.body, body.presentedOn);
  const [committee] = await tx
    .insert(committees)
    .values({
      unitId: congress.unitId,
      congressId: congress.id,
      cycle: congress.cycle,
      body: body.body,
      presentedOn: body.presentedOn,
      recordedBy: actor.id,
    })
    .returning({ id: committees.id });
  if (!committee) throw new Error('committee not created');
  for (const seat of seats) {
    const officeId = await officeFor(
      tx,
      congress.unitId,
      seat.memberId,
      officeOf(body.body, seat.position),
      body.presentedOn,
    );
    await tx
      .insert(committeeMembers)
      .values({ committeeId: committee.id, memberId: seat.memberId, position: seat.position, officeId });
  }
  await recordAudit(tx, actor, {
    action: 'constitute',
    entity: 'committee',
    entityId: committee.id,
    unitId: congress.unitId,
    after: { congressId: congress.id, ...body, endedCommitteeIds: ended },
  });
  return committee.id;
}

/**
 * The office a seat gives, as a new member_offices row — unless the member already holds that very office
 * in the unit from another committee of the term (the chair sits on the executive and the standing
 * committee): one office, shown once on their page. Null then.
 */
async function officeFor(tx: Tx, unitId: number, memberId: number, office: Office, from: string) {
  const [held] = await queryRows<{ id: number }>(
    tx,
    sql`select id from member_offices where member_id = ${memberId} and unit_id = ${unitId}
          and office = ${office} and valid_from <= ${from}::date and valid_to is null limit 1`,
  );
  if (held) return null;
  const [row] = await tx
    .insert(memberOffices)
    .values({ memberId, unitId, office, validFrom: from })
    .returning({ id: memberOffices.id });
  return row?.id ?? null;
}

/** A committee as stored; the presenter adds what the caller may do (`can`). */
export type CommitteeRecord = Omit<Committee, 'can'>;

/** A unit's committees across cycles, newest first, or the one committee of `committeeId`. */
export async function listCommittees(
  tx: Tx,
  where: { unitId: number } | { committeeId: number },
): Promise<CommitteeRecord[]> {
  const filter = 'unitId' in where ? sql`c.unit_id = ${where.unitId}` : sql`c.id = ${where.committeeId}`;
  const rows = await queryRows<{
    id: number;
    unit_id: number;
    congress_id: number | null;
    cycle: string;
    body: Committee['body'];
    presented_on: string;
    ended_on: string | null;
  }>(
    tx,
    sql`select c.id, c.unit_id, c.congress_id, c.cycle, c.body, c.presented_on::text, c.ended_on::text
        from committees c where ${filter}
        order by c.presented_on desc,
          array_position(array['executiveCommittee', 'standingCommittee', 'inspectionCommittee'], c.body), c.id desc`,
  );
  if (rows.length === 0) return [];
  const seats = await queryRows<{
    committee_id: number;
    member_id: number;
    full_name: string;
    position: Position;
  }>(
    tx,
    sql`select s.committee_id, s.member_id, m.full_name, s.position
        from committee_members s join members m on m.id = s.member_id
        where s.committee_id in (${sql.join(
          rows.map((row) => sql`${row.id}`),
          sql`, `,
        )})
        order by s.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    unitId: row.unit_id,
    congressId: row.congress_id,
    cycle: row.cycle,
    body: row.body,
    presentedOn: row.presented_on,
    endedOn: row.ended_on,
    members: seats
      .filter((seat) => seat.committee_id === row.id)
      .sort((a, b) => POSITION_ORDER.indexOf(a.position) - POSITION_ORDER.indexOf(b.position))
      .map((seat) => ({ memberId: seat.member_id, fullName: seat.full_name, position: seat.position })),
  }));
}

export async function getCommittee(tx: Tx, committeeId: number): Promise<CommitteeRecord> {
  const [committee] = await listCommittees(tx, { committeeId });
  if (!committee) throw new NotFound();
  return committee;
}

/**
 * A unit that ends (merged away, split up, dissolved) ends its sitting committees that day; the offices
 * they gave end with the unit's other offices (members/restructure.ts). Subscribed to the tree's events.
 */
export async function committeesFollowRestructure(tx: Tx, event: RestructureEvent): Promise<void> {
  for (const unit of event.ended) {
    await tx.execute(
      sql`update committees set ended_on = greatest(presented_on, ${event.effectiveDate}::date)
          where unit_id = ${unit.unitId} and (ended_on is null or ended_on > ${event.effectiveDate}::date)`,
    );
  }
}
