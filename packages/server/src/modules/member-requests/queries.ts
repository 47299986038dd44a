// The two lists of member transfer requests. Incoming: those whose member was held in the caller's subtree
// when asked (the holding side, or a common superior, decides them and may read the member). Outgoing: those
// into a unit of the caller's subtree, showing the national ID typed and the outcome, and the member only
// once approved and theirs to read.
import type { IncomingMemberRequest, MemberRequestStatus, OutgoingMemberRequest } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { membersInScopeCondition, unitsInScope } from '../members/queries.ts';
import { unitName } from '../org/index.ts';

/** A page of a list: its number (from 1) and size. */
export interface ListPage {
  page: number;
  pageSize: number;
}

const limitOf = ({ page, pageSize }: ListPage) => sql`limit ${pageSize} offset ${(page - 1) * pageSize}`;

interface RequestRow {
  id: number;
  status: MemberRequestStatus;
  national_id: string;
  target_unit_id: number;
  target_unit_name: string;
  effective_date: string;
  reason: string;
  decision_number: string | null;
  requested_at: unknown;
  decided_at: unknown;
  refusal_reason: string | null;
}

/** The columns both lists share, over `r` (the request) and `m` (its member). */
const COMMON = sql`r.id, r.status, r.national_id, r.target_unit_id, ${unitName(sql`r.target_unit_id`)}
  as target_unit_name, r.effective_date::text, r.reason, r.decision_number, r.requested_at, r.decided_at,
  r.refusal_reason`;

function common(row: RequestRow) {
  return {
    id: row.id,
    status: row.status,
    nationalId: row.national_id,
    targetUnit: { id: row.target_unit_id, name: row.target_unit_name },
    effectiveDate: row.effective_date,
    reason: row.reason,
    decisionNumber: row.decision_number,
    requestedAt: isoTimestamp(row.requested_at),
    decidedAt: row.decided_at === null ? null : isoTimestamp(row.decided_at),
    refusalReason: row.refusal_reason,
  };
}

/** An incoming request as held; the route adds what the caller may do to it. */
export type IncomingRequestRow = Omit<IncomingMemberRequest, 'can'>;

/** How many requests the incoming list holds over every page, and how many of them wait for a decision. */
export async function countIncoming(tx: Tx, actor: Actor): Promise<{ total: number; pending: number }> {
  const [row] = await queryRows<{ total: number; pending: number }>(
    tx,
    sql`select count(*)::int as total, (count(*) filter (where r.status = 'pending'))::int as pending
        from member_transfer_requests r where r.holding_unit_id in (${unitsInScope(actor)})`,
  );
  return row ?? { total: 0, pending: 0 };
}

/** How many requests the outgoing list holds over every page. */
export async function countOutgoing(tx: Tx, actor: Actor): Promise<number> {
  const [row] = await queryRows<{ total: number }>(
    tx,
    sql`select count(*)::int as total from member_transfer_requests r
        where r.target_unit_id in (${unitsInScope(actor)})`,
  );
  return row?.total ?? 0;
}

export async function listIncoming(tx: Tx, actor: Actor, page: ListPage): Promise<IncomingRequestRow[]> {
  const rows = await queryRows<
    RequestRow & {
      requesting_unit_id: number;
      requesting_unit_name: string;
      requested_by: string;
      member_id: number;
      full_name: string;
      member_status: IncomingRequestRow['member']['status'];
      member_unit_id: number;
      member_unit_name: string;
    }
  >(
    tx,
    sql`select ${COMMON}, r.requesting_unit_id,
          ${unitName(sql`r.requesting_unit_id`)} as requesting_unit_name, u.username as requested_by,
          m.id as member_id, m.full_name, m.status as member_status, m.unit_id as member_unit_id,
          ${unitName(sql`m.unit_id`)} as member_unit_name
        from member_transfer_requests r
        join members m on m.id = r.member_id
        join users u on u.id = r.requested_by
        where r.holding_unit_id in (${unitsInScope(actor)})
        order by (r.status = 'pending') desc, r.requested_at desc, r.id desc
        ${limitOf(page)}`,
  );
  return rows.map((row) => ({
    ...common(row),
    requestingUnit: { id: row.requesting_unit_id, name: row.requesting_unit_name },
    requestedBy: row.requested_by,
    member: {
      id: row.member_id,
      fullName: row.full_name,
      status: row.member_status,
      unit: { id: row.member_unit_id, name: row.member_unit_name },
    },
  }));
}

export async function listOutgoing(tx: Tx, actor: Actor, page: ListPage): Promise<OutgoingMemberRequest[]> {
  const rows = await queryRows<RequestRow & { member_id: number | null; full_name: string | null }>(
    tx,
    sql`select ${COMMON},
          case when r.status = 'approved' and ${membersInScopeCondition(actor)} then m.id end as member_id,
          case when r.status = 'approved' and ${membersInScopeCondition(actor)} then m.full_name end
            as full_name
        from member_transfer_requests r
        join members m on m.id = r.member_id
        where r.target_unit_id in (${unitsInScope(actor)})
        order by r.requested_at desc, r.id desc
        ${limitOf(page)}`,
  );
  return rows.map((row) => ({
    ...common(row),
    member:
      row.member_id === null || row.full_name === null
        ? null
        : { id: row.member_id, fullName: row.full_name },
  }));
}
