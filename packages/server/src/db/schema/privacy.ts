// Personal data as the law asks: who read whose sensitive fields, the data subjects' correction requests
// and the breaches recorded with their notification.
import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { users } from './auth.ts';
import { members } from './members.ts';

/**
 * One row per response that carried a person's sensitive fields (a record on screen, the subject's own
 * export), or per member-list export carrying them (member_id null, member_count the members in it).
 * Written in the request that served them; unit_id is the member's (or the export's) unit, for reading the
 * log within scope.
 */
export const personalDataReads = pgTable(
  'personal_data_reads',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    userId: integer('user_id'),
    username: text('username'),
    /** view | export | accessRequest */
    kind: text('kind').notNull(),
    memberId: integer('member_id'),
    unitId: integer('unit_id'),
    fields: text('fields').array().notNull(),
    memberCount: integer('member_count').notNull().default(1),
    /** the route as registered, e.g. GET /api/members/:id */
    route: text('route').notNull(),
  },
  (t) => [
    index('personal_data_reads_member').on(t.memberId, t.id),
    index('personal_data_reads_unit').on(t.unitId, t.id),
    index('personal_data_reads_at').on(t.at),
  ],
);

/** A person's request to correct a field of their record, and its decision (accepted or refused). */
export const personalDataCorrections = pgTable(
  'personal_data_corrections',
  {
    id: serial('id').primaryKey(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    /** the member's unit when the request was recorded: the list per unit and its scope */
    unitId: integer('unit_id').notNull(),
    requestedBy: text('requested_by').notNull(),
    field: text('field').notNull(),
    oldValue: jsonb('old_value'),
    requestedValue: jsonb('requested_value'),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    note: text('note'),
    /** pending | accepted | refused */
    status: text('status').notNull().default('pending'),
    recordedBy: integer('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }),
    refusalReason: text('refusal_reason'),
  },
  (t) => [
    index('personal_data_corrections_unit').on(t.unitId, t.id),
    index('personal_data_corrections_member').on(t.memberId, t.id),
  ],
);

/** A personal-data breach: what, how many, where, what was done, and whom was notified when. */
export const personalDataBreaches = pgTable('personal_data_breaches', {
  id: serial('id').primaryKey(),
  discoveredAt: timestamp('discovered_at', { withTimezone: true, mode: 'string' }).notNull(),
  description: text('description').notNull(),
  dataCategories: text('data_categories').array().notNull(),
  peopleAffected: integer('people_affected').notNull(),
  unitIds: integer('unit_ids').array().notNull(),
  measures: text('measures').notNull().default(''),
  authorityNotifiedAt: timestamp('authority_notified_at', { withTimezone: true, mode: 'string' }),
  subjectsNotifiedAt: timestamp('subjects_notified_at', { withTimezone: true, mode: 'string' }),
  notifiedParties: text('notified_parties').notNull().default(''),
  recordedBy: integer('recorded_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});
