// Payloads of the organisation API: one Zod schema each, shared by server (validation, OpenAPI) and web.
import { z } from 'zod';
import { canFlags } from '../common/contract.ts';
import { isoDate } from '../common/dates.ts';
import { idParam, pageParam, pageSizeParam, queryNumber, recordId } from '../common/input.ts';
import { memberStats } from '../members/stats-schema.ts';
import { UNIT_TYPE_CODES } from './unit-types.ts';

export const unitTypeCode = z.enum(UNIT_TYPE_CODES);
/** A unit's id in a path or query string (digits); a JSON body holds it as a `recordId`, never this. */
export const unitId = idParam;

const text = (max: number) => z.string().trim().min(1).max(max);
export const unitCode = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[A-Za-z0-9._-]+$/u, { message: 'error.unitCodeFormat' });

/** What every restructuring event carries: when it takes effect, why, and the deciding document. */
export const eventBase = z.object({
  effectiveDate: isoDate,
  reason: text(500),
  documentNumber: z.string().trim().max(120).optional(),
});

export const foundUnitBody = eventBase.extend({
  code: unitCode,
  name: text(250),
  shortName: z.string().trim().max(80).optional(),
  type: unitTypeCode,
  parentId: recordId,
});
export type FoundUnitBody = z.infer<typeof foundUnitBody>;

/** Rename and/or change a unit's type (e.g. a CĐCS recognised as a guild). */
export const updateUnitBody = eventBase
  .extend({
    name: text(250).optional(),
    shortName: z.string().trim().max(80).optional(),
    type: unitTypeCode.optional(),
  })
  .refine((body) => body.name !== undefined || body.type !== undefined || body.shortName !== undefined, {
    message: 'error.nothingToChange',
  });
export type UpdateUnitBody = z.infer<typeof updateUnitBody>;

export const moveUnitBody = eventBase.extend({ newParentId: recordId });
export type MoveUnitBody = z.infer<typeof moveUnitBody>;

export const newUnitSpec = z.object({
  code: unitCode,
  name: text(250),
  shortName: z.string().trim().max(80).optional(),
  type: unitTypeCode,
});

/** Merge several units into one: an existing unit (sáp nhập) or a new one (hợp nhất). */
export const mergeUnitsBody = eventBase
  .extend({
    sourceIds: z.array(recordId).min(1).max(100),
    targetId: recordId.optional(),
    newTarget: newUnitSpec.extend({ parentId: recordId }).optional(),
  })
  .refine((body) => (body.targetId === undefined) !== (body.newTarget === undefined), {
    message: 'MERGE_TARGET_REQUIRED',
    path: ['targetId'],
  });
export type MergeUnitsBody = z.infer<typeof mergeUnitsBody>;

/**
 * Split a unit into new units; each takes some of its children. The source may be kept (tách) or end (chia).
 * `membersToPart` (the index of a part) takes the source's members on the effective date; it is required
 * when the source ends with members, and optional when it is kept (its members then stay unless named).
 */
export const splitUnitBody = eventBase.extend({
  keepSource: z.boolean().default(false),
  parts: z
    .array(newUnitSpec.extend({ parentId: recordId.optional(), childIds: z.array(recordId).default([]) }))
    .min(1)
    .max(50),
  membersToPart: z.number().int().min(0).max(49).optional(),
});
export type SplitUnitBody = z.infer<typeof splitUnitBody>;

/**
 * Dissolve a unit; its remaining children, if any, move under `childrenToId`. Its members, if any, either
 * move to `membersToId` (a unit that admits members) or, with `endMemberships`, their membership ends on the
 * effective date (the enterprise closed); one of the two is required when the unit has members.
 */
export const dissolveUnitBody = eventBase
  .extend({
    childrenToId: recordId.optional(),
    membersToId: recordId.optional(),
    endMemberships: z.boolean().optional(),
  })
  .refine((body) => !(body.endMemberships && body.membersToId !== undefined), {
    message: 'DISSOLVE_MEMBERS_ONE_CHOICE',
    path: ['membersToId'],
  });
export type DissolveUnitBody = z.infer<typeof dissolveUnitBody>;

export const asOfQuery = z.object({ asOf: isoDate.optional() });

export const listUnitsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  parentId: idParam.optional(),
  type: unitTypeCode.optional(),
  asOf: isoDate.optional(),
  page: pageParam.default(1),
  pageSize: pageSizeParam(200).default(50),
});
export type ListUnitsQuery = z.infer<typeof listUnitsQuery>;
/** The search as a caller gives it (page and size optional). */
export type ListUnitsFilter = z.input<typeof listUnitsQuery>;

export const unitStatus = z.enum(['active', 'dissolved', 'notYetFounded']);

export const orgUnitSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  type: unitTypeCode,
  parentId: z.number().int().nullable(),
  /** Unit ids from the root down to this unit, as of the date asked. */
  path: z.array(z.number().int()),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  childCount: z.number().int(),
});
export type OrgUnitSummary = z.infer<typeof orgUnitSummary>;

export const orgUnitDetail = orgUnitSummary.extend({
  asOf: z.string(),
  foundedOn: z.string(),
  dissolvedOn: z.string().nullable(),
  status: unitStatus,
  ancestors: z.array(
    z.object({ id: z.number().int(), code: z.string(), name: z.string(), type: unitTypeCode }),
  ),
});
export type OrgUnitDetail = z.infer<typeof orgUnitDetail>;

/**
 * What the caller may do to a unit, decided by the server from the guards of the routes that do it: the
 * restructuring events, the clusters it runs, the accounts bound to it, the records it keeps (`writeRecords`:
 * its members, its congress, its reports) and those its superior keeps about it (`writeParent`: recognising
 * its congress, reviewing its report).
 */
export const unitCan = canFlags(
  'update',
  'found',
  'move',
  'merge',
  'split',
  'dissolve',
  'manageClusters',
  'manageUsers',
  'writeRecords',
  'writeParent',
);
export type UnitCan = z.infer<typeof unitCan>;

/** A unit as its page shows it: the detail and what the caller may do to it. */
export const orgUnitView = orgUnitDetail.extend({ can: unitCan });
export type OrgUnitView = z.infer<typeof orgUnitView>;

export const unitPage = z.object({
  items: z.array(orgUnitSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type UnitPage = z.infer<typeof unitPage>;

export const ORG_EVENT_KINDS = [
  'found',
  'rename',
  'retype',
  'move',
  'merge',
  'consolidate',
  'split',
  'dissolve',
] as const;
export const orgEventKind = z.enum(ORG_EVENT_KINDS);
export type OrgEventKind = z.infer<typeof orgEventKind>;

/** The part a unit plays in an event: its subject, a merged source, the receiving target, a new part. */
export const orgEventRole = z.enum(['subject', 'source', 'target', 'part', 'child']);

export const orgEvent = z.object({
  id: z.number().int(),
  kind: orgEventKind,
  effectiveDate: z.string(),
  reason: z.string(),
  documentNumber: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
  role: orgEventRole,
  /** Names and ids before and after, e.g. {fromParent:{id,name}, toParent:{id,name}} for a move. */
  details: z.record(z.string(), z.unknown()),
});
export type OrgEvent = z.infer<typeof orgEvent>;

export const eventResult = z.object({
  eventId: z.number().int(),
  kind: orgEventKind,
  unitIds: z.array(z.number().int()),
});
export type EventResult = z.infer<typeof eventResult>;

export const unitStats = z.object({
  unitId: z.number().int(),
  asOf: z.string(),
  totalUnits: z.number().int(),
  grassrootsUnits: z.number().int(),
  unitsByType: z.record(z.string(), z.number().int()),
  /** Members of the subtree on asOf, and admissions and departures from 1 January of that year to asOf. */
  members: memberStats,
});
export type UnitStats = z.infer<typeof unitStats>;

export const unitTypeSchema = z.object({
  code: unitTypeCode,
  tier: z.number().int(),
  canAdmitMembers: z.boolean(),
  canFoundGrassroots: z.boolean(),
  canCollectLevy: z.boolean(),
  allowedParentTypes: z.array(unitTypeCode),
  closedFrom: z.string().nullable(),
});

/** A change to a unit type's powers; which types exist and where they may sit stays seed data. */
export const updateUnitTypeBody = z
  .object({
    canAdmitMembers: z.boolean().optional(),
    canFoundGrassroots: z.boolean().optional(),
    canCollectLevy: z.boolean().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'error.nothingToChange',
  });
export type UpdateUnitTypeBody = z.infer<typeof updateUnitTypeBody>;

export const emulationCluster = z.object({
  id: z.number().int(),
  parentUnitId: z.number().int(),
  year: z.number().int(),
  name: z.string(),
  members: z.array(
    z.object({ id: z.number().int(), code: z.string(), name: z.string(), type: unitTypeCode }),
  ),
});
export type EmulationCluster = z.infer<typeof emulationCluster>;

/** A cluster in the list of a unit's clusters, with what the caller may do to it. */
export const emulationClusterRow = emulationCluster.extend({ can: canFlags('update', 'remove') });
export type EmulationClusterRow = z.infer<typeof emulationClusterRow>;

export const clusterYear = z.number().int().min(1990).max(2100);

export const createClusterBody = z.object({
  parentUnitId: recordId,
  year: clusterYear,
  name: text(200),
  memberIds: z.array(recordId).max(500).default([]),
});
export type CreateClusterBody = z.infer<typeof createClusterBody>;
export const updateClusterBody = z
  .object({
    name: text(200).optional(),
    memberIds: z.array(recordId).max(500).optional(),
  })
  .refine((body) => body.name !== undefined || body.memberIds !== undefined, {
    message: 'error.nothingToChange',
  });
export type UpdateClusterBody = z.infer<typeof updateClusterBody>;
export const listClustersQuery = z.object({
  parentId: idParam.optional(),
  year: queryNumber(clusterYear).optional(),
});
export type ListClustersQuery = z.infer<typeof listClustersQuery>;
