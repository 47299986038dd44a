// The effective-dated rules table (RULES.md): one row per value of a key over [validFrom, validTo).
import { date, index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

export const rules = pgTable(
  'rules',
  {
    id: serial('id').primaryKey(),
    key: text('key').notNull(),
    valueType: text('value_type').notNull(),
    value: jsonb('value').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    source: text('source').notNull(),
    confidence: text('confidence').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    recordedBy: integer('recorded_by'),
  },
  (t) => [index('rules_key_from').on(t.key, t.validFrom)],
);
