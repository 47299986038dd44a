// The audit log: who changed what, when, with the state before and after. Read-only over the API.
import { z } from 'zod';
import { idParam, pageParam, pageSizeParam } from '../common/input.ts';

/**
 * The kinds of record the server writes to the log (`entity` of its recordAudit calls and bulk inserts), in
 * the order the audit page offers them. The query accepts any text, so an older kind still filters.
 */
export const AUDIT_ENTITIES = [
  'orgUnit',
  'member',
  'memberImport',
  'memberRequest',
  'user',
  'emulationCluster',
  'unitType',
  'rule',
  'congressPlan',
  'congress',
  'election',
  'committee',
  'meeting',
  'assessment',
  'yearPlan',
  'reportForm',
  'reportPeriod',
  'unitReport',
  'personalDataCorrection',
  'personalDataBreach',
  'backup',
  'demo',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.number().int().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const listAuditQuery = z.object({
  unitId: idParam.optional(),
  entity: z.string().trim().max(60).optional(),
  entityId: z.string().trim().max(60).optional(),
  /** With unitId: also the rows of every unit that has been under it. */
  subtree: z.stringbool().default(false),
  page: pageParam.default(1),
  pageSize: pageSizeParam(200).default(50),
});
/** The log's filter as a caller gives it. */
export type AuditFilter = z.input<typeof listAuditQuery>;

export const auditPage = z.object({
  items: z.array(auditEntry),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
