// The demo's year of work seeded into a fresh database and read the way a user meets it: Công đoàn Viên chức
// thành phố's kỳ họp thứ 6 with its 16 opinions (seed 000) and an overdue task, the city's 2025 plan with its
// 14 targets (seed 004), the 2024 assessments graded by the rules, the report periods of 2024 and 2025 with
// the statuses, lateness and history a reviewer would see, and seeding again (or on an older demo) once only.
import {
  ASSESSMENT_THRESHOLD_KEYS,
  type AssessmentOverview,
  DEFAULT_REPORT_FORMS,
  findIndicator,
  gradeAssessment,
  type Meeting,
  type ResolutionTask,
  scoreSheet,
  todayInVietnam,
  type YearPlanList,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client.ts';
import { sheetOfYear } from '../modules/assessments/service.ts';
import { liveOn, unitVersions } from '../modules/org/index.ts';
import { ruleNumber } from '../platform/rules.ts';
import { createTestContext, signIn, type TestContext } from '../test/context.ts';
import { DEMO_PASSWORD } from './accounts.ts';
import { LONG_BIEN_ACCOUNT_GRASSROOTS } from './longbien.ts';
import { seedDemo } from './seed.ts';
import { DEMO_YEAR_MARKER } from './year.ts';
import { CIVIL_SERVANTS, SIXTH_SESSION } from './year-meetings.ts';

let ctx: TestContext;
let hanoi: { cookie: string };
const today = todayInVietnam();
const options = { grassrootsPerProvince: 2, log: () => {} };

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

// The first demo test file to start seeds the demo they share (test/templates.ts), the others wait for it.
beforeAll(async () => {
  ctx = await createTestContext({ demo: options });
  hanoi = await signIn(ctx, 'hanoi', DEMO_PASSWORD);
}, 300_000);

afterAll(async () => {
  await ctx?.close();
});

describe('committee sessions', () => {
  it('shows the civil servants’ kỳ họp thứ 6 of 3/12/2024 adopting the 2024 report and the 2025 direction, with 16 opinions', async () => {
    const meetings = await get<Meeting[]>(`/api/meetings?unitId=${await idOf(CIVIL_SERVANTS)}`);
    const sixth = meetings.find((meeting) => meeting.heldOn === SIXTH_SESSION.heldOn);
    expect(sixth).toBeDefined();
    const session = await get<Meeting>(`/api/meetings/${sixth!.id}`);
    expect(session.sessionNumber).toBe(6);
    expect(session.opinionsHeard).toBe(16);
    expect(session.committee.cycle).toBe('2023-2028');
    expect(session.documentsAdopted.join(' ')).toContain('năm 2024, phương hướng nhiệm vụ năm 2025');
    expect(session.conclusion).toContain('Tết Nguyên đán Ất Tỵ');
    expect(session.present).toBeGreaterThanOrEqual(session.quorumNeeded);
    expect(session.present).toBeLessThanOrEqual(session.convened);
    const tasks = session.resolutions.flatMap((resolution) => resolution.tasks);
    expect(tasks.filter((task) => task.status === 'done').length).toBeGreaterThanOrEqual(2);
    // sessions 1 to 5 came before it, numbered in the order held
    const numbers = meetings
      .filter((meeting) => meeting.committee.id === session.committee.id)
      .sort((a, b) => a.heldOn.localeCompare(b.heldOn))
      .map((meeting) => meeting.sessionNumber);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('leaves tasks overdue today for Hà Nội and Long Biên to follow up', async () => {
    for (const code of ['LDLD-HN', 'LDLD-HN-LB']) {
      const overdue = await get<ResolutionTask[]>(`/api/tasks?unitId=${await idOf(code)}&overdue=true`);
      expect(overdue.length, code).toBeGreaterThan(0);
      for (const task of overdue) {
        expect(task.status).toBe('open');
        expect(task.deadline < today).toBe(true);
      }
    }
  });
});

describe('the 2025 plans', () => {
  it('gives LĐLĐ thành phố Hà Nội 14 targets, 95% of grassroots unions good or better among them', async () => {
    const [plan] = (await get<YearPlanList>(`/api/year-plans?unitId=${await idOf('LDLD-HN')}&year=2025`))
      .plans;
    expect(plan?.targets).toHaveLength(14);
    expect(plan?.theme).toContain('phát triển đoàn viên');
    const share = plan!.targets.find((target) => target.indicatorCode === 'GRASSROOTS_GOOD_SHARE');
    expect(share?.valueForAll).toBe(0.95);
    const members = plan!.targets.find((target) => target.indicatorCode === 'MEMBERS');
    expect(members?.perChild.length).toBeGreaterThan(10);
    for (const child of members!.perChild) expect(child.value).toBeGreaterThanOrEqual(0);
    const [longBien] = (
      await get<YearPlanList>(`/api/year-plans?unitId=${await idOf('LDLD-HN-LB')}&year=2025`)
    ).plans;
    expect(longBien?.targets.length).toBeGreaterThan(0);
  });
});

describe('the 2024 assessments', () => {
  it('grades every reviewed sheet by its review total and the thresholds in force on 31/12/2024', async () => {
    const { sheet } = await sheetOfYear(ctx.database.db, 2024);
    const thresholds = {
      excellent: await ruleNumber(ctx.database.db, ASSESSMENT_THRESHOLD_KEYS.excellent, '2024-12-31'),
      good: await ruleNumber(ctx.database.db, ASSESSMENT_THRESHOLD_KEYS.good, '2024-12-31'),
      completed: await ruleNumber(ctx.database.db, ASSESSMENT_THRESHOLD_KEYS.completed, '2024-12-31'),
    };
    const sheets = await rows<{
      status: string;
      selfScores: Record<string, number>;
      selfTotal: string;
      reviewScores: Record<string, number> | null;
      reviewTotal: string | null;
      grade: string | null;
      reviewedOn: string | null;
    }>(
      sql`select status, self_scores as "selfScores", self_total::text as "selfTotal",
            review_scores as "reviewScores", review_total::text as "reviewTotal", grade,
            (reviewed_at at time zone 'Asia/Ho_Chi_Minh')::date::text as "reviewedOn"
          from assessments where year = 2024`,
    );
    expect(sheets.length).toBeGreaterThan(50);
    for (const row of sheets) {
      const self = scoreSheet(sheet, row.selfScores);
      expect(self.ok && self.score.unscored).toEqual([]);
      expect(self.ok && self.score.total).toBe(Number(row.selfTotal));
      if (row.status === 'submitted') {
        expect([row.grade, row.reviewScores]).toEqual([null, null]);
        continue;
      }
      expect(row.status).toBe('reviewed');
      const review = scoreSheet(sheet, row.reviewScores!);
      expect(review.ok && review.score.total).toBe(Number(row.reviewTotal));
      expect(row.grade).toBe(gradeAssessment(Number(row.reviewTotal), thresholds));
      // reviewed before the 2025 half-year cut-off, so the 2025 reports count them
      expect(row.reviewedOn! <= '2025-05-31').toBe(true);
    }
  });

  it('shows most of Hà Nội’s grassroots unions good or better, some completed, a few not, some not reviewed', async () => {
    const overview = await get<AssessmentOverview>(
      `/api/assessments?unitId=${await idOf('LDLD-HN')}&year=2024&target=0.95`,
    );
    const { byGrade, goodOrBetter, notGraded, units } = overview.shares;
    expect(goodOrBetter.count * 2).toBeGreaterThan(units);
    expect(byGrade.excellent.count).toBeGreaterThan(0);
    expect(byGrade.completed.count).toBeGreaterThan(0);
    expect(byGrade.notCompleted.count).toBeGreaterThan(0);
    expect(byGrade.notCompleted.count).toBeLessThan(byGrade.good.count);
    expect(notGraded).toBeGreaterThan(0);
    // short of the 2025 programme's "hơn 95% CĐCS hoàn thành tốt nhiệm vụ": something to work on
    expect(overview.meetsTarget).toBe(false);
  });
});

interface ReportRow {
  kind: string;
  year: number;
  code: string;
  tier: number;
  status: string;
  formCode: string;
  entered: Record<string, number>;
  firstSubmittedOn: string | null;
  dueOn: string;
  returnComment: string | null;
  actions: string[];
  firstSubmittedEvent: string | null;
  firstSubmittedAt: string | null;
}

const reports = () =>
  rows<ReportRow>(
    sql`select p.kind, p.year, u.code, t.tier, r.status, f.code as "formCode", r.entered,
          (r.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date::text as "firstSubmittedOn",
          p.due_on::text as "dueOn", r.return_comment as "returnComment",
          (select coalesce(jsonb_agg(e.action order by e.at, e.id), '[]'::jsonb) from unit_report_events e
            where e.report_id = r.id) as actions,
          (select min(e.at)::text from unit_report_events e where e.report_id = r.id and e.action = 'submitted')
            as "firstSubmittedEvent",
          r.first_submitted_at::text as "firstSubmittedAt"
        from unit_reports r join report_periods p on p.id = r.period_id join org_units u on u.id = r.unit_id
          join report_forms f on f.id = r.form_id
          join ${unitVersions()} v on v.unit_id = r.unit_id and ${liveOn(sql`p.cut_off`)}
          join unit_types t on t.code = v.type
        order by p.year, p.kind, u.code`,
  );

/** Units expected to report: strict descendants of the issuer, tier 1–3, live on the cut-off. */
const expected = (kind: string, year: number) =>
  rows<{ count: number }>(
    sql`select count(*)::int as count from report_periods p
          join ${unitVersions()} v on v.path ~ ('*.' || p.unit_id || '.*{1,}')::lquery
            and ${liveOn(sql`p.cut_off`)}
          join unit_types t on t.code = v.type and t.tier between 1 and 3
        where p.kind = ${kind} and p.year = ${year}`,
  ).then((result) => result[0]!.count);

describe('the report periods of LĐLĐ thành phố Hà Nội', () => {
  let all: ReportRow[];
  const of = (kind: string, year: number) => all.filter((row) => row.kind === kind && row.year === year);
  const count = (list: ReportRow[], status: string) => list.filter((row) => row.status === status).length;

  beforeAll(async () => {
    all = await reports();
  });

  it('opens 2024 and 2025, half year and year, and nothing for 2026', async () => {
    const periods = await rows<{ kind: string; year: number; name: string; cutOff: string; dueOn: string }>(
      sql`select kind, year, name, cut_off::text as "cutOff", due_on::text as "dueOn" from report_periods
          order by year, cut_off`,
    );
    expect(periods).toEqual([
      {
        kind: 'halfYear',
        year: 2024,
        name: 'Báo cáo 6 tháng đầu năm 2024',
        cutOff: '2024-05-31',
        dueOn: '2024-06-10',
      },
      { kind: 'year', year: 2024, name: 'Báo cáo năm 2024', cutOff: '2024-11-30', dueOn: '2024-12-10' },
      {
        kind: 'halfYear',
        year: 2025,
        name: 'Báo cáo 6 tháng đầu năm 2025',
        cutOff: '2025-05-31',
        dueOn: '2025-06-10',
      },
      { kind: 'year', year: 2025, name: 'Báo cáo năm 2025', cutOff: '2025-11-30', dueOn: '2025-12-10' },
    ]);
  });

  it('has every report of 2024 approved, a few of them late', async () => {
    for (const kind of ['halfYear', 'year']) {
      const list = of(kind, 2024);
      expect(list.length).toBe(await expected(kind, 2024));
      expect(count(list, 'approved')).toBe(list.length);
      const late = list.filter((row) => row.firstSubmittedOn! > row.dueOn).length;
      expect(late).toBeGreaterThan(0);
      expect(late * 4).toBeLessThan(list.length);
    }
  });

  it('has the 2025 half year mostly approved, some submitted, returned with a comment, or missing', async () => {
    const list = of('halfYear', 2025);
    const total = await expected('halfYear', 2025);
    expect(count(list, 'approved') / total).toBeGreaterThan(0.6);
    expect(count(list, 'submitted')).toBeGreaterThan(0);
    expect(count(list, 'returned')).toBeGreaterThan(0);
    expect(total - list.length).toBeGreaterThan(0);
    // those who had not submitted were reminded after the due day
    const [reminded] = await rows<{ count: number }>(
      sql`select count(*)::int as count from report_reminders m join report_periods p on p.id = m.period_id
          where p.kind = 'halfYear' and p.year = 2025 and m.sent_at > p.due_on`,
    );
    expect(reminded?.count).toBe(total - list.length + count(list, 'draft'));
    for (const row of list.filter((report) => report.status === 'returned')) {
      expect(row.returnComment).toBeTruthy();
      expect(row.actions.at(-1)).toBe('returned');
    }
  });

  it('has about half of the 2025 year reports in', async () => {
    const list = of('year', 2025);
    const total = await expected('year', 2025);
    const inHand = count(list, 'approved') + count(list, 'submitted');
    expect(inHand / total).toBeGreaterThan(0.35);
    expect(inHand / total).toBeLessThan(0.65);
  });

  it('keeps the history, lateness and entered lines consistent with each status and form', () => {
    const entered = new Map(
      DEFAULT_REPORT_FORMS.map((form) => [
        form.code,
        new Set(
          form.indicatorCodes.filter((code) => {
            const indicator = findIndicator(code);
            return indicator?.aggregation === 'sum' && indicator.source.kind === 'entered';
          }),
        ),
      ]),
    );
    const last: Record<string, string> = {
      draft: 'saved',
      submitted: 'submitted',
      approved: 'approved',
      returned: 'returned',
    };
    for (const row of all) {
      expect(row.formCode).toBe(row.tier === 3 ? '01-HDCD' : '02-HDCD');
      for (const [code, value] of Object.entries(row.entered)) {
        expect(entered.get(row.formCode)!.has(code), `${row.code} ${code}`).toBe(true);
        expect(Number.isInteger(value) && value >= 0).toBe(true);
      }
      expect(row.actions[0]).toBe('saved');
      expect(row.actions.at(-1)).toBe(last[row.status]);
      if (row.status === 'draft') {
        expect(row.firstSubmittedAt).toBeNull();
      } else {
        expect(Date.parse(row.firstSubmittedAt!)).toBe(Date.parse(row.firstSubmittedEvent!));
      }
    }
    // a grassroots union's workers are a little more than its members: at least one report says so
    const workers = all.filter((row) => row.tier === 3 && (row.entered.WORKERS ?? 0) > 0);
    expect(workers.length).toBeGreaterThan(0);
  });

  it('has every report reviewed by an officer above the unit, never by the unit itself', async () => {
    const reviewers = await rows<{ code: string; above: boolean }>(
      sql`select u.code, (v.path ~ ('*.' || w.unit_id || '.*{1,}')::lquery) as above
          from unit_reports r join report_periods p on p.id = r.period_id join org_units u on u.id = r.unit_id
            join users w on w.id = r.reviewed_by
            join ${unitVersions()} v on v.unit_id = r.unit_id and ${liveOn(sql`p.cut_off`)}
          where r.status in ('approved', 'returned')`,
    );
    expect(reviewers.length).toBe(all.filter((row) => ['approved', 'returned'].includes(row.status)).length);
    expect(reviewers.filter((row) => !row.above)).toEqual([]);
  });

  it('has the cdcs account’s union with both 2025 reports approved', () => {
    const own = all.filter((row) => row.code === LONG_BIEN_ACCOUNT_GRASSROOTS && row.year === 2025);
    expect(own.map((row) => `${row.kind} ${row.status}`).sort()).toEqual([
      'halfYear approved',
      'year approved',
    ]);
  });
});

/** The year's work by what identifies it across a re-seed (unit codes, dates, texts), not by ids. */
const snapshot = async () => ({
  meetings: await rows(
    sql`select u.code, m.session_number, m.held_on::text, m.convened, m.present, m.opinions_heard, m.conclusion,
          (select jsonb_agg(jsonb_build_array(t.description, t.deadline::text, t.status, t.done_on::text) order by t.id)
            from meeting_resolutions r join resolution_tasks t on t.resolution_id = r.id where r.meeting_id = m.id) as tasks
        from committee_meetings m join org_units u on u.id = m.unit_id order by u.code, m.held_on`,
  ),
  plans: await rows(
    sql`select u.code, p.year, p.theme, t.indicator_code, t.value_for_all::text,
          (select jsonb_agg(jsonb_build_array(o.code, a.value::text) order by o.code)
            from plan_target_assignments a join org_units o on o.id = a.unit_id where a.target_id = t.id) as children
        from year_plans p join org_units u on u.id = p.unit_id join plan_targets t on t.plan_id = p.id
        order by u.code, p.year, t.list_order`,
  ),
  assessments: await rows(
    sql`select u.code, a.year, a.status, a.self_total::text, a.review_total::text, a.grade, a.reviewed_at::text
        from assessments a join org_units u on u.id = a.unit_id order by u.code, a.year`,
  ),
  reports: await rows(
    sql`select p.kind, p.year, u.code, r.status, r.entered, r.first_submitted_at::text, r.reviewed_at::text,
          (select jsonb_agg(jsonb_build_array(e.action, e.at::text, e.comment) order by e.at, e.id)
            from unit_report_events e where e.report_id = r.id) as events
        from unit_reports r join report_periods p on p.id = r.period_id join org_units u on u.id = r.unit_id
        order by p.year, p.kind, u.code`,
  ),
  reminders: await rows(
    sql`select p.kind, p.year, u.code, m.sent_at::text from report_reminders m
          join report_periods p on p.id = m.period_id join org_units u on u.id = m.unit_id
        order by p.year, p.kind, u.code`,
  ),
});

const YEAR_TABLES = [
  'resolution_tasks',
  'meeting_resolutions',
  'committee_meetings',
  'plan_target_assignments',
  'target_achievements',
  'plan_targets',
  'year_plans',
  'assessments',
  'unit_report_events',
  'report_reminders',
  'unit_reports',
  'report_periods',
];

describe('seeding again', () => {
  it('changes nothing in a demo that has its year', async () => {
    const before = await snapshot();
    expect(before.meetings.length).toBeGreaterThan(6);
    await seedDemo(ctx.database.db, options);
    expect(await snapshot()).toEqual(before);
  });

  it('gives a demo seeded before the year’s work existed the same on its next start, once', async () => {
    const before = await snapshot();
    await ctx.database.db.transaction(async (tx) => {
      for (const table of YEAR_TABLES) await tx.execute(sql`delete from ${sql.identifier(table)}`);
      await tx.execute(sql`delete from meta where key = ${DEMO_YEAR_MARKER}`);
    });
    expect((await snapshot()).reports).toEqual([]);
    await seedDemo(ctx.database.db, options);
    expect(await snapshot()).toEqual(before);
    await seedDemo(ctx.database.db, options);
    expect(await snapshot()).toEqual(before);
  });
});
