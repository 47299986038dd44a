// Demo members as data, before anything is written: how many each grassroots union admits and when, then
// each member's life in the union — transfers within the province, leaving, retirement, expulsion, death —
// as membership periods that never overlap and never outlive the union they are in.
import { addYears, type MemberStatus } from '@congdoan/domain';
import type { DemoContent } from './content.ts';
import { LONG_BIEN_ACCOUNT_GRASSROOTS } from './longbien.ts';
import { daysBetween, randomDay, shiftDays } from './members-dates.ts';
import { type Job, jobAt, workforceWeight } from './members-jobs.ts';
import { type Person, PersonFactory, retirementAge } from './members-people.ts';
import { type GrassrootsLife, grassrootsLives, TransferTargets } from './members-units.ts';
import { companyName } from './names.ts';
import { PROVINCES_2025 } from './provinces-data.ts';
import { type Random, seededRandom, seedFromText } from './random.ts';

/** Members per grassroots union by default: about 50,000 at the default demo size of 20 per province. */
export const DEFAULT_MEMBERS_PER_GRASSROOTS = 64;
/** No admissions before this day: the demo's history of members starts here. */
const HISTORY_FROM = '2005-01-01';
/** The member the browser tests look for, accent-free, in the `cdcs` account's union. */
export const PINNED_MEMBER = 'Nguyễn Văn An';

export type EndKind = 'transferOut' | 'leave' | 'expel' | 'death';

export interface DemoPeriod {
  unit: string;
  validFrom: string;
  validTo: string | null;
  startKind: 'admit' | 'transferIn';
  startDecision: string | null;
  endKind: EndKind | null;
  endReason: string | null;
  endDecision: string | null;
}

export interface DemoMember {
  person: Person;
  job: Job;
  employer: string;
  joinedUnionOn: string;
  cardNumber: string | null;
  status: MemberStatus;
  /** Code of the unit of the last period. */
  unit: string;
  periods: DemoPeriod[];
}

export interface MembersPlanOptions {
  /** Members in all (people, whatever became of them); by default DEFAULT_MEMBERS_PER_GRASSROOTS a union. */
  total?: number;
  today: string;
}

/** Yearly chances of each way out of a period (leaving is likelier in firms than in public units). */
const RATES = { transfer: 0.012, transferElsewhere: 0.002, expel: 0.0005, death: 0.001 };
const leaveRate = (life: GrassrootsLife) => (life.kind === 'company' ? 0.05 : 0.02);
const LEAVE_REASONS = [
  'Nghỉ việc',
  'Chấm dứt hợp đồng lao động',
  'Chuyển công tác',
  'Xin ra khỏi tổ chức công đoàn',
];
const EXPEL_REASONS = [
  'Vi phạm Điều lệ Công đoàn Việt Nam',
  'Không sinh hoạt, không đóng đoàn phí 6 tháng liền',
];
const statusOf: Record<EndKind, MemberStatus> = {
  transferOut: 'transferredOut',
  leave: 'left',
  expel: 'expelled',
  death: 'deceased',
};

export function planMembers(content: DemoContent, options: MembersPlanOptions): DemoMember[] {
  const { today } = options;
  const lives = grassrootsLives(content, today);
  const byCode = new Map(lives.map((life) => [life.code, life]));
  const survivorOf = new Map<string, string>();
  for (const merged of PROVINCES_2025) {
    for (const province of [merged.survivor, ...merged.absorbed])
      survivorOf.set(province.abbreviation, merged.survivor.abbreviation);
  }
  const targets = new TransferTargets(content.tree, lives, (p) => survivorOf.get(p) ?? p);
  const budgets = headcounts(lives, options.total ?? DEFAULT_MEMBERS_PER_GRASSROOTS * lives.length);
  const people = new PersonFactory();
  const decisions = new Map<string, string>();
  const issued = new Map<string, number>();
  // one decision admits everyone a union admits on a day; numbers restart each year
  const decisionOf = (unit: string, date: string) => {
    let decision = decisions.get(`${unit}|${date}`);
    if (!decision) {
      const year = `${unit}|${date.slice(0, 4)}`;
      const number = (issued.get(year) ?? 0) + 1;
      issued.set(year, number);
      decision = `Quyết định số ${number}/QĐ-CĐCS`;
      decisions.set(`${unit}|${date}`, decision);
    }
    return decision;
  };
  const members: DemoMember[] = [];
  for (const life of lives) {
    const random = seededRandom(seedFromText(`members ${life.code}`));
    const count = budgets.get(life.code) ?? 0;
    const from = life.foundedOn > HISTORY_FROM ? life.foundedOn : HISTORY_FROM;
    const until = life.endedOn ? shiftDays(life.endedOn, -1) : today;
    if (from > until) continue;
    for (let rank = 0; rank < count; rank++) {
      const foreign = life.industrialZone && rank >= 2 && random.next() < 0.05;
      const admittedOn = admissionDate(random, from, until, rank, foreign, today);
      const pinned = life.code === LONG_BIEN_ACCOUNT_GRASSROOTS && rank === 2;
      const person = people.make(random, {
        province: life.province,
        womenShare: pinned ? 0 : life.kind === 'school' || life.kind === 'health' ? 0.55 : 0.45,
        admittedOn,
        foreign,
      });
      if (pinned) Object.assign(person, { fullName: PINNED_MEMBER, ethnicity: 'Kinh', religion: 'Không' });
      const start: DemoPeriod = {
        unit: life.code,
        validFrom: admittedOn,
        validTo: null,
        startKind: 'admit',
        startDecision: decisionOf(life.code, admittedOn),
        endKind: null,
        endReason: null,
        endDecision: null,
      };
      const periods = pinned ? [start] : live(random, start, person, { byCode, targets, today });
      const last = periods[periods.length - 1]!;
      const final = byCode.get(last.unit)!;
      const job = jobAt(random, final.kind, final.employer, final === life ? rank : 2);
      members.push({
        person,
        job,
        employer: final.employer,
        joinedUnionOn: admittedOn,
        cardNumber: random.next() < 0.9 ? people.cardNumber(life.province) : null,
        status: last.endKind ? statusOf[last.endKind] : 'active',
        unit: last.unit,
        periods,
      });
    }
  }
  return members;
}

/**
 * People admitted by each union: its workforce weight, scaled so the demo has `total` in all. Long Biên's
 * unions keep their own size (the demo accounts work there), capped so each shows 50–300 members.
 */
function headcounts(lives: readonly GrassrootsLife[], total: number): Map<string, number> {
  const weights = lives.map((life) => {
    const weight = workforceWeight(seededRandom(seedFromText(`size ${life.code}`)), life.name);
    return life.longBien ? Math.min(Math.max(weight, 100), 260) : weight;
  });
  const fixed = lives.reduce((sum, life, index) => sum + (life.longBien ? weights[index]! : 0), 0);
  const free = lives.reduce((sum, life, index) => sum + (life.longBien ? 0 : weights[index]!), 0);
  const scale = fixed >= total ? total / fixed : 1;
  const factor = free > 0 ? Math.max(0, total - fixed * scale) / free : 0;
  return new Map(
    lives.map((life, index) => [life.code, Math.round(weights[index]! * (life.longBien ? scale : factor))]),
  );
}

/**
 * A union's first members join within two months of its founding; the rest are spread over its life with
 * more of them lately, so membership grows. Foreign workers arrive in the last four years.
 */
function admissionDate(
  random: Random,
  from: string,
  until: string,
  rank: number,
  foreign: boolean,
  today: string,
): string {
  if (foreign) {
    const recent = addYears(today, -4);
    return randomDay(random, recent > from ? recent : from, until);
  }
  if (rank < 2 || random.next() < 0.3) {
    const cohortEnd = shiftDays(from, 60);
    return randomDay(random, from, cohortEnd < until ? cohortEnd : until);
  }
  const span = daysBetween(from, until);
  return shiftDays(from, Math.floor(random.next() ** (1 / 1.7) * span));
}

interface LifeContext {
  byCode: Map<string, GrassrootsLife>;
  targets: TransferTargets;
  today: string;
}

interface Next {
  date: string;
  kind: 'event' | 'retire' | 'contractEnd' | 'unitEnd';
}

/** Runs a member's life from admission to today, one period per union, each ending in one way out or open. */
function live(random: Random, start: DemoPeriod, person: Person, context: LifeContext): DemoPeriod[] {
  const periods = [start];
  const foreign = person.nationality !== 'VN';
  const retireOn = addYears(person.dateOfBirth, retirementAge(person.gender));
  // a work permit runs for the contract, renewed up to twice
  const contractEnd = foreign
    ? shiftDays(start.validFrom, Math.round(person.foreignContractMonths! * (1 + random.int(0, 2)) * 30.4))
    : null;
  let period = start;
  let cursor = start.validFrom;
  for (;;) {
    const life = context.byCode.get(period.unit)!;
    const rate = foreign
      ? 0
      : leaveRate(life) + RATES.transfer + RATES.transferElsewhere + RATES.expel + RATES.death;
    const gap =
      rate > 0 ? Math.max(30, Math.round((-Math.log(1 - random.next()) / rate) * 365.25)) : Infinity;
    const candidates: Next[] = [
      { date: Number.isFinite(gap) ? shiftDays(cursor, gap) : '9999-12-31', kind: 'event' },
      { date: retireOn, kind: 'retire' },
    ];
    if (contractEnd) candidates.push({ date: contractEnd, kind: 'contractEnd' });
    if (life.endedOn) candidates.push({ date: life.endedOn, kind: 'unitEnd' });
    const next = candidates
      .filter((candidate) => candidate.date > cursor)
      .reduce((a, b) => (b.date < a.date ? b : a));
    if (next.date > context.today) return periods;
    const close = (endKind: EndKind, endReason: string, endDecision: string | null = null) =>
      Object.assign(period, { validTo: next.date, endKind, endReason, endDecision });
    const transfer = (to: GrassrootsLife) => {
      close('transferOut', `Chuyển sinh hoạt công đoàn đến ${to.name}`);
      period = {
        unit: to.code,
        validFrom: next.date,
        validTo: null,
        startKind: 'transferIn',
        startDecision: null,
        endKind: null,
        endReason: null,
        endDecision: null,
      };
      periods.push(period);
      cursor = next.date;
    };
    if (next.kind === 'unitEnd') {
      // a dissolved union's members go to the union it merged into, or to another one nearby
      const successor = life.successor ? context.byCode.get(life.successor) : undefined;
      const to = successor ?? context.targets.pick(random, life, next.date);
      if (!to) {
        close('leave', 'Công đoàn cơ sở giải thể');
        return periods;
      }
      transfer(to);
      continue;
    }
    if (next.kind === 'event' && random.next() * rate < RATES.transfer) {
      const to = context.targets.pick(random, life, next.date);
      if (to) transfer(to);
      else cursor = next.date;
      continue;
    }
    close(...ending(random, next.kind, life));
    return periods;
  }
}

/** How a period ends other than by a transfer within the platform: kind, reason and decision. */
function ending(random: Random, kind: Next['kind'], life: GrassrootsLife): [EndKind, string, string | null] {
  if (kind === 'retire') return ['leave', 'Nghỉ hưu', null];
  if (kind === 'contractEnd') return ['leave', 'Hết hạn hợp đồng lao động', null];
  const leave = leaveRate(life);
  const roll = random.next() * (leave + RATES.transferElsewhere + RATES.expel + RATES.death);
  if (roll < leave) return ['leave', random.pick(LEAVE_REASONS), null];
  if (roll < leave + RATES.transferElsewhere)
    return ['transferOut', `Chuyển sinh hoạt công đoàn đến Công đoàn cơ sở ${companyName(random)}`, null];
  if (roll < leave + RATES.transferElsewhere + RATES.expel)
    return ['expel', random.pick(EXPEL_REASONS), `Quyết định số ${random.int(1, 99)}/QĐ-CĐCS`];
  return ['death', 'Từ trần', null];
}
