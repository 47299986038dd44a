// Committee meetings: a numbered session of a committee with its attendance, agenda, opinions and conclusion,
// the resolutions it adopts, and the tasks those set, followed until done.
import {
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
import { committees } from './congresses.ts';

export const committeeMeetings = pgTable(
  'committee_meetings',
  {
    id: serial('id').primaryKey(),
    committeeId: integer('committee_id')
      .notNull()
      .references(() => committees.id),
    /** the committee's unit, kept for scope and listing */
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    sessionNumber: integer('session_number').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    place: text('place'),
    chairedBy: text('chaired_by'),
    convened: integer('convened').notNull(),
    present: integer('present').notNull(),
    absentees: jsonb('absentees').notNull(),
    agenda: jsonb('agenda').notNull(),
    documentsAdopted: jsonb('documents_adopted').notNull(),
    opinionsHeard: integer('opinions_heard').notNull().default(0),
    opinionsSummary: text('opinions_summary'),
    conclusion: text('conclusion'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    recordedBy: integer('recorded_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('committee_meetings_session').on(t.committeeId, t.sessionNumber),
    index('committee_meetings_unit').on(t.unitId, t.heldOn),
  ],
);

export const meetingResolutions = pgTable(
  'meeting_resolutions',
  {
    id: serial('id').primaryKey(),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => committeeMeetings.id),
    number: text('number'),
    title: text('title').notNull(),
    content: text('content'),
  },
  (t) => [index('meeting_resolutions_meeting').on(t.meetingId)],
);

export const resolutionTasks = pgTable(
  'resolution_tasks',
  {
    id: serial('id').primaryKey(),
    resolutionId: integer('resolution_id')
      .notNull()
      .references(() => meetingResolutions.id),
    /** the unit of the committee that set the task (scope), and the unit that owns it, if a unit does */
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    ownerUnitId: integer('owner_unit_id').references(() => orgUnits.id),
    ownerName: text('owner_name'),
    description: text('description').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    /** open | done | cancelled */
    status: text('status').notNull().default('open'),
    doneOn: date('done_on', { mode: 'string' }),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('resolution_tasks_unit').on(t.unitId, t.status, t.deadline),
    index('resolution_tasks_owner').on(t.ownerUnitId, t.status, t.deadline),
  ],
);
