// Turns the schedule into the rows the modules would have written, in the order things happened: a congress
// held (createCongress/updateCongress with its figures, openTerm, the superior's recognition a few weeks on,
// the ballots counted, the committee constituted and presented that day, replacing the one before), a
// congress still scheduled or planned, and the provisional committee a superior appoints for a young union.
import { addMonths } from '@congdoan/domain';
import { requiredKindOf } from '../modules/congresses/checks.ts';
import { electedOf } from './congresses-ballots.ts';
import { type HeldCongress, holdCongress } from './congresses-hold.ts';
import type { DemoRules } from './congresses-rules.ts';
import type { Entry } from './congresses-schedule.ts';
import { congressNotes, guestsOf, placeOf, RecognitionNumbers } from './congresses-text.ts';
import type { DemoWorld, UnitVersion } from './congresses-world.ts';
import {
  type CommitteeRow,
  type CongressRow,
  type DemoCongressRows,
  type Ids,
  type TermRow,
  timestampOn,
} from './congresses-write.ts';
import { randomDay, shiftDays } from './members-dates.ts';
import { appointedCommittee } from './members-offices.ts';
import { seededRandom, seedFromText } from './random.ts';

const LEVEL_ORDER = { grassroots: 0, superior: 1, provincial: 2 } as const;

export type CongressEvent =
  | { kind: 'congress'; date: string; entry: Entry }
  | { kind: 'appoint'; date: string; unitId: number; cycle: string };

export interface HeldResult {
  entry: Entry;
  row: CongressRow;
  held: HeldCongress;
  unit: UnitVersion;
  parent: UnitVersion | undefined;
}

export class CongressGenerator {
  readonly congresses: CongressRow[] = [];
  readonly terms: TermRow[] = [];
  readonly elections: DemoCongressRows['elections'] = [];
  readonly committees: CommitteeRow[] = [];
  readonly held: HeldResult[] = [];
  /** each unit's sitting committee as the events are replayed */
  private readonly current = new Map<number, CommitteeRow>();
  private readonly numbers = new RecognitionNumbers(seededRandom(seedFromText('recognitions')));

  constructor(
    private readonly world: DemoWorld,
    private readonly rules: DemoRules,
    private readonly ids: Ids,
    private readonly options: {
      /** the plan a unit's congress of a cycle is linked to, given the day it was first recorded */
      planOf: (entry: Entry, recordedOn: string) => { id: number; issuedOn: string } | null;
      /** units (by cycle) whose congress an earlier run or a user recorded already */
      hasCongress: (unitId: number, cycle: string) => boolean;
      /** units that have committees already: the demo gives them none */
      hasCommittees: (unitId: number) => boolean;
      chairOnlyBelow: number;
    },
  ) {}

  /** Replays events in date order: appointments first on a day, then congresses from the grassroots up. */
  async run(events: CongressEvent[]): Promise<void> {
    const order = (event: CongressEvent) =>
      event.kind === 'appoint' ? -1 : LEVEL_ORDER[this.levelOf(event.entry.unitId, event.date)];
    const sorted = [...events].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : order(a) - order(b),
    );
    for (const event of sorted) {
      if (event.kind === 'appoint') this.appoint(event.unitId, event.date, event.cycle);
      else if (event.entry.status === 'held') await this.hold(event.entry);
      else await this.record(event.entry);
    }
  }

  private levelOf(unitId: number, date: string) {
    const version = this.world.at(unitId, date) ?? this.world.latest(unitId);
    return this.world.levelOf(version) ?? 'grassroots';
  }

  private untilOf(unitId: number): string {
    const end = this.world.endedOn(unitId);
    return end ? shiftDays(end, -1) : this.world.today;
  }

  /** The sitting committee of a unit, if it still sits. */
  sitting(unitId: number): CommitteeRow | undefined {
    return this.current.get(unitId);
  }

  /** A provisional committee appointed by the superior (no congress), unless the unit has one sitting. */
  appoint(unitId: number, from: string, cycle: string): CommitteeRow | null {
    if (this.current.has(unitId) || this.options.hasCommittees(unitId) || from > this.world.today)
      return null;
    const random = seededRandom(seedFromText(`appoint ${unitId} ${from}`));
    const appointed = appointedCommittee(this.world, random, unitId, from, {
      smallBelow: this.options.chairOnlyBelow,
      until: this.untilOf(unitId),
    });
    if (!appointed || appointed.presentedOn > this.world.today) return null;
    return this.constitute({ unitId, congressId: null, cycle, ...appointed });
  }

  private constitute(committee: Omit<CommitteeRow, 'id' | 'endedOn'>): CommitteeRow {
    const row: CommitteeRow = { id: this.ids.take('committees'), endedOn: null, ...committee };
    this.committees.push(row);
    this.current.set(row.unitId, row);
    return row;
  }

  /** Members the congress favours: its sitting committee, and above the grassroots the chairs below it. */
  private favouredFor(unit: UnitVersion, date: string): number[] {
    const own = this.current.get(unit.unitId)?.seats.map((seat) => seat.memberId) ?? [];
    if (unit.tier === 3) return own;
    const chairsBelow: number[] = [];
    for (const [unitId, committee] of this.current) {
      if (unitId === unit.unitId || !this.world.inSubtree(unitId, unit.unitId, date)) continue;
      const chair = committee.seats.find((seat) => seat.position === 'chair');
      if (chair) chairsBelow.push(chair.memberId);
    }
    return [...chairsBelow, ...own];
  }

  private baseRow(
    entry: Entry,
    unit: UnitVersion,
    recordedOn: string,
    random: ReturnType<typeof seededRandom>,
  ) {
    const plan = this.options.planOf(entry, recordedOn);
    const recorded = entry.isPilot && plan ? plan.issuedOn : recordedOn;
    return {
      id: this.ids.take('congresses'),
      unitId: unit.unitId,
      cycle: entry.cycle,
      planId: plan?.id ?? null,
      isPilot: entry.isPilot,
      recordedAt: timestampOn(recorded, `0${random.int(7, 9)}:${random.int(10, 59)}:00`),
    };
  }

  /** A congress held on its day, with its ballots, recognition, term and committee. */
  private async hold(entry: Entry): Promise<void> {
    const { world } = this;
    const date = entry.date!;
    const unit = world.at(entry.unitId, date);
    if (!unit || this.options.hasCongress(entry.unitId, entry.cycle)) return;
    const level = world.levelOf(unit)!;
    const parent = unit.parentId === null ? undefined : world.at(unit.parentId, date);
    const random = seededRandom(seedFromText(`hold ${entry.cycle} ${unit.code}`));
    const sitting = this.current.get(unit.unitId);
    const held = await holdCongress(
      world,
      this.rules,
      random,
      {
        unit,
        level,
        date,
        until: this.untilOf(unit.unitId),
        favoured: this.favouredFor(unit, date),
        previousChair: sitting?.seats.find((seat) => seat.position === 'chair')?.memberId ?? null,
        ...(entry.seats ? { seats: entry.seats } : {}),
      },
      (table) => this.ids.take(table),
    );
    const recognisedOn = shiftDays(date, random.int(10, 35));
    const recognised = recognisedOn <= world.today && parent !== undefined;
    const base = this.baseRow(entry, unit, shiftDays(date, -random.int(20, 45)), random);
    const elected = held.seats?.length ?? null;
    const row: CongressRow = {
      ...base,
      status: recognised ? 'recognised' : 'held',
      kind: held.kind,
      scheduledOn: date,
      place: placeOf(unit, level),
      heldOn: date,
      convened: held.convened,
      present: held.present,
      appointed: held.appointed,
      bodies: held.bodies,
      subcommittees: held.subcommittees,
      guests: guestsOf(level, unit, parent?.name ?? null),
      notes: congressNotes({
        cycle: entry.cycle,
        conference: held.seats === null,
        foundedOn: world.foundedOn(unit.unitId),
        pilot: entry.isPilot,
        elected,
      }),
      recognisedOn: recognised ? recognisedOn : null,
      recognitionDecision: recognised ? this.numbers.next(parent!, recognisedOn) : null,
      updatedAt: timestampOn(recognised ? recognisedOn : date, '16:30:00'),
    };
    this.congresses.push(row);
    const years = await this.rules.termYears(date);
    this.terms.push({
      id: this.ids.take('unit_terms'),
      unitId: unit.unitId,
      cycle: entry.cycle,
      congressId: row.id,
      startsOn: date,
      endsOn: addMonths(date, years * 12),
    });
    held.elections.forEach((election, index) => {
      const minute = String(10 + index * 7).padStart(2, '0');
      this.elections.push({
        ...election,
        congressId: row.id,
        countedAt: timestampOn(date, `11:${minute}:00`),
      });
    });
    this.held.push({ entry, row, held, unit, parent });
    if (this.options.hasCommittees(unit.unitId)) return;
    if (held.seats) {
      this.constitute({
        unitId: unit.unitId,
        congressId: row.id,
        cycle: entry.cycle,
        presentedOn: date,
        seats: held.seats,
      });
    } else this.appoint(unit.unitId, date, entry.cycle);
  }

  /** A congress recorded ahead: planned (no date yet) or scheduled for a day to come. */
  private async record(entry: Entry): Promise<void> {
    const { world } = this;
    if (this.options.hasCongress(entry.unitId, entry.cycle)) return;
    const unit = world.at(entry.unitId, world.today)!;
    const level = world.levelOf(unit)!;
    const random = seededRandom(seedFromText(`record ${entry.cycle} ${unit.code}`));
    const plan = this.options.planOf(entry, world.today);
    const recordedOn = randomDay(
      random,
      plan?.issuedOn ?? shiftDays(world.today, -90),
      shiftDays(world.today, -1),
    );
    const size = world.sizeOn(unit.unitId, entry.date ?? world.today);
    const rules = await this.rules.congress(level, size, entry.date ?? world.today);
    this.congresses.push({
      ...this.baseRow(entry, unit, recordedOn, random),
      status: entry.status === 'scheduled' ? 'scheduled' : 'planned',
      kind: requiredKindOf(level, size.members, rules),
      scheduledOn: entry.date,
      place: entry.date ? placeOf(unit, level) : null,
      heldOn: null,
      convened: null,
      present: null,
      appointed: null,
      bodies: {},
      subcommittees: [],
      guests: [],
      notes: null,
      recognisedOn: null,
      recognitionDecision: null,
      updatedAt: timestampOn(recordedOn, '10:00:00'),
    });
  }

  /** The committee elected at a held congress, chair first, by name (for the documents). */
  electedNames(result: HeldResult): { names: string[]; chair: string | null } {
    const name = (id: number) => this.world.members.get(id)?.fullName ?? '';
    const seats = result.held.seats ?? [];
    const chair = seats.find((seat) => seat.position === 'chair');
    const executive = result.held.elections.filter((election) => election.body === 'executiveCommittee');
    const elected = executive.length > 0 ? electedOf(executive) : seats.map((seat) => seat.memberId);
    const ordered = chair ? [chair.memberId, ...elected.filter((id) => id !== chair.memberId)] : elected;
    return { names: ordered.map(name), chair: chair ? name(chair.memberId) : null };
  }
}
