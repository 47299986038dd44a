// The answers that grow with the tree stay paged and under 1 MB on a big subtree: 6,000 grassroots unions
// under one district (as many as a large province's districts together), two in three of them with a report.
// Listed whole, completeness alone would be about 1.8 MB here (≈ 290 bytes a unit) and 38 MB for 130,000 units;
// paged, every answer below is a few kilobytes, and the counts still cover every unit. (Any API answer over
// 1 MB would fail these requests with ANSWER_TOO_LARGE: platform/answer-cap.ts.)
import type { AssessmentOverview, CongressProgress, Dashboard, ReportCompleteness } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/client.ts';
import { MAX_API_ANSWER_BYTES } from '../../platform/answer-cap.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { insertGrassrootsQuickly } from '../org/test-tree.ts';
import { buildReportsWorld, openPeriod, type ReportsWorld, send } from './test-reports.ts';

const UNITS = 6_000;

describe('completeness and progress over 6,000 units', () => {
  let ctx: TestContext;
  let w: ReportsWorld;
  let periodId: number;

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildReportsWorld(ctx);
    const db = ctx.database.db;
    // The units straight into the tree (the founding service would take minutes). A long but ordinary
    // name, so the rows weigh what real ones do.
    await insertGrassrootsQuickly(db, {
      parentId: w.units.longBien,
      count: UNITS,
      codePrefix: 'HN-LB-BIG-',
      name: 'Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Sản xuất và Thương mại Long Biên số ',
      on: '2020-01-01',
    });
    const period = await openPeriod(ctx, w.sessions.hanoi, {
      unitId: w.units.hanoi,
      kind: 'year',
      year: 2025,
    });
    periodId = period.id;
    // Two in three have reported: a third submitted on time, a third approved; the rest never opened theirs.
    await db.execute(
      sql`insert into unit_reports (period_id, unit_id, form_id, status, first_submitted_at, submitted_at)
          select p.id, u.id, p.grassroots_form_id,
            case when substr(u.code, 11)::int % 3 = 1 then 'submitted' else 'approved' end,
            '2025-12-01T03:00:00Z', '2025-12-01T03:00:00Z'
          from org_units u cross join report_periods p
          where p.id = ${periodId} and u.code like 'HN-LB-BIG-%' and substr(u.code, 11)::int % 3 <> 0`,
    );
  }, 300_000);
  afterAll(() => ctx.close());

  const get = async <T>(url: string, session = w.sessions.hanoi) => {
    const response = await send(ctx, session, 'GET', url);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.rawPayload.length).toBeLessThan(MAX_API_ANSWER_BYTES);
    return { body: response.json() as T, bytes: response.rawPayload.length };
  };

  it('pages completeness with counts over every unit and the not-submitted total', async () => {
    const url = `/api/report-periods/${periodId}/completeness?unitId=${w.units.hanoi}`;
    const { body, bytes } = await get<ReportCompleteness>(`${url}&pageSize=200`);
    // 6,000 new unions, A, A2, B, Long Biên and Hoàng Mai.
    const expected = UNITS + 5;
    const unopened = UNITS / 3;
    expect(body.counts).toMatchObject({
      expected,
      submitted: UNITS / 3,
      approved: UNITS / 3,
      missing: unopened + 5,
    });
    expect(body.total).toBe(expected);
    expect(body.units).toHaveLength(200);
    expect(body.units.every((unit) => unit.status === 'missing')).toBe(true);
    expect(bytes).toBeLessThan(100_000);

    const notSubmitted = await get<ReportCompleteness>(`${url}&status=notSubmitted&page=11&pageSize=200`);
    expect(notSubmitted.body.total).toBe(unopened + 5);
    expect(notSubmitted.body.units).toHaveLength(unopened + 5 - 2_000);
    const last = await get<ReportCompleteness>(`${url}&status=approved&pageSize=200&page=10`);
    expect(last.body.units).toHaveLength(200);
    expect(last.body.units.every((unit) => unit.status === 'approved')).toBe(true);

    // Every unit is on exactly one page of the unfiltered list.
    const seen = new Set<number>();
    for (let page = 1; page <= Math.ceil(expected / 200); page++) {
      const { body: p } = await get<ReportCompleteness>(`${url}&pageSize=200&page=${page}`);
      for (const unit of p.units) seen.add(unit.unitId);
    }
    expect(seen.size).toBe(expected);
  });

  it('reminds every unit that has not submitted in one statement', async () => {
    const response = await send(ctx, w.sessions.hanoi, 'POST', `/api/report-periods/${periodId}/reminders`, {
      unitId: w.units.hanoi,
    });
    expect(response.json()).toEqual({ reminded: UNITS / 3 + 5 });
    const { body } = await get<ReportCompleteness>(
      `/api/report-periods/${periodId}/completeness?unitId=${w.units.longBien}&status=missing&pageSize=5`,
    );
    expect(body.units.every((unit) => unit.lastRemindedAt !== null)).toBe(true);
  });

  it('keeps the dashboard, the assessment overview and congress progress under the cap', async () => {
    const dashboard = await get<Dashboard>(`/api/dashboard?unitId=${w.units.longBien}`, w.sessions.longBien);
    expect(dashboard.body.reporting).toMatchObject({ expected: UNITS + 2 });
    const overview = await get<AssessmentOverview>(
      `/api/assessments?unitId=${w.units.longBien}&year=2025&pageSize=200`,
      w.sessions.longBien,
    );
    expect(overview.body).toMatchObject({ total: UNITS + 2, shares: { units: UNITS + 2 } });
    expect(overview.body.units).toHaveLength(200);
    const progress = await get<CongressProgress>(
      `/api/congress-progress?unitId=${w.units.hanoi}&cycle=2023-2028`,
    );
    expect(progress.body.missingTotal).toBeGreaterThanOrEqual(UNITS);
    expect(progress.body.missing.length).toBeLessThanOrEqual(200);
  });
});
