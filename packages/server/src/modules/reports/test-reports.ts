// Test fixture for periodic reports: the Hà Nội tree with a second grassroots union in Long Biên, accounts at
// the issuer (Hà Nội), at the districts and at a grassroots union, a few members, and helpers to open a
// period and to save, submit, approve and return a unit's report over HTTP. For the route walk
// (platform/scope.test.ts), periods and reports straight into the tables: one report per write probe.
import {
  admitMemberBody,
  type ReportPeriod,
  type ReportPeriodBody,
  type UnitReport,
  type UnitReportBody,
} from '@congdoan/domain';
import type { LightMyRequestResponse } from 'fastify';
import { queryRows, sql } from '../../db/client.ts';
import { createUser, signIn, type TestContext } from '../../test/context.ts';
import { type HanoiTree, insertHanoiTree, insertUnit } from '../../test/units.ts';
import { admitMember } from '../members/service.ts';
import { admission } from '../members/test-members.ts';

export type Session = { cookie: string };

/**
 * Root → Hà Nội (issuer) → Long Biên → A, A2; Hà Nội → Hoàng Mai → B. Members admitted 15/1/2024: 3 in A
 * (2 women), 2 in A2, 1 in B. Accounts: admin (root), hanoi, longbien, hoangmai (unit admins), cdcs.a (an
 * officer of A), longbien.viewer.
 */
export async function buildReportsWorld(ctx: TestContext) {
  const tree = await insertHanoiTree(ctx);
  const grassrootsA2 = await insertUnit(ctx, {
    code: 'HN-LB-A2',
    name: 'CĐCS Công ty Long Biên A2',
    type: 'grassroots',
    parentId: tree.longBien,
  });
  const units = { ...tree, grassrootsA2 };
  await ctx.database.db.transaction(async (tx) => {
    const admit = (unitId: number, gender: 'male' | 'female') =>
      admitMember(tx, null, admitMemberBody.parse(admission(unitId, { gender })));
    await admit(units.grassrootsA, 'female');
    await admit(units.grassrootsA, 'female');
    await admit(units.grassrootsA, 'male');
    await admit(units.grassrootsA2, 'male');
    await admit(units.grassrootsA2, 'female');
    await admit(units.grassrootsB, 'male');
  });
  await createUser(ctx, 'admin', 'system_admin', tree.root);
  await createUser(ctx, 'hanoi', 'unit_admin', tree.hanoi);
  await createUser(ctx, 'longbien', 'unit_admin', tree.longBien);
  await createUser(ctx, 'hoangmai', 'unit_admin', tree.hoangMai);
  await createUser(ctx, 'cdcs.a', 'unit_officer', tree.grassrootsA);
  await createUser(ctx, 'longbien.viewer', 'viewer', tree.longBien);
  const sessions = {
    admin: await signIn(ctx, 'admin'),
    hanoi: await signIn(ctx, 'hanoi'),
    longBien: await signIn(ctx, 'longbien'),
    hoangMai: await signIn(ctx, 'hoangmai'),
    grassrootsA: await signIn(ctx, 'cdcs.a'),
    viewer: await signIn(ctx, 'longbien.viewer'),
  };
  return { units, sessions };
}
export type ReportsWorld = Awaited<ReturnType<typeof buildReportsWorld>>;

/** A request as a user (Vietnamese messages unless `locale` says otherwise). */
export function send(
  ctx: TestContext,
  session: Session,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return ctx.app.inject({ method, url, payload, headers: session });
}

/** Opens a period over the API; throws unless 201. */
export async function openPeriod(
  ctx: TestContext,
  session: Session,
  body: Partial<ReportPeriodBody> & Pick<ReportPeriodBody, 'unitId' | 'kind' | 'year'>,
): Promise<ReportPeriod> {
  const response = await send(ctx, session, 'POST', '/api/report-periods', body);
  if (response.statusCode !== 201) throw new Error(`period not opened: ${response.body}`);
  return response.json() as ReportPeriod;
}

export const reportUrl = (periodId: number, unitId: number, action = '') =>
  `/api/report-periods/${periodId}/reports/${unitId}${action ? `/${action}` : ''}`;

export const getReport = (ctx: TestContext, session: Session, periodId: number, unitId: number) =>
  send(ctx, session, 'GET', reportUrl(periodId, unitId));

export const saveReport = (
  ctx: TestContext,
  session: Session,
  periodId: number,
  unitId: number,
  body: Partial<UnitReportBody>,
) => send(ctx, session, 'PUT', reportUrl(periodId, unitId), body);

export const submitReport = (ctx: TestContext, session: Session, periodId: number, unitId: number) =>
  send(ctx, session, 'POST', reportUrl(periodId, unitId, 'submit'), {});

export const approveReport = (ctx: TestContext, session: Session, periodId: number, unitId: number) =>
  send(ctx, session, 'POST', reportUrl(periodId, unitId, 'approve'), {});

export const returnReport = (
  ctx: TestContext,
  session: Session,
  periodId: number,
  unitId: number,
  comment: string,
) => send(ctx, session, 'POST', reportUrl(periodId, unitId, 'return'), { comment });

/** The body of a 200 answer as a UnitReport; throws with the body otherwise. */
export function reportOf(response: LightMyRequestResponse): UnitReport {
  if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
  return response.json() as UnitReport;
}

/** Saves `values` and submits as the given user (the unit's own or one above it); throws unless both pass. */
export async function saveAndSubmit(
  ctx: TestContext,
  session: Session,
  periodId: number,
  unitId: number,
  values: Record<string, number | null>,
): Promise<UnitReport> {
  reportOf(await saveReport(ctx, session, periodId, unitId, { values }));
  return reportOf(await submitReport(ctx, session, periodId, unitId));
}

/** The ids of the built-in grassroots and superior report forms. */
export async function reportFormIds(ctx: TestContext) {
  const rows = await queryRows<{ id: number; code: string }>(
    ctx.database.db,
    sql`select id, code from report_forms where code in ('01-HDCD', '02-HDCD')`,
  );
  const grassroots = rows.find((row) => row.code === '01-HDCD')?.id;
  const superior = rows.find((row) => row.code === '02-HDCD')?.id;
  if (!grassroots || !superior) throw new Error('the built-in report forms are not seeded');
  return { grassroots, superior };
}

/** A period opened by `unitId`, straight into the table (cut-off 30/11 or 31/5 of the year). */
export async function insertPeriod(
  ctx: TestContext,
  unitId: number,
  kind: 'halfYear' | 'year',
  year: number,
  forms: { grassroots: number; superior: number },
): Promise<number> {
  const cutOff = kind === 'year' ? `${year}-11-30` : `${year}-05-31`;
  const dueOn = kind === 'year' ? `${year}-12-10` : `${year}-06-10`;
  const [row] = await queryRows<{ id: number }>(
    ctx.database.db,
    sql`insert into report_periods (unit_id, kind, year, name, starts_on, cut_off, due_on, grassroots_form_id,
          superior_form_id)
        values (${unitId}, ${kind}, ${year}, ${`Báo cáo thử ${kind} ${year}`}, ${`${year - 1}-12-01`},
          ${cutOff}, ${dueOn}, ${forms.grassroots}, ${forms.superior})
        returning id`,
  );
  if (!row) throw new Error('period not inserted');
  return row.id;
}

/** A unit's report in a period, straight into the table (entered WORKERS 10). */
export async function insertReport(
  ctx: TestContext,
  periodId: number,
  unitId: number,
  formId: number,
  status: 'draft' | 'submitted',
) {
  const submitted = status === 'submitted' ? sql`now()` : sql`null`;
  await ctx.database.db.execute(
    sql`insert into unit_reports (period_id, unit_id, form_id, status, entered, narrative, first_submitted_at,
          submitted_at)
        values (${periodId}, ${unitId}, ${formId}, ${status}, '{"WORKERS": 10}'::jsonb,
          '{"results": "", "shortcomings": "", "direction": ""}'::jsonb, ${submitted}, ${submitted})`,
  );
}

/**
 * For the route walk: periods opened by Hà Nội (above Long Biên), by Long Biên and by Hoàng Mai, and in
 * Hà Nội's periods the reports of A (Long Biên) and B (Hoàng Mai): missing in `toSave` and `toSubmit`,
 * submitted in `toApprove` and `toReturn`.
 */
export async function insertScopeReports(ctx: TestContext, tree: HanoiTree) {
  const forms = await reportFormIds(ctx);
  const toSave = await insertPeriod(ctx, tree.hanoi, 'year', 2025, forms);
  const toSubmit = await insertPeriod(ctx, tree.hanoi, 'halfYear', 2025, forms);
  const toApprove = await insertPeriod(ctx, tree.hanoi, 'year', 2024, forms);
  const toReturn = await insertPeriod(ctx, tree.hanoi, 'halfYear', 2024, forms);
  for (const periodId of [toApprove, toReturn]) {
    await insertReport(ctx, periodId, tree.grassrootsA, forms.grassroots, 'submitted');
    await insertReport(ctx, periodId, tree.grassrootsB, forms.grassroots, 'submitted');
  }
  return {
    /** Hà Nội's periods */
    toSave,
    toSubmit,
    toApprove,
    toReturn,
    /** opened by Long Biên itself (year 2025) */
    longBien: await insertPeriod(ctx, tree.longBien, 'year', 2025, forms),
    /** opened by Hoàng Mai (year 2025) */
    hoangMai: await insertPeriod(ctx, tree.hoangMai, 'year', 2025, forms),
    forms,
  };
}
