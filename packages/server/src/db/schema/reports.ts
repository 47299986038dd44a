// Periodic reporting: the forms (indicator sets), the periods a unit opens for its subtree, each unit's
// report for a period with its history, and the reminders sent to units that have not reported.
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orgUnits } from '../../modules/org/tables.ts';
import { users } from './auth.ts';

/** An indicator set: the built-in 01-HĐCĐ and 02-HĐCĐ, and those an administrator defines. */
export const reportForms = pgTable(
  'report_forms',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** grassroots | superior */
    level: text('level').notNull(),
    /** indicator codes in print order */
    indicatorCodes: jsonb('indicator_codes').notNull(),
    builtIn: boolean('built_in').notNull().default(false),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    recordedBy: integer('recorded_by').references(() => users.id),
  },
  (t) => [uniqueIndex('report_forms_code').on(t.code)],
);

/** Kỳ báo cáo: opened by a unit for every reporting unit below it. */
export const reportPeriods = pgTable(
  'report_periods',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** halfYear | year */
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    /** the first day events are counted from (admissions in the period, …) */
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** the day the figures stand at (thời điểm chốt số liệu) */
    cutOff: date('cut_off', { mode: 'string' }).notNull(),
    /** the last day to submit on time */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    grassrootsFormId: integer('grassroots_form_id')
      .notNull()
      .references(() => reportForms.id),
    superiorFormId: integer('superior_form_id')
      .notNull()
      .references(() => reportForms.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    recordedBy: integer('recorded_by').references(() => users.id),
  },
  (t) => [uniqueIndex('report_periods_unit_kind_year').on(t.unitId, t.kind, t.year)],
);

/** A unit's report for a period. Computed and rolled-up lines are not stored: they are read live. */
export const unitReports = pgTable(
  'unit_reports',
  {
    id: serial('id').primaryKey(),
    periodId: integer('period_id')
      .notNull()
      .references(() => reportPeriods.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    formId: integer('form_id')
      .notNull()
      .references(() => reportForms.id),
    /** draft | submitted | approved | returned */
    status: text('status').notNull(),
    /** the entered figures: { CODE: whole number | null } */
    entered: jsonb('entered').notNull().default(sql`'{}'::jsonb`),
    /** { results, shortcomings, direction } */
    narrative: jsonb('narrative').notNull().default(sql`'{}'::jsonb`),
    /** the first submission, which decides lateness */
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true, mode: 'string' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    submittedBy: integer('submitted_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'string' }),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    returnComment: text('return_comment'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedBy: integer('updated_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('unit_reports_period_unit').on(t.periodId, t.unitId),
    index('unit_reports_unit').on(t.unitId),
  ],
);

/** The history of a report: saved, submitted, approved, returned (with the comment). */
export const unitReportEvents = pgTable(
  'unit_report_events',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => unitReports.id),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** saved | submitted | approved | returned */
    action: text('action').notNull(),
    userId: integer('user_id').references(() => users.id),
    comment: text('comment'),
  },
  (t) => [index('unit_report_events_report').on(t.reportId, t.at)],
);

/** Đôn đốc: a unit above reminding a unit below that its report is due. */
export const reportReminders = pgTable(
  'report_reminders',
  {
    id: serial('id').primaryKey(),
    periodId: integer('period_id')
      .notNull()
      .references(() => reportPeriods.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    fromUnitId: integer('from_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    sentBy: integer('sent_by').references(() => users.id),
  },
  (t) => [index('report_reminders_unit').on(t.unitId, t.periodId)],
);
