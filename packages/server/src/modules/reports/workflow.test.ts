// A unit's report over HTTP: the form prefilled from the records, the whole workflow save → submit → return
// (with a comment) → correct → resubmit → approve with its history and audit rows, locked edits refused with
// nothing changed, only entered lines typed in, no unit reviewing its own report, scope between districts,
// and the roll-up above following a returned, corrected and resubmitted report; last year's figures beside.
import { type ReportPeriod, type UnitReport, unitReportBody } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { figuresFor, loadPeriod } from './figures.ts';
import {
  approveReport,
  buildReportsWorld,
  getReport,
  openPeriod,
  type ReportsWorld,
  reportOf,
  returnReport,
  saveAndSubmit,
  saveReport,
  send,
  submitReport,
} from './test-reports.ts';
import { saveUnitReport } from './workflow.ts';

const NARRATIVE = {
  results: 'Tổ chức 2 hội nghị',
  shortcomings: 'Chưa đủ',
  direction: 'Phát triển đoàn viên',
};

describe('a unit report and its review', () => {
  let ctx: TestContext;
  let w: ReportsWorld;
  let period: ReportPeriod;

  const line = (report: UnitReport, code: string) => report.lines.find((l) => l.code === code);
  const stored = async (unitId: number) =>
    (
      await queryRows<{ status: string; entered: Record<string, number>; first: string | null }>(
        ctx.database.db,
        sql`select status, entered, first_submitted_at::text as first from unit_reports
            where period_id = ${period.id} and unit_id = ${unitId}`,
      )
    )[0];
  /** WORKERS of Long Biên: the sum of its grassroots unions' submitted or approved reports. */
  const longBienWorkers = async () => {
    const figures = await figuresFor(
      ctx.database.db,
      await loadPeriod(ctx.database.db, period.id),
      w.units.longBien,
    );
    const viaReport = line(
      reportOf(await getReport(ctx, w.sessions.longBien, period.id, w.units.longBien)),
      'WORKERS',
    );
    expect(viaReport?.source).toBe('rolledUp');
    expect(viaReport?.value ?? null).toBe(figures.values.WORKERS ?? null);
    const rollup = await send(
      ctx,
      w.sessions.hanoi,
      'GET',
      `/api/report-periods/${period.id}/rollup?unitId=${w.units.longBien}`,
    );
    if (rollup.statusCode !== 404 || rollup.json().error.code !== 'ROUTE_NOT_FOUND') {
      expect(rollup.statusCode, rollup.body).toBe(200);
      expect(rollup.json().indicators.WORKERS ?? null).toBe(figures.values.WORKERS ?? null);
    }
    return figures.values.WORKERS ?? null;
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildReportsWorld(ctx);
    period = await openPeriod(ctx, w.sessions.hanoi, {
      unitId: w.units.hanoi,
      kind: 'year',
      year: 2025,
      dueOn: '2099-12-31',
    });
  });
  afterAll(() => ctx.close());

  it('prefills a grassroots union’s form from the records, with nothing saved yet', async () => {
    const report = reportOf(await getReport(ctx, w.sessions.grassrootsA, period.id, w.units.grassrootsA));
    expect(report).toMatchObject({
      status: 'missing',
      late: false,
      unit: { id: w.units.grassrootsA, level: 'grassroots' },
      reviewer: { id: w.units.longBien, name: 'LĐLĐ quận Long Biên' },
      form: { code: '01-HDCD' },
      can: { edit: true, submit: true, review: false },
      history: [],
    });
    expect(line(report, 'MEMBERS')).toEqual({
      code: 'MEMBERS',
      source: 'computed',
      value: 3,
      lastYear: null,
    });
    expect(line(report, 'WOMEN_MEMBERS')?.value).toBe(2);
    expect(line(report, 'WORKERS')).toMatchObject({ source: 'entered', value: null });
    expect(line(report, 'MEMBERSHIP_RATE')).toMatchObject({ source: 'ratio', value: null });
    expect(line(report, 'GRASSROOTS_UNIONS')).toBeUndefined();
    const asLongBien = reportOf(await getReport(ctx, w.sessions.longBien, period.id, w.units.grassrootsA));
    expect(asLongBien.can).toEqual({ edit: true, submit: true, review: false });
  });

  it('walks save → submit → return → correct → resubmit → approve, with history and audit', async () => {
    const a = w.units.grassrootsA;
    const saved = reportOf(
      await saveReport(ctx, w.sessions.grassrootsA, period.id, a, {
        values: { WORKERS: 120 },
        narrative: NARRATIVE,
      }),
    );
    expect(saved.status).toBe('draft');
    expect(line(saved, 'WORKERS')?.value).toBe(120);
    expect(line(saved, 'MEMBERSHIP_RATE')?.value).toBeCloseTo(3 / 120);
    expect(saved.narrative).toEqual(NARRATIVE);

    const submitted = reportOf(await submitReport(ctx, w.sessions.grassrootsA, period.id, a));
    expect(submitted.status).toBe('submitted');
    expect(submitted.submittedAt).not.toBeNull();
    expect(submitted.can).toEqual({ edit: false, submit: false, review: false });
    const firstSubmission = (await stored(a))!.first;
    expect(firstSubmission).not.toBeNull();

    const asReviewer = reportOf(await getReport(ctx, w.sessions.longBien, period.id, a));
    expect(asReviewer.can.review).toBe(true);
    const noComment = await send(
      ctx,
      w.sessions.longBien,
      'POST',
      `/api/report-periods/${period.id}/reports/${a}/return`,
      {
        comment: '  ',
      },
    );
    expect(noComment.statusCode).toBe(400);
    const returned = reportOf(
      await returnReport(ctx, w.sessions.longBien, period.id, a, 'Số lao động chưa khớp'),
    );
    expect(returned).toMatchObject({ status: 'returned', returnComment: 'Số lao động chưa khớp' });
    expect(returned.reviewedAt).not.toBeNull();

    // Corrected: it stays returned until it is sent again.
    const corrected = reportOf(
      await saveReport(ctx, w.sessions.grassrootsA, period.id, a, {
        values: { WORKERS: 130 },
        narrative: NARRATIVE,
      }),
    );
    expect(corrected).toMatchObject({ status: 'returned', can: { edit: true, submit: true } });
    expect(line(corrected, 'WORKERS')?.value).toBe(130);
    const resubmitted = reportOf(await submitReport(ctx, w.sessions.grassrootsA, period.id, a));
    expect(resubmitted.status).toBe('submitted');
    expect((await stored(a))!.first).toBe(firstSubmission);

    const approved = reportOf(await approveReport(ctx, w.sessions.longBien, period.id, a));
    expect(approved).toMatchObject({ status: 'approved', returnComment: null, late: false });
    expect(approved.history.map((event) => [event.action, event.comment])).toEqual([
      ['saved', null],
      ['submitted', null],
      ['returned', 'Số lao động chưa khớp'],
      ['saved', null],
      ['submitted', null],
      ['approved', null],
    ]);
    expect(approved.history.map((event) => event.by)).toEqual([
      'cdcs.a',
      'cdcs.a',
      'longbien',
      'cdcs.a',
      'cdcs.a',
      'longbien',
    ]);
    const audits = await queryRows<{ action: string; username: string; unit_id: number }>(
      ctx.database.db,
      sql`select action, username, unit_id from audit_log where entity = 'unitReport' order by id`,
    );
    expect(audits.map((row) => `${row.action}:${row.username}:${row.unit_id}`)).toEqual(
      [
        'create:cdcs.a',
        'submit:cdcs.a',
        'return:longbien',
        'update:cdcs.a',
        'submit:cdcs.a',
        'approve:longbien',
      ].map((entry) => `${entry}:${a}`),
    );
  });

  it('refuses edits of a submitted or approved report with 409 and changes nothing', async () => {
    const a = w.units.grassrootsA;
    const before = await stored(a);
    expect(before?.status).toBe('approved');
    const edit = await saveReport(ctx, w.sessions.grassrootsA, period.id, a, { values: { WORKERS: 999 } });
    expect([edit.statusCode, edit.json().error.code]).toEqual([409, 'REPORT_LOCKED']);
    const resubmit = await submitReport(ctx, w.sessions.grassrootsA, period.id, a);
    expect([resubmit.statusCode, resubmit.json().error.code]).toEqual([409, 'REPORT_LOCKED']);
    const reapprove = await approveReport(ctx, w.sessions.longBien, period.id, a);
    expect([reapprove.statusCode, reapprove.json().error.code]).toEqual([409, 'REPORT_NOT_SUBMITTED']);
    expect(await stored(a)).toEqual(before);

    // The same while it is only submitted.
    const a2 = w.units.grassrootsA2;
    await saveAndSubmit(ctx, w.sessions.longBien, period.id, a2, { WORKERS: 50 });
    const submittedBefore = await stored(a2);
    const locked = await saveReport(ctx, w.sessions.longBien, period.id, a2, { values: { WORKERS: 51 } });
    expect([locked.statusCode, locked.json().error.code]).toEqual([409, 'REPORT_LOCKED']);
    expect(await stored(a2)).toEqual(submittedBefore);
  });

  it('takes figures only for the entered lines of the unit’s form (422 naming the code)', async () => {
    const b = w.units.grassrootsB;
    const computed = await saveReport(ctx, w.sessions.hoangMai, period.id, b, {
      values: { WORKERS: 10, MEMBERS: 5 },
    });
    expect([computed.statusCode, computed.json().error.code]).toEqual([422, 'REPORT_LINE_NOT_ENTERED']);
    expect(computed.json().error.message).toContain('MEMBERS');
    const notOnForm = await saveReport(ctx, w.sessions.hoangMai, period.id, b, {
      values: { EMPLOYERS_WITHOUT_UNION: 3 },
    });
    expect([notOnForm.statusCode, notOnForm.json().error.code]).toEqual([422, 'REPORT_LINE_NOT_ENTERED']);
    expect(notOnForm.json().error.message).toContain('EMPLOYERS_WITHOUT_UNION');
    const unknown = await saveReport(ctx, w.sessions.hoangMai, period.id, b, { values: { NO_SUCH_LINE: 3 } });
    expect(unknown.statusCode).toBe(400);
    expect(await stored(b)).toBeUndefined();

    // A district's WORKERS is its grassroots unions' sum, not typed in; a line only it carries is.
    const rolled = await saveReport(ctx, w.sessions.longBien, period.id, w.units.longBien, {
      values: { WORKERS: 1 },
    });
    expect([rolled.statusCode, rolled.json().error.code]).toEqual([422, 'REPORT_LINE_NOT_ENTERED']);
    expect(rolled.json().error.message).toContain('WORKERS');
    const own = reportOf(
      await saveReport(ctx, w.sessions.longBien, period.id, w.units.longBien, {
        values: { EMPLOYERS_WITHOUT_UNION: 4 },
      }),
    );
    expect(line(own, 'EMPLOYERS_WITHOUT_UNION')).toMatchObject({ source: 'entered', value: 4 });
    expect(own).toMatchObject({ form: { code: '02-HDCD' }, reviewer: { id: w.units.hanoi } });
  });

  it('lets no unit review its own report, only a union above it', async () => {
    const b = w.units.grassrootsB;
    await saveAndSubmit(ctx, w.sessions.hoangMai, period.id, b, { WORKERS: 40 });
    const own = await approveReport(ctx, w.sessions.admin, period.id, b);
    expect(own.statusCode).toBe(200); // the administrator at the root is above everyone
    // A user bound to the unit itself: refused, whatever else.
    await saveAndSubmit(ctx, w.sessions.longBien, period.id, w.units.longBien, {});
    const self = await approveReport(ctx, w.sessions.longBien, period.id, w.units.longBien);
    expect([self.statusCode, self.json().error.code]).toEqual([403, 'REPORT_OWN_REVIEW']);
    const selfReturn = await returnReport(
      ctx,
      w.sessions.longBien,
      period.id,
      w.units.longBien,
      'Tự trả lại',
    );
    expect([selfReturn.statusCode, selfReturn.json().error.code]).toEqual([403, 'REPORT_OWN_REVIEW']);
    const viewer = await approveReport(ctx, w.sessions.viewer, period.id, w.units.grassrootsA2);
    expect([viewer.statusCode, viewer.json().error.code]).toEqual([403, 'ROLE_FORBIDDEN']);
    // A grassroots officer cannot review its sibling, which is out of its reach: refused as unknown.
    const sibling = await approveReport(ctx, w.sessions.grassrootsA, period.id, w.units.grassrootsA2);
    expect([sibling.statusCode, sibling.json().error.code]).toEqual([404, 'NOT_FOUND']);
    const byHanoi = reportOf(await approveReport(ctx, w.sessions.hanoi, period.id, w.units.longBien));
    expect(byHanoi.status).toBe('approved');
    expect((await stored(w.units.grassrootsA2))?.status).toBe('submitted');
  });

  it('keeps Long Biên out of Hoàng Mai’s reports and its own report from going above the issuer', async () => {
    const b = w.units.grassrootsB;
    for (const response of [
      await getReport(ctx, w.sessions.longBien, period.id, b),
      await saveReport(ctx, w.sessions.longBien, period.id, b, { values: { WORKERS: 1 } }),
      await submitReport(ctx, w.sessions.longBien, period.id, b),
      await approveReport(ctx, w.sessions.longBien, period.id, b),
      await returnReport(ctx, w.sessions.longBien, period.id, b, 'Không được'),
      await getReport(ctx, w.sessions.longBien, period.id, w.units.hanoi),
    ]) {
      expect(response.statusCode, response.body).toBe(404);
    }
    // The issuer keeps a report (its narrative) but does not submit it.
    const issuer = reportOf(
      await saveReport(ctx, w.sessions.hanoi, period.id, w.units.hanoi, { narrative: NARRATIVE }),
    );
    expect(issuer).toMatchObject({ reviewer: null, can: { edit: true, submit: false, review: false } });
    const submit = await submitReport(ctx, w.sessions.hanoi, period.id, w.units.hanoi);
    expect([submit.statusCode, submit.json().error.code]).toEqual([422, 'REPORT_ISSUER_CANNOT_SUBMIT']);
    // A unit outside the period's tree does not report in it.
    const hoangMaiPeriod = await openPeriod(ctx, w.sessions.hoangMai, {
      unitId: w.units.hoangMai,
      kind: 'year',
      year: 2025,
    });
    const outside = await getReport(ctx, w.sessions.hanoi, hoangMaiPeriod.id, w.units.grassrootsA);
    expect([outside.statusCode, outside.json().error.code]).toEqual([422, 'REPORT_UNIT_NOT_REPORTING']);
  });

  it('rolls up what is submitted: a returned report drops out until corrected and resubmitted', async () => {
    const half = await openPeriod(ctx, w.sessions.hanoi, {
      unitId: w.units.hanoi,
      kind: 'halfYear',
      year: 2025,
      dueOn: '2099-12-31',
    });
    const saved = period;
    period = half;
    try {
      const a = w.units.grassrootsA;
      await saveAndSubmit(ctx, w.sessions.longBien, half.id, w.units.grassrootsA2, { WORKERS: 50 });
      expect(await longBienWorkers()).toBe(50);
      await saveAndSubmit(ctx, w.sessions.grassrootsA, half.id, a, { WORKERS: 120 });
      expect(await longBienWorkers()).toBe(170);
      reportOf(await returnReport(ctx, w.sessions.longBien, half.id, a, 'Kiểm tra lại số lao động'));
      expect(await longBienWorkers()).toBe(50);
      // A draft correction is not counted either.
      reportOf(await saveReport(ctx, w.sessions.grassrootsA, half.id, a, { values: { WORKERS: 130 } }));
      expect(await longBienWorkers()).toBe(50);
      reportOf(await submitReport(ctx, w.sessions.grassrootsA, half.id, a));
      expect(await longBienWorkers()).toBe(180);
      reportOf(await approveReport(ctx, w.sessions.longBien, half.id, a));
      expect(await longBienWorkers()).toBe(180);
      // Hà Nội above sees the same through Long Biên.
      const hanoi = await figuresFor(
        ctx.database.db,
        await loadPeriod(ctx.database.db, half.id),
        w.units.hanoi,
      );
      expect(hanoi.values.WORKERS).toBe(180);
    } finally {
      period = saved;
    }
  });

  it('shows last year’s figures beside each line, from the same kind of period a year earlier', async () => {
    const last = await openPeriod(ctx, w.sessions.longBien, {
      unitId: w.units.longBien,
      kind: 'year',
      year: 2024,
    });
    const refused = await saveReport(ctx, w.sessions.grassrootsA, last.id, w.units.grassrootsA2, {
      values: { WORKERS: 90 },
    });
    expect(refused.statusCode).toBe(404);
    await saveAndSubmit(ctx, w.sessions.longBien, last.id, w.units.grassrootsA2, { WORKERS: 90 });
    const report = reportOf(await getReport(ctx, w.sessions.longBien, period.id, w.units.grassrootsA2));
    expect(line(report, 'WORKERS')).toMatchObject({ value: 50, lastYear: 90 });
    // Members admitted in January 2024 were members on 30/11/2024 too.
    expect(line(report, 'MEMBERS')).toMatchObject({ value: 2, lastYear: 2 });
    expect(line(report, 'MEMBERSHIP_RATE')?.lastYear).toBeCloseTo(2 / 90);
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'answers a first save that raced another with 409 REPORT_SAVED_MEANWHILE, keeping the first',
    async () => {
      const db = ctx.database.db;
      const fresh = await openPeriod(ctx, w.sessions.longBien, {
        unitId: w.units.longBien,
        kind: 'year',
        year: 2027,
      });
      const [user] = await queryRows<{ id: number }>(db, sql`select id from users where username = 'cdcs.a'`);
      const actor: Actor = {
        id: user!.id,
        username: 'cdcs.a',
        fullName: 'cdcs.a',
        role: 'unit_officer',
        locale: 'vi',
        unitId: w.units.grassrootsA,
      };
      const save = (tx: Tx, workers: number) =>
        saveUnitReport(
          tx,
          actor,
          fresh.id,
          w.units.grassrootsA,
          unitReportBody.parse({ values: { WORKERS: workers } }),
        );
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let firstSaved = () => {};
      const saved = new Promise<void>((resolve) => {
        firstSaved = resolve;
      });
      // The first save inserts the report and holds its transaction open.
      const first = db.transaction(async (tx) => {
        await save(tx, 10);
        firstSaved();
        await held;
      });
      await saved;
      // The second found no report either, and waits on the unique index until the first commits.
      const second = db
        .transaction((tx) => save(tx, 20))
        .then(
          () => null,
          (error: unknown) => error,
        );
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      await first;
      expect(await second).toMatchObject({ code: 'REPORT_SAVED_MEANWHILE', status: 409 });
      const reports = await queryRows<{ entered: Record<string, number> }>(
        db,
        sql`select entered from unit_reports where period_id = ${fresh.id}`,
      );
      expect(reports).toEqual([{ entered: { WORKERS: 10 } }]);
    },
  );
});
