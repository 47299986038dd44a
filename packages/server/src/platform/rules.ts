// The rules lookup every module uses: the value of a rule key in force on a date.
import type { Fraction, RuleValue } from '@congdoan/domain';
import { and, desc, eq, gt, isNull, lte, or } from 'drizzle-orm';
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
