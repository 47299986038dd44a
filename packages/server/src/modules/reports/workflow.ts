// A unit's report for a period and its workflow: saved (draft) → submitted → approved, or returned with a
// comment → corrected (still 'returned') → submitted again. Only the unit's form's entered lines are typed in;
// the other lines come from the figures engine (figures.ts): computed from the records, rolled up from the
// children's reports, ratios recomputed. Every action writes a unit_report_events row and an audit row.
import {
  type ReportEvent,
  type ReportEventAction,
  type ReportLine,
  type ReportNarrative,
  type ReturnReportBody,
  ROLE_POWERS,
  todayInVietnam,
  type UnitReportBody,
  type UnitReportData,
  type UnitReportStatus,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { AppError, Conflict, Forbidden, isUniqueViolation, RuleViolation } from '../../platform/errors.ts';
import { assertUnitReadable, assertUnitWritable } from '../../platform/scope.ts';
import { figuresFor, isLate, lastYearFiguresFor, ownFormValues, type PeriodRow } from './figures.ts';
import { type ReportingUnit, reportingUnit, visiblePeriod } from './periods.ts';

interface ReportRow {
  id: number;
  status: UnitReportStatus;
  entered: Record<string, number | null>;
  narrative: Partial<ReportNarrative>;
  first_submitted_at: unknown;
  submitted_at: unknown;
  reviewed_at: unknown;
  return_comment: string | null;
}

/** Two first saves of one report at once: the unique index refuses the later one, which is told to reload. */
function firstSaveRaced(error: unknown): never {
  if (isUniqueViolation(error)) throw new Conflict('REPORT_SAVED_MEANWHILE');
  throw error;
}

async function reportRow(tx: Tx, periodId: number, unitId: number, lock = false) {
  const [row] = await queryRows<ReportRow>(
    tx,
    sql`select id, status, entered, narrative, first_submitted_at, submitted_at, reviewed_at, return_comment
        from unit_reports where period_id = ${periodId} and unit_id = ${unitId}
        ${lock ? sql`for update` : sql``}`,
  );
  return row ?? null;
}

const timestamp = (value: unknown) => (value === null || value === undefined ? null : isoTimestamp(value));

function narrativeOf(row: ReportRow | null): ReportNarrative {
  return {
    results: row?.narrative.results ?? '',
    shortcomings: row?.narrative.shortcomings ?? '',
    direction: row?.narrative.direction ?? '',
  };
}

/** The codes of the unit's form and the form itself. */
function formOf(period: PeriodRow, unit: ReportingUnit) {
  return unit.level === 'grassroots'
    ? {
        id: period.grassrootsFormId,
        code: period.grassrootsFormCode,
        name: period.grassrootsFormName,
        codes: period.grassrootsCodes,
      }
    : {
        id: period.superiorFormId,
        code: period.superiorFormCode,
        name: period.superiorFormName,
        codes: period.superiorCodes,
      };
}

/** The entered lines of the unit's form: those nobody below reports (not rolled up, not computed, no ratio). */
async function enteredCodes(tx: Tx, period: PeriodRow, unit: ReportingUnit): Promise<Set<string>> {
  const figures = await figuresFor(tx, period, unit.unitId);
  return new Set(formOf(period, unit).codes.filter((code) => figures.sources[code] === 'entered'));
}

async function historyOf(tx: Tx, period: PeriodRow, unitId: number, reportId: number | null) {
  const events = await queryRows<{
    at: unknown;
    action: ReportEventAction;
    by: string | null;
    comment: string | null;
  }>(
    tx,
    sql`select e.at, e.action, u.full_name as by, e.comment
        from unit_report_events e left join users u on u.id = e.user_id
        where e.report_id = ${reportId ?? 0}
        union all
        select r.sent_at as at, 'reminded' as action, u.full_name as by, null as comment
        from report_reminders r left join users u on u.id = r.sent_by
        where r.period_id = ${period.id} and r.unit_id = ${unitId}
        order by at, action`,
  );
  return events.map(
    (event): ReportEvent => ({
      at: isoTimestamp(event.at),
      action: event.action,
      by: event.by,
      comment: event.comment,
    }),
  );
}

async function canWrite(tx: Tx, actor: Actor, unitId: number): Promise<boolean> {
  if (!ROLE_POWERS[actor.role].writeRecords) return false;
  try {
    await assertUnitWritable(tx, actor, unitId, todayInVietnam());
    return true;
  } catch (error) {
    if (error instanceof AppError && (error.status === 403 || error.status === 404)) return false;
    throw error;
  }
}

/**
 * What the report's status and the caller's place allow, whatever their role and scope (the routes' guards,
 * which `can` ANDs with this): saving and submitting while missing, draft or returned — the issuer's report is
 * never submitted — and reviewing a submitted report by a union above it, never by the unit itself.
 */
export interface ReportState {
  editable: boolean;
  submittable: boolean;
  reviewable: boolean;
}

/** The report of a unit for a period as the actor sees it (the unit readable, the period visible). */
export async function getUnitReport(
  tx: Tx,
  actor: Actor,
  periodId: number,
  unitId: number,
): Promise<{ report: UnitReportData; state: ReportState }> {
  const period = await visiblePeriod(tx, actor, periodId);
  await assertUnitReadable(tx, actor, unitId, period.cutOff);
  const unit = await reportingUnit(tx, period, unitId);
  const form = formOf(period, unit);
  const row = await reportRow(tx, periodId, unitId);
  const figures = await figuresFor(tx, period, unitId);
  const last = await lastYearFiguresFor(tx, period, unitId);
  const shown = ownFormValues(figures);
  const lines: ReportLine[] = form.codes.map((code) => ({
    code,
    source: figures.sources[code] ?? 'entered',
    value: shown[code] ?? null,
    lastYear: last ? (last.figures.values[code] ?? null) : null,
  }));
  const status = row?.status ?? 'missing';
  const open = status === 'missing' || status === 'draft' || status === 'returned';
  const reviewer =
    status === 'submitted' &&
    unit.parentId !== null &&
    actor.unitId !== unitId &&
    (await canWrite(tx, actor, unit.parentId));
  const report: UnitReportData = {
    periodId,
    unit: { id: unitId, name: unit.name, level: unit.level },
    reviewer: unit.parentId === null ? null : { id: unit.parentId, name: unit.parentName ?? '' },
    form: { code: form.code, name: form.name },
    status,
    late: unit.isIssuer ? false : isLate(period.dueOn, timestamp(row?.first_submitted_at ?? null)),
    lines,
    narrative: narrativeOf(row),
    submittedAt: timestamp(row?.submitted_at ?? null),
    reviewedAt: timestamp(row?.reviewed_at ?? null),
    returnComment: status === 'returned' ? (row?.return_comment ?? null) : null,
    history: await historyOf(tx, period, unitId, row?.id ?? null),
  };
  return { report, state: { editable: open, submittable: open && !unit.isIssuer, reviewable: reviewer } };
}

async function recordEvent(
  tx: Tx,
  actor: Actor,
  reportId: number,
  action: ReportEventAction,
  comment: string | null = null,
) {
  await tx.execute(
    sql`insert into unit_report_events (report_id, action, user_id, comment)
        values (${reportId}, ${action}, ${actor.id}, ${comment})`,
  );
}

/** The period and the unit of a write by the unit itself (or above it): write scope on the unit. */
async function ownWrite(tx: Tx, actor: Actor, periodId: number, unitId: number) {
  const period = await visiblePeriod(tx, actor, periodId);
  await assertUnitWritable(tx, actor, unitId, todayInVietnam());
  const unit = await reportingUnit(tx, period, unitId);
  return { period, unit };
}

/**
 * Saves the entered figures and the narrative (PUT: both replace what was saved). Allowed while missing,
 * draft or returned (a returned report stays returned until resubmitted); 409 REPORT_LOCKED otherwise.
 */
export async function saveUnitReport(
  tx: Tx,
  actor: Actor,
  periodId: number,
  unitId: number,
  body: UnitReportBody,
): Promise<void> {
  const { period, unit } = await ownWrite(tx, actor, periodId, unitId);
  const row = await reportRow(tx, periodId, unitId, true);
  if (row && (row.status === 'submitted' || row.status === 'approved')) throw new Conflict('REPORT_LOCKED');
  const entered = await enteredCodes(tx, period, unit);
  const refused = Object.keys(body.values).filter((code) => !entered.has(code));
  if (refused.length > 0) {
    throw new AppError(
      422,
      'REPORT_LINE_NOT_ENTERED',
      { code: refused.join(', ') },
      refused.map((code) => ({ path: `values.${code}`, message: 'REPORT_LINE_NOT_ENTERED' })),
    );
  }
  const values = Object.fromEntries(Object.entries(body.values).filter(([, value]) => value !== null));
  const form = formOf(period, unit);
  let id: number;
  if (row) {
    await tx.execute(
      sql`update unit_reports set entered = ${JSON.stringify(values)}::jsonb,
            narrative = ${JSON.stringify(body.narrative)}::jsonb, updated_at = now(), updated_by = ${actor.id}
          where id = ${row.id}`,
    );
    id = row.id;
  } else {
    const [created] = await queryRows<{ id: number }>(
      tx,
      sql`insert into unit_reports (period_id, unit_id, form_id, status, entered, narrative, updated_by)
          values (${periodId}, ${unitId}, ${form.id}, 'draft', ${JSON.stringify(values)}::jsonb,
            ${JSON.stringify(body.narrative)}::jsonb, ${actor.id})
          returning id`,
    ).catch(firstSaveRaced);
    if (!created) throw new Error('report not created');
    id = created.id;
  }
  await recordEvent(tx, actor, id, 'saved');
  await recordAudit(tx, actor, {
    action: row ? 'update' : 'create',
    entity: 'unitReport',
    entityId: id,
    unitId,
    before: row ? { status: row.status, entered: row.entered, narrative: row.narrative } : undefined,
    after: { periodId, status: row?.status ?? 'draft', entered: values, narrative: body.narrative },
  });
}

/** Sends the report to the level above (from missing, draft or returned); the first submission is kept. */
export async function submitUnitReport(
  tx: Tx,
  actor: Actor,
  periodId: number,
  unitId: number,
): Promise<void> {
  const { period, unit } = await ownWrite(tx, actor, periodId, unitId);
  if (unit.isIssuer) throw new RuleViolation('REPORT_ISSUER_CANNOT_SUBMIT', { name: unit.name });
  const row = await reportRow(tx, periodId, unitId, true);
  if (row && (row.status === 'submitted' || row.status === 'approved')) throw new Conflict('REPORT_LOCKED');
  let id: number;
  if (row) {
    await tx.execute(
      sql`update unit_reports set status = 'submitted', submitted_at = now(), submitted_by = ${actor.id},
            first_submitted_at = coalesce(first_submitted_at, now()), updated_at = now(),
            updated_by = ${actor.id}
          where id = ${row.id}`,
    );
    id = row.id;
  } else {
    const [created] = await queryRows<{ id: number }>(
      tx,
      sql`insert into unit_reports (period_id, unit_id, form_id, status, entered, narrative, first_submitted_at,
            submitted_at, submitted_by, updated_by)
          values (${periodId}, ${unitId}, ${formOf(period, unit).id}, 'submitted', '{}'::jsonb,
            ${JSON.stringify(narrativeOf(null))}::jsonb, now(), now(), ${actor.id}, ${actor.id})
          returning id`,
    ).catch(firstSaveRaced);
    if (!created) throw new Error('report not created');
    id = created.id;
  }
  await recordEvent(tx, actor, id, 'submitted');
  await recordAudit(tx, actor, {
    action: 'submit',
    entity: 'unitReport',
    entityId: id,
    unitId,
    before: { status: row?.status ?? 'missing' },
    after: { periodId, status: 'submitted' },
  });
}

/**
 * A reviewer: write scope over the unit's parent on the cut-off, and not bound to the unit itself
 * (403 REPORT_OWN_REVIEW / REPORT_REVIEW_BY_SUPERIOR).
 */
async function reviewerWrite(tx: Tx, actor: Actor, periodId: number, unitId: number) {
  const period = await visiblePeriod(tx, actor, periodId);
  // A unit out of reach on the cut-off answers 404 like an unknown one, never named in a refusal.
  await assertUnitReadable(tx, actor, unitId, period.cutOff);
  const unit = await reportingUnit(tx, period, unitId);
  if (actor.unitId === unitId) throw new Forbidden('REPORT_OWN_REVIEW');
  if (unit.parentId === null || !(await canWrite(tx, actor, unit.parentId))) {
    throw new Forbidden('REPORT_REVIEW_BY_SUPERIOR', { name: unit.name });
  }
  const row = await reportRow(tx, periodId, unitId, true);
  if (row?.status !== 'submitted') throw new Conflict('REPORT_NOT_SUBMITTED');
  return row;
}

export async function approveUnitReport(
  tx: Tx,
  actor: Actor,
  periodId: number,
  unitId: number,
): Promise<void> {
  const row = await reviewerWrite(tx, actor, periodId, unitId);
  await tx.execute(
    sql`update unit_reports set status = 'approved', reviewed_at = now(), reviewed_by = ${actor.id},
          updated_at = now(), updated_by = ${actor.id}
        where id = ${row.id}`,
  );
  await recordEvent(tx, actor, row.id, 'approved');
  await recordAudit(tx, actor, {
    action: 'approve',
    entity: 'unitReport',
    entityId: row.id,
    unitId,
    before: { status: row.status },
    after: { periodId, status: 'approved' },
  });
}

export async function returnUnitReport(
  tx: Tx,
  actor: Actor,
  periodId: number,
  unitId: number,
  body: ReturnReportBody,
): Promise<void> {
  const row = await reviewerWrite(tx, actor, periodId, unitId);
  await tx.execute(
    sql`update unit_reports set status = 'returned', return_comment = ${body.comment}, reviewed_at = now(),
          reviewed_by = ${actor.id}, updated_at = now(), updated_by = ${actor.id}
        where id = ${row.id}`,
  );
  await recordEvent(tx, actor, row.id, 'returned', body.comment);
  await recordAudit(tx, actor, {
    action: 'return',
    entity: 'unitReport',
    entityId: row.id,
    unitId,
    before: { status: row.status },
    after: { periodId, status: 'returned', comment: body.comment },
  });
}
