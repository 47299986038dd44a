// Members of the union: the person, their membership periods in units (the source of every count),
// the union offices they hold, and member-list import jobs.
import { sql } from 'drizzle-orm';
import {
  bigint,
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
import { orgEvents, orgUnits } from '../../modules/org/tables.ts';
import { users } from './auth.ts';

export const members = pgTable(
  'members',
  {
    id: serial('id').primaryKey(),
    fullName: text('full_name').notNull(),
    /** normalizeForSearch(fullName): accent- and case-free, under a trigram index. */
    fullNameNormalized: text('full_name_normalized').notNull(),
    gender: text('gender').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    /** 'day' or 'year': many union sheets give the year of birth only (stored as 1 January). */
    dateOfBirthPrecision: text('date_of_birth_precision').notNull().default('day'),
    /** CCCD (12 digits) or old CMND (9 digits); one person, one record. */
    nationalId: text('national_id'),
    ethnicity: text('ethnicity'),
    religion: text('religion'),
    /** ISO 3166-1 alpha-2; 'VN' for Vietnamese citizens. */
    nationality: text('nationality').notNull().default('VN'),
    /** Length of the labour contract of a foreign worker, in months (membership needs ≥ the rule's minimum). */
    foreignContractMonths: integer('foreign_contract_months'),
    education: text('education'),
    occupation: text('occupation'),
    position: text('position'),
    employer: text('employer'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    /** The day the person joined the union (ngày vào công đoàn), which may predate this system. */
    joinedUnionOn: date('joined_union_on', { mode: 'string' }),
    cardNumber: text('card_number'),
    duesGroup: text('dues_group'),
    /** Salary basis for dues, integer đồng. */
    salaryBasis: bigint('salary_basis', { mode: 'number' }),
    /** active | transferredOut | left | expelled | deceased — follows the latest membership period. */
    status: text('status').notNull(),
    /** The unit of the current (or, once ended, the last) membership period. */
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('members_national_id').on(t.nationalId),
    uniqueIndex('members_card_number').on(t.cardNumber),
    index('members_unit').on(t.unitId, t.status),
    index('members_name_trgm').using('gin', sql`${t.fullNameNormalized} gin_trgm_ops`),
    // The member list's order (accent-free name, then id; collate "C" on every server): lets an unfiltered
    // national list read the first page in order instead of sorting millions of rows.
    index('members_name_order').on(sql`${t.fullNameNormalized} collate "C"`, t.id),
    index('members_phone').on(t.phone),
  ],
);

/**
 * The member search's keys: one row per word of a member's accent-free name, `key` the name from that word
 * on ("nguyen van an", "van an", "an"), so the members a typed word starts a word of lie in one range of
 * keys, already in the order the list shows them; `provinceId` (the unit's ancestor below the root, or the
 * root itself) lets a province read its own range. Kept by triggers on `members` (migration 0011) and
 * refreshed for a moved subtree by the members' side of restructuring.
 */
export const memberNameKeys = pgTable(
  'member_name_keys',
  {
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    provinceId: integer('province_id').notNull(),
    key: text('key').notNull(),
    /** The whole accent-free name: the order within a key, and the other typed words checked from the index. */
    name: text('name').notNull(),
  },
  (t) => [
    index('member_name_keys_tree').on(sql`${t.key} collate "C"`, sql`${t.name} collate "C"`, t.memberId),
    index('member_name_keys_province').on(
      t.provinceId,
      sql`${t.key} collate "C"`,
      sql`${t.name} collate "C"`,
      t.memberId,
    ),
    primaryKey({ columns: [t.memberId, t.key] }),
  ],
);

/** A member's time in one unit, [validFrom, validTo); counts as of any date come from these rows. */
export const memberships = pgTable(
  'memberships',
  {
    id: serial('id').primaryKey(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    /** admit | readmit | transferIn | import | reorganised (membershipStartKind in the domain) */
    startKind: text('start_kind').notNull(),
    startDecision: text('start_decision'),
    /** transferOut | leave | expel | death | reorganised | unitDissolved, once the period has ended */
    endKind: text('end_kind'),
    endReason: text('end_reason'),
    endDecision: text('end_decision'),
    /** The organisation events (merge, split, dissolve) that opened and closed the period, if any did. */
    startEventId: integer('start_event_id').references(() => orgEvents.id),
    endEventId: integer('end_event_id').references(() => orgEvents.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    recordedBy: integer('recorded_by'),
  },
  (t) => [
    index('memberships_unit_period').on(t.unitId, t.validFrom, t.validTo),
    index('memberships_member').on(t.memberId, t.validFrom),
    index('memberships_from').on(t.validFrom),
    index('memberships_to').on(t.validTo),
  ],
);

/** Union offices a member holds or held (chair, vice-chair, committee member, group leader …). */
export const memberOffices = pgTable(
  'member_offices',
  {
    id: serial('id').primaryKey(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    office: text('office').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [index('member_offices_member').on(t.memberId)],
);

/** A member-list import: its file, progress and per-row outcome, so long imports run in the background. */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    userId: integer('user_id').references(() => users.id),
    fileName: text('file_name').notNull(),
    dryRun: integer('dry_run').notNull().default(0),
    /** queued | running | done | failed */
    status: text('status').notNull(),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    /** The answer of the import API: counts, errors, mapping, preview. */
    result: jsonb('result'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [index('import_jobs_unit').on(t.unitId, t.id)],
);
