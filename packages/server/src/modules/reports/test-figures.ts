// Test fixture for the figures engine and the roll-up: the reports world (test-reports.ts) with members
// admitted, moved and leaving around the 2025 half-year period, a grassroots union founded and one dissolved
// in it, assessments, reports in every status, and last year's periods (Hà Nội's and Long Biên's).
import { admitMemberBody, leaveMemberBody, transferMemberBody } from '@congdoan/domain';
import { queryRows, sql } from '../../db/client.ts';
import type { TestContext } from '../../test/context.ts';
import { insertUnit } from '../../test/units.ts';
import { leaveMember, transferMember } from '../members/lifecycle.ts';
import { admitMember } from '../members/service.ts';
import { admission } from '../members/test-members.ts';
import { endQuietly } from '../org/test-tree.ts';
import { seedReportForms } from './forms.ts';
import { buildReportsWorld } from './test-reports.ts';

/**
 * Period H2025 (Hà Nội, halfYear 2025: 2024-12-01 … 2025-05-31). In it: a woman of A left on 1/6/2024
 * (before); a man admitted to A on 1/2/2025; one admitted to A2 on 1/7/2025 (after the cut-off); the man of
 * A2 moved to A on 1/4/2025 (inside Long Biên); the first man of A moved to B on 15/4/2025 (Long Biên →
 * Hoàng Mai); B's member left on 1/3/2025; a woman admitted to Long Biên itself on 20/1/2025. A3 founded
 * 10/1/2025, A4 dissolved 1/2/2025. Reports: A submitted, A2 approved, A3 draft, B returned, Long Biên
 * submitted. Last year: Hà Nội's and Long Biên's halfYear 2024, A submitted in both.
 */
export async function buildFiguresWorld(ctx: TestContext) {
  const db = ctx.database.db;
  await seedReportForms(db);
  const world = await buildReportsWorld(ctx);
  const { units } = world;
  const grassrootsA3 = await insertUnit(ctx, {
    code: 'HN-LB-A3',
    name: 'CĐCS Công ty Long Biên A3',
    type: 'grassroots',
    parentId: units.longBien,
    foundedOn: '2025-01-10',
  });
  const grassrootsA4 = await insertUnit(ctx, {
    code: 'HN-LB-A4',
    name: 'CĐCS Công ty Long Biên A4',
    type: 'grassroots',
    parentId: units.longBien,
    foundedOn: '2020-01-01',
  });
  await endQuietly(ctx, grassrootsA4, '2025-02-01');

  const membersOf = async (unitId: number) =>
    queryRows<{ id: number; gender: string }>(
      db,
      sql`select m.id, m.gender from members m join memberships p on p.member_id = m.id
          where p.unit_id = ${unitId} order by m.id`,
    );
  const inA = await membersOf(units.grassrootsA);
  const inA2 = await membersOf(units.grassrootsA2);
  const inB = await membersOf(units.grassrootsB);
  const womanOfA = inA.find((m) => m.gender === 'female')!.id;
  const manOfA = inA.find((m) => m.gender === 'male')!.id;
  const manOfA2 = inA2.find((m) => m.gender === 'male')!.id;
  const reason = 'Dữ liệu thử nghiệm';
  await db.transaction(async (tx) => {
    await leaveMember(
      tx,
      null,
      womanOfA,
      leaveMemberBody.parse({ kind: 'leave', effectiveDate: '2024-06-01', reason }),
    );
    await admitMember(
      tx,
      null,
      admitMemberBody.parse(admission(units.grassrootsA, { admittedOn: '2025-02-01' })),
    );
    await admitMember(
      tx,
      null,
      admitMemberBody.parse(admission(units.grassrootsA2, { admittedOn: '2025-07-01' })),
    );
    await transferMember(
      tx,
      null,
      manOfA2,
      transferMemberBody.parse({ toUnitId: units.grassrootsA, effectiveDate: '2025-04-01', reason }),
    );
    await transferMember(
      tx,
      null,
      manOfA,
      transferMemberBody.parse({ toUnitId: units.grassrootsB, effectiveDate: '2025-04-15', reason }),
    );
    await leaveMember(
      tx,
      null,
      inB[0]!.id,
      leaveMemberBody.parse({ kind: 'leave', effectiveDate: '2025-03-01', reason }),
    );
    await admitMember(
      tx,
      null,
      admitMemberBody.parse(admission(units.longBien, { admittedOn: '2025-01-20', gender: 'female' })),
    );
  });

  const assess = (unitId: number, year: number, grade: string, reviewedAt: string) =>
    db.execute(
      sql`insert into assessments (unit_id, year, status, self_scores, grade, reviewed_at)
          values (${unitId}, ${year}, 'reviewed', '{}'::jsonb, ${grade}, ${reviewedAt}::timestamptz)`,
    );
  await assess(units.grassrootsA, 2024, 'good', '2025-01-20T03:00:00Z');
  await assess(units.grassrootsA2, 2024, 'completed', '2025-02-01T03:00:00Z');
  await assess(units.grassrootsB, 2024, 'excellent', '2025-07-01T03:00:00Z');
  await assess(grassrootsA3, 2023, 'excellent', '2024-02-01T03:00:00Z');

  const forms = await queryRows<{ id: number; code: string }>(
    db,
    sql`select id, code from report_forms where code in ('01-HDCD', '02-HDCD')`,
  );
  const grassrootsForm = forms.find((f) => f.code === '01-HDCD')!.id;
  const superiorForm = forms.find((f) => f.code === '02-HDCD')!.id;
  const period = async (unitId: number, year: number, name: string) => {
    const [row] = await queryRows<{ id: number }>(
      db,
      sql`insert into report_periods (unit_id, kind, year, name, starts_on, cut_off, due_on,
            grassroots_form_id, superior_form_id)
          values (${unitId}, 'halfYear', ${year}, ${name}, ${`${year - 1}-12-01`}, ${`${year}-05-31`},
            ${`${year}-06-10`}, ${grassrootsForm}, ${superiorForm})
          returning id`,
    );
    return row!.id;
  };
  const report = (
    periodId: number,
    unitId: number,
    status: string,
    entered: Record<string, number | null>,
    narrative = { results: '', shortcomings: '', direction: '' },
    submittedAt: string | null = '2025-06-05T03:00:00Z',
  ) =>
    db.execute(
      sql`insert into unit_reports (period_id, unit_id, form_id, status, entered, narrative, first_submitted_at,
            submitted_at)
          values (${periodId}, ${unitId}, ${unitId === units.longBien || unitId === units.hoangMai ? superiorForm : grassrootsForm},
            ${status}, ${JSON.stringify(entered)}::jsonb, ${JSON.stringify(narrative)}::jsonb,
            ${status === 'draft' ? null : submittedAt}::timestamptz, ${status === 'draft' ? null : submittedAt}::timestamptz)`,
    );

  const h2025 = await period(units.hanoi, 2025, 'Báo cáo 6 tháng đầu năm 2025');
  const h2024 = await period(units.hanoi, 2024, 'Báo cáo 6 tháng đầu năm 2024');
  const longBien2024 = await period(units.longBien, 2024, 'Báo cáo 6 tháng đầu năm 2024 (Long Biên)');
  await report(h2025, units.grassrootsA, 'submitted', {
    WORKERS: 10,
    MONTHLY_WAGE_BILL: 100_000_000,
    CARE_SPENDING: 5_000_000,
  });
  await report(h2025, units.grassrootsA2, 'approved', { WORKERS: 30, MONTHLY_WAGE_BILL: 150_000_000 });
  await report(h2025, grassrootsA3, 'draft', { WORKERS: 50, MONTHLY_WAGE_BILL: 999_000_000 });
  await report(h2025, units.grassrootsB, 'returned', { WORKERS: 7 }, undefined, '2025-06-15T03:00:00Z');
  await report(
    h2025,
    units.longBien,
    'submitted',
    { WORKERS: 999, EMPLOYERS_WITHOUT_UNION: 3 },
    {
      results: 'Quận Long Biên đã hoàn thành tốt nhiệm vụ sáu tháng đầu năm.',
      shortcomings: 'Một số công đoàn cơ sở nộp báo cáo chậm.',
      direction: 'Tiếp tục phát triển đoàn viên trong khu công nghiệp.',
    },
  );
  await report(h2024, units.grassrootsA, 'submitted', { WORKERS: 8 }, undefined, '2024-06-05T03:00:00Z');
  await report(
    longBien2024,
    units.grassrootsA,
    'submitted',
    { WORKERS: 9 },
    undefined,
    '2024-06-05T03:00:00Z',
  );
  return {
    ...world,
    units: { ...units, grassrootsA3, grassrootsA4 },
    periods: { h2025, h2024, longBien2024 },
  };
}
export type FiguresWorld = Awaited<ReturnType<typeof buildFiguresWorld>>;
