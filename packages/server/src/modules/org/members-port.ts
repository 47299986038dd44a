// What the tree asks of the members its units hold, answered by the members module (wired in
// subscriptions.ts), so that org imports none of it: how many members a unit holds, which the restructuring
// rules weigh before anything is written (a unit with members is not dissolved without saying where they go,
// nor made a type without members), and the member figures shown beside a unit's own statistics.
import type { MemberStats } from '@congdoan/domain';
import type { Tx } from '../../db/client.ts';
import type { UnitRef } from './events-bus.ts';

export interface MembersPort {
  /**
   * How many members the unit holds on `date`; refuses (MEMBERS_CHANGED_AFTER) when its members changed
   * after that date, since history is recorded in date order.
   */
  countOn(tx: Tx, unit: UnitRef, date: string): Promise<number>;
  /** The member figures of the unit's subtree on `asOf`. */
  statsOf(tx: Tx, unitId: number, asOf: string): Promise<MemberStats>;
}

let port: MembersPort | null = null;

export function provideMembers(members: MembersPort): void {
  port = members;
}

// Without it an event would end a unit and leave its members behind: fail loudly instead.
function members(): MembersPort {
  if (!port) throw new Error('no members port: build the app (subscriptions.ts) before using the tree');
  return port;
}

/** The members of a unit on a date, asked before a unit ends, hands over its members or changes type. */
export function membersOfUnitOn(tx: Tx, unit: UnitRef, date: string): Promise<number> {
  return members().countOn(tx, unit, date);
}

/** The member figures of a unit's subtree on `asOf`, for the unit's statistics. */
export function memberStatsOf(tx: Tx, unitId: number, asOf: string): Promise<MemberStats> {
  return members().statsOf(tx, unitId, asOf);
}
