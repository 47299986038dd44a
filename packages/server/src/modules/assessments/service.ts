// The annual assessment of grassroots unions (RULES.md §5): the grassroots union scores itself on the sheet
// of the year and submits; the union directly above reviews, and its scores decide the grade by the
// thresholds in force on 31/12 of the year (rules, unconfirmed). The reviewer may instead return the sheet.
import {
  ASSESSMENT_THRESHOLD_KEYS,
  type AssessmentGrade,
  type AssessmentOverview,
  type AssessmentOverviewUnit,
  type AssessmentScores,
  type AssessmentSheetAnswer,
  type AssessmentSheetDefinition,
  type AssessmentStatus,
  type AssessmentThresholds,
  assessmentSheetDefinition,
  DEFAULT_ASSESSMENT_SHEET,
  type FilledAssessmentData,
  gradeAssessment,
  gradeShares,
  type ReturnAssessmentBody,
  type ReviewAssessmentBody,
  type ScoreProblem,
  type SelfAssessmentBody,
  scoreSheet,
  sheetMaxPoints,
  todayInVietnam,
} from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { AppError, Conflict, Forbidden, NotFound, RuleViolation } from '../../platform/errors.ts';
import { ruleNumber } from '../../platform/rules.ts';
import { assertUnitReadable, assertUnitWritable } from '../../platform/scope.ts';
import { liveOn, pathWithin, treeOn, versionOnOrLatest } from '../org/index.ts';

/** Grassroots unions are the unit types of tier 3 (unit-types.ts). */
export const GRASSROOTS_TIER = 3;
export const yearEnd = (year: number) => `${year}-12-31`;

export interface SheetOfYear {
  sheet: AssessmentSheetDefinition;
  sheetYear: number | null;
}

/** The year's own sheet when one was recorded, else the default sheet. */
export async function sheetOfYear(tx: Tx, year: number): Promise<SheetOfYear> {
  const [row] = await queryRows<{ definition: unknown }>(
    tx,
    sql`select definition from assessment_sheets where year = ${year}`,
  );
  if (!row) return { sheet: DEFAULT_ASSESSMENT_SHEET, sheetYear: null };
  return { sheet: assessmentSheetDefinition.parse(row.definition), sheetYear: year };
}

/** The grade thresholds in force on 31/12 of the year, and whether any of them is unconfirmed. */
export async function thresholdsOfYear(
  tx: Tx,
  year: number,
): Promise<{ thresholds: AssessmentThresholds; unconfirmed: boolean }> {
  const date = yearEnd(year);
  const thresholds: AssessmentThresholds = {
    excellent: await ruleNumber(tx, ASSESSMENT_THRESHOLD_KEYS.excellent, date),
    good: await ruleNumber(tx, ASSESSMENT_THRESHOLD_KEYS.good, date),
    completed: await ruleNumber(tx, ASSESSMENT_THRESHOLD_KEYS.completed, date),
  };
  const keys = Object.values(ASSESSMENT_THRESHOLD_KEYS);
  const [row] = await queryRows<{ unconfirmed: boolean | null }>(
    tx,
    sql`select bool_or(confidence = 'unconfirmed') as unconfirmed from rules
        where key in (${sql.join(
          keys.map((key) => sql`${key}`),
          sql`, `,
        )})
          and valid_from <= ${date} and (valid_to is null or valid_to > ${date})`,
  );
  return { thresholds, unconfirmed: row?.unconfirmed ?? false };
}

export async function sheetAnswer(tx: Tx, year: number): Promise<AssessmentSheetAnswer> {
  const { sheet, sheetYear } = await sheetOfYear(tx, year);
  const { thresholds, unconfirmed } = await thresholdsOfYear(tx, year);
  return {
    year,
    sheetYear,
    sheet,
    maxPoints: sheetMaxPoints(sheet),
    thresholds,
    thresholdsUnconfirmed: unconfirmed,
  };
}

export interface AssessedUnit {
  unitId: number;
  name: string;
  tier: number;
  parentId: number | null;
  path: string;
  /** whether the unit existed on 31/12 of the year (else its latest version is given) */
  alive: boolean;
}

/** The unit as it stood on 31/12 of the year (its latest version if it did not exist then). */
export async function assessedUnit(tx: Tx, unitId: number, year: number): Promise<AssessedUnit> {
  const date = yearEnd(year);
  const [row] = await queryRows<{
    name: string;
    tier: number;
    parent_id: number | null;
    path: string;
    alive: boolean;
  }>(
    tx,
    sql`select v.name, t.tier, v.parent_id, v.path::text as path, (${liveOn(date)}) as alive
        from ${versionOnOrLatest(sql`${unitId}::int`, date)} v join unit_types t on t.code = v.type`,
  );
  if (!row) throw new NotFound('UNIT_NOT_FOUND');
  return {
    unitId,
    name: row.name,
    tier: row.tier,
    parentId: row.parent_id,
    path: row.path,
    alive: row.alive,
  };
}

/** Only grassroots unions are assessed (422 otherwise). */
export async function grassrootsUnit(tx: Tx, unitId: number, year: number): Promise<AssessedUnit> {
  const unit = await assessedUnit(tx, unitId, year);
  if (unit.tier !== GRASSROOTS_TIER)
    throw new RuleViolation('ASSESSMENT_NOT_GRASSROOTS', { name: unit.name });
  return unit;
}

interface AssessmentRow {
  id: number;
  status: AssessmentStatus;
  self_scores: AssessmentScores;
  self_total: string | null;
  self_note: string | null;
  submitted_at: unknown;
  review_scores: AssessmentScores | null;
  review_total: string | null;
  review_note: string | null;
  reviewed_at: unknown;
  grade: AssessmentGrade | null;
}

async function assessmentRow(tx: Tx, unitId: number, year: number, lock = false) {
  const [row] = await queryRows<AssessmentRow>(
    tx,
    sql`select id, status, self_scores, self_total::text, self_note, submitted_at, review_scores,
          review_total::text, review_note, reviewed_at, grade
        from assessments where unit_id = ${unitId} and year = ${year}
        ${lock ? sql`for update` : sql``}`,
  );
  return row ?? null;
}

const num = (value: string | null) => (value === null ? null : Number(value));

/** The filled sheet of the unit and year; an empty draft (id 0) when nothing was saved yet. */
export async function getAssessment(tx: Tx, unitId: number, year: number): Promise<FilledAssessmentData> {
  const unit = await grassrootsUnit(tx, unitId, year);
  const { sheet } = await sheetOfYear(tx, year);
  const row = await assessmentRow(tx, unitId, year);
  const named = { unitId, unitName: unit.name, parentUnitId: unit.parentId };
  if (!row) {
    return {
      id: 0,
      ...named,
      year,
      sheet,
      status: 'draft',
      selfScores: {},
      selfTotal: 0,
      selfNote: null,
      submittedAt: null,
      reviewScores: null,
      reviewTotal: null,
      reviewNote: null,
      reviewedAt: null,
      reviewedByUnitId: null,
      grade: null,
    };
  }
  return {
    id: row.id,
    ...named,
    year,
    sheet,
    status: row.status,
    selfScores: row.self_scores,
    selfTotal: num(row.self_total) ?? 0,
    selfNote: row.self_note,
    submittedAt: row.submitted_at === null ? null : isoTimestamp(row.submitted_at),
    reviewScores: row.review_scores,
    reviewTotal: num(row.review_total),
    reviewNote: row.review_note,
    reviewedAt: row.reviewed_at === null ? null : isoTimestamp(row.reviewed_at),
    reviewedByUnitId: row.status === 'reviewed' ? unit.parentId : null,
    grade: row.grade,
  };
}

function problemPath(problem: ScoreProblem): string {
  return 'criterionCode' in problem ? `scores.${problem.criterionCode}` : `scores.${problem.sectionCode}`;
}

/** The total of the scores on the sheet, or 422 ASSESSMENT_SCORES_INVALID with every problem. */
function totalOf(sheet: AssessmentSheetDefinition, scores: AssessmentScores, complete: boolean) {
  const result = scoreSheet(sheet, scores);
  if (!result.ok) {
    throw new AppError(
      422,
      'ASSESSMENT_SCORES_INVALID',
      {},
      // The catalogue's words for the problem; the platform's error handler fills in its values.
      result.problems.map((problem) => {
        const { code, ...values } = problem;
        return { path: problemPath(problem), message: `scoreProblem.${code}`, ...values };
      }),
    );
  }
  if (complete && result.score.unscored.length > 0) {
    throw new AppError(
      422,
      'ASSESSMENT_INCOMPLETE',
      { count: result.score.unscored.length },
      result.score.unscored.map((code) => ({
        path: `scores.${code}`,
        message: 'ASSESSMENT_CRITERION_UNSCORED',
      })),
    );
  }
  return result.score.total;
}

/** The grassroots union's own scores: saved while draft (and submitted if asked). */
export async function saveSelfAssessment(
  tx: Tx,
  actor: Actor,
  unitId: number,
  year: number,
  body: SelfAssessmentBody,
): Promise<void> {
  await assertUnitWritable(tx, actor, unitId, todayInVietnam());
  const unit = await grassrootsUnit(tx, unitId, year);
  if (!unit.alive) throw new RuleViolation('ASSESSMENT_UNIT_NOT_ALIVE', { name: unit.name, year });
  const { sheet } = await sheetOfYear(tx, year);
  const row = await assessmentRow(tx, unitId, year, true);
  if (row && row.status !== 'draft') throw new Conflict('ASSESSMENT_NOT_DRAFT');
  const total = totalOf(sheet, body.scores, body.submit);
  const note = body.note ?? row?.self_note ?? null;
  const status: AssessmentStatus = body.submit ? 'submitted' : 'draft';
  const submittedAt = body.submit ? sql`now()` : sql`null`;
  const submittedBy = body.submit ? actor.id : null;
  let id: number;
  if (row) {
    await tx.execute(
      sql`update assessments set status = ${status}, self_scores = ${JSON.stringify(body.scores)}::jsonb,
            self_total = ${total}, self_note = ${note}, submitted_at = ${submittedAt},
            submitted_by = ${submittedBy}, updated_at = now()
          where id = ${row.id}`,
    );
    id = row.id;
  } else {
    const [created] = await queryRows<{ id: number }>(
      tx,
      sql`insert into assessments (unit_id, year, status, self_scores, self_total, self_note, submitted_at,
            submitted_by)
          values (${unitId}, ${year}, ${status}, ${JSON.stringify(body.scores)}::jsonb, ${total}, ${note},
            ${submittedAt}, ${submittedBy})
          returning id`,
    );
    if (!created) throw new Error('assessment not created');
    id = created.id;
  }
  await recordAudit(tx, actor, {
    action: row ? 'update' : 'create',
    entity: 'assessment',
    entityId: id,
    unitId,
    before: row
      ? { status: row.status, selfScores: row.self_scores, selfTotal: num(row.self_total) }
      : undefined,
    after: { year, status, selfScores: body.scores, selfTotal: total, selfNote: note },
  });
}

/** Sends a complete draft to the level above. */
export async function submitAssessment(tx: Tx, actor: Actor, unitId: number, year: number): Promise<void> {
  await assertUnitWritable(tx, actor, unitId, todayInVietnam());
  await grassrootsUnit(tx, unitId, year);
  const { sheet } = await sheetOfYear(tx, year);
  const row = await assessmentRow(tx, unitId, year, true);
  if (row && row.status !== 'draft') throw new Conflict('ASSESSMENT_NOT_DRAFT');
  const total = totalOf(sheet, row?.self_scores ?? {}, true);
  if (!row) throw new Error('unreachable: an empty sheet is incomplete');
  await tx.execute(
    sql`update assessments set status = 'submitted', self_total = ${total}, submitted_at = now(),
          submitted_by = ${actor.id}, updated_at = now()
        where id = ${row.id}`,
  );
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'assessment',
    entityId: row.id,
    unitId,
    before: { status: row.status },
    after: { year, status: 'submitted', selfTotal: total },
  });
}

/**
 * Only the level above reviews: write scope on the unit's parent (403 otherwise, naming the unit). A unit
 * out of the actor's reach in the year answers 404 like an unknown one, unnamed.
 */
async function assertReviewer(tx: Tx, actor: Actor, unit: AssessedUnit, year: number) {
  await assertUnitReadable(tx, actor, unit.unitId, yearEnd(year));
  if (unit.parentId === null) throw new Forbidden('ASSESSMENT_REVIEW_BY_SUPERIOR', { name: unit.name });
  try {
    await assertUnitWritable(tx, actor, unit.parentId, todayInVietnam());
  } catch (error) {
    if (error instanceof AppError && error.status === 404) {
      throw new Forbidden('ASSESSMENT_REVIEW_BY_SUPERIOR', { name: unit.name });
    }
    throw error;
  }
}

/** Whether the actor reviews the unit's sheet: the union above it, in the actor's scope (assertReviewer). */
export async function reviewsSheet(tx: Tx, actor: Actor, unit: AssessedUnit, year: number): Promise<boolean> {
  try {
    await assertReviewer(tx, actor, unit, year);
    return true;
  } catch (error) {
    if (error instanceof AppError && (error.status === 403 || error.status === 404)) return false;
    throw error;
  }
}

/** The level above's scores decide the grade, by the thresholds of 31/12 of the year. */
export async function reviewAssessment(
  tx: Tx,
  actor: Actor,
  unitId: number,
  year: number,
  body: ReviewAssessmentBody,
): Promise<void> {
  const unit = await assessedUnit(tx, unitId, year);
  await assertReviewer(tx, actor, unit, year);
  await grassrootsUnit(tx, unitId, year);
  const row = await assessmentRow(tx, unitId, year, true);
  if (row?.status !== 'submitted') throw new Conflict('ASSESSMENT_NOT_SUBMITTED');
  const { sheet } = await sheetOfYear(tx, year);
  const total = totalOf(sheet, body.scores, true);
  const { thresholds } = await thresholdsOfYear(tx, year);
  const grade = gradeAssessment(total, thresholds);
  const note = body.note ?? null;
  await tx.execute(
    sql`update assessments set status = 'reviewed', review_scores = ${JSON.stringify(body.scores)}::jsonb,
          review_total = ${total}, review_note = ${note}, grade = ${grade}, reviewed_at = now(),
          reviewed_by = ${actor.id}, updated_at = now()
        where id = ${row.id}`,
  );
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'assessment',
    entityId: row.id,
    unitId,
    before: { status: row.status },
    after: { year, status: 'reviewed', reviewScores: body.scores, reviewTotal: total, grade, thresholds },
  });
}

/** The reviewer sends a submitted sheet back to draft, saying why. */
export async function returnAssessment(
  tx: Tx,
  actor: Actor,
  unitId: number,
  year: number,
  body: ReturnAssessmentBody,
): Promise<void> {
  const unit = await assessedUnit(tx, unitId, year);
  await assertReviewer(tx, actor, unit, year);
  await grassrootsUnit(tx, unitId, year);
  const row = await assessmentRow(tx, unitId, year, true);
  if (row?.status !== 'submitted') throw new Conflict('ASSESSMENT_NOT_SUBMITTED');
  await tx.execute(
    sql`update assessments set status = 'draft', review_note = ${body.note}, submitted_at = null,
          submitted_by = null, updated_at = now()
        where id = ${row.id}`,
  );
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'assessment',
    entityId: row.id,
    unitId,
    before: { status: row.status },
    after: { year, status: 'draft', reviewNote: body.note },
  });
}

/**
 * The planned good-or-better share for the unit: from the nearest year plan of the unit or a unit above with
 * a GRASSROOTS_GOOD_SHARE target (the value assigned to the unit, else the value for all). Read by SQL: the
 * plans module is not imported.
 */
async function plannedTarget(tx: Tx, unitId: number, path: string, year: number): Promise<number | null> {
  const ancestors = path.split('.').map(Number);
  const rows = await queryRows<{ unit_id: number; value: string | null }>(
    tx,
    sql`select p.unit_id, coalesce(a.value, t.value_for_all)::text as value
        from year_plans p join plan_targets t on t.plan_id = p.id
          left join plan_target_assignments a on a.target_id = t.id and a.unit_id = ${unitId}
        where p.year = ${year} and t.indicator_code = 'GRASSROOTS_GOOD_SHARE'
          and p.unit_id in (${sql.join(
            ancestors.map((id) => sql`${id}`),
            sql`, `,
          )})`,
  );
  const nearest = rows
    .filter((row) => row.value !== null)
    .sort((a, b) => ancestors.indexOf(b.unit_id) - ancestors.indexOf(a.unit_id))[0];
  return nearest ? Number(nearest.value) : null;
}

/** The grassroots unions of the subtree alive on 31/12 of the year, each with its sheet of the year if any. */
function grassrootsOf(unitId: number, year: number): SQL {
  return sql`(select v.unit_id, v.name, v.name_normalized, a.status, a.self_total, a.review_total, a.grade
      from ${treeOn(yearEnd(year))} v join unit_types t on t.code = v.type
        left join assessments a on a.unit_id = v.unit_id and a.year = ${year}
      where t.tier = ${GRASSROOTS_TIER} and ${pathWithin(sql`v.path`, unitId)})`;
}

/**
 * The grassroots unions of the subtree, by accent-free name then id (collate "C": one order on every server),
 * a page of them when `page` is given, else all (the Excel list, written row by row).
 */
export async function assessedUnits(
  tx: Tx,
  unitId: number,
  year: number,
  page?: { page: number; pageSize: number },
): Promise<AssessmentOverviewUnit[]> {
  const rows = await queryRows<{
    unit_id: number;
    name: string;
    status: AssessmentStatus | null;
    self_total: string | null;
    review_total: string | null;
    grade: AssessmentGrade | null;
  }>(
    tx,
    sql`select g.unit_id, g.name, g.status, g.self_total::text, g.review_total::text, g.grade
        from ${grassrootsOf(unitId, year)} g
        order by g.name_normalized collate "C", g.unit_id
        ${page ? sql`limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}` : sql``}`,
  );
  return rows.map((row) => ({
    unitId: row.unit_id,
    unitName: row.name,
    status: row.status,
    selfTotal: num(row.self_total),
    reviewTotal: num(row.review_total),
    grade: row.grade,
  }));
}

/**
 * The grades of the grassroots unions of the subtree alive on 31/12 of the year — counted per grade in one
 * grouped query over them all — and one page of the unions.
 */
export async function assessmentOverview(
  tx: Tx,
  unitId: number,
  year: number,
  target: number | undefined,
  page: { page: number; pageSize: number } = { page: 1, pageSize: 50 },
): Promise<AssessmentOverview> {
  const unit = await assessedUnit(tx, unitId, year);
  const counts = await queryRows<{ grade: AssessmentGrade | null; units: number }>(
    tx,
    sql`select g.grade, count(*)::int as units from ${grassrootsOf(unitId, year)} g group by g.grade`,
  );
  const { sheetYear } = await sheetOfYear(tx, year);
  const chosen = target ?? (await plannedTarget(tx, unitId, unit.path, year));
  const grades = counts.flatMap((row) => Array<AssessmentGrade | null>(row.units).fill(row.grade));
  const { meetsTarget, ...shares } = gradeShares(
    grades,
    chosen === null ? undefined : Math.round(chosen * 1_000_000) / 10_000,
  );
  return {
    unitId,
    year,
    sheetYear,
    units: await assessedUnits(tx, unitId, year, page),
    total: grades.length,
    page: page.page,
    pageSize: page.pageSize,
    shares,
    target: chosen,
    meetsTarget: meetsTarget ?? null,
  };
}
