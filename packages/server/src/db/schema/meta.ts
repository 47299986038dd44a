// Small key/value facts about the database itself (e.g. which demo data set it holds).
import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';

export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});
