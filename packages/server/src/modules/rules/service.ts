// The rules table over the API: read its history, add a new value of a key from a date.
import {
  type CreateRuleBody,
  type RuleRow,
  type RuleValueType,
  ruleValueFits,
  todayInVietnam,
} from '@congdoan/domain';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { rules } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { NotFound, RuleViolation } from '../../platform/errors.ts';
import { ruleInForce } from '../../platform/rules.ts';
import { latestRuleRow, ruleRows } from './queries.ts';

export function listRules(db: Db, filter: { key?: string; asOf?: string }): Promise<RuleRow[]> {
  return ruleRows(db, filter);
}

/** The value in force on a date: 404 for a key the table has never held, 422 for a date it does not cover. */
export async function ruleValueOn(tx: Tx, key: string, date = todayInVietnam()) {
  const [known] = await tx.select({ id: rules.id }).from(rules).where(eq(rules.key, key)).limit(1);
  if (!known) throw new NotFound('RULE_KEY_NOT_FOUND', { key });
  const row = await ruleInForce(tx, key, date);
  return { key, date, value: row.value, validFrom: row.validFrom, source: row.source };
}

/**
 * Adds a value of a key from `validFrom`. The value in force until then is closed on that date, never
 * changed or deleted, so every past calculation can still be explained by the row it used.
 */
export async function addRuleValue(db: Db, actor: Actor, body: CreateRuleBody): Promise<RuleRow> {
  const id = await db.transaction(async (tx) => {
    const latest = await latestRuleRow(tx, body.key);
    const valueType = body.valueType ?? (latest?.valueType as RuleValueType | undefined);
    if (!valueType) throw new RuleViolation('RULE_TYPE_REQUIRED', { key: body.key });
    if (latest && valueType !== latest.valueType) {
      throw new RuleViolation('RULE_TYPE_MISMATCH', { key: body.key, type: latest.valueType });
    }
    if (!ruleValueFits(valueType, body.value)) {
      throw new RuleViolation('RULE_VALUE_TYPE', { key: body.key, type: valueType });
    }
    if (latest && body.validFrom <= latest.validFrom) {
      throw new RuleViolation('RULE_DATE_NOT_AFTER', { key: body.key, last: latest.validFrom });
    }
    let closed: { id: number; validTo: string | null } | undefined;
    if (latest && (latest.validTo === null || latest.validTo > body.validFrom)) {
      await tx.update(rules).set({ validTo: body.validFrom }).where(eq(rules.id, latest.id));
      closed = { id: latest.id, validTo: latest.validTo };
    }
    const [row] = await tx
      .insert(rules)
      .values({
        key: body.key,
        valueType,
        value: body.value,
        validFrom: body.validFrom,
        source: body.source,
        confidence: body.confidence,
        recordedBy: actor.id,
      })
      .returning({ id: rules.id });
    if (!row) throw new Error('rule not inserted');
    await recordAudit(tx, actor, {
      action: 'addValue',
      entity: 'rule',
      entityId: body.key,
      unitId: null,
      before: closed ? { id: closed.id, validTo: closed.validTo } : null,
      after: { id: row.id, ...body, valueType, closedRowId: closed?.id ?? null },
    });
    return row.id;
  });
  const [created] = (await ruleRows(db, { key: body.key })).filter((row) => row.id === id);
  if (!created) throw new Error('rule row missing');
  return created;
}
