// Demo congresses (issue #4): the 2023–2028 cycle complete across Hà Nội as seed 001 tells it (the city's
// plan of March 2022, every grassroots union by 31/5/2023, every superior union by 31/7/2023, the pilots
// first, the city congress in October), the Văn phòng Đoàn ĐBQH và HĐND union electing seven on 31/3/2023
// (seed 003), a 2023 congress for every grassroots union elsewhere, and the 2025–2030 cycle half done in
// Hà Nội on the tree of 1/7/2025. The committees elected are the one source of the demo's union offices.
// Planned from the tree and members in the database (so a demo seeded before congresses existed gets the
// same ones on its next start), written in bulk with one audit entry and the meta marker.
import { CONGRESS_LEVELS, type CongressLevel } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/client.ts';
import { meta } from '../db/schema/index.ts';
import { ROOT_UNIT } from '../modules/org/index.ts';
import { recordAudit } from '../platform/audit.ts';
import { type DemoDocumentKind, demoDocument } from './congresses-documents.ts';
import { type CongressEvent, CongressGenerator } from './congresses-generate.ts';
import { canElect } from './congresses-hold.ts';
import { DemoRules } from './congresses-rules.ts';
import { type Entry, PILOTS_2023, PILOTS_2025, Schedule, VPDBQH } from './congresses-schedule.ts';
import { CYCLE_2023, CYCLE_2025, communePlan, HANOI_PLAN_2023, HANOI_PLAN_2025 } from './congresses-text.ts';
import { type DemoWorld, loadWorld } from './congresses-world.ts';
import { type DocumentRow, Ids, type PlanRow, writeCongressRows } from './congresses-write.ts';
import { shiftDays } from './members-dates.ts';
import { officesOfCommittees, retireStandaloneOffices } from './members-offices.ts';
import { seededRandom, seedFromText } from './random.ts';

/** Set once the demo congresses are in, so that a later start adds none. */
export const DEMO_CONGRESSES_MARKER = 'demo.congresses';

export interface DemoCongressesSummary {
  plans: number;
  congresses: number;
  held: number;
  elections: number;
  committees: number;
  offices: number;
  /** offices of an earlier demo that the committees replaced */
  replacedOffices: number;
}

const deadlinesOf = (deadlines: Partial<Record<CongressLevel, string>>) =>
  CONGRESS_LEVELS.filter((level) => deadlines[level]).map((level) => ({
    level,
    deadline: deadlines[level]!,
  }));

/** Documents kept with the congresses the seeds tell of, and with the pilots'. */
const DOCUMENTS: Record<string, DemoDocumentKind[]> = {
  [`${CYCLE_2023} ${VPDBQH.code}`]: ['politicalReport', 'personnelPlan', 'resolution'],
  [`${CYCLE_2023} LDLD-HN`]: ['politicalReport', 'resolution'],
  ...Object.fromEntries(PILOTS_2023.map((code) => [`${CYCLE_2023} ${code}`, ['resolution']])),
  ...Object.fromEntries(PILOTS_2025.map((code) => [`${CYCLE_2025} ${code}`, ['resolution']])),
};

/** Young unions get a provisional committee a week or three after they are founded. */
function appointments(world: DemoWorld, from: string, to: string): CongressEvent[] {
  const events: CongressEvent[] = [];
  for (const [unitId, versions] of world.versions) {
    const first = versions[0]!;
    if (first.tier !== 3 || first.from < from || first.from >= to) continue;
    const random = seededRandom(seedFromText(`appointed ${first.code}`));
    const date = shiftDays(first.from, random.int(7, 21));
    events.push({ kind: 'appoint', date, unitId, cycle: date < '2025-07-01' ? CYCLE_2023 : CYCLE_2025 });
  }
  return events;
}

async function existing(tx: Tx) {
  const congresses = await queryRows<{ unitId: number; cycle: string }>(
    tx,
    sql`select unit_id as "unitId", cycle from congresses`,
  );
  const committees = await queryRows<{ unitId: number }>(
    tx,
    sql`select distinct unit_id as "unitId" from committees`,
  );
  const plans = await queryRows<{ id: number; issuerUnitId: number; cycle: string }>(
    tx,
    sql`select id, issuer_unit_id as "issuerUnitId", cycle from congress_plans order by id`,
  );
  return {
    congresses: new Set(congresses.map((row) => `${row.unitId} ${row.cycle}`)),
    committees: new Set(committees.map((row) => row.unitId)),
    plans,
  };
}

export async function seedDemoCongresses(tx: Tx, options: { today: string }): Promise<DemoCongressesSummary> {
  const { today } = options;
  const replacedOffices = await retireStandaloneOffices(tx);
  const world = await loadWorld(tx, today);
  const rules = await DemoRules.load(tx);
  const ids = await Ids.reserve(tx);
  const before = await existing(tx);
  const hanoi = world.id('LDLD-HN');

  const plans: PlanRow[] = [];
  const issue = (
    issuerUnitId: number,
    cycle: string,
    text: ReturnType<typeof communePlan>,
    pilots: string[],
  ) => {
    const found = before.plans.find((plan) => plan.issuerUnitId === issuerUnitId && plan.cycle === cycle);
    const row = {
      id: found?.id ?? ids.take('congress_plans'),
      issuerUnitId,
      cycle,
      ...text,
      deadlines: deadlinesOf(text.deadlines),
      pilotUnitIds: pilots.map((code) => world.id(code)),
    };
    if (!found) plans.push(row);
    return row;
  };
  const hanoi2023 = issue(hanoi, CYCLE_2023, HANOI_PLAN_2023, PILOTS_2023);
  const hanoi2025 = issue(hanoi, CYCLE_2025, HANOI_PLAN_2025, PILOTS_2025);
  const communePlans = new Map<number, PlanRow>();
  const planOf = (entry: Entry, recordedOn: string) => {
    if (!entry.planned) return null;
    if (entry.cycle === CYCLE_2023) return hanoi2023;
    for (const [communeId, plan] of communePlans) {
      if (recordedOn >= plan.issuedOn && world.inSubtree(entry.unitId, communeId, today)) return plan;
    }
    return hanoi2025;
  };

  const seatValues = await rules.seats(today);
  const generator = new CongressGenerator(world, rules, ids, {
    planOf,
    hasCongress: (unitId, cycle) => before.congresses.has(`${unitId} ${cycle}`),
    hasCommittees: (unitId) => before.committees.has(unitId),
    chairOnlyBelow: seatValues.chairOnlyBelowMembers,
  });
  const schedule = new Schedule(world, (unitId, date) => {
    const unit = world.at(unitId, date)!;
    const end = world.endedOn(unitId);
    const until = end ? shiftDays(end, -1) : today;
    return canElect(world, rules, { unit, level: world.levelOf(unit)!, date, until });
  });
  await schedule.planCycle2023();
  await schedule.planProvinces2023();
  const congressEvents = (cycle: string): CongressEvent[] =>
    schedule.entries
      .filter((entry) => entry.cycle === cycle && entry.date !== null && entry.status === 'held')
      .map((entry) => ({ kind: 'congress', date: entry.date!, entry }));
  await generator.run([...congressEvents(CYCLE_2023), ...appointments(world, '2022-06-01', '2025-07-01')]);

  // a union that could elect no one in 2023 holds its congress in the new cycle as soon as it can
  await schedule.planCycle2025(
    generator.held
      .filter((result) => result.entry.cycle === CYCLE_2023 && result.held.seats === null)
      .map((result) => result.unit.unitId),
  );
  for (const [index, communeId] of latePlanCommunes(world, schedule.entries, hanoi).entries()) {
    const name = world.at(communeId, today)!.name;
    communePlans.set(communeId, issue(communeId, CYCLE_2025, communePlan(name, 14 + index * 9), []));
  }
  const ahead = schedule.entries
    .filter((entry) => entry.cycle === CYCLE_2025 && entry.status !== 'held')
    .map((entry): CongressEvent => ({ kind: 'congress', date: today, entry }));
  await generator.run([
    ...congressEvents(CYCLE_2025),
    ...ahead,
    ...appointments(world, '2025-07-01', '9999-12-31'),
  ]);
  sweepUnionsWithoutCommittee(world, generator);

  const { seats, offices } = officesOfCommittees(world, generator.committees, ids);
  const documents = await documentsOf(generator, ids);
  await writeCongressRows(tx, {
    plans,
    congresses: generator.congresses,
    terms: generator.terms,
    elections: generator.elections,
    committees: generator.committees,
    seats,
    offices,
    documents,
  });
  const summary: DemoCongressesSummary = {
    plans: plans.length,
    congresses: generator.congresses.length,
    held: generator.held.length,
    elections: generator.elections.length,
    committees: generator.committees.length,
    offices: offices.length,
    replacedOffices,
  };
  await recordAudit(tx, null, {
    action: 'seed',
    entity: 'demo',
    entityId: 'congresses',
    unitId: world.id(ROOT_UNIT.code),
    after: { ...summary, today },
  });
  await tx.insert(meta).values({ key: DEMO_CONGRESSES_MARKER, value: { ...summary, seededOn: today } });
  return summary;
}

/**
 * Two commune unions that set their grassroots unions an earlier deadline than the city's (30/9/2026) and
 * have some who missed it: drilling into them shows congresses late against the plan that applies there.
 */
function latePlanCommunes(world: DemoWorld, entries: Entry[], hanoi: number): number[] {
  const pilots = new Set(PILOTS_2025.map((code) => world.id(code)));
  const held = new Set(
    entries.filter((e) => e.cycle === CYCLE_2025 && e.status === 'held').map((e) => e.unitId),
  );
  return world
    .liveOn(world.today)
    .filter((unit) => unit.type === 'commune' && unit.path.includes(hanoi) && !pilots.has(unit.unitId))
    .map((unit) => {
      const below = world.subtreeOn(unit.unitId, world.today).filter((version) => version.tier === 3);
      return {
        unit,
        below: below.length,
        missing: below.filter((version) => !held.has(version.unitId)).length,
      };
    })
    .filter((commune) => commune.missing > 0 && commune.missing < commune.below)
    .sort((a, b) => b.below - a.below || a.unit.unitId - b.unit.unitId)
    .slice(0, 2)
    .map((commune) => commune.unit.unitId);
}

/** Every grassroots union alive today with members who can serve has a sitting committee, its chair first. */
function sweepUnionsWithoutCommittee(world: DemoWorld, generator: CongressGenerator): void {
  for (const unit of world.liveOn(world.today)) {
    if (unit.tier !== 3 || generator.sitting(unit.unitId)) continue;
    const lastHeld = generator.held
      .filter((result) => result.unit.unitId === unit.unitId)
      .reduce<string | null>(
        (last, result) => (last && last > result.row.heldOn! ? last : result.row.heldOn),
        null,
      );
    const from = lastHeld ?? shiftDays(world.foundedOn(unit.unitId), 14);
    generator.appoint(unit.unitId, from, from < '2025-07-01' ? CYCLE_2023 : CYCLE_2025);
  }
}

async function documentsOf(generator: CongressGenerator, ids: Ids): Promise<DocumentRow[]> {
  const documents: DocumentRow[] = [];
  for (const result of generator.held) {
    const kinds = DOCUMENTS[`${result.entry.cycle} ${result.unit.code}`];
    if (!kinds || result.held.seats === null) continue;
    const { names, chair } = generator.electedNames(result);
    for (const kind of kinds) {
      const file = await demoDocument({
        kind,
        unitName: result.unit.name,
        parentName: result.parent?.name ?? null,
        cycle: result.entry.cycle,
        heldOn: result.row.heldOn!,
        place: result.row.place ?? '',
        allMembers: result.held.kind === 'allMember',
        members: result.held.size.members,
        present: result.held.present,
        convened: result.held.convened,
        elected: names,
        chair,
      });
      documents.push({
        id: ids.take('congress_documents'),
        congressId: result.row.id,
        kind,
        fileName: file.fileName,
        content: file.content,
        uploadedAt: kind === 'resolution' ? result.row.heldOn! : shiftDays(result.row.heldOn!, -7),
      });
    }
  }
  return documents;
}
