// The rules lookup every module uses: the value of a rule key in force on a date.
import type { Fraction, RuleValue } from '@congdoan/domain';
import { and, desc, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { rules } from '../db/schema/index.ts';
import { RuleViolation } from './errors.ts';

/** The row of a rule key in force on a date, with where its value comes from. */
export async function ruleInForce(tx: Tx, key: string, date: string) {
  const [row] = await tx
    .select({ value: rules.value, validFrom: rules.validFrom, source: rules.source })
    .from(rules)
    .where(
      and(eq(rules.key, key), lte(rules.validFrom, date), or(isNull(rules.validTo), gt(rules.validTo, date))),
    )
    .orderBy(desc(rules.validFrom))
    .limit(1);
  if (!row) throw new RuleViolation('RULE_NOT_FOUND', { key, date });
  return { ...row, value: row.value as RuleValue };
}

export async function rule(tx: Tx, key: string, date: string): Promise<RuleValue> {
  return (await ruleInForce(tx, key, date)).value;
}

export async function ruleNumber(tx: Tx, key: string, date: string): Promise<number> {
  const value = await rule(tx, key, date);
  if (typeof value !== 'number') throw new Error(`rule ${key} is not a number`);
  return value;
}

export async function ruleFraction(tx: Tx, key: string, date: string): Promise<Fraction> {
  const value = await rule(tx, key, date);
  if (typeof value !== 'object') throw new Error(`rule ${key} is not a fraction`);
  return value;
}

/** The values of those of `keys` in force on one date (a key without one is absent), in one query. */
export async function ruleValuesOn(
  tx: Tx,
  keys: readonly string[],
  date: string,
): Promise<Map<string, RuleValue>> {
  const rows = await tx
    .selectDistinctOn([rules.key], { key: rules.key, value: rules.value })
    .from(rules)
    .where(
      and(
        inArray(rules.key, [...keys]),
        lte(rules.validFrom, date),
        or(isNull(rules.validTo), gt(rules.validTo, date)),
      ),
    )
    .orderBy(rules.key, desc(rules.validFrom));
  return new Map(rows.map((row) => [row.key, row.value as RuleValue]));
}

/**
 * The values of several rule keys in force on one date, read in one query rather than one a key (the seat
 * rules of a congress are fifteen). RULE_NOT_FOUND, as `rule` gives it, for the first key without a value.
 */
export async function rulesOn(
  tx: Tx,
  keys: readonly string[],
  date: string,
): Promise<Map<string, RuleValue>> {
  const values = await ruleValuesOn(tx, keys, date);
  for (const key of keys) if (!values.has(key)) throw new RuleViolation('RULE_NOT_FOUND', { key, date });
  return values;
}
