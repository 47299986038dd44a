// Report forms (indicator sets): the two built-in forms 01-HĐCĐ and 02-HĐCĐ (seeded by ensureBaseData from the
// domain's DEFAULT_REPORT_FORMS), and the forms a system administrator defines from the catalog. A built-in form may be
// copied, never changed, so the figures reported on it keep meaning the same thing.
import {
  DEFAULT_REPORT_FORMS,
  type ReportForm,
  type ReportFormDefinition,
  type ReportLevel,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { Conflict, isUniqueViolation, NotFound, RuleViolation } from '../../platform/errors.ts';

interface FormRow {
  id: number;
  code: string;
  name: string;
  level: ReportLevel;
  indicator_codes: string[];
  built_in: boolean;
}

const FORM_COLUMNS = sql`id, code, name, level, indicator_codes, built_in`;

function toForm(row: FormRow): ReportForm {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    level: row.level,
    indicatorCodes: row.indicator_codes,
    builtIn: row.built_in,
  };
}

/**
 * Seeds the built-in forms this database does not have yet (by code); a form already there is left as it is.
 * ensureBaseData calls it, so an existing database gets them too.
 */
export async function seedReportForms(tx: Tx): Promise<void> {
  const present = new Set(
    (await queryRows<{ code: string }>(tx, sql`select code from report_forms`)).map((row) => row.code),
  );
  const missing = DEFAULT_REPORT_FORMS.filter((form) => !present.has(form.code));
  for (const form of missing) {
    await tx.execute(
      sql`insert into report_forms (code, name, level, indicator_codes, built_in)
          values (${form.code}, ${form.name}, ${form.level}, ${JSON.stringify(form.indicatorCodes)}::jsonb, true)
          on conflict (code) do nothing`,
    );
  }
  if (missing.length > 0) {
    await recordAudit(tx, null, {
      action: 'seed',
      entity: 'reportForm',
      entityId: '*',
      unitId: null,
      after: { codes: missing.map((form) => form.code) },
    });
  }
}

export async function listForms(tx: Tx): Promise<ReportForm[]> {
  const rows = await queryRows<FormRow>(
    tx,
    sql`select ${FORM_COLUMNS} from report_forms order by built_in desc, code`,
  );
  return rows.map(toForm);
}

export async function formById(tx: Tx, id: number): Promise<ReportForm> {
  const [row] = await queryRows<FormRow>(tx, sql`select ${FORM_COLUMNS} from report_forms where id = ${id}`);
  if (!row) throw new NotFound('REPORT_FORM_NOT_FOUND', { code: String(id) });
  return toForm(row);
}

export async function formByCode(tx: Tx, code: string): Promise<ReportForm> {
  const [row] = await queryRows<FormRow>(
    tx,
    sql`select ${FORM_COLUMNS} from report_forms where code = ${code}`,
  );
  if (!row) throw new NotFound('REPORT_FORM_NOT_FOUND', { code });
  return toForm(row);
}

/** A form of the level asked for (422 REPORT_FORM_LEVEL_MISMATCH otherwise). */
export async function formOfLevel(tx: Tx, code: string, level: ReportLevel): Promise<ReportForm> {
  const form = await formByCode(tx, code);
  if (form.level !== level)
    throw new RuleViolation('REPORT_FORM_LEVEL_MISMATCH', { code, level: form.level });
  return form;
}

export async function createForm(tx: Tx, actor: Actor, body: ReportFormDefinition): Promise<ReportForm> {
  const [existing] = await queryRows<{ id: number }>(
    tx,
    sql`select id from report_forms where code = ${body.code}`,
  );
  if (existing) throw new Conflict('REPORT_FORM_EXISTS', { code: body.code });
  let id: number;
  try {
    const [row] = await queryRows<{ id: number }>(
      tx,
      sql`insert into report_forms (code, name, level, indicator_codes, built_in, recorded_by)
          values (${body.code}, ${body.name}, ${body.level}, ${JSON.stringify(body.indicatorCodes)}::jsonb, false,
            ${actor.id})
          returning id`,
    );
    if (!row) throw new Error('form not created');
    id = row.id;
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict('REPORT_FORM_EXISTS', { code: body.code });
    throw error;
  }
  await recordAudit(tx, actor, {
    action: 'create',
    entity: 'reportForm',
    entityId: id,
    unitId: null,
    after: body,
  });
  return formById(tx, id);
}

/** Changes a form an administrator defined; the code stays (periods and reports refer to the form). */
export async function updateForm(
  tx: Tx,
  actor: Actor,
  id: number,
  body: ReportFormDefinition,
): Promise<ReportForm> {
  const before = await formById(tx, id);
  if (before.builtIn) throw new Conflict('REPORT_FORM_BUILT_IN', { code: before.code });
  if (body.code !== before.code) {
    const [clash] = await queryRows<{ id: number }>(
      tx,
      sql`select id from report_forms where code = ${body.code} and id <> ${id}`,
    );
    if (clash) throw new Conflict('REPORT_FORM_EXISTS', { code: body.code });
  }
  await tx.execute(
    sql`update report_forms set code = ${body.code}, name = ${body.name}, level = ${body.level},
          indicator_codes = ${JSON.stringify(body.indicatorCodes)}::jsonb
        where id = ${id}`,
  );
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'reportForm',
    entityId: id,
    unitId: null,
    before: {
      code: before.code,
      name: before.name,
      level: before.level,
      indicatorCodes: before.indicatorCodes,
    },
    after: body,
  });
  return formById(tx, id);
}
