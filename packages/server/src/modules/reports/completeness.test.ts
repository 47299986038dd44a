// Completeness of a period under a unit over HTTP: every reporting unit below it (tiers 1–3 on the cut-off, not
// the issuer, not a division) with its status counted — approved, submitted, returned, draft, missing — and
// lateness both by the due date (never submitted) and by the first submission; the not-yet-submitted listed
// first, a page at a time, filtered by status, lateness and name with the filter's total; reminders recorded only for the units below that have not submitted, shown as last reminded; scope.
import type { ReportCompleteness, ReportPeriod } from '@congdoan/domain';
import { todayInVietnam } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { insertUnit } from '../../test/units.ts';
import { reportCompleteness } from './completeness.ts';
import {
  approveReport,
  buildReportsWorld,
  openPeriod,
  type ReportsWorld,
  reportOf,
  returnReport,
  saveAndSubmit,
  saveReport,
  send,
} from './test-reports.ts';

describe('completeness of a period and reminders', () => {
  let ctx: TestContext;
  let w: ReportsWorld;
  /** due 10/12/2025, long past */
  let past: ReportPeriod;
  /** due far ahead */
  let ahead: ReportPeriod;
  let division: number;

  const completeness = async (session: { cookie: string }, periodId: number, unitId?: number) => {
    const response = await send(
      ctx,
      session,
      'GET',
      `/api/report-periods/${periodId}/completeness${unitId ? `?unitId=${unitId}` : ''}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ReportCompleteness;
  };
  const statusOf = (c: ReportCompleteness) =>
    Object.fromEntries(c.units.map((unit) => [unit.unitId, [unit.status, unit.late]]));

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildReportsWorld(ctx);
    division = await insertUnit(ctx, {
      code: 'HN-LB-A-PX',
      name: 'Công đoàn bộ phận Phân xưởng 1',
      type: 'division',
      parentId: w.units.grassrootsA,
    });
    past = await openPeriod(ctx, w.sessions.hanoi, { unitId: w.units.hanoi, kind: 'year', year: 2025 });
    ahead = await openPeriod(ctx, w.sessions.hanoi, {
      unitId: w.units.hanoi,
      kind: 'halfYear',
      year: 2025,
      dueOn: '2099-12-31',
    });
    const { grassrootsA, grassrootsA2, grassrootsB, longBien } = w.units;
    // A approved, A2 returned, B submitted, Long Biên a draft, Hoàng Mai nothing.
    await saveAndSubmit(ctx, w.sessions.grassrootsA, past.id, grassrootsA, { WORKERS: 100 });
    reportOf(await approveReport(ctx, w.sessions.longBien, past.id, grassrootsA));
    await saveAndSubmit(ctx, w.sessions.longBien, past.id, grassrootsA2, { WORKERS: 20 });
    reportOf(await returnReport(ctx, w.sessions.longBien, past.id, grassrootsA2, 'Thiếu số liệu'));
    await saveAndSubmit(ctx, w.sessions.hoangMai, past.id, grassrootsB, { WORKERS: 30 });
    reportOf(await saveReport(ctx, w.sessions.longBien, past.id, longBien, { values: {} }));
    // B sent its report on time: its first submission lies before the due date.
    await ctx.database.db.execute(
      sql`update unit_reports set first_submitted_at = '2025-12-05T03:00:00Z'
          where period_id = ${past.id} and unit_id = ${grassrootsB}`,
    );
  });
  afterAll(() => ctx.close());

  it('counts every reporting unit below the issuer by status, and lateness by due date and first submission', async () => {
    const c = await completeness(w.sessions.hanoi, past.id, w.units.hanoi);
    const { grassrootsA, grassrootsA2, grassrootsB, longBien, hoangMai } = w.units;
    expect(c).toMatchObject({
      periodId: past.id,
      unitId: w.units.hanoi,
      dueOn: '2025-12-10',
      asOf: todayInVietnam(),
    });
    expect(c.counts).toEqual({
      expected: 5,
      approved: 1,
      submitted: 1,
      returned: 1,
      draft: 1,
      missing: 1,
      // all but B: Hoàng Mai and Long Biên never sent theirs by the due date, A and A2 sent theirs after it
      late: 4,
    });
    expect(statusOf(c)).toEqual({
      [grassrootsA]: ['approved', true],
      [grassrootsA2]: ['returned', true],
      [grassrootsB]: ['submitted', false],
      [longBien]: ['draft', true],
      [hoangMai]: ['missing', true],
    });
    expect(c.units.map((unit) => unit.unitId)).not.toContain(division);
    expect(c.units.map((unit) => unit.status)).toEqual([
      'missing',
      'returned',
      'draft',
      'submitted',
      'approved',
    ]);
    const a = c.units.find((unit) => unit.unitId === grassrootsA)!;
    expect(a).toMatchObject({
      unitName: 'CĐCS Công ty Long Biên A',
      parentName: 'LĐLĐ quận Long Biên',
      level: 'grassroots',
    });
    expect(a.submittedAt).not.toBeNull();
    expect(c.units.find((unit) => unit.unitId === longBien)).toMatchObject({
      level: 'superior',
      parentName: 'LĐLĐ thành phố Hà Nội',
    });

    // Under Long Biên: its two grassroots unions only; the same for the dashboard's direct call.
    const lb = await completeness(w.sessions.longBien, past.id);
    expect(lb.unitId).toBe(longBien);
    expect(lb.counts).toMatchObject({ expected: 2, approved: 1, returned: 1, missing: 0, late: 2 });
    const direct = await reportCompleteness(
      ctx.database.db,
      {
        id: 0,
        username: 'longbien',
        fullName: 'longbien',
        role: 'unit_admin',
        locale: 'vi',
        unitId: longBien,
      },
      past.id,
      longBien,
    );
    expect(direct.counts).toEqual(lb.counts);
  });

  it('is not late before the due date, whatever is missing', async () => {
    const c = await completeness(w.sessions.hanoi, ahead.id, w.units.hanoi);
    expect(c.counts).toEqual({
      expected: 5,
      approved: 0,
      submitted: 0,
      returned: 0,
      draft: 0,
      missing: 5,
      late: 0,
    });
    // The issuer itself is never counted; a grassroots union has nobody below it.
    const grassroots = await completeness(w.sessions.grassrootsA, ahead.id);
    expect(grassroots.counts.expected).toBe(0);
  });

  it('pages the units on the server, filtered by status, lateness or name, the counts over them all', async () => {
    const { grassrootsA, grassrootsA2, grassrootsB, longBien, hoangMai } = w.units;
    const page = async (query: string) => {
      const response = await send(
        ctx,
        w.sessions.hanoi,
        'GET',
        `/api/report-periods/${past.id}/completeness?unitId=${w.units.hanoi}&${query}`,
      );
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as ReportCompleteness;
    };
    const ids = (c: ReportCompleteness) => c.units.map((unit) => unit.unitId);
    const all = await completeness(w.sessions.hanoi, past.id, w.units.hanoi);
    expect(all).toMatchObject({ total: 5, page: 1, pageSize: 50 });

    // Two at a time: three pages in the same order as the whole list, the counts the same on each.
    const pages = [
      await page('pageSize=2'),
      await page('pageSize=2&page=2'),
      await page('pageSize=2&page=3'),
    ];
    expect(pages.map((p) => p.units.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap(ids)).toEqual(ids(all));
    for (const p of pages) expect(p).toMatchObject({ total: 5, pageSize: 2, counts: all.counts });
    expect((await page('pageSize=2&page=4')).units).toEqual([]);

    // "312 of 1,204 have not submitted": the filter's total beside the unfiltered counts.
    const notSubmitted = await page('status=notSubmitted');
    expect(new Set(ids(notSubmitted))).toEqual(new Set([hoangMai, grassrootsA2, longBien]));
    expect(notSubmitted).toMatchObject({ total: 3, counts: { expected: 5 } });
    expect(ids(await page('status=approved'))).toEqual([grassrootsA]);
    expect((await page('status=approved')).total).toBe(1);
    expect(ids(await page('late=false'))).toEqual([grassrootsB]);
    expect(new Set(ids(await page('late=true&status=notSubmitted')))).toEqual(
      new Set([hoangMai, grassrootsA2, longBien]),
    );
    // A name without its accents, any case; the words in any order.
    const byName = await page(`q=${encodeURIComponent('long biên CÔNG TY')}`);
    expect(new Set(ids(byName))).toEqual(new Set([grassrootsA, grassrootsA2]));
    expect(byName.total).toBe(2);
    expect((await page('q=khongco')).total).toBe(0);

    // Pages stop at 200 units; a page beyond the units, or a filter it does not know, is refused or empty.
    for (const bad of ['pageSize=201', 'page=0', 'status=late', 'late=maybe']) {
      const response = await send(
        ctx,
        w.sessions.hanoi,
        'GET',
        `/api/report-periods/${past.id}/completeness?${bad}`,
      );
      expect(response.statusCode, bad).toBe(400);
    }
  });

  it('keeps another district’s and the issuer’s completeness out of a district’s reach', async () => {
    for (const unitId of [w.units.hoangMai, w.units.hanoi]) {
      const response = await send(
        ctx,
        w.sessions.longBien,
        'GET',
        `/api/report-periods/${past.id}/completeness?unitId=${unitId}`,
      );
      expect(response.statusCode).toBe(404);
    }
    const hoangMaiPeriod = await openPeriod(ctx, w.sessions.hoangMai, {
      unitId: w.units.hoangMai,
      kind: 'year',
      year: 2025,
    });
    const foreign = await send(
      ctx,
      w.sessions.longBien,
      'GET',
      `/api/report-periods/${hoangMaiPeriod.id}/completeness`,
    );
    expect(foreign.statusCode).toBe(404);
  });

  it('reminds only the units below that have not submitted, and shows when they were reminded', async () => {
    const { grassrootsA, grassrootsA2, grassrootsB, longBien, hoangMai } = w.units;
    const refused = await send(ctx, w.sessions.longBien, 'POST', `/api/report-periods/${past.id}/reminders`, {
      unitId: hoangMai,
    });
    expect(refused.statusCode).toBe(404);
    const rows = async () =>
      queryRows<{ unit_id: number; from_unit_id: number }>(
        ctx.database.db,
        sql`select unit_id, from_unit_id from report_reminders where period_id = ${past.id} order by unit_id, id`,
      );
    expect(await rows()).toEqual([]);

    const all = await send(ctx, w.sessions.hanoi, 'POST', `/api/report-periods/${past.id}/reminders`, {
      unitId: w.units.hanoi,
    });
    expect(all.json()).toEqual({ reminded: 3 });
    expect((await rows()).map((row) => row.unit_id)).toEqual(
      [grassrootsA2, longBien, hoangMai].sort((x, y) => x - y),
    );
    const c = await completeness(w.sessions.hanoi, past.id, w.units.hanoi);
    const reminded = Object.fromEntries(c.units.map((unit) => [unit.unitId, unit.lastRemindedAt !== null]));
    expect(reminded).toEqual({
      [grassrootsA]: false,
      [grassrootsA2]: true,
      [grassrootsB]: false,
      [longBien]: true,
      [hoangMai]: true,
    });

    // Listed units: only those that have not submitted among them.
    const listed = await send(ctx, w.sessions.hanoi, 'POST', `/api/report-periods/${past.id}/reminders`, {
      unitId: w.units.hanoi,
      unitIds: [grassrootsA, grassrootsB, hoangMai],
    });
    expect(listed.json()).toEqual({ reminded: 1 });
    // Long Biên chases its own grassroots unions: A2 (returned) only.
    const byLongBien = await send(
      ctx,
      w.sessions.longBien,
      'POST',
      `/api/report-periods/${past.id}/reminders`,
      {
        unitId: longBien,
      },
    );
    expect(byLongBien.json()).toEqual({ reminded: 1 });
    expect(
      (await rows()).filter((row) => row.unit_id === grassrootsA2).map((row) => row.from_unit_id),
    ).toEqual([w.units.hanoi, longBien]);
    const history = reportOf(
      await send(ctx, w.sessions.longBien, 'GET', `/api/report-periods/${past.id}/reports/${grassrootsA2}`),
    );
    expect(history.history.filter((event) => event.action === 'reminded').map((event) => event.by)).toEqual([
      'hanoi',
      'longbien',
    ]);
    const [audit] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from audit_log where entity = 'reportPeriod' and action = 'remind'`,
    );
    expect(audit!.n).toBe(3);
  });
});
