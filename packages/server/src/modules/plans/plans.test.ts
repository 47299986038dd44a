// Year plans and targets: a plan with a target for all and one per child, progress that moves with the
// admissions recorded between two dates, an entered achievement, refusals that change nothing, and scope
// (a plan is read in the issuer's subtree and below the issuer, written only there).
import type { TargetProgress, YearPlan } from '@congdoan/domain';
import { admitMemberBody } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { admitMember } from '../members/service.ts';
import { admission, buildMemberTree } from '../members/test-members.ts';
import type { UnitIds } from '../org/test-tree.ts';

type Method = 'GET' | 'POST' | 'PUT';

describe('year plans and targets', () => {
  let ctx: TestContext;
  let ids: UnitIds;
  const cookies: Record<string, string> = {};
  /** A JSON request as a signed-in user (PUT included). */
  const as = (who: string) => async (method: Method, url: string, payload?: unknown) => {
    const response = await ctx.app.inject({
      method,
      url,
      headers: { cookie: cookies[who]!, 'accept-language': 'en' },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: response.statusCode, body: response.body ? response.json() : null };
  };

  const plan = (overrides: Record<string, unknown> = {}) => ({
    unitId: ids.LB,
    year: 2024,
    theme: 'Đổi mới nội dung, phương thức hoạt động công đoàn',
    keyTasks: ['Phát triển đoàn viên', 'Chăm lo đời sống đoàn viên'],
    documentNumber: '05/CTr-LĐLĐ',
    issuedOn: '2024-01-10',
    targets: [
      { indicatorCode: 'NEW_MEMBERS', valueForAll: 4, note: 'Mỗi công đoàn cơ sở kết nạp ít nhất 4' },
      {
        indicatorCode: 'MEMBERS',
        perChild: [
          { unitId: ids['G-NHUA'], value: 8 },
          { unitId: ids['G-DETMAY'], value: 5 },
        ],
      },
      { indicatorCode: 'PETITIONS', valueForAll: 2 },
    ],
    ...overrides,
  });
  const counts = async () =>
    (
      await queryRows<{
        plans: number;
        targets: number;
        assignments: number;
        achievements: number;
        audits: number;
      }>(
        ctx.database.db,
        sql`select (select count(*)::int from year_plans) as plans,
              (select count(*)::int from plan_targets) as targets,
              (select count(*)::int from plan_target_assignments) as assignments,
              (select count(*)::int from target_achievements) as achievements,
              (select count(*)::int from audit_log where entity = 'yearPlan') as audits`,
      )
    )[0];
  const child = (progress: TargetProgress, code: string, unitId: number) =>
    progress.targets
      .find((target) => target.indicatorCode === code)
      ?.children.find((c) => c.unitId === unitId);

  beforeAll(async () => {
    ctx = await createTestContext();
    ids = await buildMemberTree(ctx);
    await createUser(ctx, 'admin', 'system_admin', ids.VGCL!);
    await createUser(ctx, 'longbien', 'unit_admin', ids.LB!);
    await createUser(ctx, 'nhua', 'unit_officer', ids['G-NHUA']!);
    for (const name of ['admin', 'longbien', 'nhua']) cookies[name] = (await signIn(ctx, name)).cookie;
    await ctx.database.db.transaction(async (tx) => {
      const admit = (unit: string, admittedOn: string) =>
        admitMember(tx, null, admitMemberBody.parse(admission(ids[unit]!, { admittedOn })));
      await admit('G-NHUA', '2023-06-01');
      await admit('G-NHUA', '2024-02-01');
      await admit('G-NHUA', '2024-03-15');
      await admit('G-NHUA', '2024-05-01');
      await admit('G-DETMAY', '2024-06-01');
    });
  });
  afterAll(() => ctx.close());

  let planId: number;
  let yearPlan: YearPlan;

  it('records a plan with a target for all and one per child, and reads it back', async () => {
    const created = await as('longbien')('POST', '/api/year-plans', plan());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    yearPlan = created.body;
    planId = yearPlan.id;
    expect(yearPlan.unit.name).toBe('Liên đoàn Lao động quận Long Biên');
    expect(yearPlan.keyTasks).toEqual(['Phát triển đoàn viên', 'Chăm lo đời sống đoàn viên']);
    expect(yearPlan.targets.map((t) => [t.indicatorCode, t.valueForAll])).toEqual([
      ['NEW_MEMBERS', 4],
      ['MEMBERS', null],
      ['PETITIONS', 2],
    ]);
    expect(yearPlan.targets[1]!.perChild).toEqual([
      { unitId: ids['G-NHUA'], unitName: 'Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên', value: 8 },
      { unitId: ids['G-DETMAY'], unitName: 'Công đoàn cơ sở Công ty Dệt may Long Biên', value: 5 },
    ]);
    const read = await as('nhua')('GET', `/api/year-plans/${planId}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(yearPlan);
    const audits = await queryRows<{ action: string }>(
      ctx.database.db,
      sql`select action from audit_log where entity = 'yearPlan' and entity_id = ${String(planId)}`,
    );
    expect(audits.map((a) => a.action)).toEqual(['create']);
  });

  it('shows progress as of two dates that moves with the admissions recorded', async () => {
    const march = await as('longbien')('GET', `/api/year-plans/${planId}/progress?asOf=2024-03-31`);
    expect(march.status, JSON.stringify(march.body)).toBe(200);
    const early: TargetProgress = march.body;
    expect(early.targets.map((t) => [t.indicatorCode, t.source])).toEqual([
      ['NEW_MEMBERS', 'computed'],
      ['MEMBERS', 'computed'],
      ['PETITIONS', 'entered'],
    ]);
    // G-DONG was still alive in 2024, so it is listed too, with nothing assigned per child.
    expect(child(early, 'NEW_MEMBERS', ids['G-NHUA']!)).toMatchObject({
      assigned: 4,
      achieved: 2,
      achievedAsOf: '2024-03-31',
      ratio: 0.5,
    });
    expect(child(early, 'MEMBERS', ids['G-NHUA']!)).toMatchObject({ assigned: 8, achieved: 3, ratio: 0.375 });
    expect(child(early, 'MEMBERS', ids['G-DETMAY']!)).toMatchObject({ assigned: 5, achieved: 0, ratio: 0 });
    expect(child(early, 'MEMBERS', ids['G-DONG']!)).toMatchObject({ assigned: null, ratio: null });

    const june: TargetProgress = (
      await as('longbien')('GET', `/api/year-plans/${planId}/progress?asOf=2024-06-30`)
    ).body;
    expect(child(june, 'NEW_MEMBERS', ids['G-NHUA']!)).toMatchObject({ achieved: 3, ratio: 0.75 });
    expect(child(june, 'NEW_MEMBERS', ids['G-DETMAY']!)).toMatchObject({ achieved: 1, ratio: 0.25 });
    expect(child(june, 'MEMBERS', ids['G-NHUA']!)).toMatchObject({ achieved: 4, ratio: 0.5 });
    // In 2025 G-DONG is dissolved: no longer a child; computed figures stop at the end of the year.
    const next: TargetProgress = (
      await as('longbien')('GET', `/api/year-plans/${planId}/progress?asOf=2025-03-01`)
    ).body;
    expect(next.targets[0]!.children.map((c) => c.unitId)).not.toContain(ids['G-DONG']);
    expect(child(next, 'NEW_MEMBERS', ids['G-NHUA']!)).toMatchObject({
      achieved: 3,
      achievedAsOf: '2024-12-31',
    });
  });

  it('takes an achievement entered by the child on an entered indicator, not on a computed one', async () => {
    const petitions = yearPlan.targets[2]!.id;
    const url = `/api/year-plans/${planId}/targets/${petitions}/achievements/${ids['G-NHUA']}`;
    const before = await counts();
    const entered = await as('nhua')('PUT', url, { value: 1, asOf: '2024-04-01' });
    expect(entered.status, JSON.stringify(entered.body)).toBe(200);
    const after = await counts();
    expect([after!.achievements - before!.achievements, after!.audits - before!.audits]).toEqual([1, 1]);
    const march: TargetProgress = (
      await as('longbien')('GET', `/api/year-plans/${planId}/progress?asOf=2024-03-31`)
    ).body;
    expect(child(march, 'PETITIONS', ids['G-NHUA']!)).toMatchObject({
      assigned: 2,
      achieved: null,
      ratio: null,
    });
    const june: TargetProgress = (
      await as('longbien')('GET', `/api/year-plans/${planId}/progress?asOf=2024-06-30`)
    ).body;
    expect(child(june, 'PETITIONS', ids['G-NHUA']!)).toMatchObject({
      achieved: 1,
      achievedAsOf: '2024-04-01',
      ratio: 0.5,
    });
    // The child cannot report for its sibling; the issuer can.
    const sibling = `/api/year-plans/${planId}/targets/${petitions}/achievements/${ids['G-DETMAY']}`;
    expect((await as('nhua')('PUT', sibling, { value: 2, asOf: '2024-04-01' })).status).toBe(404);
    expect((await as('longbien')('PUT', sibling, { value: 2, asOf: '2024-04-01' })).status).toBe(200);
    // A computed indicator is not typed in.
    const members = `/api/year-plans/${planId}/targets/${yearPlan.targets[1]!.id}/achievements/${ids['G-NHUA']}`;
    const refused = await as('longbien')('PUT', members, { value: 9, asOf: '2024-04-01' });
    expect([refused.status, refused.body.error.code]).toEqual([422, 'INDICATOR_COMPUTED']);
  });

  it('answers two plans for the same unit and year sent at once with one 201 and one 409', async () => {
    const send = () =>
      as('longbien')('POST', '/api/year-plans', plan({ year: 2023, issuedOn: '2023-01-10' }));
    const statuses = (await Promise.all([send(), send()])).map((response) => response.status).sort();
    expect(statuses).toEqual([201, 409]);
  });

  it('refuses an unknown indicator, a child not under the unit and a second plan, changing nothing', async () => {
    const before = await counts();
    const unknown = await as('longbien')(
      'POST',
      '/api/year-plans',
      plan({ year: 2025, targets: [{ indicatorCode: 'NO_SUCH', valueForAll: 1 }] }),
    );
    expect(unknown.status).toBe(400);
    const outside = await as('longbien')(
      'POST',
      '/api/year-plans',
      plan({
        year: 2025,
        targets: [{ indicatorCode: 'MEMBERS', perChild: [{ unitId: ids['G-TRUONG'], value: 3 }] }],
      }),
    );
    // A union of another district is out of Long Biên's reach: refused as unknown, never named.
    expect([outside.status, outside.body.error.code]).toEqual([404, 'UNIT_NOT_FOUND']);
    expect(JSON.stringify(outside.body)).not.toContain('Hoàng Mai');
    const both = await as('longbien')(
      'POST',
      '/api/year-plans',
      plan({
        year: 2025,
        targets: [
          { indicatorCode: 'MEMBERS', valueForAll: 3, perChild: [{ unitId: ids['G-NHUA'], value: 3 }] },
        ],
      }),
    );
    expect(both.status).toBe(400);
    const future = await as('longbien')(
      'POST',
      '/api/year-plans',
      plan({ year: 2099, issuedOn: '2099-01-05' }),
    );
    expect([future.status, future.body.error.code]).toEqual([422, 'DATE_IN_FUTURE']);
    const duplicate = await as('longbien')('POST', '/api/year-plans', plan({ theme: 'Lần hai' }));
    expect([duplicate.status, duplicate.body.error.code]).toEqual([409, 'PLAN_EXISTS']);
    expect(duplicate.body.error.message).toContain('2024');
    expect(await counts()).toEqual(before);
  });

  it('lets Long Biên read a plan issued by Hà Nội but not one of Hoàng Mai', async () => {
    const hanoi = await as('admin')(
      'POST',
      '/api/year-plans',
      plan({
        unitId: ids.HN,
        documentNumber: '01/CTr-LĐLĐ',
        targets: [
          { indicatorCode: 'NEW_MEMBERS', valueForAll: 10 },
          { indicatorCode: 'GRASSROOTS_GOOD_SHARE', valueForAll: 0.9 },
        ],
      }),
    );
    expect(hanoi.status, JSON.stringify(hanoi.body)).toBe(201);
    const hoangMai = await as('admin')(
      'POST',
      '/api/year-plans',
      plan({ unitId: ids.HM, targets: [{ indicatorCode: 'PETITIONS', valueForAll: 1 }] }),
    );
    expect(hoangMai.status, JSON.stringify(hoangMai.body)).toBe(201);
    const longBien = as('longbien');

    const applying = await longBien('GET', `/api/year-plans?unitId=${ids.LB}&year=2024`);
    expect(applying.status).toBe(200);
    expect(applying.body.plans.map((p: YearPlan) => p.unit.id).sort()).toEqual([ids.HN, ids.LB].sort());
    expect((await longBien('GET', `/api/year-plans/${hanoi.body.id}`)).status).toBe(200);
    expect((await longBien('GET', `/api/year-plans?unitId=${ids.HM}`)).status).toBe(404);
    expect((await longBien('GET', `/api/year-plans/${hoangMai.body.id}`)).status).toBe(404);
    expect((await longBien('GET', `/api/year-plans/${hoangMai.body.id}/progress`)).status).toBe(404);
    const target = hoangMai.body.targets[0].id;
    const before = await counts();
    const write = await longBien(
      'PUT',
      `/api/year-plans/${hoangMai.body.id}/targets/${target}/achievements/${ids['G-TRUONG']}`,
      { value: 1, asOf: '2024-05-01' },
    );
    expect(write.status).toBe(404);
    expect((await longBien('POST', '/api/year-plans', plan({ unitId: ids.HM, year: 2025 }))).status).toBe(
      404,
    );
    expect(await counts()).toEqual(before);

    // Progress of Hà Nội's plan as Long Biên sees it: Long Biên's own line only, its grassroots graded.
    await ctx.database.db.execute(
      sql`insert into assessments (unit_id, year, status, self_scores, grade, reviewed_at) values
          (${ids['G-NHUA']}, 2024, 'reviewed', '{}'::jsonb, 'good', '2024-12-20'),
          (${ids['G-DETMAY']}, 2024, 'reviewed', '{}'::jsonb, 'completed', '2024-12-20')`,
    );
    const progress: TargetProgress = (
      await longBien('GET', `/api/year-plans/${hanoi.body.id}/progress?asOf=2024-12-31`)
    ).body;
    expect(progress.targets[0]!.children.map((c) => c.unitId)).toEqual([ids.LB]);
    expect(child(progress, 'NEW_MEMBERS', ids.LB!)).toMatchObject({ achieved: 4, assigned: 10, ratio: 0.4 });
    expect(child(progress, 'GRASSROOTS_GOOD_SHARE', ids.LB!)).toMatchObject({ achieved: 0.5 });
    const beforeReview: TargetProgress = (
      await longBien('GET', `/api/year-plans/${hanoi.body.id}/progress?asOf=2024-12-01`)
    ).body;
    expect(child(beforeReview, 'GRASSROOTS_GOOD_SHARE', ids.LB!)).toMatchObject({
      achieved: null,
      ratio: null,
    });
    const admin: TargetProgress = (
      await as('admin')('GET', `/api/year-plans/${hanoi.body.id}/progress?asOf=2024-12-31`)
    ).body;
    expect(admin.targets[0]!.children.map((c) => c.unitId).sort()).toEqual([ids.LB, ids.HM].sort());
  });
});
