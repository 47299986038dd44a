// Report periods (kỳ báo cáo): opened by a unit for every reporting unit below it, with the cut-off, start and
// due dates from the rules in force (report.cutoff.halfYear / report.cutoff.year, report.dueDays) unless
// given; the list a unit sees (periods opened by it or above it, and those opened below it in scope), and the
// reporting unit of a period: a strict descendant of the issuer of tier 1–3 on the cut-off, or the issuer.
import {
  addDays,
  type ListReportPeriodsQuery,
  type ReportLevel,
  type ReportPeriodBody,
  type ReportPeriodData,
  type ReportPeriodKind,
  type ReportPeriodPatch,
  todayInVietnam,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { Conflict, Invalid, isUniqueViolation, RuleViolation } from '../../platform/errors.ts';
import { rule, ruleNumber } from '../../platform/rules.ts';
import { assertUnitReadable, assertUnitWritable, outOfReach, unitInScopeOn } from '../../platform/scope.ts';
import { everWithin, latestVersion, pathWithin, treeOn } from '../org/index.ts';
import { levelOfTier, loadPeriod, type PeriodRow } from './figures.ts';
import { formOfLevel } from './forms.ts';

export const CUTOFF_RULES: Record<ReportPeriodKind, string> = {
  halfYear: 'report.cutoff.halfYear',
  year: 'report.cutoff.year',
};
export const DUE_DAYS_RULE = 'report.dueDays';

/** The cut-off of a kind in a year: the month-day rule read on 1 January, then again on the date it gives. */
async function cutOffOf(tx: Tx, kind: ReportPeriodKind, year: number): Promise<string> {
  const monthDay = async (date: string) => {
    const value = await rule(tx, CUTOFF_RULES[kind], date);
    if (typeof value !== 'string') throw new Error(`rule ${CUTOFF_RULES[kind]} is not a month-day`);
    return `${year}-${value}`;
  };
  const first = await monthDay(`${year}-01-01`);
  return monthDay(first);
}

/**
 * The default dates of a period: the cut-off from the rule of its kind, the start the day after the previous
 * year's annual cut-off, the due date report.dueDays after the cut-off (rules in force on the cut-off).
 */
export async function defaultPeriodDates(
  tx: Tx,
  kind: ReportPeriodKind,
  year: number,
): Promise<{ startsOn: string; cutOff: string; dueOn: string }> {
  const cutOff = await cutOffOf(tx, kind, year);
  const startsOn = addDays(await cutOffOf(tx, 'year', year - 1), 1);
  const dueOn = addDays(cutOff, await ruleNumber(tx, DUE_DAYS_RULE, cutOff));
  return { startsOn, cutOff, dueOn };
}

export function defaultPeriodName(kind: ReportPeriodKind, year: number): string {
  return kind === 'halfYear' ? `Báo cáo 6 tháng đầu năm ${year}` : `Báo cáo năm ${year}`;
}

/** The id of last year's period of the same kind whose issuer is this period's issuer or above it. */
async function lastYearPeriodId(tx: Tx, period: PeriodRow): Promise<number | null> {
  const [row] = await queryRows<{ id: number }>(
    tx,
    sql`select p.id from report_periods p
          join ${treeOn(period.cutOff)} v on v.unit_id = ${period.unitId}
        where p.kind = ${period.kind} and p.year = ${period.year - 1}
          and ${pathWithin(sql`v.path`, sql`p.unit_id`)}
        order by p.unit_id = ${period.unitId} desc, p.id desc
        limit 1`,
  );
  return row?.id ?? null;
}

export async function toReportPeriod(tx: Tx, period: PeriodRow): Promise<ReportPeriodData> {
  return {
    id: period.id,
    unit: { id: period.unitId, name: period.unitName },
    kind: period.kind,
    year: period.year,
    name: period.name,
    startsOn: period.startsOn,
    cutOff: period.cutOff,
    dueOn: period.dueOn,
    grassrootsFormCode: period.grassrootsFormCode,
    superiorFormCode: period.superiorFormCode,
    lastYearPeriodId: await lastYearPeriodId(tx, period),
    recordedAt: period.recordedAt,
  };
}

/** The ids on the unit's latest path, from the root down to the unit. */
async function pathIds(tx: Tx, unitId: number): Promise<number[]> {
  return (await latestVersion(tx, unitId)).path.split('.').map(Number);
}

/**
 * A period may be seen by the users in the issuer's subtree (the issuer's and those who report in it) and by
 * those above the issuer: its issuer was in the actor's subtree on the period's cut-off, or the issuer lies
 * on the path of the actor's unit. Otherwise it answers as a period that does not exist.
 */
export async function assertPeriodVisible(tx: Tx, actor: Actor, period: PeriodRow): Promise<void> {
  const [row] = await queryRows<{ visible: boolean }>(
    tx,
    sql`select ${unitInScopeOn(actor, sql`${period.unitId}::int`, sql`${period.cutOff}::date`)} as visible`,
  );
  if (row?.visible) return;
  const actorPath = await pathIds(tx, actor.unitId);
  if (actorPath.includes(period.unitId)) return;
  throw outOfReach('REPORT_PERIOD_NOT_FOUND');
}

/** A period the actor may see (404 alike when there is none and when it is another subtree's). */
export async function visiblePeriod(tx: Tx, actor: Actor, periodId: number): Promise<PeriodRow> {
  const period = await loadPeriod(tx, periodId);
  await assertPeriodVisible(tx, actor, period);
  return period;
}

/**
 * The periods of a unit (default the actor's): opened by it or by a unit above it, and those opened below it
 * by units in the actor's scope; newest cut-off first.
 */
export async function listPeriods(tx: Tx, actor: Actor, query: ListReportPeriodsQuery): Promise<PeriodRow[]> {
  const unitId = query.unitId ?? actor.unitId;
  await assertUnitReadable(tx, actor, unitId, todayInVietnam());
  const above = await pathIds(tx, unitId);
  const rows = await queryRows<{ id: number }>(
    tx,
    sql`select p.id from report_periods p
        where (${query.year ?? null}::int is null or p.year = ${query.year ?? null}::int)
          and (p.unit_id in (${sql.join(
            above.map((id) => sql`${id}`),
            sql`, `,
          )})
            or (${everWithin(sql`p.unit_id`, unitId)}
              and ${unitInScopeOn(actor, sql`p.unit_id`, sql`p.cut_off`)}))
        order by p.cut_off desc, p.id desc`,
  );
  const periods: PeriodRow[] = [];
  for (const row of rows) periods.push(await loadPeriod(tx, row.id));
  return periods;
}

function assertDateOrder(startsOn: string, cutOff: string, dueOn: string) {
  if (startsOn > cutOff) throw new Invalid('error.reportPeriodStartAfterCutOff');
  if (cutOff > dueOn) throw new Invalid('error.reportPeriodDueBeforeCutOff');
}

async function unitNameNow(tx: Tx, unitId: number): Promise<string> {
  return (await latestVersion(tx, unitId)).name;
}

/** Opens a period for the issuer's subtree (write scope on the issuer; 409 when it already has one): its id. */
export async function openPeriod(tx: Tx, actor: Actor, body: ReportPeriodBody): Promise<number> {
  await assertUnitWritable(tx, actor, body.unitId, todayInVietnam());
  const defaults = await defaultPeriodDates(tx, body.kind, body.year);
  const cutOff = body.cutOff ?? defaults.cutOff;
  const startsOn = body.startsOn ?? defaults.startsOn;
  const dueOn =
    body.dueOn ??
    (body.cutOff ? addDays(cutOff, await ruleNumber(tx, DUE_DAYS_RULE, cutOff)) : defaults.dueOn);
  assertDateOrder(startsOn, cutOff, dueOn);
  const name = body.name ?? defaultPeriodName(body.kind, body.year);
  const grassroots = await formOfLevel(tx, body.grassrootsFormCode ?? '01-HDCD', 'grassroots');
  const superior = await formOfLevel(tx, body.superiorFormCode ?? '02-HDCD', 'superior');
  const exists = async () => {
    const [row] = await queryRows<{ id: number; name: string }>(
      tx,
      sql`select id, name from report_periods
          where unit_id = ${body.unitId} and kind = ${body.kind} and year = ${body.year}`,
    );
    return row;
  };
  const existing = await exists();
  if (existing) {
    throw new Conflict('REPORT_PERIOD_EXISTS', {
      name: await unitNameNow(tx, body.unitId),
      period: existing.name,
    });
  }
  let id: number;
  try {
    const [row] = await queryRows<{ id: number }>(
      tx,
      sql`insert into report_periods (unit_id, kind, year, name, starts_on, cut_off, due_on, grassroots_form_id,
            superior_form_id, recorded_by)
          values (${body.unitId}, ${body.kind}, ${body.year}, ${name}, ${startsOn}, ${cutOff}, ${dueOn},
            ${grassroots.id}, ${superior.id}, ${actor.id})
          returning id`,
    );
    if (!row) throw new Error('period not created');
    id = row.id;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new Conflict('REPORT_PERIOD_EXISTS', { name: await unitNameNow(tx, body.unitId), period: name });
    }
    throw error;
  }
  await recordAudit(tx, actor, {
    action: 'create',
    entity: 'reportPeriod',
    entityId: id,
    unitId: body.unitId,
    after: {
      kind: body.kind,
      year: body.year,
      name,
      startsOn,
      cutOff,
      dueOn,
      grassrootsFormCode: grassroots.code,
      superiorFormCode: superior.code,
    },
  });
  return id;
}

/** Changes a period's name or dates (write scope on the issuer). */
export async function updatePeriod(
  tx: Tx,
  actor: Actor,
  periodId: number,
  patch: ReportPeriodPatch,
): Promise<void> {
  const before = await visiblePeriod(tx, actor, periodId);
  await assertUnitWritable(tx, actor, before.unitId, todayInVietnam());
  const name = patch.name ?? before.name;
  const cutOff = patch.cutOff ?? before.cutOff;
  const dueOn = patch.dueOn ?? before.dueOn;
  assertDateOrder(before.startsOn, cutOff, dueOn);
  await tx.execute(
    sql`update report_periods set name = ${name}, cut_off = ${cutOff}, due_on = ${dueOn} where id = ${periodId}`,
  );
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'reportPeriod',
    entityId: periodId,
    unitId: before.unitId,
    before: { name: before.name, cutOff: before.cutOff, dueOn: before.dueOn },
    after: { name, cutOff, dueOn },
  });
}

export interface ReportingUnit {
  unitId: number;
  name: string;
  tier: number;
  level: ReportLevel;
  /** the parent on the cut-off: the reviewer; null for the issuer */
  parentId: number | null;
  parentName: string | null;
  isIssuer: boolean;
}

/**
 * The unit as it reports in the period: the issuer itself, or a strict descendant of it on the cut-off of
 * tier 1–3 (422 REPORT_UNIT_NOT_REPORTING otherwise).
 */
export async function reportingUnit(tx: Tx, period: PeriodRow, unitId: number): Promise<ReportingUnit> {
  const [row] = await queryRows<{
    name: string;
    tier: number;
    parent_id: number | null;
    parent_name: string | null;
    inside: boolean;
  }>(
    tx,
    sql`select v.name, t.tier, v.parent_id, pv.name as parent_name,
          v.path ~ ${`*.${period.unitId}.*`}::lquery as inside
        from ${treeOn(period.cutOff)} v join unit_types t on t.code = v.type
          left join ${treeOn(period.cutOff)} pv on pv.unit_id = v.parent_id
        where v.unit_id = ${unitId}
        limit 1`,
  );
  const isIssuer = unitId === period.unitId;
  const level = row ? levelOfTier(row.tier) : null;
  if (!row?.inside || level === null || (!isIssuer && row.tier < 1)) {
    throw new RuleViolation('REPORT_UNIT_NOT_REPORTING', {
      name: row?.name ?? (await unitNameNow(tx, unitId)),
    });
  }
  return {
    unitId,
    name: row.name,
    tier: row.tier,
    level,
    parentId: isIssuer ? null : row.parent_id,
    parentName: isIssuer ? null : row.parent_name,
    isIssuer,
  };
}
