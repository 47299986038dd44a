// A unit's year: its plan (theme, key tasks, targets assigned to its children) and the annual assessment of
// each grassroots union (self-scored, reviewed by the level above, graded by the rules in force).
import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orgUnits } from '../../modules/org/tables.ts';
import { users } from './auth.ts';

/** Chương trình công tác năm: issued by a unit for its subtree. */
export const yearPlans = pgTable(
  'year_plans',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    theme: text('theme').notNull(),
    /** key tasks (nhiệm vụ trọng tâm), in order */
    keyTasks: jsonb('key_tasks').notNull(),
    documentNumber: text('document_number'),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    recordedBy: integer('recorded_by').references(() => users.id),
  },
  (t) => [uniqueIndex('year_plans_unit_year').on(t.unitId, t.year)],
);

/** A target of the plan on one indicator of the catalog: one value for every child, or a value per child. */
export const planTargets = pgTable(
  'plan_targets',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => yearPlans.id),
    indicatorCode: text('indicator_code').notNull(),
    /** the value for every child when not assigned per child (a share as a fraction, money in đồng) */
    valueForAll: numeric('value_for_all', { precision: 18, scale: 4 }),
    note: text('note'),
    listOrder: integer('list_order').notNull(),
  },
  (t) => [uniqueIndex('plan_targets_indicator').on(t.planId, t.indicatorCode)],
);

export const planTargetAssignments = pgTable(
  'plan_target_assignments',
  {
    id: serial('id').primaryKey(),
    targetId: integer('target_id')
      .notNull()
      .references(() => planTargets.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    value: numeric('value', { precision: 18, scale: 4 }).notNull(),
  },
  (t) => [uniqueIndex('plan_target_assignments_unit').on(t.targetId, t.unitId)],
);

/** An achievement entered by hand for an indicator the records do not reach, as of a date. */
export const targetAchievements = pgTable(
  'target_achievements',
  {
    id: serial('id').primaryKey(),
    targetId: integer('target_id')
      .notNull()
      .references(() => planTargets.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    value: numeric('value', { precision: 18, scale: 4 }).notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    recordedBy: integer('recorded_by').references(() => users.id),
  },
  (t) => [index('target_achievements_unit').on(t.targetId, t.unitId, t.asOf)],
);

/** The assessment sheet of a year, when it differs from the default one of the domain package. */
export const assessmentSheets = pgTable('assessment_sheets', {
  year: integer('year').primaryKey(),
  definition: jsonb('definition').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** A grassroots union's assessment of a year: its own scores, the review of the level above, the grade. */
export const assessments = pgTable(
  'assessments',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    /** draft | submitted | reviewed */
    status: text('status').notNull(),
    selfScores: jsonb('self_scores').notNull(),
    selfTotal: numeric('self_total', { precision: 5, scale: 1 }),
    selfNote: text('self_note'),
    reviewScores: jsonb('review_scores'),
    reviewTotal: numeric('review_total', { precision: 5, scale: 1 }),
    reviewNote: text('review_note'),
    /** excellent | good | completed | notCompleted, once reviewed */
    grade: text('grade'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    submittedBy: integer('submitted_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'string' }),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('assessments_unit_year').on(t.unitId, t.year),
    index('assessments_year_grade').on(t.year, t.grade),
  ],
);
