// Report forms and periods over HTTP: the built-in forms seeded once, a form defined by an administrator and
// the built-in ones refused a change; a period's default dates and name from the rules (a changed rule
// changes them), explicit dates kept and checked, a second period of the same kind and year refused with
// nothing added, who may open and change a period, and the periods a unit sees.
import type { ReportForm, ReportPeriod, ReportPeriodList } from '@congdoan/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { ensureBaseData } from '../../platform/bootstrap.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { buildReportsWorld, openPeriod, type ReportsWorld, send } from './test-reports.ts';

describe('report forms and periods', () => {
  let ctx: TestContext;
  let w: ReportsWorld;
  const count = async (table: 'report_periods' | 'report_forms') =>
    (
      await queryRows<{ n: number }>(ctx.database.db, sql`select count(*)::int as n from ${sql.raw(table)}`)
    )[0]!.n;

  beforeAll(async () => {
    ctx = await createTestContext();
    w = await buildReportsWorld(ctx);
  });
  afterAll(() => ctx.close());

  it('seeds the two built-in forms once, also when the base data is ensured again', async () => {
    await ensureBaseData(ctx.database.db);
    const response = await send(ctx, w.sessions.grassrootsA, 'GET', '/api/report-forms');
    expect(response.statusCode).toBe(200);
    const forms = response.json() as ReportForm[];
    expect(forms.filter((form) => form.builtIn).map((form) => [form.code, form.level])).toEqual([
      ['01-HDCD', 'grassroots'],
      ['02-HDCD', 'superior'],
    ]);
    const grassroots = forms.find((form) => form.code === '01-HDCD')!;
    expect(grassroots.indicatorCodes).toContain('WORKERS');
    expect(grassroots.indicatorCodes).not.toContain('GRASSROOTS_UNIONS');
    expect(forms.find((form) => form.code === '02-HDCD')!.indicatorCodes).toContain('GRASSROOTS_UNIONS');
  });

  it('lets a system administrator define a form, never change a built-in one', async () => {
    const body = { code: 'CDCS-GON', name: 'Mẫu rút gọn', level: 'grassroots', indicatorCodes: ['WORKERS'] };
    const refused = await send(ctx, w.sessions.hanoi, 'POST', '/api/report-forms', body);
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'ROLE_FORBIDDEN']);
    const created = await send(ctx, w.sessions.admin, 'POST', '/api/report-forms', body);
    expect(created.statusCode).toBe(201);
    const form = created.json() as ReportForm;
    expect(form).toMatchObject({ code: 'CDCS-GON', builtIn: false, indicatorCodes: ['WORKERS'] });
    const twice = await send(ctx, w.sessions.admin, 'POST', '/api/report-forms', body);
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'REPORT_FORM_EXISTS']);
    // A ratio needs its numerator and denominator on the form.
    const ratio = await send(ctx, w.sessions.admin, 'POST', '/api/report-forms', {
      ...body,
      code: 'CDCS-TYLE',
      indicatorCodes: ['MEMBERSHIP_RATE', 'MEMBERS'],
    });
    expect(ratio.statusCode).toBe(400);

    const changed = await send(ctx, w.sessions.admin, 'PATCH', `/api/report-forms/${form.id}`, {
      ...body,
      name: 'Mẫu rút gọn (sửa)',
      indicatorCodes: ['WORKERS', 'PETITIONS'],
    });
    expect(changed.json()).toMatchObject({
      name: 'Mẫu rút gọn (sửa)',
      indicatorCodes: ['WORKERS', 'PETITIONS'],
    });

    const builtIn = (
      (await send(ctx, w.sessions.admin, 'GET', '/api/report-forms')).json() as ReportForm[]
    ).find((f) => f.code === '01-HDCD')!;
    const before = await count('report_forms');
    const locked = await send(ctx, w.sessions.admin, 'PATCH', `/api/report-forms/${builtIn.id}`, {
      code: '01-HDCD',
      name: 'Đổi tên',
      level: 'grassroots',
      indicatorCodes: ['WORKERS'],
    });
    expect([locked.statusCode, locked.json().error.code]).toEqual([409, 'REPORT_FORM_BUILT_IN']);
    const after = (await send(ctx, w.sessions.admin, 'GET', '/api/report-forms')).json() as ReportForm[];
    expect(after.find((f) => f.code === '01-HDCD')).toEqual(builtIn);
    expect(await count('report_forms')).toBe(before);
  });

  it('fills the dates and the name of a period from the rules', async () => {
    const year = await openPeriod(ctx, w.sessions.hanoi, { unitId: w.units.hanoi, kind: 'year', year: 2025 });
    expect(year).toMatchObject({
      unit: { id: w.units.hanoi, name: 'LĐLĐ thành phố Hà Nội' },
      name: 'Báo cáo năm 2025',
      startsOn: '2024-12-01',
      cutOff: '2025-11-30',
      dueOn: '2025-12-10',
      grassrootsFormCode: '01-HDCD',
      superiorFormCode: '02-HDCD',
      lastYearPeriodId: null,
    });
    const half = await openPeriod(ctx, w.sessions.hanoi, {
      unitId: w.units.hanoi,
      kind: 'halfYear',
      year: 2025,
    });
    expect(half).toMatchObject({
      name: 'Báo cáo 6 tháng đầu năm 2025',
      startsOn: '2024-12-01',
      cutOff: '2025-05-31',
      dueOn: '2025-06-10',
    });
    // Last year's period of the same kind, opened by the unit or above it, is found for the figures beside.
    const earlier = await openPeriod(ctx, w.sessions.hanoi, {
      unitId: w.units.hanoi,
      kind: 'year',
      year: 2024,
    });
    expect(earlier).toMatchObject({ startsOn: '2023-12-01', cutOff: '2024-11-30', dueOn: '2024-12-10' });
    const again = await send(ctx, w.sessions.hanoi, 'GET', `/api/report-periods/${year.id}`);
    expect((again.json() as ReportPeriod).lastYearPeriodId).toBe(earlier.id);
    const lbYear = await openPeriod(ctx, w.sessions.longBien, {
      unitId: w.units.longBien,
      kind: 'year',
      year: 2025,
    });
    expect(lbYear.lastYearPeriodId).toBe(earlier.id);

    const [audit] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from audit_log where entity = 'reportPeriod' and action = 'create'
            and entity_id = ${String(year.id)} and unit_id = ${w.units.hanoi}`,
    );
    expect(audit!.n).toBe(1);
  });

  it('takes the dates from a changed rule for the years it is in force', async () => {
    for (const [key, value] of [
      ['report.cutoff.halfYear', '06-30'],
      ['report.dueDays', 20],
    ] as const) {
      const response = await send(ctx, w.sessions.admin, 'POST', '/api/rules', {
        key,
        value,
        validFrom: '2030-01-01',
        source: 'Thử nghiệm',
      });
      expect(response.statusCode, response.body).toBe(201);
    }
    const before = await openPeriod(ctx, w.sessions.hanoi, {
      unitId: w.units.hanoi,
      kind: 'halfYear',
      year: 2029,
    });
    expect([before.cutOff, before.dueOn]).toEqual(['2029-05-31', '2029-06-10']);
    const after = await openPeriod(ctx, w.sessions.hanoi, {
      unitId: w.units.hanoi,
      kind: 'halfYear',
      year: 2030,
    });
    expect([after.startsOn, after.cutOff, after.dueOn]).toEqual(['2029-12-01', '2030-06-30', '2030-07-20']);
  });

  it('keeps given dates, checks their order, and refuses a form of the wrong level', async () => {
    const given = await openPeriod(ctx, w.sessions.hanoi, {
      unitId: w.units.hanoi,
      kind: 'year',
      year: 2026,
      name: 'Báo cáo tổng kết năm 2026',
      cutOff: '2026-12-15',
    });
    // The due date follows a given cut-off by report.dueDays.
    expect(given).toMatchObject({
      name: 'Báo cáo tổng kết năm 2026',
      cutOff: '2026-12-15',
      dueOn: '2026-12-25',
    });
    const before = await count('report_periods');
    const backwards = await send(ctx, w.sessions.hanoi, 'POST', '/api/report-periods', {
      unitId: w.units.hanoi,
      kind: 'year',
      year: 2027,
      cutOff: '2027-11-30',
      dueOn: '2027-11-01',
    });
    expect(backwards.statusCode).toBe(400);
    const wrongLevel = await send(ctx, w.sessions.hanoi, 'POST', '/api/report-periods', {
      unitId: w.units.hanoi,
      kind: 'year',
      year: 2027,
      grassrootsFormCode: '02-HDCD',
    });
    expect([wrongLevel.statusCode, wrongLevel.json().error.code]).toEqual([
      422,
      'REPORT_FORM_LEVEL_MISMATCH',
    ]);
    const unknownForm = await send(ctx, w.sessions.hanoi, 'POST', '/api/report-periods', {
      unitId: w.units.hanoi,
      kind: 'year',
      year: 2027,
      superiorFormCode: 'KHONG-CO',
    });
    expect([unknownForm.statusCode, unknownForm.json().error.code]).toEqual([404, 'REPORT_FORM_NOT_FOUND']);
    expect(await count('report_periods')).toBe(before);
  });

  it('refuses a second period of the same kind and year with 409, adding nothing', async () => {
    const before = await count('report_periods');
    const response = await send(ctx, w.sessions.hanoi, 'POST', '/api/report-periods', {
      unitId: w.units.hanoi,
      kind: 'year',
      year: 2025,
      dueOn: '2025-12-31',
    });
    expect([response.statusCode, response.json().error.code]).toEqual([409, 'REPORT_PERIOD_EXISTS']);
    expect(response.json().error.message).toContain('LĐLĐ thành phố Hà Nội');
    expect(await count('report_periods')).toBe(before);
  });

  it('lets a district open a period for itself only, not above it or beside it', async () => {
    for (const unitId of [w.units.hanoi, w.units.hoangMai]) {
      const response = await send(ctx, w.sessions.longBien, 'POST', '/api/report-periods', {
        unitId,
        kind: 'halfYear',
        year: 2026,
      });
      expect(response.statusCode).toBe(404);
    }
    const viewer = await send(ctx, w.sessions.viewer, 'POST', '/api/report-periods', {
      unitId: w.units.longBien,
      kind: 'halfYear',
      year: 2026,
    });
    expect([viewer.statusCode, viewer.json().error.code]).toEqual([403, 'ROLE_FORBIDDEN']);
    await openPeriod(ctx, w.sessions.hoangMai, { unitId: w.units.hoangMai, kind: 'year', year: 2025 });
  });

  it('lists the periods opened by a unit or above it and those below it in scope, newest cut-off first', async () => {
    const list = async (session: { cookie: string }, query = '') => {
      const response = await send(ctx, session, 'GET', `/api/report-periods${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as ReportPeriodList).periods.map((p) => `${p.unit.id}:${p.kind}:${p.year}`);
    };
    const { hanoi, longBien, hoangMai } = w.units;
    const seenByLongBien = await list(w.sessions.longBien);
    expect(seenByLongBien).toContain(`${hanoi}:year:2025`);
    expect(seenByLongBien).toContain(`${longBien}:year:2025`);
    expect(seenByLongBien).not.toContain(`${hoangMai}:year:2025`);
    expect(await list(w.sessions.longBien, `?year=2024`)).toEqual([`${hanoi}:year:2024`]);
    const seenByHanoi = await list(w.sessions.hanoi, `?year=2025`);
    expect(seenByHanoi).toEqual(
      expect.arrayContaining([`${hanoi}:year:2025`, `${longBien}:year:2025`, `${hoangMai}:year:2025`]),
    );
    expect(seenByHanoi.at(-1)).toBe(`${hanoi}:halfYear:2025`);
    const cutOffs = (
      (await send(ctx, w.sessions.hanoi, 'GET', '/api/report-periods')).json() as ReportPeriodList
    ).periods.map((p) => p.cutOff);
    expect(cutOffs).toEqual([...cutOffs].sort().reverse());
    const beside = await send(ctx, w.sessions.longBien, 'GET', `/api/report-periods?unitId=${hoangMai}`);
    expect(beside.statusCode).toBe(404);
    const hoangMaiPeriod = (
      (
        await send(ctx, w.sessions.hoangMai, 'GET', '/api/report-periods?year=2025')
      ).json() as ReportPeriodList
    ).periods.find((p) => p.unit.id === hoangMai)!;
    const foreign = await send(ctx, w.sessions.longBien, 'GET', `/api/report-periods/${hoangMaiPeriod.id}`);
    expect(foreign.statusCode).toBe(404);
    const missing = await send(ctx, w.sessions.longBien, 'GET', '/api/report-periods/987654');
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'REPORT_PERIOD_NOT_FOUND']);
  });

  it('lets the issuer move a due date, not a unit that merely reports in the period', async () => {
    const periods = (await send(ctx, w.sessions.hanoi, 'GET', '/api/report-periods?year=2025')).json()
      .periods as ReportPeriod[];
    const period = periods.find((p) => p.unit.id === w.units.hanoi && p.kind === 'year')!;
    const refused = await send(ctx, w.sessions.longBien, 'PATCH', `/api/report-periods/${period.id}`, {
      dueOn: '2025-12-31',
    });
    expect(refused.statusCode).toBe(404);
    const moved = await send(ctx, w.sessions.hanoi, 'PATCH', `/api/report-periods/${period.id}`, {
      dueOn: '2025-12-31',
    });
    expect(moved.json()).toMatchObject({ dueOn: '2025-12-31', cutOff: '2025-11-30' });
    const backwards = await send(ctx, w.sessions.hanoi, 'PATCH', `/api/report-periods/${period.id}`, {
      cutOff: '2026-01-15',
    });
    expect(backwards.statusCode).toBe(400);
    const seen = await send(ctx, w.sessions.grassrootsA, 'GET', `/api/report-periods/${period.id}`);
    expect(seen.json()).toMatchObject({ dueOn: '2025-12-31' });
  });
});
