// The home dashboard over HTTP: member figures and the month-end trend agree with the records, asOf moves
// them, overdue tasks leave out a task done and one not yet due, the congress cycle, the reporting period
// with the unit's own report and reminders, the targets the level above set, and scope.
import { admitMemberBody, type Dashboard, leaveMemberBody } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql, type Tx } from '../../db/client.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { insertCommittee } from '../meetings/test-meetings.ts';
import { leaveMember } from '../members/lifecycle.ts';
import { admitMember } from '../members/service.ts';
import { admission, buildMemberTree } from '../members/test-members.ts';
import { requester, type UnitIds } from '../org/test-tree.ts';
import { OVERDUE_LIMIT, trendDays } from './queries.ts';

describe('home dashboard', () => {
  let ctx: TestContext;
  let ids: UnitIds;
  let asAdmin: ReturnType<typeof requester>;
  let asLongBien: ReturnType<typeof requester>;
  let asNhua: ReturnType<typeof requester>;
  let meetingId: number;
  let periodId: number;
  let planId: number;

  const dashboardOf = async (who: ReturnType<typeof requester>, query: string): Promise<Dashboard> => {
    const response = await who('GET', `/api/dashboard?${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as Dashboard;
  };

  /** A task of the meeting, straight into the table. */
  const insertTask = (tx: Tx, unitId: number, task: Record<string, string | null>) =>
    tx.execute(
      sql`insert into resolution_tasks (resolution_id, unit_id, owner_name, description, deadline, status, done_on)
          values ((select id from meeting_resolutions where meeting_id = ${meetingId} limit 1), ${unitId},
            ${task.ownerName ?? null}, ${task.title!}, ${task.deadline!}::date, ${task.status ?? 'open'},
            ${task.doneOn ?? null}::date)`,
    );

  beforeAll(async () => {
    ctx = await createTestContext();
    ids = await buildMemberTree(ctx);
    await createUser(ctx, 'admin', 'system_admin', ids.VGCL!);
    await createUser(ctx, 'longbien', 'unit_admin', ids.LB!);
    await createUser(ctx, 'nhua', 'unit_officer', ids['G-NHUA']!);
    asAdmin = requester(ctx, (await signIn(ctx, 'admin')).cookie);
    asLongBien = requester(ctx, (await signIn(ctx, 'longbien')).cookie);
    asNhua = requester(ctx, (await signIn(ctx, 'nhua')).cookie);

    await ctx.database.db.transaction(async (tx) => {
      const admit = (unit: string, admittedOn: string, gender: 'male' | 'female' = 'male') =>
        admitMember(tx, null, admitMemberBody.parse(admission(ids[unit]!, { admittedOn, gender })));
      const chair = await admit('G-NHUA', '2023-06-01');
      await admit('G-NHUA', '2024-01-15', 'female');
      await admit('G-NHUA', '2024-01-15', 'female');
      await admit('G-NHUA', '2024-01-15');
      await admit('G-NHUA', '2024-03-10');
      const leaving = await admit('G-DETMAY', '2024-02-20');
      await leaveMember(
        tx,
        null,
        leaving,
        leaveMemberBody.parse({ kind: 'leave', effectiveDate: '2024-05-05', reason: 'Nghỉ việc' }),
      );
      // Outside Long Biên: Hoàng Mai's members never count.
      await admit('G-TRUONG', '2024-01-15', 'female');

      // Long Biên's committee sets tasks; Hoàng Mai's sets one that is overdue too.
      const committee = await insertCommittee(tx, {
        unitId: ids.LB!,
        memberIds: [chair],
        presentedOn: '2023-01-10',
      });
      const [meeting] = await queryRows<{ id: number }>(
        tx,
        sql`insert into committee_meetings (committee_id, unit_id, session_number, held_on, convened, present,
              absentees, agenda, documents_adopted)
            values (${committee}, ${ids.LB!}, 1, '2024-03-15', 1, 1, '[]'::jsonb, '["Sơ kết quý I"]'::jsonb,
              '[]'::jsonb)
            returning id`,
      );
      meetingId = meeting!.id;
      await tx.execute(
        sql`insert into meeting_resolutions (meeting_id, number, title)
            values (${meetingId}, '01/NQ-BCH', 'Nghị quyết phiên họp thứ nhất')`,
      );
      await insertTask(tx, ids.LB!, {
        title: 'Rà soát đoàn viên',
        deadline: '2024-04-30',
        ownerName: 'Chị Hoa',
      });
      await insertTask(tx, ids.LB!, {
        title: 'Tổ chức hội nghị người lao động',
        deadline: '2024-04-20',
        status: 'done',
        doneOn: '2024-05-10',
      });
      await insertTask(tx, ids.LB!, { title: 'Tổng kết năm', deadline: '2024-12-31' });
      await insertTask(tx, ids.LB!, { title: 'Đã hủy', deadline: '2024-04-01', status: 'cancelled' });
    });
  });
  afterAll(() => ctx.close());

  it('counts the members of the subtree as of the day, the year’s movements and a month-end trend', async () => {
    const june = await dashboardOf(asLongBien, 'asOf=2024-06-30');
    expect(june.unit).toEqual({ id: ids.LB, name: 'Liên đoàn Lao động quận Long Biên', tier: 2 });
    expect(june.asOf).toBe('2024-06-30');
    expect(june.members).toMatchObject({
      members: 5,
      women: 2,
      admissionsThisYear: 5,
      departuresThisYear: 1,
    });
    expect(june.members.trend).toEqual([
      { date: '2023-07-31', members: 1 },
      { date: '2023-08-31', members: 1 },
      { date: '2023-09-30', members: 1 },
      { date: '2023-10-31', members: 1 },
      { date: '2023-11-30', members: 1 },
      { date: '2023-12-31', members: 1 },
      { date: '2024-01-31', members: 4 },
      { date: '2024-02-29', members: 5 },
      { date: '2024-03-31', members: 6 },
      { date: '2024-04-30', members: 6 },
      { date: '2024-05-31', members: 5 },
      { date: '2024-06-30', members: 5 },
    ]);
    // Every point is what the member figures of the unit say on that day.
    for (const point of june.members.trend) {
      const stats = await asLongBien('GET', `/api/org-units/${ids.LB}/member-stats?asOf=${point.date}`);
      expect(stats.body.members, point.date).toBe(point.members);
    }
    // The same unit earlier in the year, and by default the actor's own unit.
    const january = await dashboardOf(asLongBien, 'asOf=2024-01-31');
    expect(january.members).toMatchObject({
      members: 4,
      women: 2,
      admissionsThisYear: 3,
      departuresThisYear: 0,
    });
    expect(january.members.trend[0]).toEqual({ date: '2023-02-28', members: 0 });
    const grassroots = await dashboardOf(asNhua, 'asOf=2024-06-30');
    expect(grassroots.unit.id).toBe(ids['G-NHUA']);
    expect(grassroots.members.members).toBe(5);
    expect(grassroots.members.departuresThisYear).toBe(0);
  });

  it('takes the month ends before the day and the day itself', () => {
    expect(trendDays('2024-03-15')).toEqual([
      '2023-04-30',
      '2023-05-31',
      '2023-06-30',
      '2023-07-31',
      '2023-08-31',
      '2023-09-30',
      '2023-10-31',
      '2023-11-30',
      '2023-12-31',
      '2024-01-31',
      '2024-02-29',
      '2024-03-15',
    ]);
  });

  it('lists open tasks past their deadline, not one done by then, not yet due or cancelled', async () => {
    const june = await dashboardOf(asLongBien, 'asOf=2024-06-30');
    expect(june.overdueTasks).toEqual({
      count: 1,
      items: [
        {
          id: expect.any(Number),
          title: 'Rà soát đoàn viên',
          deadline: '2024-04-30',
          ownerName: 'Chị Hoa',
          meetingId,
        },
      ],
    });
    // On 5/5 the task done on 10/5 was still open and late; on 20/4 neither was late yet.
    const may = await dashboardOf(asLongBien, 'asOf=2024-05-05');
    expect(may.overdueTasks.count).toBe(2);
    expect(may.overdueTasks.items.map((task) => task.title)).toEqual([
      'Tổ chức hội nghị người lao động',
      'Rà soát đoàn viên',
    ]);
    expect((await dashboardOf(asLongBien, 'asOf=2024-04-20')).overdueTasks.count).toBe(0);
    // A task set by a meeting after the day is not counted on it.
    expect((await dashboardOf(asLongBien, 'asOf=2024-03-01')).overdueTasks.count).toBe(0);
    // The grassroots union below sees none: the tasks are Long Biên's committee's, owned by nobody there.
    expect((await dashboardOf(asNhua, 'asOf=2024-06-30')).overdueTasks.count).toBe(0);
  });

  it('lists the oldest ten overdue tasks and counts them all', async () => {
    await ctx.database.db.transaction(async (tx) => {
      for (let day = 1; day <= OVERDUE_LIMIT; day++) {
        await insertTask(tx, ids.LB!, {
          title: `Việc cũ ${day}`,
          deadline: `2024-04-${String(day).padStart(2, '0')}`,
        });
      }
    });
    const june = await dashboardOf(asLongBien, 'asOf=2024-06-30');
    expect(june.overdueTasks.count).toBe(OVERDUE_LIMIT + 1);
    expect(june.overdueTasks.items.map((task) => task.title)).toEqual(
      Array.from({ length: OVERDUE_LIMIT }, (_, index) => `Việc cũ ${index + 1}`),
    );
  });

  it('shows the congress cycle running with grassroots and superior progress', async () => {
    expect((await dashboardOf(asLongBien, 'asOf=2024-06-30')).congress).toBeNull();
    await ctx.database.db.execute(
      sql`insert into congresses (unit_id, cycle, status, kind, held_on)
          values (${ids['G-NHUA']!}, '2023-2028', 'held', 'allMember', '2023-04-10'),
            (${ids['G-TRUONG']!}, '2023-2028', 'held', 'allMember', '2023-04-12'),
            (${ids.LB!}, '2023-2028', 'held', 'delegate', '2023-07-20')`,
    );
    const june = await dashboardOf(asLongBien, 'asOf=2024-06-30');
    // Nhựa held; Dệt may and the union dissolved in 2025 had not: three grassroots unions then.
    expect(june.congress).toEqual({
      termLabel: '2023-2028',
      planId: null,
      grassroots: { held: 1, total: 3 },
      superior: { held: 1, total: 1 },
    });
    // Before the district's congress, only the grassroots one was held.
    const may2023 = await dashboardOf(asLongBien, 'asOf=2023-05-31');
    expect(may2023.congress).toMatchObject({
      grassroots: { held: 1, total: 3 },
      superior: { held: 0, total: 1 },
    });
    // Before any congress of the cycle there is nothing to show.
    expect((await dashboardOf(asLongBien, 'asOf=2023-03-31')).congress).toBeNull();
  });

  it('shows the latest report period above the unit with its completeness, its own report and reminders', async () => {
    expect((await dashboardOf(asLongBien, 'asOf=2024-06-30')).reporting).toBeNull();
    // The built-in forms, in case the base data does not hold them (a no-op when it does).
    await ctx.database.db.execute(
      sql`insert into report_forms (code, name, level, indicator_codes, built_in)
          values ('01-HDCD', 'Mẫu 01-HĐCĐ', 'grassroots', '[]'::jsonb, true),
            ('02-HDCD', 'Mẫu 02-HĐCĐ', 'superior', '[]'::jsonb, true)
          on conflict (code) do nothing`,
    );
    const forms = await queryRows<{ id: number; level: string }>(
      ctx.database.db,
      sql`select id, level from report_forms where code in ('01-HDCD', '02-HDCD')`,
    );
    const formOf = (level: string) => forms.find((form) => form.level === level)!.id;
    const [period] = await queryRows<{ id: number }>(
      ctx.database.db,
      sql`insert into report_periods (unit_id, kind, year, name, starts_on, cut_off, due_on, grassroots_form_id,
            superior_form_id)
          values (${ids.HN!}, 'halfYear', 2024, 'Báo cáo 6 tháng đầu năm 2024', '2023-12-01', '2024-05-31',
            '2024-06-10', ${formOf('grassroots')}, ${formOf('superior')})
          returning id`,
    );
    periodId = period!.id;
    await ctx.database.db.execute(
      sql`insert into unit_reports (period_id, unit_id, form_id, status, first_submitted_at, submitted_at)
          values (${periodId}, ${ids['G-NHUA']!}, ${formOf('grassroots')}, 'approved',
            '2024-06-05T09:00:00+07:00', '2024-06-05T09:00:00+07:00'),
            (${periodId}, ${ids['G-DETMAY']!}, ${formOf('grassroots')}, 'draft', null, null)`,
    );
    await ctx.database.db.execute(
      sql`insert into report_reminders (period_id, unit_id, from_unit_id, sent_at)
          values (${periodId}, ${ids.LB!}, ${ids.HN!}, '2024-06-12T08:00:00+07:00'),
            (${periodId}, ${ids.LB!}, ${ids.HN!}, '2024-06-15T08:00:00+07:00'),
            (${periodId}, ${ids['G-NHUA']!}, ${ids.LB!}, '2024-06-12T08:00:00+07:00')`,
    );

    const june = await dashboardOf(asLongBien, 'asOf=2024-06-30');
    // Below Long Biên: Nhựa approved on time, Dệt may in draft, the union dissolved later never opened one.
    expect(june.reporting).toEqual({
      periodId,
      name: 'Báo cáo 6 tháng đầu năm 2024',
      dueOn: '2024-06-10',
      expected: 3,
      submitted: 1,
      approved: 1,
      late: 2,
      ownStatus: 'missing',
    });
    // The latest reminder of the period, from Hà Nội; Nhựa's approved report answered its own.
    expect(june.reminders).toEqual([
      {
        periodId,
        periodName: 'Báo cáo 6 tháng đầu năm 2024',
        at: '2024-06-15T01:00:00.000Z',
        fromUnit: 'Liên đoàn Lao động thành phố Hà Nội',
      },
    ]);
    expect((await dashboardOf(asNhua, 'asOf=2024-06-30')).reporting).toMatchObject({
      expected: 0,
      ownStatus: 'approved',
    });
    expect((await dashboardOf(asNhua, 'asOf=2024-06-30')).reminders).toEqual([]);
    // The reminders sent after the day are not shown on it; a period that has not started is not either.
    expect((await dashboardOf(asLongBien, 'asOf=2024-06-13')).reminders.map((r) => r.at)).toEqual([
      '2024-06-12T01:00:00.000Z',
    ]);
    expect((await dashboardOf(asLongBien, 'asOf=2023-11-30')).reporting).toBeNull();
    // Hà Nội opened it: it sees the completeness of its subtree and keeps no report of its own to submit.
    const hanoi = await dashboardOf(asAdmin, `unitId=${ids.HN}&asOf=2024-06-30`);
    expect(hanoi.reporting).toMatchObject({ periodId, ownStatus: null });
    expect(hanoi.reporting!.expected).toBeGreaterThan(june.reporting!.expected);

    // Once Long Biên submits, the reminder is answered.
    const superiorForm = formOf('superior');
    await ctx.database.db.execute(
      sql`insert into unit_reports (period_id, unit_id, form_id, status, first_submitted_at, submitted_at)
          values (${periodId}, ${ids.LB!}, ${superiorForm}, 'submitted', now(), now())`,
    );
    const after = await dashboardOf(asLongBien, 'asOf=2024-06-30');
    expect(after.reporting!.ownStatus).toBe('submitted');
    expect(after.reminders).toEqual([]);
  });

  it('shows the targets the level above assigned to the unit with what it achieved', async () => {
    expect((await dashboardOf(asLongBien, 'asOf=2024-06-30')).targets).toEqual([]);
    const created = await asAdmin('POST', '/api/year-plans', {
      unitId: ids.HN,
      year: 2024,
      theme: 'Chương trình công tác năm 2024',
      issuedOn: '2024-01-10',
      targets: [
        { indicatorCode: 'NEW_MEMBERS', perChild: [{ unitId: ids.LB, value: 10 }] },
        { indicatorCode: 'MEMBERS', perChild: [{ unitId: ids.HM, value: 50 }] },
        { indicatorCode: 'PETITIONS', valueForAll: 2 },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    planId = created.body.id;
    // Long Biên's own plan for its children is not a target given to it.
    const own = await asLongBien('POST', '/api/year-plans', {
      unitId: ids.LB,
      year: 2024,
      theme: 'Chương trình công tác năm 2024 của quận',
      issuedOn: '2024-01-20',
      targets: [{ indicatorCode: 'NEW_MEMBERS', valueForAll: 3 }],
    });
    expect(own.status).toBe(201);

    const june = await dashboardOf(asLongBien, 'asOf=2024-06-30');
    expect(june.targets).toEqual([
      { planId, indicatorCode: 'NEW_MEMBERS', assigned: 10, achieved: 5, ratio: 0.5 },
      { planId, indicatorCode: 'PETITIONS', assigned: 2, achieved: null, ratio: null },
    ]);
    const january = await dashboardOf(asLongBien, 'asOf=2024-01-31');
    expect(january.targets[0]).toMatchObject({ assigned: 10, achieved: 3, ratio: 0.3 });
    // Another year's plan does not apply.
    expect((await dashboardOf(asLongBien, 'asOf=2025-02-01')).targets).toEqual([]);
  });

  it('refuses a unit outside the actor’s subtree as it refuses an unknown one (404)', async () => {
    for (const unit of [ids.HM, ids.HN, ids['G-TRUONG']]) {
      const response = await asLongBien('GET', `/api/dashboard?unitId=${unit}`);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('NOT_FOUND');
    }
    expect((await asNhua('GET', `/api/dashboard?unitId=${ids.LB}`)).status).toBe(404);
    expect((await asAdmin('GET', '/api/dashboard?unitId=987654')).status).toBe(404);
    expect((await asAdmin('GET', '/api/dashboard?asOf=2024-02-30')).status).toBe(400);
    // The admin reads Long Biên's dashboard with the same figures.
    const admin = await dashboardOf(asAdmin, `unitId=${ids.LB}&asOf=2024-06-30`);
    expect(admin.members.members).toBe(5);
  });
});
