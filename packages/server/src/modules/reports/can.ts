// Periods, reports and completeness as the caller sees them: where the caller stands in a period and what they
// may do, sent as `can`. Each flag is the guard of the route doing the action (platform/policy.ts), ANDed
// with the state the service also refuses by (a submitted report is not edited; only a union above reviews).
// Run outside transactions: the guards read through the app's database.
import {
  apiContract,
  type ReportCompleteness,
  type ReportCompletenessView,
  type ReportPeriod,
  type ReportPeriodList,
  type ReportPeriodPlace,
  todayInVietnam,
  type UnitReport,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { queryRows, type Tx } from '../../db/client.ts';
import { actorOf } from '../../platform/context.ts';
import { RuleViolation } from '../../platform/errors.ts';
import { canOf } from '../../platform/policy.ts';
import { latestVersion } from '../org/index.ts';
import { defaultUnitOf } from './completeness.ts';
import type { PeriodRow } from './figures.ts';
import { reportingUnit, toReportPeriod } from './periods.ts';
import type { ReportState } from './workflow.ts';

const routes = apiContract.reports;

/** Whether the unit keeps a report in the period (the issuer, or a unit of tier 1–3 below it). */
async function keepsReport(tx: Tx, period: PeriodRow, unitId: number): Promise<boolean> {
  try {
    await reportingUnit(tx, period, unitId);
    return true;
  } catch (error) {
    if (error instanceof RuleViolation) return false;
    throw error;
  }
}

/** Whether units report to this one: a superior union (tier 2 or above), as the tree stands. */
async function hasReportingUnitsBelow(tx: Tx, unitId: number): Promise<boolean> {
  const { type } = await latestVersion(tx, unitId);
  const [row] = await queryRows<{ tier: number }>(tx, sql`select tier from unit_types where code = ${type}`);
  return row !== undefined && row.tier <= 2;
}

/** The caller's place in the period: where their views start and whether their own unit reports in it. */
async function placeIn(tx: Tx, request: FastifyRequest, period: PeriodRow): Promise<ReportPeriodPlace> {
  const actor = actorOf(request);
  const rootUnitId = await defaultUnitOf(tx, actor, period);
  const ownReport = rootUnitId === actor.unitId && (await keepsReport(tx, period, rootUnitId));
  return { rootUnitId, ownReport };
}

/** A period as the caller sees it: its data, their place in it, and whether they may change its dates. */
export async function periodView(tx: Tx, request: FastifyRequest, period: PeriodRow): Promise<ReportPeriod> {
  return {
    ...(await toReportPeriod(tx, period)),
    place: await placeIn(tx, request, period),
    can: await canOf(request, { edit: [routes.updatePeriod, { params: { id: period.id } }] }),
  };
}

/**
 * A unit's periods, and whether the caller may open one for it from today: a unit with reporting units below
 * it (tier 2 or above; a grassroots union has nobody to report to it, so the page offers it no period).
 */
export async function periodListView(
  tx: Tx,
  request: FastifyRequest,
  unitId: number,
  periods: PeriodRow[],
): Promise<ReportPeriodList> {
  const views: ReportPeriod[] = [];
  for (const period of periods) views.push(await periodView(tx, request, period));
  const can = await canOf(request, {
    open: [
      routes.openPeriod,
      { body: { unitId, kind: 'halfYear', year: Number(todayInVietnam().slice(0, 4)) } },
    ],
  });
  return { periods: views, can: { open: can.open && (await hasReportingUnitsBelow(tx, unitId)) } };
}

/** A unit's report with what the caller may do with it now. */
export async function reportView(
  request: FastifyRequest,
  { report, state }: { report: Omit<UnitReport, 'can'>; state: ReportState },
): Promise<UnitReport> {
  const params = { id: report.periodId, unitId: report.unit.id };
  const can = await canOf(request, {
    edit: [routes.saveReport, { params }],
    submit: [routes.submitReport, { params }],
    review: [routes.approveReport, { params }],
  });
  return {
    ...report,
    can: {
      edit: can.edit && state.editable,
      submit: can.submit && state.submittable,
      review: can.review && state.reviewable,
    },
  };
}

/** Completeness under a unit, with whether the caller may remind the units below it. */
export async function completenessView(
  request: FastifyRequest,
  completeness: ReportCompleteness,
): Promise<ReportCompletenessView> {
  const can = await canOf(request, {
    remind: [routes.remind, { params: { id: completeness.periodId }, body: { unitId: completeness.unitId } }],
  });
  return { ...completeness, can };
}
