// Requests to bring a member held in another subtree into one's own union: the receiving union names the
// person only by the national ID it was given; the member id stays on the server, and the side that holds
// the member (or a common superior) approves or refuses.
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { orgUnits } from '../../modules/org/tables.ts';
import { users } from './auth.ts';
import { members } from './members.ts';

export const memberTransferRequests = pgTable(
  'member_transfer_requests',
  {
    id: serial('id').primaryKey(),
    /** never sent to the requesting side before approval */
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    /** the national ID as the requester typed it: all the requesting side is shown of the person */
    nationalId: text('national_id').notNull(),
    /** the requester's own unit (their account's), under which the target must still lie on approval */
    requestingUnitId: integer('requesting_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** the unit that admits the member on approval */
    targetUnitId: integer('target_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** the member's current or last unit when asked: whose incoming list shows the request */
    holdingUnitId: integer('holding_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    decisionNumber: text('decision_number'),
    /** pending | approved | refused */
    status: text('status').notNull().default('pending'),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }),
    refusalReason: text('refusal_reason'),
  },
  (t) => [
    index('member_transfer_requests_holding').on(t.holdingUnitId, t.status),
    index('member_transfer_requests_target').on(t.targetUnitId, t.status),
    // One open request per person and receiving unit: asking twice answers 409.
    uniqueIndex('member_transfer_requests_pending')
      .on(t.memberId, t.targetUnitId)
      .where(sql`${t.status} = 'pending'`),
  ],
);
