// Member transfer requests: a union that finds a national ID "already a member elsewhere" asks the side that
// holds the person to move them over (a transfer if active, a re-admission if they have left). The
// requesting side sees only the national ID it typed and the outcome until the holding side approves.
import { z } from 'zod';
import { canFlags } from '../common/contract.ts';
import { isoDate } from '../common/dates.ts';
import { pageParam, pageSizeParam, recordId } from '../common/input.ts';
import { memberStatus, nationalIdSchema } from './schemas.ts';

export const MEMBER_REQUEST_STATUSES = ['pending', 'approved', 'refused'] as const;
export const memberRequestStatus = z.enum(MEMBER_REQUEST_STATUSES);
export type MemberRequestStatus = z.infer<typeof memberRequestStatus>;

/** Sent from the admission form: the person by national ID, into a unit of the caller's own union. */
export const createMemberRequestBody = z.object({
  nationalId: nationalIdSchema,
  unitId: recordId,
  effectiveDate: isoDate,
  reason: z.string().trim().min(1).max(500),
  decisionNumber: z.string().trim().max(120).optional(),
});
export type CreateMemberRequestBody = z.infer<typeof createMemberRequestBody>;

/** The only answer to a request: it was sent. Nothing of the person comes back. */
export const memberRequestSent = z.object({ id: z.number().int(), status: z.literal('pending') });
export type MemberRequestSent = z.infer<typeof memberRequestSent>;

export const refuseMemberRequestBody = z.object({ reason: z.string().trim().min(1).max(500) });
export type RefuseMemberRequestBody = z.infer<typeof refuseMemberRequestBody>;

const requestUnit = z.object({ id: z.number().int(), name: z.string() });

const requestCommon = {
  id: z.number().int(),
  status: memberRequestStatus,
  nationalId: z.string(),
  targetUnit: requestUnit,
  effectiveDate: z.string(),
  reason: z.string(),
  decisionNumber: z.string().nullable(),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  refusalReason: z.string().nullable(),
};

/** A request the caller's side may decide: the member is theirs to read. */
export const incomingMemberRequest = z.object({
  ...requestCommon,
  requestingUnit: requestUnit,
  requestedBy: z.string(),
  member: z.object({
    id: z.number().int(),
    fullName: z.string(),
    status: memberStatus,
    unit: requestUnit,
  }),
  /** approving or refusing: a pending request whose member the caller's side holds, for an officer */
  can: canFlags('approve', 'refuse'),
});
export type IncomingMemberRequest = z.infer<typeof incomingMemberRequest>;

/** A request the caller's side sent: the member is named only once approved (then they are its own). */
export const outgoingMemberRequest = z.object({
  ...requestCommon,
  member: z.object({ id: z.number().int(), fullName: z.string() }).nullable(),
});
export type OutgoingMemberRequest = z.infer<typeof outgoingMemberRequest>;

/** A page of either list (incoming: pending first, then newest; outgoing: newest first). */
export const memberRequestsQuery = z.object({
  page: pageParam.default(1),
  pageSize: pageSizeParam(200).default(50),
});
export type MemberRequestsQuery = z.input<typeof memberRequestsQuery>;

const paged = { total: z.number().int(), page: z.number().int(), pageSize: z.number().int() };
/** A page of the requests to the caller's units, with how many of them all wait for a decision. */
export const incomingMemberRequests = z.object({
  items: z.array(incomingMemberRequest),
  ...paged,
  pending: z.number().int(),
});
export const outgoingMemberRequests = z.object({ items: z.array(outgoingMemberRequest), ...paged });
