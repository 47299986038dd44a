// The organisation tree's tables, effective-dated: a unit's identity, its versions over time, the events that
// made them, the unit types and the emulation clusters. Only modules/org reads or writes the versions table;
// db/schema/index.ts re-exports these for drizzle-kit and the other tables' foreign keys.
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
import { ltree } from '../../db/schema/types.ts';

export const unitTypes = pgTable('unit_types', {
  code: text('code').primaryKey(),
  tier: integer('tier').notNull(),
  canAdmitMembers: boolean('can_admit_members').notNull(),
  canFoundGrassroots: boolean('can_found_grassroots').notNull(),
  canCollectLevy: boolean('can_collect_levy').notNull(),
  allowedParentTypes: text('allowed_parent_types').array().notNull(),
  closedFrom: date('closed_from', { mode: 'string' }),
});

/** A unit's identity: what stays the same through renames, moves and type changes. */
export const orgUnits = pgTable('org_units', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  foundedOn: date('founded_on', { mode: 'string' }).notNull(),
  /** Set when the unit ceased to exist (dissolved, merged away, split with the source ending). */
  endedOn: date('ended_on', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/**
 * The state of a unit over [validFrom, validTo): name, type, parent and the path of ids from the root.
 * validTo is exclusive; null while the version is current. A unit has no version for dates it did not exist.
 */
export const orgUnitVersions = pgTable(
  'org_unit_versions',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    name: text('name').notNull(),
    nameNormalized: text('name_normalized').notNull(),
    shortName: text('short_name'),
    type: text('type')
      .notNull()
      .references(() => unitTypes.code),
    parentId: integer('parent_id').references(() => orgUnits.id),
    path: ltree('path').notNull(),
    depth: integer('depth').notNull(),
    eventId: integer('event_id').notNull(),
  },
  (t) => [
    uniqueIndex('org_unit_versions_unit_from').on(t.unitId, t.validFrom),
    index('org_unit_versions_parent').on(t.parentId, t.validFrom),
    index('org_unit_versions_path').using('gist', t.path),
    index('org_unit_versions_name_trgm').using('gin', sql`${t.nameNormalized} gin_trgm_ops`),
    index('org_unit_versions_current').on(t.unitId).where(sql`${t.validTo} is null`),
  ],
);

export const orgEvents = pgTable(
  'org_events',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    documentNumber: text('document_number'),
    details: jsonb('details').notNull().default({}),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    recordedBy: integer('recorded_by'),
  },
  (t) => [index('org_events_effective').on(t.effectiveDate)],
);

/** Which units an event touched and in what role (subject, source, target, part, child). */
export const orgEventUnits = pgTable(
  'org_event_units',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => orgEvents.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.unitId, t.role] }), index('org_event_units_unit').on(t.unitId)],
);

/** Emulation clusters: named groups of peer units under a parent, for one year. */
export const emulationClusters = pgTable(
  'emulation_clusters',
  {
    id: serial('id').primaryKey(),
    parentUnitId: integer('parent_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('emulation_clusters_name').on(t.parentUnitId, t.year, t.name)],
);

export const emulationClusterUnits = pgTable(
  'emulation_cluster_units',
  {
    clusterId: integer('cluster_id')
      .notNull()
      .references(() => emulationClusters.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
  },
  // a unit belongs to at most one cluster a year
  (t) => [
    primaryKey({ columns: [t.clusterId, t.unitId] }),
    uniqueIndex('emulation_cluster_units_year').on(t.unitId, t.year),
  ],
);
