// The demo's members (small size): their periods add up to the counts, never
// overlap, end with the union they were in, and Long Biên has the members the demo accounts and browser
// tests rely on. The union offices, which come from the congresses' committees, are in congresses.test.ts.
import { todayInVietnam } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client.ts';
import { currentTree } from '../modules/org/index.ts';
import { createTestContext, type TestContext } from '../test/context.ts';
import { DEMO_CONGRESSES_MARKER } from './congresses.ts';
import { LONG_BIEN } from './longbien.ts';
import { DEMO_MEMBERS_MARKER } from './members.ts';
import { PINNED_MEMBER } from './members-plan.ts';
import { seedDemo } from './seed.ts';
import { DEMO_YEAR_MARKER, DEMO_YEAR_TABLES } from './year.ts';

let ctx: TestContext;
const today = todayInVietnam();
// The demo of this size that congresses.test.ts, year.test.ts and seed.test.ts start from too (one template).
const options = { grassrootsPerProvince: 2, log: () => {} };

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return queryRows<T>(ctx.database.db, query);
}

beforeAll(async () => {
  ctx = await createTestContext({ demo: options });
}, 300_000);

afterAll(async () => {
  await ctx?.close();
});

describe('demo members', () => {
  it('counts as of today, unit by unit, equal the members whose status is active', async () => {
    const counted = await rows<{ unitId: number; n: number }>(
      sql`select unit_id as "unitId", count(*)::int as n from memberships
          where valid_from <= ${today} and (valid_to is null or valid_to > ${today})
          group by unit_id order by unit_id`,
    );
    const active = await rows<{ unitId: number; n: number }>(
      sql`select unit_id as "unitId", count(*)::int as n from members where status = 'active'
          group by unit_id order by unit_id`,
    );
    expect(counted).toEqual(active);
    const total = active.reduce((sum, row) => sum + row.n, 0);
    expect(total).toBeGreaterThan(2_500);
    const [all] = await rows<{ n: number }>(sql`select count(*)::int as n from members`);
    expect(all!.n).toBeGreaterThan(total);
  });

  it('gives each member the status and unit of their latest period', async () => {
    const mismatched = await rows<{ id: number }>(
      sql`select m.id from members m
          join lateral (select * from memberships p where p.member_id = m.id
                        order by p.valid_from desc, p.id desc limit 1) last on true
          where last.unit_id <> m.unit_id
             or m.status <> case last.end_kind when 'leave' then 'left' when 'expel' then 'expelled'
                  when 'death' then 'deceased' when 'transferOut' then 'transferredOut' else 'active' end`,
    );
    expect(mismatched).toEqual([]);
  });

  it('never lets a member’s periods overlap, and opens a transfer’s new period the day the old one closes', async () => {
    const overlapping = await rows<{ memberId: number }>(
      sql`select a.member_id as "memberId" from memberships a join memberships b
          on a.member_id = b.member_id and a.id < b.id
          and daterange(a.valid_from, a.valid_to) && daterange(b.valid_from, b.valid_to)`,
    );
    expect(overlapping).toEqual([]);
    const [transfers] = await rows<{ total: number; matched: number }>(
      sql`select count(*)::int as total,
            count(*) filter (where exists (select 1 from memberships before
              where before.member_id = p.member_id and before.valid_to = p.valid_from
                and before.end_kind = 'transferOut'))::int as matched
          from memberships p where p.start_kind = 'transferIn'`,
    );
    expect(transfers!.total).toBeGreaterThan(0);
    expect(transfers!.matched).toBe(transfers!.total);
  });

  it('keeps every period within the life of its union: members of a dissolved union left it by its end', async () => {
    const [dissolved] = await rows<{ periods: number; outliving: number; early: number }>(
      sql`select count(*) filter (where u.ended_on is not null)::int as periods,
            count(*) filter (where u.ended_on is not null
              and (p.valid_to is null or p.valid_to > u.ended_on))::int as outliving,
            count(*) filter (where p.valid_from < u.founded_on)::int as early
          from memberships p join org_units u on u.id = p.unit_id`,
    );
    expect(dissolved!.periods).toBeGreaterThan(0);
    expect(dissolved!.outliving).toBe(0);
    expect(dissolved!.early).toBe(0);
  });

  it(`has an active "${PINNED_MEMBER}" under Long Biên, found without accents`, async () => {
    const found = await rows<{ fullName: string }>(
      sql`select m.full_name as "fullName" from members m
          join ${currentTree()} v on v.unit_id = m.unit_id
          join ${currentTree()} lb on true
          join org_units lbu on lbu.id = lb.unit_id and lbu.code = ${LONG_BIEN.code}
          where m.full_name_normalized = 'nguyen van an' and m.status = 'active' and v.path <@ lb.path`,
    );
    expect(found.map((row) => row.fullName)).toContain(PINNED_MEMBER);
  });

  it('gives each of Long Biên’s grassroots unions 50–300 members today', async () => {
    const counts = await rows<{ code: string; n: number }>(
      sql`select u.code, count(m.id)::int as n
          from ${currentTree()} lb join org_units lbu on lbu.id = lb.unit_id and lbu.code = ${LONG_BIEN.code}
          join ${currentTree()} v on v.path <@ lb.path and v.type = 'grassroots'
          join org_units u on u.id = v.unit_id
          left join members m on m.unit_id = u.id and m.status = 'active'
          group by u.code`,
    );
    expect(counts.length).toBeGreaterThanOrEqual(15);
    for (const { code, n } of counts) {
      expect(n, code).toBeGreaterThanOrEqual(50);
      expect(n, code).toBeLessThanOrEqual(300);
    }
  });

  it('writes one audit entry for all the members (and one for the congresses) and adds nothing when seeded again', async () => {
    const count = async () =>
      (
        await rows<{ members: number; periods: number; audit: number; demo: number }>(
          sql`select (select count(*)::int from members) as members,
                (select count(*)::int from memberships) as periods,
                (select count(*)::int from audit_log) as audit,
                (select count(*)::int from audit_log where entity = 'demo') as demo`,
        )
      )[0];
    const before = await count();
    expect(before?.demo).toBe(2);
    await seedDemo(ctx.database.db, options);
    expect(await count()).toEqual(before);
  });

  it('gives a demo seeded before members existed the same members on its next start', async () => {
    const snapshot = () =>
      rows<{ fullName: string; nationalId: string | null; status: string }>(
        sql`select full_name as "fullName", national_id as "nationalId", status from members order by id`,
      );
    const before = await snapshot();
    await ctx.database.db.transaction(async (tx) => {
      // what stands on the members goes with them: the congresses' ballots, committees and offices
      for (const table of [
        ...DEMO_YEAR_TABLES,
        'committee_members',
        'committees',
        'member_offices',
        'election_candidates',
        'elections',
        'unit_terms',
        'congress_documents',
        'congresses',
        'congress_plan_pilots',
        'congress_plans',
        'memberships',
        'members',
      ]) {
        await tx.execute(sql`delete from ${sql.identifier(table)}`);
      }
      await tx.execute(sql`delete from audit_log where entity = 'demo'`);
      await tx.execute(
        sql`delete from meta where key in (${DEMO_MEMBERS_MARKER}, ${DEMO_CONGRESSES_MARKER}, ${DEMO_YEAR_MARKER})`,
      );
    });
    await seedDemo(ctx.database.db, options);
    expect(await snapshot()).toEqual(before);
  });
});
