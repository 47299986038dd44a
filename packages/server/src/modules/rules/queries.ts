// SQL of the rules table: its rows with the name of who recorded them.
import type { RuleRow, RuleValue, RuleValueType } from '@congdoan/domain';
import { and, asc, desc, eq, gt, isNull, lte, or, type SQL } from 'drizzle-orm';
import { isoTimestamp, type Tx } from '../../db/client.ts';
import { rules, users } from '../../db/schema/index.ts';

export async function ruleRows(tx: Tx, filter: { key?: string; asOf?: string }): Promise<RuleRow[]> {
  const conditions: SQL[] = [];
  if (filter.key) conditions.push(eq(rules.key, filter.key));
  if (filter.asOf) {
    conditions.push(lte(rules.validFrom, filter.asOf));
    conditions.push(or(isNull(rules.validTo), gt(rules.validTo, filter.asOf)) as SQL);
  }
  const rows = await tx
    .select({
      id: rules.id,
      key: rules.key,
      valueType: rules.valueType,
      value: rules.value,
      validFrom: rules.validFrom,
      validTo: rules.validTo,
      source: rules.source,
      confidence: rules.confidence,
      recordedAt: rules.recordedAt,
      recordedBy: users.username,
    })
    .from(rules)
    .leftJoin(users, eq(users.id, rules.recordedBy))
    .where(and(...conditions))
    .orderBy(asc(rules.key), asc(rules.validFrom));
  return rows.map((row) => ({
    ...row,
    valueType: row.valueType as RuleValueType,
    value: row.value as RuleValue,
    recordedAt: isoTimestamp(row.recordedAt),
  }));
}

/** The key's latest row (by validFrom), locked so two new values of one key cannot interleave. */
export async function latestRuleRow(tx: Tx, key: string) {
  const [row] = await tx
    .select()
    .from(rules)
    .where(eq(rules.key, key))
    .orderBy(desc(rules.validFrom))
    .limit(1)
    .for('update');
  return row;
}
