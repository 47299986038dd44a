// One demo congress on the day it is held: its figures (all members, or delegates within the cap, present
// above the quorum — judged by the congresses module's own assertHoldable), its working bodies named from the
// people there, the executive committee's ballot within the seat rules and the chair's, with nominees who
// pass the elections module's eligibility rule, and the committee the results become, presented that day.
import {
  type COMMITTEE_POSITIONS,
  type CongressLevel,
  type congressBodies,
  daysBetween,
  quorumOf,
} from '@congdoan/domain';
import type { z } from 'zod';
import {
  appointedMaxOf,
  assertHoldable,
  type CongressKind,
  requiredKindOf,
  type UnitSize,
} from '../modules/congresses/checks.ts';
import { nomineeProblems } from '../modules/elections/eligibility.ts';
import { seatRulesFor } from '../modules/elections/seats.ts';
import { type CountedElection, electedOf, holdBallot } from './congresses-ballots.ts';
import type { DemoRules } from './congresses-rules.ts';
import { byGivenName, subcommitteeNames } from './congresses-text.ts';
import type { DemoWorld, UnitVersion, WorldMember } from './congresses-world.ts';
import type { Random } from './random.ts';

export type Position = (typeof COMMITTEE_POSITIONS)[number];
export type Bodies = z.infer<typeof congressBodies>;
export type NextId = (table: 'elections' | 'election_candidates') => number;

export interface HoldRequest {
  unit: UnitVersion;
  level: CongressLevel;
  date: string;
  /** the last day the new committee could serve: today, or the day the unit ends */
  until: string;
  /** members the congress favours first (the sitting committee, or the chairs of the unions below) */
  favoured: number[];
  previousChair: number | null;
  /** seats of the executive committee, when the story fixes them (seed 003: 7) */
  seats?: number;
}

export interface HeldCongress {
  kind: CongressKind;
  size: UnitSize;
  convened: number;
  present: number;
  appointed: number;
  bodies: Bodies;
  subcommittees: { name: string; members: string[] }[];
  elections: CountedElection[];
  /** the committee presented at the congress; null when no one could stand (the unit's provisional one stays) */
  seats: { memberId: number; position: Position }[] | null;
}

/** Executive committee seats for a unit: odd, growing with its size, within the rules' range. */
function wantedSeats(level: CongressLevel, size: UnitSize, range: { min: number; max: number | null }) {
  const odd = (n: number) => (n % 2 === 0 ? n + 1 : n);
  const wanted =
    level === 'provincial'
      ? 45
      : level === 'superior'
        ? odd(9 + size.grassroots)
        : odd(3 + Math.floor(size.members / 30));
  return Math.max(range.min, Math.min(range.max ?? wanted, wanted));
}

function pickNames(random: Random, from: WorldMember[], count: number, taken: Set<number>): string[] {
  const names: string[] = [];
  const free = from.filter((member) => !taken.has(member.id));
  while (names.length < count && free.length > 0) {
    const [member] = free.splice(random.int(0, free.length - 1), 1);
    taken.add(member!.id);
    names.push(member!.fullName);
  }
  return names;
}

async function figures(rules: DemoRules, random: Random, request: HoldRequest, size: UnitSize) {
  const congressRules = await rules.congress(request.level, size, request.date);
  const kind = requiredKindOf(request.level, size.members, congressRules);
  const cap = congressRules.delegateCap;
  let convened = size.members;
  // a grassroots union sends about every other member, a superior union about one in eight, the city its cap
  if (kind === 'delegate') {
    const share = request.level === 'grassroots' ? 0.45 : 0.12;
    convened =
      request.level === 'provincial'
        ? cap - random.int(0, 10)
        : Math.min(cap, Math.max(40, Math.round(size.members * share)));
  }
  const absent = Math.floor(convened * (0.02 + random.next() * 0.13));
  const present = Math.max(quorumOf(convened, congressRules.quorum), convened - absent);
  const appointed =
    request.level === 'grassroots'
      ? 0
      : random.int(0, appointedMaxOf(convened, congressRules.appointedPercent));
  const facts = {
    kind,
    delegatesConvened: convened,
    delegatesPresent: present,
    delegatesAppointed: appointed,
  };
  assertHoldable(request.unit.name, request.level, size, facts, congressRules);
  return { kind, convened, present, appointed };
}

/** Who may stand on the day: the executive committee's nominees (the favoured first) and the chair's. */
async function nomineesOf(world: DemoWorld, rules: DemoRules, random: Random, request: HoldRequest) {
  const { unit, date } = request;
  const size = world.sizeOn(unit.unitId, date);
  const eligibility = await rules.eligibility(date);
  const seatRules = seatRulesFor(
    { code: unit.code, type: unit.type, members: size.members },
    await rules.seats(date),
  );
  const range = seatRules.find((rule) => rule.body === 'executiveCommittee')!;
  const standing = (member: WorldMember, body: 'executiveCommittee' | 'chair') =>
    nomineeProblems(world.factsOn(member, unit.unitId, date), body, date, eligibility).length === 0;
  // the favoured first, then the longer-serving, with up to ten years of luck either way
  const favoured = new Map(request.favoured.map((id, index) => [id, index]));
  const serving = (member: WorldMember) =>
    -daysBetween(world.factsOn(member, unit.unitId, date).continuousSince ?? date, date);
  const pool = world
    .officeHoldersOn(unit.unitId, date, request.until)
    .filter((member) => standing(member, 'executiveCommittee'))
    .map((member) => ({
      member,
      rank: favoured.get(member.id) ?? Number.POSITIVE_INFINITY,
      key: serving(member) - random.next() * 3650,
    }))
    .sort((a, b) => a.rank - b.rank || a.key - b.key || a.member.id - b.member.id)
    .map((entry) => entry.member);
  const chairReady = pool.filter((member) => standing(member, 'chair'));
  const electable = range.chairOnly ? chairReady.length > 0 : pool.length >= range.min;
  return { size, range, pool, chairReady, electable };
}

/** Whether a congress of the unit on the day could elect anyone the rules let stand. */
export async function canElect(
  world: DemoWorld,
  rules: DemoRules,
  request: Omit<HoldRequest, 'favoured' | 'previousChair'>,
): Promise<boolean> {
  const probe = { ...request, favoured: [], previousChair: null };
  return (await nomineesOf(world, rules, { next: () => 0.5 } as Random, probe)).electable;
}

/** Holds the congress: figures, elections and the committee (ids from `nextId`). */
export async function holdCongress(
  world: DemoWorld,
  rules: DemoRules,
  random: Random,
  request: HoldRequest,
  nextId: NextId,
): Promise<HeldCongress> {
  const { level, date } = request;
  const { size, range, pool, chairReady } = await nomineesOf(world, rules, random, request);
  const held = await figures(rules, random, request, size);
  const chairOnly = range.chairOnly;

  const fraction = await rules.winFraction(date);
  const elections: CountedElection[] = [];
  let seats: HeldCongress['seats'] = null;
  const ballot = (
    body: 'executiveCommittee' | 'chair',
    count: number,
    list: WorldMember[],
    favourites: number[],
  ) =>
    holdBallot(
      random,
      fraction,
      {
        body,
        seats: count,
        memberIds: [...list].sort((a, b) => byGivenName(a.fullName, b.fullName)).map((member) => member.id),
        favourites: new Set(favourites),
        ballotsIssued: held.present,
      },
      nextId,
    );
  const chairOf = (elected: number[]) => {
    const ready = elected.filter((id) => chairReady.some((member) => member.id === id));
    const previous = request.previousChair;
    if (previous !== null && ready.includes(previous) && random.next() < 0.7) return previous;
    return ready[0] ?? null;
  };

  if (chairOnly && chairReady.length > 0) {
    const nominee = chairOf(chairReady.map((member) => member.id))!;
    const rivals =
      chairReady.length > 1 && random.next() < 0.15 ? [chairReady.find((m) => m.id !== nominee)!] : [];
    const rounds = ballot('chair', 1, [world.members.get(nominee)!, ...rivals], [nominee]);
    elections.push(...rounds);
    const [chair] = electedOf(rounds);
    if (chair !== undefined) seats = [{ memberId: chair, position: 'chair' }];
  } else if (!chairOnly && pool.length >= range.min) {
    const count = Math.min(request.seats ?? wantedSeats(level, size, range), pool.length);
    const spare = Math.min(pool.length - count, Math.round(count * (0.1 + random.next() * 0.2)));
    const list = pool.slice(0, count + spare);
    let rounds = ballot(
      'executiveCommittee',
      count,
      list,
      list.slice(0, count).map((m) => m.id),
    );
    for (
      let again = 0;
      again < 5 && electedOf(rounds).length < Math.max(range.min, request.seats ?? 0);
      again++
    ) {
      rounds = ballot(
        'executiveCommittee',
        count,
        list,
        list.slice(0, count).map((m) => m.id),
      );
    }
    elections.push(...rounds);
    const elected = electedOf(rounds);
    const chair = chairOf(elected);
    let chairId = elected[0]!;
    if (chair !== null) {
      const chairRounds = ballot('chair', 1, [world.members.get(chair)!], [chair]);
      elections.push(...chairRounds);
      chairId = electedOf(chairRounds)[0] ?? chairId;
    }
    seats = positions(level, chairId, elected);
  }
  const candidates = new Set(elections.flatMap((e) => e.candidates.map((c) => c.memberId)));
  return { ...held, size, elections, seats, ...namedBodies(world, random, request, held.kind, candidates) };
}

/** Vice-chairs: one in a committee of three or more, two from nine; two or three above the grassroots. */
function viceChairsOf(level: CongressLevel, total: number): number {
  if (level === 'provincial') return 3;
  if (level === 'superior') return total >= 21 ? 3 : 2;
  if (total >= 9) return 2;
  return total >= 3 ? 1 : 0;
}

/** Chair, vice-chairs and (above the grassroots) the standing members, the most voted first. */
function positions(level: CongressLevel, chair: number, elected: number[]) {
  const others = elected.filter((id) => id !== chair);
  const vice = viceChairsOf(level, others.length + 1);
  // the standing committee is about a third of the executive one, chair and vice-chairs included
  const standing = level === 'grassroots' ? 0 : Math.max(0, Math.round((others.length + 1) / 3) - 1 - vice);
  const positionOf = (index: number): Position => {
    if (index < vice) return 'viceChair';
    return index < vice + standing ? 'standingMember' : 'member';
  };
  return [
    { memberId: chair, position: 'chair' as Position },
    ...others.map((memberId, index) => ({ memberId, position: positionOf(index) })),
  ];
}

/** The presidium, secretariat, boards and subcommittees, named from those at the congress. */
function namedBodies(
  world: DemoWorld,
  random: Random,
  request: HoldRequest,
  kind: CongressKind,
  candidates: Set<number>,
) {
  const there = world
    .presentOn(request.unit.unitId, request.date)
    .filter((member) => member.nationality === 'VN' && !member.pinned);
  const taken = new Set<number>();
  const big = request.level !== 'grassroots';
  const many = there.length >= 50 || big;
  const leaders = there.filter((member) => candidates.has(member.id));
  const others = there.filter((member) => !candidates.has(member.id));
  const presidium = pickNames(
    random,
    leaders.length > 0 ? leaders : there,
    request.level === 'provincial' ? 15 : big ? 7 : many ? 5 : there.length >= 10 ? 3 : 1,
    taken,
  );
  const bodies: Bodies = {
    presidium,
    secretariat: pickNames(random, there, request.level === 'provincial' ? 3 : many ? 2 : 1, taken),
    credentialsBoard:
      kind === 'delegate' ? pickNames(random, there, request.level === 'provincial' ? 5 : 3, taken) : [],
    countingBoard: pickNames(
      random,
      others,
      request.level === 'provincial' ? 7 : there.length >= 10 ? 3 : 2,
      taken,
    ),
  };
  const subcommittees =
    kind === 'delegate'
      ? subcommitteeNames(request.level).map((name) => ({
          name,
          members: pickNames(random, there, big ? 5 : 3, new Set()),
        }))
      : [];
  return { bodies, subcommittees };
}
