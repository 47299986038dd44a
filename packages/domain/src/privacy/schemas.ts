// Payloads of the personal-data API: the register with the retention in force, the read log, the data
// subject's access export, correction requests and personal-data breaches.
import { z } from 'zod';
import { canFlags } from '../common/contract.ts';
import { isoDate } from '../common/dates.ts';
import { idParam, pageParam, pageSizeParam, recordId } from '../common/input.ts';
import { SENSITIVE_MEMBER_FIELDS } from '../members/fields.ts';
import { memberCorrections, memberRecord } from '../members/schemas.ts';
import { CAPABILITIES, LEGAL_BASES, READERS, RETENTION_KINDS } from './register.ts';

export const sensitiveMemberField = z.enum(SENSITIVE_MEMBER_FIELDS);

export const registerView = z.object({
  entries: z.array(
    z.object({
      capability: z.enum(CAPABILITIES),
      tables: z.array(z.string()),
      fields: z.array(
        z.object({
          field: z.string(),
          category: z.enum(['basic', 'sensitive']),
          identifying: z.boolean().optional(),
        }),
      ),
      legalBases: z.array(z.enum(LEGAL_BASES)),
      readers: z.array(z.enum(READERS)),
      retention: z.enum(RETENTION_KINDS),
    }),
  ),
  /** the rules with the days in force on this server (settings override the defaults) */
  retention: z.array(
    z.object({
      kind: z.enum(RETENTION_KINDS),
      days: z.number().int().nullable(),
      action: z.enum(['delete', 'redact', 'keep']),
      setting: z.string().nullable(),
    }),
  ),
  sensitiveFields: z.array(sensitiveMemberField),
  sensitiveRoles: z.array(z.string()),
});
export type RegisterView = z.infer<typeof registerView>;

/** view: a member's record on screen; export: a member list file; accessRequest: the subject's export */
export const READ_KINDS = ['view', 'export', 'accessRequest'] as const;

export const readLogEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  username: z.string().nullable(),
  kind: z.enum(READ_KINDS),
  memberId: z.number().int().nullable(),
  memberName: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  fields: z.array(z.string()),
  /** members in an export; 1 for a single record */
  memberCount: z.number().int(),
  route: z.string(),
});
export type ReadLogEntry = z.infer<typeof readLogEntry>;

export const readLogQuery = z.object({
  memberId: idParam.optional(),
  page: pageParam.default(1),
  pageSize: pageSizeParam(200).default(50),
});
export const readLogPage = z.object({
  items: z.array(readLogEntry),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ReadLogPage = z.infer<typeof readLogPage>;

/** A member field a person may ask to have corrected: any field of their record. */
export const correctableField = z.enum(
  Object.keys(memberCorrections.shape) as [
    keyof typeof memberCorrections.shape,
    ...(keyof typeof memberCorrections.shape)[],
  ],
);
export type CorrectableField = z.infer<typeof correctableField>;

export const correctionRequestBody = z
  .object({
    /** the person who asked: the member or someone acting for them */
    requestedBy: z.string().trim().min(1).max(200),
    field: correctableField,
    /** the value asked for, of the field's own type (null to clear it) */
    requestedValue: z.union([z.string(), z.number(), z.null()]),
    receivedOn: isoDate,
    note: z.string().trim().max(1000).optional(),
  })
  .superRefine((body, context) => {
    // The value must be one the member record accepts for that field, so accepting it cannot fail later.
    const result = memberCorrections.safeParse({ [body.field]: body.requestedValue });
    if (!result.success) {
      for (const issue of result.error.issues) {
        context.addIssue({ code: 'custom', path: ['requestedValue'], message: issue.message });
      }
    }
  });
export type CorrectionRequestBody = z.infer<typeof correctionRequestBody>;

export const correctionDecisionBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accept') }),
  z.object({ decision: z.literal('refuse'), reason: z.string().trim().min(1).max(1000) }),
]);
export type CorrectionDecisionBody = z.infer<typeof correctionDecisionBody>;

export const CORRECTION_STATUSES = ['pending', 'accepted', 'refused'] as const;
export const correctionRequest = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  memberName: z.string(),
  unitId: z.number().int(),
  unitName: z.string().nullable(),
  requestedBy: z.string(),
  field: correctableField,
  /** the values are null for a caller who may not see this sensitive field */
  oldValue: z.union([z.string(), z.number(), z.null()]),
  requestedValue: z.union([z.string(), z.number(), z.null()]),
  valuesHidden: z.boolean(),
  receivedOn: z.string(),
  note: z.string().nullable(),
  status: z.enum(CORRECTION_STATUSES),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  refusalReason: z.string().nullable(),
});
export type CorrectionRequest = z.infer<typeof correctionRequest>;

/** A request as the lists show it, with whether the caller may decide it (a pending one, for an officer). */
export const correctionRow = correctionRequest.extend({ can: canFlags('decide') });
export type CorrectionRow = z.infer<typeof correctionRow>;
/** The list of correction requests: one schema object, so the server's presenter recognises the response. */
export const correctionList = z.array(correctionRow);

export const listCorrectionsQuery = z.object({
  unitId: idParam.optional(),
  memberId: idParam.optional(),
  status: z.enum(CORRECTION_STATUSES).optional(),
});
export type CorrectionListQuery = z.input<typeof listCorrectionsQuery>;

/** Everything the union holds about one member: the answer to their access request. */
export const subjectAccessExport = z.object({
  generatedAt: z.string(),
  generatedBy: z.string(),
  profile: memberRecord,
  committees: z.array(
    z.object({
      unitName: z.string(),
      body: z.string(),
      cycle: z.string(),
      position: z.string(),
      presentedOn: z.string(),
      endedOn: z.string().nullable(),
    }),
  ),
  candidacies: z.array(
    z.object({
      congressId: z.number().int(),
      body: z.string(),
      round: z.number().int(),
      votes: z.number().int().nullable(),
      outcome: z.string().nullable(),
    }),
  ),
  auditRows: z.array(
    z.object({
      at: z.string(),
      username: z.string().nullable(),
      action: z.string(),
      before: z.unknown().nullable(),
      after: z.unknown().nullable(),
    }),
  ),
  reads: z.array(readLogEntry),
  corrections: z.array(correctionRequest),
});
export type SubjectAccessExport = z.infer<typeof subjectAccessExport>;

/** A personal-data breach: the authority (A05, Ministry of Public Security) must hear of it within 72 hours. */
export const BREACH_NOTIFICATION_HOURS = 72;

const instant = z.iso.datetime({ offset: true });

export const breachBody = z.object({
  discoveredAt: instant,
  description: z.string().trim().min(1).max(4000),
  dataCategories: z.array(z.string().trim().min(1).max(100)).min(1).max(40),
  peopleAffected: z.number().int().min(0).max(200_000_000),
  unitIds: z.array(recordId).max(500).default([]),
  measures: z.string().trim().max(4000).default(''),
  authorityNotifiedAt: instant.nullable().optional(),
  subjectsNotifiedAt: instant.nullable().optional(),
  /** whom was notified, in words: the authority's office, the members, the employer … */
  notifiedParties: z.string().trim().max(2000).default(''),
});
export type BreachBody = z.infer<typeof breachBody>;

export const updateBreachBody = breachBody
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'error.nothingToChange' });

/** A breach as recorded. */
export const breachRecord = z.object({
  id: z.number().int(),
  discoveredAt: z.string(),
  description: z.string(),
  dataCategories: z.array(z.string()),
  peopleAffected: z.number().int(),
  units: z.array(z.object({ id: z.number().int(), name: z.string() })),
  measures: z.string(),
  authorityNotifiedAt: z.string().nullable(),
  subjectsNotifiedAt: z.string().nullable(),
  notifiedParties: z.string(),
  /** discovered + 72 hours */
  notifyBy: z.string(),
  notification: z.enum(['met', 'late', 'pending', 'overdue']),
  recordedBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BreachRecord = z.infer<typeof breachRecord>;

/** A breach with whether the caller may update it (its notification, measures …). */
export const breach = breachRecord.extend({ can: canFlags('edit') });
export type Breach = z.infer<typeof breach>;
