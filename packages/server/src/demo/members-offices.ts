// Demo union offices. Every office a demo member holds comes from a committee, as the elections module gives
// them: the executive committee a congress elected (demo/congresses.ts), or, for a union too young to elect
// one, the provisional committee its superior appointed (Ban Chấp hành lâm thời). Each seat is a
// member_offices row from the day the committee was presented to the day the next one replaced it (or the
// unit ended); only Vietnamese members still active in the union hold one, never the pinned member.
import type { UNION_OFFICES } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/client.ts';
import { meta } from '../db/schema/index.ts';
import type { DemoWorld } from './congresses-world.ts';
import type { CommitteeRow, Ids, OfficeRow, SeatRow } from './congresses-write.ts';
import type { Random } from './random.ts';

/** Set by the offices step of demos seeded before congresses existed; their offices stood alone. */
const STANDALONE_OFFICES_MARKER = 'demo.offices';

type Position = CommitteeRow['seats'][number]['position'];
type Office = (typeof UNION_OFFICES)[number];

/** As constituteCommittee maps an executive committee's positions to the offices a member page shows. */
const OFFICE_OF_POSITION: Record<Position, Office> = {
  chair: 'chair',
  viceChair: 'viceChair',
  standingMember: 'standingMember',
  member: 'committeeMember',
};

/**
 * The provisional committee a superior appoints for a union without an elected one: from `from` (or the day
 * the first member who can serve arrived), a chair alone for a small union, else a chair, a vice-chair and a
 * member. Null when no member could ever serve.
 */
export function appointedCommittee(
  world: DemoWorld,
  random: Random,
  unitId: number,
  from: string,
  options: { smallBelow: number; until: string },
): { presentedOn: string; seats: CommitteeRow['seats'] } | null {
  const candidates = world.officeHoldersOn(unitId, options.until, options.until);
  if (candidates.length === 0) return null;
  const since = (memberId: number) => {
    const periods = world.members.get(memberId)!.periods;
    return periods[periods.length - 1]!.from;
  };
  const arrivals = candidates.map((member) => since(member.id)).sort();
  const presentedOn = arrivals[0]! > from ? arrivals[0]! : from;
  const ready = candidates.filter((member) => since(member.id) <= presentedOn);
  const size = world.sizeOn(unitId, presentedOn).members < options.smallBelow ? 1 : Math.min(3, ready.length);
  const chosen: number[] = [];
  while (chosen.length < size) {
    const pick = ready[random.int(0, ready.length - 1)]!.id;
    if (!chosen.includes(pick)) chosen.push(pick);
  }
  const positions: Position[] = ['chair', 'viceChair', 'member'];
  return { presentedOn, seats: chosen.map((memberId, index) => ({ memberId, position: positions[index]! })) };
}

/**
 * Ends each committee the day the next one of its unit was presented, or the day the unit ended; then one
 * office per seat for the time the committee sat, as constituteCommittee and its successor write them.
 */
export function officesOfCommittees(
  world: DemoWorld,
  committees: CommitteeRow[],
  ids: Ids,
): { seats: SeatRow[]; offices: OfficeRow[] } {
  const byUnit = new Map<number, CommitteeRow[]>();
  for (const committee of committees) {
    const list = byUnit.get(committee.unitId) ?? [];
    list.push(committee);
    byUnit.set(committee.unitId, list);
  }
  for (const [unitId, list] of byUnit) {
    list.sort((a, b) =>
      a.presentedOn < b.presentedOn ? -1 : a.presentedOn > b.presentedOn ? 1 : a.id - b.id,
    );
    list.forEach((committee, index) => {
      committee.endedOn = list[index + 1]?.presentedOn ?? world.endedOn(unitId);
    });
  }
  const seats: SeatRow[] = [];
  const offices: OfficeRow[] = [];
  for (const committee of committees) {
    for (const seat of committee.seats) {
      const office: OfficeRow = {
        id: ids.take('member_offices'),
        memberId: seat.memberId,
        unitId: committee.unitId,
        office: OFFICE_OF_POSITION[seat.position],
        validFrom: committee.presentedOn,
        validTo: committee.endedOn,
      };
      offices.push(office);
      seats.push({
        id: ids.take('committee_members'),
        committeeId: committee.id,
        memberId: seat.memberId,
        position: seat.position,
        officeId: office.id,
      });
    }
  }
  return { seats, offices };
}

/**
 * A demo seeded before congresses existed gave its unions offices of their own; the committees replace them
 * (offices that no committee seat gave). Returns how many went.
 */
export async function retireStandaloneOffices(tx: Tx): Promise<number> {
  const [marker] = await queryRows<{ key: string }>(
    tx,
    sql`select key from meta where key = ${STANDALONE_OFFICES_MARKER}`,
  );
  if (!marker) return 0;
  const removed = await queryRows<{ id: number }>(
    tx,
    sql`delete from member_offices f
        where not exists (select 1 from committee_members s where s.office_id = f.id) returning f.id`,
  );
  await tx.delete(meta).where(sql`${meta.key} = ${STANDALONE_OFFICES_MARKER}`);
  return removed.length;
}
