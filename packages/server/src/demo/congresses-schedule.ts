// When each demo unit holds its congress. 2023–2028 (seed 001): every Hà Nội grassroots union by 31/5/2023,
// the pilots' unions first and the pilots (Công đoàn ngành GTVT, LĐLĐ quận Hoàng Mai) before the other
// superior unions, every superior union by 31/7/2023, the city in October; the union of Văn phòng Đoàn
// ĐBQH và HĐND on 31/3/2023 (seed 003); elsewhere each grassroots union in the spring of 2023. A union
// founded later holds its first congress once its members have the year the rules ask of nominees.
// 2025–2030 in Hà Nội, on the tree of 1/7/2025: about half of the grassroots unions held by today, the rest
// scheduled, planned or not yet started, a few commune unions after their grassroots unions.
import { CYCLE_2023, CYCLE_2025 } from './congresses-text.ts';
import type { DemoWorld, UnitVersion } from './congresses-world.ts';
import { LONG_BIEN, LONG_BIEN_ACCOUNT_GRASSROOTS } from './longbien.ts';
import { randomDay, shiftDays } from './members-dates.ts';
import { seededRandom, seedFromText } from './random.ts';

export type EntryStatus = 'held' | 'scheduled' | 'planned';

export interface Entry {
  unitId: number;
  cycle: string;
  status: EntryStatus;
  /** the day held, or the day it is scheduled for */
  date: string | null;
  isPilot: boolean;
  /** a plan of the cycle applies to the unit (Hà Nội's, or a nearer one chosen later) */
  planned: boolean;
  /** the executive committee's seats when the story fixes them */
  seats?: number;
}

export const VPDBQH = { code: 'CDCS-HN-VPDBQH-HDND', date: '2023-03-31', seats: 7 };
export const PILOTS_2023 = ['CDN-GTVT-HN', 'LDLD-HN-HM'];
export const PILOTS_2025 = ['CD-HN-HOANGMAI', 'CD-KCN-HN'];
const HANOI = 'LDLD-HN';
const RESTRUCTURED = '2025-07-01';

/** A day in the range that is not a Sunday (moved to the Saturday before, when that is still in range). */
function workingDay(random: ReturnType<typeof seededRandom>, from: string, to: string): string {
  const day = randomDay(random, from, to);
  const sunday = new Date(`${day}T00:00:00Z`).getUTCDay() === 0;
  return sunday && shiftDays(day, -1) >= from ? shiftDays(day, -1) : day;
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** A first congress: a year and a few weeks after the founding, when every founder can stand. */
const firstCongressOf = (random: ReturnType<typeof seededRandom>, foundedOn: string) =>
  shiftDays(foundedOn, 365 + random.int(20, 100));

export class Schedule {
  readonly entries: Entry[] = [];
  private readonly world: DemoWorld;
  private readonly hanoi: number;
  private readonly yesterday: string;
  /** Units founded after the 2023 wave whose first congress falls in the 2025–2030 cycle, and when. */
  private readonly firstDue = new Map<number, string>();

  constructor(
    world: DemoWorld,
    /** whether a congress of the unit on the day could elect anyone (the nominees' years, the seat rules) */
    private readonly canElect: (unitId: number, date: string) => Promise<boolean>,
  ) {
    this.world = world;
    this.hanoi = world.id(HANOI);
    this.yesterday = shiftDays(world.today, -1);
  }

  private add(entry: Entry): void {
    this.entries.push(entry);
  }

  /** The first day from `date`, in steps of six weeks up to `limit`, on which the unit could elect. */
  private async electableFrom(unitId: number, date: string, limit: string): Promise<string | null> {
    for (let day = date; day <= limit; day = shiftDays(day, 42)) {
      if (this.world.at(unitId, day) && (await this.canElect(unitId, day))) return day;
    }
    return null;
  }

  private inHanoi(version: UnitVersion | undefined): boolean {
    return version?.path.includes(this.hanoi) ?? false;
  }

  /** Units of a tier that were alive on a date in Hà Nội, the deepest first (children before parents). */
  private hanoiUnits(tier: number, date: string): UnitVersion[] {
    return this.world
      .liveOn(date)
      .filter((version) => version.tier === tier && this.inHanoi(version))
      .sort((a, b) => b.path.length - a.path.length || a.unitId - b.unitId);
  }

  /** The latest congress of the cycle held in the unit's subtree (its own excluded), by a date. */
  private latestBelow(unitId: number, cycle: string, by: string): string | null {
    let latest: string | null = null;
    for (const entry of this.entries) {
      if (entry.cycle !== cycle || entry.status !== 'held' || !entry.date || entry.date > by) continue;
      if (entry.unitId === unitId || !this.world.inSubtree(entry.unitId, unitId, entry.date)) continue;
      if (!latest || entry.date > latest) latest = entry.date;
    }
    return latest;
  }

  async planCycle2023(): Promise<void> {
    const { world } = this;
    const pilots = PILOTS_2023.map((code) => world.id(code));
    const deadline = { grassroots: '2023-05-31', superior: '2023-07-31' };
    for (const unit of this.hanoiUnits(3, deadline.grassroots)) {
      const random = seededRandom(seedFromText(`congress 2023 ${unit.code}`));
      const underPilot = pilots.some((pilot) => world.inSubtree(unit.unitId, pilot, deadline.grassroots));
      const to = underPilot ? '2023-03-31' : deadline.grassroots;
      const from = earlier(later('2023-02-06', shiftDays(world.foundedOn(unit.unitId), 14)), to);
      const story = unit.code === VPDBQH.code;
      this.add({
        unitId: unit.unitId,
        cycle: CYCLE_2023,
        status: 'held',
        date: story ? VPDBQH.date : workingDay(random, from, to),
        isPilot: false,
        planned: true,
        ...(story ? { seats: VPDBQH.seats } : {}),
      });
    }
    // unions founded after the wave hold their first congress a year on (2025–2030 after the restructuring)
    for (const unit of world.liveOn(this.yesterday)) {
      const foundedOn = world.foundedOn(unit.unitId);
      if (unit.tier !== 3 || !this.inHanoi(unit) || foundedOn <= deadline.grassroots) continue;
      const wanted = firstCongressOf(seededRandom(seedFromText(`first ${unit.code}`)), foundedOn);
      const due = (await this.electableFrom(unit.unitId, wanted, this.yesterday)) ?? wanted;
      if (due < RESTRUCTURED && due <= this.yesterday) {
        this.add({
          unitId: unit.unitId,
          cycle: CYCLE_2023,
          status: 'held',
          date: due,
          isPilot: false,
          planned: true,
        });
      } else this.firstDue.set(unit.unitId, due);
    }
    for (const unit of this.hanoiUnits(2, deadline.superior)) {
      const random = seededRandom(seedFromText(`congress 2023 ${unit.code}`));
      const pilot = pilots.includes(unit.unitId);
      const below = this.latestBelow(unit.unitId, CYCLE_2023, deadline.superior) ?? '2023-03-01';
      const from = later(shiftDays(below, 5), pilot ? '2023-04-10' : '2023-06-01');
      const date = workingDay(random, from, later(from, pilot ? '2023-04-28' : deadline.superior));
      this.add({
        unitId: unit.unitId,
        cycle: CYCLE_2023,
        status: 'held',
        date,
        isPilot: pilot,
        planned: true,
      });
    }
    const city = seededRandom(seedFromText('congress 2023 city'));
    this.add({
      unitId: this.hanoi,
      cycle: CYCLE_2023,
      status: 'held',
      date: workingDay(city, '2023-10-09', '2023-10-20'),
      isPilot: false,
      planned: true,
    });
  }

  /** Outside Hà Nội: every grassroots union in the spring of 2023, or a year after it was founded. */
  async planProvinces2023(): Promise<void> {
    const { world } = this;
    for (const [unitId, versions] of world.versions) {
      const first = versions[0]!;
      if (first.tier !== 3 || versions.some((version) => this.inHanoi(version))) continue;
      const random = seededRandom(seedFromText(`congress 2023 ${first.code}`));
      const foundedOn = first.from;
      const wanted =
        foundedOn <= '2022-02-28'
          ? workingDay(random, '2023-03-01', '2023-06-30')
          : firstCongressOf(random, foundedOn);
      const end = world.endedOn(unitId);
      const date = await this.electableFrom(unitId, wanted, end ? shiftDays(end, -1) : this.yesterday);
      if (!date) continue;
      this.add({ unitId, cycle: CYCLE_2023, status: 'held', date, isPilot: false, planned: false });
    }
  }

  async planCycle2025(conferenceUnits: number[]): Promise<void> {
    const { world, yesterday } = this;
    const today = world.today;
    const pilots = PILOTS_2025.map((code) => world.id(code));
    const longBien = world.id(LONG_BIEN.code);
    const conference = new Set(conferenceUnits);
    for (const unit of this.hanoiUnits(3, today)) {
      const random = seededRandom(seedFromText(`congress 2025 ${unit.code}`));
      const underPilot = pilots.some((pilot) => world.inSubtree(unit.unitId, pilot, today));
      const inLongBien = world.inSubtree(unit.unitId, longBien, today);
      const due = this.firstDue.get(unit.unitId);
      const before = this.entries.find((entry) => entry.unitId === unit.unitId && entry.cycle === CYCLE_2023);
      const earliest = [
        due ?? shiftDays(world.foundedOn(unit.unitId), 380),
        before?.date ? shiftDays(before.date, 365) : '',
      ].reduce(later, '2025-09-01');
      const roll = random.next();
      let status: EntryStatus | null;
      if (unit.code === LONG_BIEN_ACCOUNT_GRASSROOTS) status = null;
      else if (underPilot || conference.has(unit.unitId) || due !== undefined) status = 'held';
      else if (inLongBien)
        status = roll < 0.4 ? 'held' : roll < 0.55 ? 'scheduled' : roll < 0.65 ? 'planned' : null;
      else status = roll < 0.5 ? 'held' : roll < 0.7 ? 'scheduled' : roll < 0.85 ? 'planned' : null;
      if (status === 'held' && earliest > yesterday) status = 'scheduled';
      if (!status) continue;
      let date =
        status === 'planned'
          ? null
          : status === 'scheduled'
            ? workingDay(random, later(shiftDays(today, 1), earliest), later(shiftDays(today, 100), earliest))
            : underPilot
              ? workingDay(random, earliest, later(earliest, '2025-10-31'))
              : workingDay(random, earliest, yesterday);
      if (status === 'held') {
        date = await this.electableFrom(unit.unitId, date!, yesterday);
        if (!date) status = 'planned';
      }
      this.add({ unitId: unit.unitId, cycle: CYCLE_2025, status, date, isPilot: false, planned: true });
    }
    for (const unit of this.hanoiUnits(2, today)) {
      if (unit.unitId === longBien || world.inSubtree(unit.unitId, longBien, today)) continue;
      const random = seededRandom(seedFromText(`congress 2025 ${unit.code}`));
      const pilot = pilots.includes(unit.unitId);
      const below = world.subtreeOn(unit.unitId, today).filter((version) => version.tier === 3);
      const theirs = below.map((version) =>
        this.entries.find((entry) => entry.unitId === version.unitId && entry.cycle === CYCLE_2025),
      );
      const dates = theirs.map((entry) => entry?.date ?? null);
      const allHeld = theirs.every((entry) => entry?.status === 'held');
      const allDated = theirs.every((entry) => entry?.date);
      const last = dates.reduce<string>((max, date) => (date && date > max ? date : max), '2025-09-01');
      const date = shiftDays(last, random.int(7, 40));
      let entry: Entry | null = null;
      if (below.length > 0 && allHeld && (pilot || random.next() < 0.5) && date <= yesterday) {
        entry = {
          unitId: unit.unitId,
          cycle: CYCLE_2025,
          status: 'held',
          date,
          isPilot: pilot,
          planned: true,
        };
      } else if (below.length > 0 && allDated) {
        const on = later(date, shiftDays(today, random.int(10, 60)));
        entry = {
          unitId: unit.unitId,
          cycle: CYCLE_2025,
          status: 'scheduled',
          date: on,
          isPilot: pilot,
          planned: true,
        };
      } else if (pilot || random.next() < 0.5) {
        entry = {
          unitId: unit.unitId,
          cycle: CYCLE_2025,
          status: 'planned',
          date: null,
          isPilot: pilot,
          planned: true,
        };
      }
      if (entry) this.add(entry);
    }
    this.add({
      unitId: this.hanoi,
      cycle: CYCLE_2025,
      status: 'planned',
      date: null,
      isPilot: false,
      planned: true,
    });
  }
}
