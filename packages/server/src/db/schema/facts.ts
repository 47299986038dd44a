// Member facts: per unit, the member figures as they stand from a day on, kept up to date by every member
// write in its own transaction (modules/facts), so that a subtree's figures on any date read one row per
// unit of the subtree instead of every membership.
//
// Representation: running totals. A row (unit, day) holds the unit's figures from `day` until the unit's
// next row: the stocks on that day (members, women, foreign, each age band, each ethnic group) and the
// flows since the beginning (admissions and departures by kind, cumulative, so a period's flow is the
// difference of two rows). A unit has a row on each day its figures change. Cost: an as-of read is one
// index probe per unit (latest row on or before the day); a change on day d rewrites the unit's rows from
// d on (every member write recomputes the rows of the units it touched from their memberships, so a
// back-dated change corrects every later day). Age bands move with time without anyone writing: a
// member's band changes on their 30th, 40th, 50th and 60th birthday, and those days are rows too (written
// ahead, up to the end of the membership), so the band on any date is exact.
import { date, integer, jsonb, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { orgUnits } from '../../modules/org/tables.ts';

export const memberFacts = pgTable(
  'member_facts',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** The first day these figures hold; they hold until the unit's next row. */
    day: date('day', { mode: 'string' }).notNull(),
    members: integer('members').notNull().default(0),
    women: integer('women').notNull().default(0),
    foreign: integer('foreign_members').notNull().default(0),
    ageUnder30: integer('age_under30').notNull().default(0),
    age30to39: integer('age_30to39').notNull().default(0),
    age40to49: integer('age_40to49').notNull().default(0),
    age50to59: integer('age_50to59').notNull().default(0),
    age60plus: integer('age_60plus').notNull().default(0),
    ageUnknown: integer('age_unknown').notNull().default(0),
    /** Ethnic group → members ('unknown' when none is recorded); groups with no member are left out. */
    ethnicities: jsonb('ethnicities').$type<Record<string, number>>().notNull().default({}),
    /** Membership periods begun up to this day (inclusive), by start kind (admit, readmit, transferIn…). */
    startedByKind: jsonb('started_by_kind').$type<Record<string, number>>().notNull().default({}),
    /** Membership periods ended up to this day (inclusive), by end kind (leave, transferOut, death…). */
    endedByKind: jsonb('ended_by_kind').$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.day] })],
);

/**
 * Subtree member facts: per unit, the member stocks of the units strictly below it, kept as DELTAS per day.
 * A unit X with a version of path P over [from, to) contributes its stocks (from member_facts) to each strict
 * ancestor on P for that stretch: its figure on `from`, each change between, and minus its figure on the eve
 * of `to`. A subtree's figures on D are then the unit's own facts row plus the sum of its rows up to D — a few
 * thousand rows for the whole country instead of one probe per unit of it. Kept in the same transaction as
 * every write: a member write recomputes its units' contributions (member_facts changed), a restructuring
 * those of the units whose paths changed; both add only the difference, so untouched days are not written.
 */
export const memberSubtreeFacts = pgTable(
  'member_subtree_facts',
  {
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    day: date('day', { mode: 'string' }).notNull(),
    members: integer('members').notNull().default(0),
    women: integer('women').notNull().default(0),
    foreign: integer('foreign_members').notNull().default(0),
    ageUnder30: integer('age_under30').notNull().default(0),
    age30to39: integer('age_30to39').notNull().default(0),
    age40to49: integer('age_40to49').notNull().default(0),
    age50to59: integer('age_50to59').notNull().default(0),
    age60plus: integer('age_60plus').notNull().default(0),
    ageUnknown: integer('age_unknown').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.day] })],
);
