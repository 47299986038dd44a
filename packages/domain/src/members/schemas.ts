// Payloads of the members API: one Zod schema each, shared by server (validation, OpenAPI) and web.
import { z } from 'zod';
import { canFlags } from '../common/contract.ts';
import { isoDate } from '../common/dates.ts';
import { idParam, pageParam, pageSizeParam, recordId } from '../common/input.ts';
import { unitTypeCode } from '../org/schemas.ts';
import { SENSITIVE_MEMBER_FIELDS } from './fields.ts';

export const MEMBER_STATUSES = ['active', 'transferredOut', 'left', 'expelled', 'deceased'] as const;
export const memberStatus = z.enum(MEMBER_STATUSES);
export type MemberStatus = z.infer<typeof memberStatus>;

export const GENDERS = ['male', 'female'] as const;
export const gender = z.enum(GENDERS);
export type Gender = z.infer<typeof gender>;

/** Dues groups of RULES.md §3 (the finance issue computes dues from them). */
export const DUES_GROUPS = ['publicUnit', 'stateEnterprise', 'otherEnterprise', 'noFixedSalary'] as const;
export const duesGroup = z.enum(DUES_GROUPS);

export const UNION_OFFICES = [
  'chair',
  'viceChair',
  'standingMember',
  'committeeMember',
  'inspectionMember',
  'groupLeader',
  'groupDeputy',
] as const;
export const unionOffice = z.enum(UNION_OFFICES);

/** CCCD: 12 digits; the old CMND: 9 digits. */
export const nationalIdSchema = z.string().regex(/^(\d{9}|\d{12})$/u, { message: 'error.nationalIdFormat' });

const optionalText = (max: number) => z.string().trim().max(max).optional().nullable();

/** A nationality: the two-letter ISO 3166-1 code, kept in capitals ('VN'). */
const countryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/u, { message: 'error.countryCode' })
  .toUpperCase();

/** The person's fields, as entered on the admission form or edited later. */
export const memberFields = z.object({
  fullName: z.string().trim().min(1).max(120),
  gender,
  dateOfBirth: isoDate.optional().nullable(),
  dateOfBirthPrecision: z.enum(['day', 'year']).default('day'),
  nationalId: nationalIdSchema.optional().nullable(),
  ethnicity: optionalText(60),
  religion: optionalText(60),
  nationality: countryCode.default('VN'),
  foreignContractMonths: z.number().int().min(0).max(600).optional().nullable(),
  education: optionalText(120),
  occupation: optionalText(120),
  position: optionalText(120),
  employer: optionalText(200),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{8,15}$/u, { message: 'error.phoneFormat' })
    .optional()
    .nullable(),
  email: z.string().trim().email({ message: 'error.emailFormat' }).max(200).optional().nullable(),
  address: optionalText(300),
  joinedUnionOn: isoDate.optional().nullable(),
  cardNumber: optionalText(40),
  duesGroup: duesGroup.optional().nullable(),
  salaryBasis: z.number().int().min(0).max(10_000_000_000).optional().nullable(),
});
export type MemberFields = z.infer<typeof memberFields>;

/** Admission (kết nạp): the person, the unit, the date and the decision. */
export const admitMemberBody = memberFields.extend({
  unitId: recordId,
  admittedOn: isoDate,
  decisionNumber: z.string().trim().max(120).optional(),
});
export type AdmitMemberBody = z.infer<typeof admitMemberBody>;

/**
 * Corrections of a person's fields: each one optional and without the form's defaults, so a correction of
 * the phone does not also reset a foreign member's nationality to VN or a year of birth to a full date.
 */
export const memberCorrections = memberFields
  .extend({
    dateOfBirthPrecision: z.enum(['day', 'year']),
    nationality: countryCode,
  })
  .partial();

export const updateMemberBody = memberCorrections.refine((body) => Object.keys(body).length > 0, {
  message: 'error.nothingToChange',
});
export type UpdateMemberBody = z.infer<typeof updateMemberBody>;

/**
 * Kết nạp lại: a former member (left, expelled, or transferred out of the platform) joins again, into a
 * unit that admits members, keeping their one record and its history; the form's corrections of the person
 * are applied with it. A former member whose record lies outside the caller's scope is not reached here:
 * the receiving union sends a member request that the holding side approves.
 */
export const readmitMemberBody = z.object({
  unitId: recordId,
  effectiveDate: isoDate,
  decisionNumber: z.string().trim().max(120).optional(),
  corrections: memberCorrections.optional(),
});
export type ReadmitMemberBody = z.infer<typeof readmitMemberBody>;

/** Chuyển sinh hoạt: to another unit on the platform, or out of it (toUnitName only). */
export const transferMemberBody = z
  .object({
    toUnitId: recordId.optional(),
    toUnitName: z.string().trim().max(250).optional(),
    effectiveDate: isoDate,
    reason: z.string().trim().min(1).max(500),
    decisionNumber: z.string().trim().max(120).optional(),
  })
  // Checked even while other fields are wrong, so a form shows every missing field at once.
  .refine((body) => body.toUnitId !== undefined || body.toUnitName, {
    message: 'error.transferTargetRequired',
    path: ['toUnitId'],
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });
export type TransferMemberBody = z.infer<typeof transferMemberBody>;

export const LEAVE_KINDS = ['leave', 'expel', 'death'] as const;
export const leaveMemberBody = z.object({
  kind: z.enum(LEAVE_KINDS),
  effectiveDate: isoDate,
  reason: z.string().trim().min(1).max(500),
  decisionNumber: z.string().trim().max(120).optional(),
});
export type LeaveMemberBody = z.infer<typeof leaveMemberBody>;

export const AGE_BANDS = ['under30', '30to39', '40to49', '50to59', '60plus'] as const;
export const ageBand = z.enum(AGE_BANDS);

export const listMembersQuery = z.object({
  unitId: idParam.optional(),
  subtree: z.stringbool().default(true),
  q: z.string().trim().max(100).optional(),
  status: memberStatus.optional(),
  gender: gender.optional(),
  ageBand: ageBand.optional(),
  joinedFrom: isoDate.optional(),
  joinedTo: isoDate.optional(),
  asOf: isoDate.optional(),
  page: pageParam.default(1),
  pageSize: pageSizeParam(500).default(50),
});
export type ListMembersQuery = z.infer<typeof listMembersQuery>;
/** The list's query as a client writes it (`subtree` as 'false', numbers as numbers). */
export type MemberListQuery = z.input<typeof listMembersQuery>;

export const memberUnit = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  type: unitTypeCode,
});

export const memberSummary = z.object({
  id: z.number().int(),
  fullName: z.string(),
  gender,
  dateOfBirth: z.string().nullable(),
  dateOfBirthPrecision: z.enum(['day', 'year']),
  nationalId: z.string().nullable(),
  phone: z.string().nullable(),
  cardNumber: z.string().nullable(),
  joinedUnionOn: z.string().nullable(),
  status: memberStatus,
  unit: memberUnit,
});
export type MemberSummary = z.infer<typeof memberSummary>;

/**
 * Who holds a national ID an admission or correction asked for: the `holder` of the 409's detail, given
 * only when the holder's current or last unit lies in the caller's subtree (so the form can offer
 * re-admission). Outside it the 409 is MEMBER_HELD_ELSEWHERE and says nothing of the person.
 */
export const nationalIdHolder = z.object({
  memberId: z.number().int(),
  fullName: z.string(),
  status: memberStatus,
  /** the unit of their current, or once they have left their last, membership */
  unitName: z.string(),
});
export type NationalIdHolder = z.infer<typeof nationalIdHolder>;

/**
 * How a membership period began: admission, re-admission of a former member, a transfer in, an import, or
 * a restructuring of the organisation (the unit merged, split or dissolved and the member moved with it).
 */
export const membershipStartKind = z.enum(['admit', 'readmit', 'transferIn', 'import', 'reorganised']);
/** How it ended: a transfer out, leaving, expulsion, death, a restructuring move, or the unit dissolved. */
export const membershipEndKind = z.enum([
  'transferOut',
  'leave',
  'expel',
  'death',
  'reorganised',
  'unitDissolved',
]);

export const membershipPeriod = z.object({
  id: z.number().int(),
  unit: memberUnit,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  startKind: membershipStartKind,
  startDecision: z.string().nullable(),
  endKind: membershipEndKind.nullable(),
  endReason: z.string().nullable(),
  endDecision: z.string().nullable(),
  /** the organisation events (merge, split, dissolve) that opened and closed this period, if any did */
  startEventId: z.number().int().nullable(),
  endEventId: z.number().int().nullable(),
});

export const memberOffice = z.object({
  id: z.number().int(),
  unit: memberUnit,
  office: unionOffice,
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

/** A member's record as held: the person, their unit and status, their periods and offices. */
export const memberRecord = memberFields.extend({
  id: z.number().int(),
  dateOfBirth: z.string().nullable(),
  status: memberStatus,
  unit: memberUnit,
  memberships: z.array(membershipPeriod),
  offices: z.array(memberOffice),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** sensitive fields held but withheld from this caller's role (their values above are null) */
  hiddenFields: z.array(z.enum(SENSITIVE_MEMBER_FIELDS)).optional(),
});
export type MemberRecord = z.infer<typeof memberRecord>;

/**
 * What the caller may do to a member: correct the record, transfer, end the membership, re-admit a former
 * member, give an office, export their personal data and record a correction request.
 */
export const memberCan = canFlags(
  'edit',
  'transfer',
  'leave',
  'readmit',
  'addOffice',
  'exportData',
  'requestCorrection',
);
export type MemberCan = z.infer<typeof memberCan>;

/** The record as the member page shows it, with what the caller may do to it. */
export const memberDetail = memberRecord.extend({ can: memberCan });
export type MemberDetail = z.infer<typeof memberDetail>;

/** One page of the member list. */
export const memberList = z.object({
  items: z.array(memberSummary),
  /** the matches, or when `totalExact` is false the counting limit: there are more than this */
  total: z.number().int(),
  totalExact: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type MemberList = z.infer<typeof memberList>;

/** The list page, with what the caller may do in the unit it lists (theirs when it names none). */
export const memberPage = memberList.extend({ can: canFlags('admit', 'import') });
export type MemberPage = z.infer<typeof memberPage>;

export { type MemberStats, memberStats } from './stats-schema.ts';

export const memberStatsQuery = z.object({
  asOf: isoDate.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

/** The answer of the import API (issue #3), plus what the preview shows. */
export const importRowError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export const importResult = z.object({
  rows: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  errors: z.array(importRowError),
  /** field → the column (letter and header text) it was read from */
  mapping: z.record(z.string(), z.object({ column: z.string(), header: z.string() })).optional(),
  headerRow: z.number().int().optional(),
  /** the sheet the table was read from (the first with a recognisable header) */
  sheetName: z.string().optional(),
  /** every column of the header, mapped or not, so the mapping can be corrected */
  columns: z
    .array(z.object({ column: z.string(), header: z.string(), field: z.string().nullable() }))
    .optional(),
  preview: z
    .array(
      z.object({
        row: z.number().int(),
        action: z.enum(['import', 'update', 'unchanged', 'reject']),
        fullName: z.string().nullable(),
        nationalId: z.string().nullable(),
      }),
    )
    .optional(),
  jobId: z.number().int().optional(),
});
export type ImportResult = z.infer<typeof importResult>;

export const importQuery = z.object({
  /** true (the default): decide every row and write nothing */
  dryRun: z.stringbool().default(true),
  /** true: answer 202 {jobId} at once and run the import in the background */
  async: z.stringbool().default(false),
});

/** An import run (dry or not): its progress while it runs, its result once done. */
export const importJob = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  fileName: z.string(),
  dryRun: z.boolean(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** reading the file, checking rows against the members, writing */
  phase: z.enum(['reading', 'checking', 'writing']).nullable(),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  result: importResult.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJob>;

/** A union office taken up by a member (the member must be Vietnamese; see RULES.md §1). */
export const addOfficeBody = z.object({
  unitId: recordId,
  office: unionOffice,
  validFrom: isoDate,
  validTo: isoDate.optional(),
});
export type AddOfficeBody = z.infer<typeof addOfficeBody>;

/** A member card: what is printed on it, and the QR code (SVG) leading to its verification page. */
export const memberCard = z.object({
  member: memberSummary,
  cardNumber: z.string().nullable(),
  unit: memberUnit,
  qrSvg: z.string(),
  /** The page the QR code opens; its token is the member id signed by the server. */
  verifyUrl: z.string(),
});
export type MemberCard = z.infer<typeof memberCard>;

/**
 * The most cards one printed sheet holds: each card carries its QR code (about 2.4 kB of SVG) and weighs some
 * 3 kB of JSON, so 250 keep a sheet well under the API's 1 MB answer cap (500 made 1.5 MB).
 */
export const MAX_CARDS_PER_SHEET = 250;

/** The cards of a sheet: the chosen members (`ids`, comma-separated) or, without them, the unit's members. */
export const cardSheetQuery = z.object({
  ids: z
    .string()
    .regex(/^\d{1,10}(,\d{1,10})*$/u)
    .transform((text) => text.split(',').map(Number))
    .pipe(z.array(recordId).max(MAX_CARDS_PER_SHEET))
    .optional(),
});

export const cardVerificationQuery = z.object({ token: z.string().max(64) });

/** What a member card's QR code leads to: is this card a member in good standing? */
export const cardVerification = z.object({
  valid: z.boolean(),
  fullName: z.string(),
  cardNumber: z.string().nullable(),
  status: memberStatus,
  unitName: z.string(),
  checkedAt: z.string(),
});
