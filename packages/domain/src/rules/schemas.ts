// The effective-dated rules table: every number the union rules set lives here, never in code.
import { z } from 'zod';
import { isoDate } from '../common/dates.ts';

export const RULE_VALUE_TYPES = ['integer', 'money', 'percent', 'fraction', 'monthDay', 'text'] as const;
export const ruleValueType = z.enum(RULE_VALUE_TYPES);
export type RuleValueType = z.infer<typeof ruleValueType>;

/** A fraction kept exact, e.g. the 2/3 quorum. */
export const fractionValue = z.object({
  numerator: z.number().int(),
  denominator: z.number().int().positive(),
});
export type Fraction = z.infer<typeof fractionValue>;

export const ruleValue = z.union([z.number(), z.string(), fractionValue]);
export type RuleValue = z.infer<typeof ruleValue>;

export const ruleKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)*$/u, { message: 'error.ruleKeyFormat' })
  .max(100);

export const ruleRow = z.object({
  id: z.number().int(),
  key: z.string(),
  valueType: ruleValueType,
  value: ruleValue,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  source: z.string(),
  confidence: z.string(),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
});
export type RuleRow = z.infer<typeof ruleRow>;

export const createRuleBody = z.object({
  key: ruleKey,
  value: ruleValue,
  validFrom: isoDate,
  source: z.string().trim().min(1).max(500),
  confidence: z.enum(['H', 'M', 'L', 'unconfirmed']).default('H'),
  valueType: ruleValueType.optional(),
});
export type CreateRuleBody = z.infer<typeof createRuleBody>;

export const listRulesQuery = z.object({ key: z.string().optional(), asOf: isoDate.optional() });

/** The value of one key on one date (default today), for forms and pages that show a rule in force. */
export const ruleValueQuery = z.object({ key: ruleKey, date: isoDate.optional() });
export const ruleValueAnswer = z.object({
  key: z.string(),
  date: z.string(),
  value: ruleValue,
  validFrom: z.string(),
  source: z.string(),
});
export type RuleValueAnswer = z.infer<typeof ruleValueAnswer>;

/** Does a value fit its declared type? (a percent is a number, a fraction an object, …) */
export function ruleValueFits(type: RuleValueType, value: RuleValue): boolean {
  switch (type) {
    case 'integer':
    case 'money':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
    case 'percent':
      return typeof value === 'number' && value >= 0 && value <= 1000;
    case 'fraction':
      return typeof value === 'object' && value.numerator >= 0 && value.numerator <= value.denominator;
    case 'monthDay':
      return typeof value === 'string' && /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u.test(value);
    case 'text':
      return typeof value === 'string';
  }
}
