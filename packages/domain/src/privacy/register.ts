// The register of personal data (Law 91/2025/QH15 on Personal Data Protection, and Decree 356/2025 listing
// basic and sensitive data; Decree 13/2023 before it): for each capability, the fields it keeps, their
// category, why, on what basis, who may read them and how long they are kept. Data, so the API serves it,
// the web shows it, and the server masks and logs exactly the fields it calls sensitive.
import type { Role } from '../auth/schemas.ts';
import {
  IDENTIFYING_MEMBER_FIELDS,
  isSensitiveMemberField,
  MEMBER_RECORD_FIELDS,
  type MemberRecordField,
} from '../members/fields.ts';

/**
 * Basic data identify a person in ordinary dealings (name, birth, sex, address, nationality, phone,
 * personal ID number …); sensitive data touch their privacy so that a leak harms them directly: ethnic
 * origin, religious views, health, finances. `identifying` marks basic data that single a person out on
 * their own (the national ID, the card number), which never go into logs.
 */
export type DataCategory = 'basic' | 'sensitive';

export interface RegisterField {
  field: string;
  category: DataCategory;
  identifying?: boolean;
}

export const CAPABILITIES = [
  'members',
  'memberships',
  'cards',
  'congresses',
  'meetings',
  'accounts',
  'imports',
  'auditLog',
  'readLog',
  'corrections',
  'breaches',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/**
 * Why the processing is lawful: the person's consent given on the admission form; the union's tasks under
 * the Trade Union Law 2024 and the Charter of the Vietnam Trade Union; or a duty the data protection law
 * itself sets (logs of access, breach records, answering the data subject).
 */
export const LEGAL_BASES = ['consent', 'unionCharter', 'legalObligation'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** Who may read a capability's data; each one is enforced by scope and role on the server. */
export const READERS = [
  'scopedAccounts',
  'sensitiveRoles',
  'officers',
  'administrators',
  'systemAdministrator',
  'cardHolder',
] as const;
export type Reader = (typeof READERS)[number];

/** How long each kind of record is kept, and what happens after (see RETENTION_RULES). */
export const RETENTION_KINDS = [
  'memberRecord',
  'leftMemberAudit',
  'importRows',
  'readLog',
  'endedSessions',
  'auditLog',
  'corrections',
  'breaches',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export interface RetentionRule {
  kind: RetentionKind;
  /** days after the record's end (see each kind's label); null: kept as long as the union's archive is */
  defaultDays: number | null;
  /** 'delete' removes the rows, 'redact' strips their personal fields, 'keep' leaves them */
  action: 'delete' | 'redact' | 'keep';
  /** the setting that changes the days, documented in the README */
  setting: string | null;
}

export const RETENTION_RULES: readonly RetentionRule[] = [
  { kind: 'memberRecord', defaultDays: null, action: 'keep', setting: null },
  {
    kind: 'leftMemberAudit',
    defaultDays: 1825,
    action: 'redact',
    setting: 'CONGDOAN_LEFT_MEMBER_AUDIT_DAYS',
  },
  { kind: 'importRows', defaultDays: 30, action: 'redact', setting: 'CONGDOAN_IMPORT_ROWS_DAYS' },
  { kind: 'readLog', defaultDays: 730, action: 'delete', setting: 'CONGDOAN_READ_LOG_DAYS' },
  { kind: 'endedSessions', defaultDays: 30, action: 'delete', setting: 'CONGDOAN_ENDED_SESSIONS_DAYS' },
  { kind: 'auditLog', defaultDays: null, action: 'keep', setting: null },
  { kind: 'corrections', defaultDays: null, action: 'keep', setting: null },
  { kind: 'breaches', defaultDays: null, action: 'keep', setting: null },
];

export interface RegisterEntry {
  capability: Capability;
  /** the tables that hold it */
  tables: string[];
  fields: RegisterField[];
  legalBases: LegalBasis[];
  readers: Reader[];
  retention: RetentionKind;
}

/** A member's own field as the register lists it: its category and whether it identifies the person. */
function memberRegisterField(field: MemberRecordField): RegisterField {
  if (isSensitiveMemberField(field)) return { field, category: 'sensitive' };
  return (IDENTIFYING_MEMBER_FIELDS as readonly string[]).includes(field)
    ? { field, category: 'basic', identifying: true }
    : { field, category: 'basic' };
}

const basic = (...fields: string[]): RegisterField[] => fields.map((field) => ({ field, category: 'basic' }));
const identifying = (...fields: string[]): RegisterField[] =>
  fields.map((field) => ({ field, category: 'basic', identifying: true }));
const sensitive = (...fields: string[]): RegisterField[] =>
  fields.map((field) => ({ field, category: 'sensitive' }));

export const PERSONAL_DATA_REGISTER: readonly RegisterEntry[] = [
  {
    capability: 'members',
    tables: ['members'],
    fields: MEMBER_RECORD_FIELDS.map(memberRegisterField),
    legalBases: ['consent', 'unionCharter'],
    readers: ['scopedAccounts', 'sensitiveRoles'],
    retention: 'memberRecord',
  },
  {
    capability: 'memberships',
    tables: ['memberships', 'member_offices'],
    fields: basic('unit', 'validFrom', 'validTo', 'startKind', 'endKind', 'endReason', 'decision', 'office'),
    legalBases: ['unionCharter'],
    readers: ['scopedAccounts'],
    retention: 'memberRecord',
  },
  {
    capability: 'cards',
    tables: ['members'],
    fields: [...basic('fullName', 'status', 'unit'), ...identifying('cardNumber')],
    legalBases: ['unionCharter'],
    readers: ['scopedAccounts', 'cardHolder'],
    retention: 'memberRecord',
  },
  {
    capability: 'congresses',
    tables: ['election_candidates', 'committee_members'],
    fields: basic('fullName', 'votes', 'outcome', 'committeePosition'),
    legalBases: ['unionCharter'],
    readers: ['scopedAccounts'],
    retention: 'memberRecord',
  },
  {
    capability: 'meetings',
    tables: ['committee_meetings', 'resolution_tasks'],
    fields: basic('chairedBy', 'taskOwnerName'),
    legalBases: ['unionCharter'],
    readers: ['scopedAccounts'],
    retention: 'auditLog',
  },
  {
    capability: 'accounts',
    tables: ['users', 'sessions'],
    fields: basic('username', 'fullName', 'role', 'unit', 'lastLoginAt', 'sessionTimes'),
    legalBases: ['unionCharter', 'legalObligation'],
    readers: ['administrators'],
    retention: 'endedSessions',
  },
  {
    capability: 'imports',
    tables: ['import_jobs'],
    fields: [...basic('fullName'), ...identifying('nationalId'), ...sensitive('sheetCells')],
    legalBases: ['unionCharter'],
    // Any account in scope reads a job and its rejected rows; the sheet's sensitive columns only the
    // sensitive roles, each download logged (as the member-list export).
    readers: ['scopedAccounts', 'sensitiveRoles'],
    retention: 'importRows',
  },
  {
    capability: 'auditLog',
    tables: ['audit_log'],
    fields: [...basic('username', 'changedRecord'), ...sensitive('changedSensitiveFields')],
    legalBases: ['legalObligation'],
    readers: ['scopedAccounts', 'sensitiveRoles'],
    retention: 'leftMemberAudit',
  },
  {
    capability: 'readLog',
    tables: ['personal_data_reads'],
    fields: basic('username', 'member', 'fieldsRead', 'route'),
    legalBases: ['legalObligation'],
    readers: ['administrators'],
    retention: 'readLog',
  },
  {
    capability: 'corrections',
    tables: ['personal_data_corrections'],
    fields: [...basic('requestedBy', 'field'), ...sensitive('oldValue', 'requestedValue')],
    legalBases: ['legalObligation'],
    readers: ['officers'],
    retention: 'corrections',
  },
  {
    capability: 'breaches',
    tables: ['personal_data_breaches'],
    fields: basic('peopleAffected', 'notifiedParties'),
    legalBases: ['legalObligation'],
    readers: ['systemAdministrator'],
    retention: 'breaches',
  },
];

/** Whether a role reads sensitive data: the roles that keep member records (statistics, dues) need them. */
export const SENSITIVE_DATA_ROLES: readonly Role[] = ['system_admin', 'unit_admin', 'unit_officer'];

export function seesSensitiveData(role: Role): boolean {
  return SENSITIVE_DATA_ROLES.includes(role);
}
