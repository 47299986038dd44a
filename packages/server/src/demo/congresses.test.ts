// The demo congresses seeded into a fresh database and read the way a user meets them: the seeds' figures of
// the 2023–2028 cycle in Hà Nội over the progress API, the Văn phòng Đoàn ĐBQH union's seven, every ballot
// as countElection counts it, every congress and nominee passing the modules' own checks, the 2025–2030 cycle
// under way, and the offices the committees give (one chair a union, only to those who may hold one).
import {
  type Committee,
  type CongressPlan,
  type CongressProgress,
  countElection,
  countProblems,
  type Election,
  todayInVietnam,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client.ts';
import { getCongress } from '../modules/congresses/queries.ts';
import { loadCongress } from '../modules/congresses/service.ts';
import { assertEligible } from '../modules/elections/eligibility.ts';
import { seatRulesOfCongress } from '../modules/elections/seats.ts';
import { currentTree, liveOn, unitVersions } from '../modules/org/index.ts';
import { ruleFraction } from '../platform/rules.ts';
import { createTestContext, signIn, type TestContext } from '../test/context.ts';
import { DEMO_PASSWORD } from './accounts.ts';
import { DEMO_CONGRESSES_MARKER } from './congresses.ts';
import { LONG_BIEN, LONG_BIEN_ACCOUNT_GRASSROOTS } from './longbien.ts';
import { PINNED_MEMBER } from './members-plan.ts';
import { seedDemo } from './seed.ts';
import { DEMO_YEAR_MARKER, DEMO_YEAR_TABLES } from './year.ts';

let ctx: TestContext;
let hanoi: { cookie: string };
const today = todayInVietnam();
const options = { grassrootsPerProvince: 2, log: () => {} };
const CONGRESS_TABLES = [
  'committee_members',
  'committees',
  'election_candidates',
  'elections',
  'unit_terms',
  'congress_documents',
  'congresses',
  'congress_plan_pilots',
  'congress_plans',
];

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(ctx.database.db, query);

async function idOf(code: string): Promise<number> {
  const [row] = await rows<{ id: number }>(sql`select id from org_units where code = ${code}`);
  if (!row) throw new Error(`no unit ${code}`);
  return row.id;
}

async function get<T>(url: string): Promise<T> {
  const response = await ctx.app.inject({ method: 'GET', url, headers: { cookie: hanoi.cookie } });
  expect(response.statusCode, url).toBe(200);
  return response.json() as T;
}

const progress = async (code: string, cycle: string, asOf?: string) =>
  get<CongressProgress>(
    `/api/congress-progress?unitId=${await idOf(code)}&cycle=${cycle}${asOf ? `&asOf=${asOf}` : ''}`,
  );
const level = (figures: CongressProgress, name: string) =>
  figures.levels.find((item) => item.level === name)!;

// The first demo test file to start seeds the demo they share (test/templates.ts), the others wait for it.
beforeAll(async () => {
  ctx = await createTestContext({ demo: options });
  hanoi = await signIn(ctx, 'hanoi', DEMO_PASSWORD);
}, 300_000);

afterAll(async () => {
  await ctx?.close();
});

describe('the 2023–2028 cycle in Hà Nội (seed 001)', () => {
  it('has every grassroots union alive on 31/5/2023 held by then, and every superior union by 31/7/2023', async () => {
    const may = await progress('LDLD-HN', '2023-2028', '2023-05-31');
    const grassroots = level(may, 'grassroots');
    expect(grassroots.total).toBeGreaterThan(100);
    expect(grassroots.held).toBe(grassroots.total);
    expect(grassroots.deadline).toBe('2023-05-31');
    const july = level(await progress('LDLD-HN', '2023-2028', '2023-07-31'), 'superior');
    expect(july.total).toBeGreaterThan(15);
    expect(july.held).toBe(july.total);
    const city = level(await progress('LDLD-HN', '2023-2028', '2023-10-31'), 'provincial');
    expect([city.held, city.total]).toEqual([1, 1]);
  });

  it('follows the plan of March 2022, the pilots of Công đoàn ngành GTVT and LĐLĐ Hoàng Mai first', async () => {
    const city = await idOf('LDLD-HN');
    const plans = await get<CongressPlan[]>(`/api/congress-plans?unitId=${city}&cycle=2023-2028`);
    const plan = plans.find((item) => item.issuer.id === city)!;
    expect(plan.title).toContain('Đại hội Công đoàn Thành phố lần thứ XVII, nhiệm kỳ 2023 - 2028');
    expect(plan.issuedOn.slice(0, 7)).toBe('2022-03');
    expect(plan.pilots.map((pilot) => pilot.id).sort()).toEqual(
      [await idOf('CDN-GTVT-HN'), await idOf('LDLD-HN-HM')].sort(),
    );
    const superior = await rows<{ code: string; pilot: boolean; heldOn: string }>(
      sql`select u.code, c.is_pilot as pilot, c.held_on::text as "heldOn" from congresses c
          join org_units u on u.id = c.unit_id join ${unitVersions()} v on v.unit_id = c.unit_id
            and ${liveOn(sql`c.held_on`)}
          join unit_types t on t.code = v.type
          where c.cycle = '2023-2028' and t.tier = 2 and c.plan_id = ${plan.id}`,
    );
    const pilots = superior.filter((row) => row.pilot);
    expect(pilots.map((row) => row.code).sort()).toEqual(['CDN-GTVT-HN', 'LDLD-HN-HM']);
    const lastPilot = pilots
      .map((row) => row.heldOn)
      .sort()
      .pop()!;
    for (const row of superior.filter((item) => !item.pilot))
      expect(row.heldOn > lastPilot, row.code).toBe(true);
  });

  it('has the union of Văn phòng Đoàn ĐBQH và HĐND elect 7 on 31/3/2023 and present them there (seed 003)', async () => {
    const unitId = await idOf('CDCS-HN-VPDBQH-HDND');
    const page = await get<{ items: { id: number; heldOn: string | null }[] }>(
      `/api/congresses?unitId=${unitId}&cycle=2023-2028&subtree=false`,
    );
    expect(page.items.map((item) => item.heldOn)).toEqual(['2023-03-31']);
    const congressId = page.items[0]!.id;
    const elections = await get<Election[]>(`/api/congresses/${congressId}/elections`);
    const executive = elections.filter((election) => election.body === 'executiveCommittee');
    expect(executive[0]?.seats).toBe(7);
    expect(executive.flatMap((election) => election.elected)).toHaveLength(7);
    const committees = await get<Committee[]>(`/api/org-units/${unitId}/committees`);
    const elected = committees.find((committee) => committee.congressId === congressId)!;
    expect(elected.presentedOn).toBe('2023-03-31');
    expect(elected.members).toHaveLength(7);
    expect(elected.members.filter((member) => member.position === 'chair')).toHaveLength(1);
    const congress = await get<{ documents: { kind: string }[]; checks: { quorumMet: boolean } }>(
      `/api/congresses/${congressId}`,
    );
    expect(congress.checks.quorumMet).toBe(true);
    expect(congress.documents.map((document) => document.kind).sort()).toEqual([
      'personnelPlan',
      'politicalReport',
      'resolution',
    ]);
  });
});

describe('the ballots and congresses as the modules judge them', () => {
  it('stores every count as countElection gives it, each passing countProblems', async () => {
    const fraction = await ruleFraction(ctx.database.db, 'election.winThreshold', today);
    const counted = await rows<{
      id: number;
      seats: number;
      issued: number;
      collected: number;
      invalid: number;
      threshold: number;
      unfilled: number;
      candidates: { id: number; votes: number; outcome: string }[];
    }>(
      sql`select e.id, e.seats, e.ballots_issued as issued, e.ballots_collected as collected,
            e.invalid_ballots as invalid, e.threshold, e.unfilled,
            json_agg(json_build_object('id', c.id, 'votes', c.votes, 'outcome', c.outcome)) as candidates
          from elections e join election_candidates c on c.election_id = e.id
          where e.status = 'counted' group by e.id`,
    );
    expect(counted.length).toBeGreaterThan(300);
    for (const election of counted) {
      const votes = Object.fromEntries(election.candidates.map((c) => [String(c.id), c.votes]));
      const count = {
        seats: election.seats,
        ballotsCollected: election.collected,
        invalidBallots: election.invalid,
        votes,
      };
      expect(countProblems({ ...count, ballotsIssued: election.issued }), `election ${election.id}`).toEqual(
        [],
      );
      const result = countElection(count, fraction.numerator / fraction.denominator);
      expect([election.threshold, election.unfilled], `election ${election.id}`).toEqual([
        result.threshold,
        result.unfilled,
      ]);
      for (const candidate of election.candidates) {
        const outcome = result.elected.includes(String(candidate.id))
          ? 'elected'
          : result.tied.includes(String(candidate.id))
            ? 'tied'
            : 'notElected';
        expect(candidate.outcome, `candidate ${candidate.id}`).toBe(outcome);
      }
    }
  });

  it('holds every congress above the quorum, of the kind its size requires, with seats, nominees and committee the rules allow', async () => {
    const held = await rows<{ id: number }>(
      sql`select id from congresses where held_on is not null order by id`,
    );
    expect(held.length).toBeGreaterThan(200);
    const db = ctx.database.db;
    for (const { id } of held) {
      const congress = await getCongress(db, id);
      expect(congress.checks.quorumMet, `congress ${id}`).toBe(true);
      expect(congress.kind, `congress ${id}`).toBe(congress.checks.requiredKind);
      const loaded = await loadCongress(db, id, { lock: false });
      const seatRules = await seatRulesOfCongress(db, loaded);
      const ballots = await rows<{ body: Election['body']; seats: number; round: number; members: number[] }>(
        sql`select e.body, e.seats, e.round, array_agg(c.member_id order by c.list_order) as members
            from elections e join election_candidates c on c.election_id = e.id
            where e.congress_id = ${id} group by e.id`,
      );
      for (const ballot of ballots) {
        const range = seatRules.find((rule) => rule.body === ballot.body)!;
        if (ballot.round === 1) {
          expect(ballot.seats, `congress ${id} ${ballot.body}`).toBeGreaterThanOrEqual(range.min);
          if (range.max !== null) expect(ballot.seats).toBeLessThanOrEqual(range.max);
        }
        await assertEligible(db, null, ballot.members, ballot.body, {
          unitId: loaded.unitId,
          unitName: loaded.unit.name,
          date: loaded.date,
        });
      }
      // the committee presented: a chair alone where the rules elect one, else within the committee's range
      const [committee] = await rows<{ seats: number; chairs: number }>(
        sql`select count(*)::int as seats, count(*) filter (where s.position = 'chair')::int as chairs
            from committees c join committee_members s on s.committee_id = c.id where c.congress_id = ${id}`,
      );
      if (ballots.length === 0) continue;
      const executive = seatRules.find((rule) => rule.body === 'executiveCommittee')!;
      expect(committee!.chairs, `congress ${id}`).toBe(1);
      if (executive.chairOnly) expect(committee!.seats, `congress ${id}`).toBe(1);
      else {
        expect(committee!.seats, `congress ${id}`).toBeGreaterThanOrEqual(executive.min);
        expect(committee!.seats, `congress ${id}`).toBeLessThanOrEqual(
          executive.max ?? Number.POSITIVE_INFINITY,
        );
      }
    }
  }, 120_000);
});

describe('the 2025–2030 cycle in Hà Nội, under way', () => {
  it('shows progress strictly between none and all, with congresses held, scheduled and planned', async () => {
    const figures = await progress('LDLD-HN', '2025-2030');
    const grassroots = level(figures, 'grassroots');
    expect(grassroots.held).toBeGreaterThan(grassroots.total * 0.3);
    expect(grassroots.held).toBeLessThan(grassroots.total * 0.7);
    expect(grassroots.scheduled).toBeGreaterThan(0);
    const superior = level(figures, 'superior');
    expect(superior.held).toBeGreaterThan(0);
    expect(superior.held).toBeLessThan(superior.total);
    expect(figures.missing.some((unit) => unit.status === 'planned')).toBe(true);
    expect(figures.byMonth[0]?.month).toBe('2025-09');
    expect(figures.byMonth.at(-1)!.month <= today.slice(0, 7)).toBe(true);
  });

  it('shows congresses late against a commune union’s earlier deadline', async () => {
    const plans = await rows<{ code: string }>(
      sql`select u.code from congress_plans p join org_units u on u.id = p.issuer_unit_id
          join ${currentTree()} v on v.unit_id = u.id
          where p.cycle = '2025-2030' and v.type = 'commune'`,
    );
    expect(plans.length).toBeGreaterThan(0);
    for (const { code } of plans)
      expect(level(await progress(code, '2025-2030'), 'grassroots').late).toBeGreaterThan(0);
  });

  it('leaves Long Biên to the browser test: no plan of its own, and unions without a congress, the cdcs one among them', async () => {
    const longBien = await idOf(LONG_BIEN.code);
    const plans = await get<CongressPlan[]>(`/api/congress-plans?unitId=${longBien}&cycle=2025-2030`);
    expect(plans.filter((plan) => plan.issuer.id === longBien)).toEqual([]);
    const figures = await progress(LONG_BIEN.code, '2025-2030');
    const missing = figures.missing.filter((unit) => unit.level === 'grassroots' && unit.status === null);
    expect(missing.map((unit) => unit.code)).toContain(LONG_BIEN_ACCOUNT_GRASSROOTS);
    expect(missing.length).toBeGreaterThan(1);
  });

  it('replaces the 2023 committees: each ends, with its offices, the day the next is presented', async () => {
    const replaced = await rows<{ unitId: number; endedOn: string; next: string; offices: string[] }>(
      sql`select c.unit_id as "unitId", c.ended_on::text as "endedOn",
            (select min(n.presented_on)::text from committees n
              where n.unit_id = c.unit_id and n.presented_on > c.presented_on) as next,
            array_agg(distinct f.valid_to::text) as offices
          from committees c join committee_members s on s.committee_id = c.id
          join member_offices f on f.id = s.office_id
          where c.cycle = '2023-2028' and exists (select 1 from committees n
            where n.unit_id = c.unit_id and n.cycle = '2025-2030' and n.congress_id is not null)
          group by c.id`,
    );
    expect(replaced.length).toBeGreaterThan(30);
    for (const committee of replaced) {
      expect(committee.endedOn, `unit ${committee.unitId}`).toBe(committee.next);
      expect(committee.offices).toEqual([committee.endedOn]);
    }
    const twice = await rows<{ unitId: number }>(
      sql`select unit_id as "unitId" from committees where ended_on is null group by unit_id having count(*) > 1`,
    );
    expect(twice).toEqual([]);
  });
});

describe('demo union offices, all from committees', () => {
  const current = sql`(f.valid_to is null or f.valid_to > ${today}::date)`;

  it('gives every grassroots union with active Vietnamese members exactly one current chair', async () => {
    const unions = await rows<{ code: string; chairs: number }>(
      sql`select u.code, count(f.id) filter (where f.office = 'chair' and ${current})::int as chairs
          from ${currentTree()} v join org_units u on u.id = v.unit_id
          left join member_offices f on f.unit_id = v.unit_id
          where v.type = 'grassroots'
            and exists (select 1 from members m where m.unit_id = v.unit_id and m.status = 'active'
                          and m.nationality = 'VN' and m.full_name <> ${PINNED_MEMBER})
          group by u.code`,
    );
    expect(unions.length).toBeGreaterThan(100);
    expect(unions.filter((union) => union.chairs !== 1)).toEqual([]);
  });

  it('gives offices only through a committee seat, to Vietnamese members active in the unit’s subtree', async () => {
    const wrong = await rows<{ id: number }>(
      sql`select f.id from member_offices f join members m on m.id = f.member_id
          where not exists (select 1 from committee_members s where s.office_id = f.id)
             or m.nationality <> 'VN' or m.status <> 'active' or f.valid_from > ${today}::date
             or not exists (select 1 from memberships p join ${unitVersions()} v on v.unit_id = p.unit_id
                              and ${liveOn(sql`f.valid_from`)}
                            where p.member_id = m.id and p.valid_from <= f.valid_from
                              and (p.valid_to is null or p.valid_to > f.valid_from)
                              and v.path ~ ('*.' || f.unit_id || '.*')::lquery)`,
    );
    expect(wrong).toEqual([]);
    const overlapping = await rows<{ memberId: number }>(
      sql`select a.member_id as "memberId" from member_offices a join member_offices b
          on a.member_id = b.member_id and a.unit_id = b.unit_id and a.id < b.id
          and daterange(a.valid_from, a.valid_to) && daterange(b.valid_from, b.valid_to)`,
    );
    expect(overlapping).toEqual([]);
  });

  it(`leaves "${PINNED_MEMBER}" of the cdcs account's union out of office (the browser tests transfer them)`, async () => {
    const held = await rows<{ office: string }>(
      sql`select f.office from member_offices f join members m on m.id = f.member_id
          join org_units u on u.id = m.unit_id
          where u.code = ${LONG_BIEN_ACCOUNT_GRASSROOTS} and m.full_name = ${PINNED_MEMBER}`,
    );
    expect(held).toEqual([]);
    const [chair] = await rows<{ fullName: string }>(
      sql`select m.full_name as "fullName" from member_offices f join members m on m.id = f.member_id
          join org_units u on u.id = f.unit_id
          where u.code = ${LONG_BIEN_ACCOUNT_GRASSROOTS} and f.office = 'chair' and ${current}`,
    );
    expect(chair?.fullName).toBeTruthy();
  });
});

/** The congresses and offices by what identifies them across a re-seed (unit codes, people's names). */
const snapshot = async () => ({
  congresses: await rows(
    sql`select u.code, c.cycle, c.status, c.held_on::text, c.delegates_present, c.bodies
        from congresses c join org_units u on u.id = c.unit_id order by u.code, c.cycle`,
  ),
  offices: await rows(
    sql`select u.code, m.full_name, m.national_id, f.office, f.valid_from::text, f.valid_to::text
        from member_offices f join members m on m.id = f.member_id join org_units u on u.id = f.unit_id
        order by u.code, m.full_name, m.national_id, f.valid_from, f.office`,
  ),
  audit: await rows(sql`select entity_id from audit_log where entity = 'demo' order by id`),
});

describe('seeding again', () => {
  it('adds nothing to a demo that has its congresses', async () => {
    const before = await snapshot();
    expect(before.audit).toEqual([{ entity_id: 'members' }, { entity_id: 'congresses' }]);
    await seedDemo(ctx.database.db, options);
    expect(await snapshot()).toEqual(before);
  });

  it('gives a demo seeded before congresses existed the same ones on its next start, once, replacing its offices', async () => {
    const before = await snapshot();
    await ctx.database.db.transaction(async (tx) => {
      for (const table of [...DEMO_YEAR_TABLES, ...CONGRESS_TABLES])
        await tx.execute(sql`delete from ${sql.identifier(table)}`);
      await tx.execute(sql`delete from member_offices`);
      await tx.execute(sql`delete from meta where key = ${DEMO_YEAR_MARKER}`);
      await tx.execute(sql`delete from audit_log where entity = 'demo' and entity_id = 'congresses'`);
      await tx.execute(sql`delete from meta where key = ${DEMO_CONGRESSES_MARKER}`);
      // the offices such a demo had, standing alone
      await tx.execute(
        sql`insert into member_offices (member_id, unit_id, office, valid_from)
            select id, unit_id, 'chair', '2023-04-01' from members where status = 'active' limit 3`,
      );
      await tx.execute(sql`insert into meta (key, value) values ('demo.offices', '{}'::jsonb)`);
    });
    await seedDemo(ctx.database.db, options);
    expect(await snapshot()).toEqual(before);
    await seedDemo(ctx.database.db, options);
    expect(await snapshot()).toEqual(before);
  });
});
