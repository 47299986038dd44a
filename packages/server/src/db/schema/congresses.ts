// Congresses and elections: plans issued for a subtree, each unit's congress of a cycle with its documents
// and the term it opens, the ballots held there with their candidates and counts, and the committees
// (with positions) the results become. Offices held through a committee are member_offices rows.
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orgUnits } from '../../modules/org/tables.ts';
import { users } from './auth.ts';
import { memberOffices, members } from './members.ts';
import { bytea } from './types.ts';

/** "Kế hoạch tổ chức Đại hội Công đoàn các cấp …": deadlines per level ({level, deadline}[]) and pilots. */
export const congressPlans = pgTable(
  'congress_plans',
  {
    id: serial('id').primaryKey(),
    issuerUnitId: integer('issuer_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** "2023-2028" */
    cycle: text('cycle').notNull(),
    title: text('title').notNull(),
    documentNumber: text('document_number'),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    deadlines: jsonb('deadlines').notNull(),
    notes: text('notes'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    recordedBy: integer('recorded_by').references(() => users.id),
  },
  (t) => [index('congress_plans_issuer').on(t.issuerUnitId, t.cycle)],
);

export const congressPlanPilots = pgTable(
  'congress_plan_pilots',
  {
    planId: integer('plan_id')
      .notNull()
      .references(() => congressPlans.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
  },
  (t) => [primaryKey({ columns: [t.planId, t.unitId] })],
);

/** One unit's congress of one cycle, from planned to recognised. */
export const congresses = pgTable(
  'congresses',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    cycle: text('cycle').notNull(),
    planId: integer('plan_id').references(() => congressPlans.id),
    /** planned | scheduled | held | recognised */
    status: text('status').notNull(),
    /** allMember | delegate */
    kind: text('kind').notNull(),
    isPilot: boolean('is_pilot').notNull().default(false),
    scheduledOn: date('scheduled_on', { mode: 'string' }),
    place: text('place'),
    heldOn: date('held_on', { mode: 'string' }),
    delegatesConvened: integer('delegates_convened'),
    delegatesPresent: integer('delegates_present'),
    delegatesAppointed: integer('delegates_appointed'),
    /** {presidium, secretariat, credentialsBoard, countingBoard}: names */
    bodies: jsonb('bodies').notNull().default(sql`'{}'::jsonb`),
    /** [{name, members}] */
    subcommittees: jsonb('subcommittees').notNull().default(sql`'[]'::jsonb`),
    guests: jsonb('guests').notNull().default(sql`'[]'::jsonb`),
    notes: text('notes'),
    recognisedOn: date('recognised_on', { mode: 'string' }),
    recognitionDecision: text('recognition_decision'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    recordedBy: integer('recorded_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('congresses_unit_cycle').on(t.unitId, t.cycle),
    index('congresses_cycle_held').on(t.cycle, t.heldOn),
  ],
);

/** Political report, personnel plan, resolution … kept with the congress. */
export const congressDocuments = pgTable(
  'congress_documents',
  {
    id: serial('id').primaryKey(),
    congressId: integer('congress_id')
      .notNull()
      .references(() => congresses.id),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    uploadedBy: integer('uploaded_by').references(() => users.id),
  },
  (t) => [index('congress_documents_congress').on(t.congressId)],
);

/** A unit's term of a cycle: opened by its congress, five years unless shifted to align (≤ 30 months). */
export const unitTerms = pgTable(
  'unit_terms',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    cycle: text('cycle').notNull(),
    congressId: integer('congress_id').references(() => congresses.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    shiftMonths: integer('shift_months').notNull().default(0),
    decisionNumber: text('decision_number'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('unit_terms_unit_cycle').on(t.unitId, t.cycle)],
);

/** One ballot for one body at a congress; a further round points at the one before. */
export const elections = pgTable(
  'elections',
  {
    id: serial('id').primaryKey(),
    congressId: integer('congress_id')
      .notNull()
      .references(() => congresses.id),
    body: text('body').notNull(),
    round: integer('round').notNull().default(1),
    previousElectionId: integer('previous_election_id'),
    seats: integer('seats').notNull(),
    /** nominating | counted */
    status: text('status').notNull(),
    ballotsIssued: integer('ballots_issued'),
    ballotsCollected: integer('ballots_collected'),
    invalidBallots: integer('invalid_ballots'),
    threshold: integer('threshold'),
    unfilled: integer('unfilled'),
    countedAt: timestamp('counted_at', { withTimezone: true, mode: 'string' }),
    countedBy: integer('counted_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('elections_congress').on(t.congressId, t.body, t.round)],
);

export const electionCandidates = pgTable(
  'election_candidates',
  {
    id: serial('id').primaryKey(),
    electionId: integer('election_id')
      .notNull()
      .references(() => elections.id),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    /** place on the ballot list */
    listOrder: integer('list_order').notNull(),
    votes: integer('votes'),
    /** elected | tied | notElected, once counted */
    outcome: text('outcome'),
  },
  (t) => [uniqueIndex('election_candidates_member').on(t.electionId, t.memberId)],
);

/** A committee of a unit for a cycle (BCH, BTV, UBKT), presented on a day, replaced by the next one. */
export const committees = pgTable(
  'committees',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    congressId: integer('congress_id').references(() => congresses.id),
    cycle: text('cycle').notNull(),
    body: text('body').notNull(),
    presentedOn: date('presented_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    recordedBy: integer('recorded_by').references(() => users.id),
  },
  (t) => [index('committees_unit').on(t.unitId, t.body, t.presentedOn)],
);

export const committeeMembers = pgTable(
  'committee_members',
  {
    id: serial('id').primaryKey(),
    committeeId: integer('committee_id')
      .notNull()
      .references(() => committees.id),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    /** chair | viceChair | standingMember | member */
    position: text('position').notNull(),
    /** the office this seat gives the member (shown on their page, ended with the committee) */
    officeId: integer('office_id').references(() => memberOffices.id),
  },
  (t) => [uniqueIndex('committee_members_member').on(t.committeeId, t.memberId)],
);
