// SQL of the personal-data module: the read log and correction requests within the reader's scope, and
// what the union holds about one member for their access request.
import {
  type CorrectionRequest,
  correctableField,
  READ_KINDS,
  type ReadLogEntry,
  type ReadLogPage,
  SENSITIVE_MEMBER_FIELDS,
  seesSensitiveData,
} from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { unitInScopeOn } from '../../platform/scope.ts';
import { everWithin, unitName } from '../org/index.ts';

/**
 * Rows of units that lay in the reader's subtree on the day they were written (as the audit log reads);
 * a system administrator also reads the rows of no unit.
 */
function inReach(actor: Actor, unitId: SQL, at: SQL): SQL {
  const scoped = unitInScopeOn(actor, unitId, sql`(${at} at time zone 'Asia/Ho_Chi_Minh')::date`);
  return actor.role === 'system_admin' ? sql`(${unitId} is null or ${scoped})` : scoped;
}

interface ReadRow {
  id: number | string;
  at: unknown;
  username: string | null;
  kind: string;
  member_id: number | null;
  member_name: string | null;
  unit_id: number | null;
  unit_name: string | null;
  fields: string[];
  member_count: number;
  route: string;
}

const readKind = (kind: string) => READ_KINDS.find((known) => known === kind) ?? 'view';

function toReadEntry(row: ReadRow): ReadLogEntry {
  return {
    id: Number(row.id),
    at: isoTimestamp(row.at),
    username: row.username,
    kind: readKind(row.kind),
    memberId: row.member_id,
    memberName: row.member_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    fields: row.fields,
    memberCount: row.member_count,
    route: row.route,
  };
}

const readColumns = sql`r.id, r.at, r.username, r.kind, r.member_id, m.full_name as member_name, r.unit_id,
  ${unitName(sql`r.unit_id`)} as unit_name, r.fields, r.member_count, r.route`;

/** The read log, newest first; `actor` null reads every row (the member's own export). */
export async function readLogPage(
  tx: Tx,
  actor: Actor | null,
  filter: { memberId?: number; page: number; pageSize: number },
): Promise<ReadLogPage> {
  const parts: SQL[] = [actor ? inReach(actor, sql`r.unit_id`, sql`r.at`) : sql`true`];
  if (filter.memberId !== undefined) parts.push(sql`r.member_id = ${filter.memberId}`);
  const where = sql.join(parts, sql` and `);
  const [count] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from personal_data_reads r where ${where}`,
  );
  const rows = await queryRows<ReadRow>(
    tx,
    sql`select ${readColumns} from personal_data_reads r left join members m on m.id = r.member_id
        where ${where} order by r.id desc
        limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
  );
  return { items: rows.map(toReadEntry), total: count?.n ?? 0, page: filter.page, pageSize: filter.pageSize };
}

interface CorrectionRow {
  id: number;
  member_id: number;
  member_name: string;
  unit_id: number;
  unit_name: string | null;
  requested_by: string;
  field: string;
  old_value: unknown;
  requested_value: unknown;
  received_on: string;
  note: string | null;
  status: string;
  recorded_by: string | null;
  recorded_at: unknown;
  decided_by: string | null;
  decided_at: unknown;
  refusal_reason: string | null;
}

const fieldValue = (value: unknown): string | number | null =>
  typeof value === 'string' || typeof value === 'number' ? value : null;

function toCorrection(row: CorrectionRow, actor: Actor | null): CorrectionRequest {
  const hidden =
    actor !== null &&
    !seesSensitiveData(actor.role) &&
    (SENSITIVE_MEMBER_FIELDS as readonly string[]).includes(row.field);
  return {
    id: row.id,
    memberId: row.member_id,
    memberName: row.member_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    requestedBy: row.requested_by,
    field: correctableField.parse(row.field),
    oldValue: hidden ? null : fieldValue(row.old_value),
    requestedValue: hidden ? null : fieldValue(row.requested_value),
    valuesHidden: hidden,
    receivedOn: row.received_on,
    note: row.note,
    status: row.status === 'accepted' || row.status === 'refused' ? row.status : 'pending',
    recordedBy: row.recorded_by,
    recordedAt: isoTimestamp(row.recorded_at),
    decidedBy: row.decided_by,
    decidedAt: row.decided_at ? isoTimestamp(row.decided_at) : null,
    refusalReason: row.refusal_reason,
  };
}

export interface CorrectionFilter {
  unitId?: number;
  memberId?: number;
  status?: string;
  id?: number;
}

/**
 * Correction requests, newest first: of units in the reader's subtree on the day they were recorded,
 * narrowed to a unit's subtree, a member, a status. `actor` null reads every one (the member's export).
 */
export async function listCorrections(
  tx: Tx,
  actor: Actor | null,
  filter: CorrectionFilter,
): Promise<CorrectionRequest[]> {
  const parts: SQL[] = [actor ? inReach(actor, sql`c.unit_id`, sql`c.recorded_at`) : sql`true`];
  if (filter.unitId !== undefined) {
    parts.push(everWithin(sql`c.unit_id`, filter.unitId));
  }
  if (filter.memberId !== undefined) parts.push(sql`c.member_id = ${filter.memberId}`);
  if (filter.status !== undefined) parts.push(sql`c.status = ${filter.status}`);
  if (filter.id !== undefined) parts.push(sql`c.id = ${filter.id}`);
  const rows = await queryRows<CorrectionRow>(
    tx,
    sql`select c.id, c.member_id, m.full_name as member_name, c.unit_id, ${unitName(sql`c.unit_id`)} as unit_name,
          c.requested_by, c.field, c.old_value, c.requested_value, c.received_on::text, c.note, c.status,
          ru.username as recorded_by, c.recorded_at, du.username as decided_by, c.decided_at, c.refusal_reason
        from personal_data_corrections c
        join members m on m.id = c.member_id
        left join users ru on ru.id = c.recorded_by
        left join users du on du.id = c.decided_by
        where ${sql.join(parts, sql` and `)}
        order by c.id desc limit 500`,
  );
  return rows.map((row) => toCorrection(row, actor));
}

/** The committees a member sat on and the elections they stood in, for their access request. */
export async function memberSeats(tx: Tx, memberId: number) {
  const committees = await queryRows<{
    unit_name: string;
    body: string;
    cycle: string;
    position: string;
    presented_on: string;
    ended_on: string | null;
  }>(
    tx,
    sql`select ${unitName(sql`c.unit_id`)} as unit_name, c.body, c.cycle, s.position,
          c.presented_on::text, c.ended_on::text
        from committee_members s join committees c on c.id = s.committee_id
        where s.member_id = ${memberId} order by c.presented_on, c.id`,
  );
  const candidacies = await queryRows<{
    congress_id: number;
    body: string;
    round: number;
    votes: number | null;
    outcome: string | null;
  }>(
    tx,
    sql`select e.congress_id, e.body, e.round, k.votes, k.outcome
        from election_candidates k join elections e on e.id = k.election_id
        where k.member_id = ${memberId} order by e.id`,
  );
  return {
    committees: committees.map((row) => ({
      unitName: row.unit_name,
      body: row.body,
      cycle: row.cycle,
      position: row.position,
      presentedOn: row.presented_on,
      endedOn: row.ended_on,
    })),
    candidacies: candidacies.map((row) => ({
      congressId: row.congress_id,
      body: row.body,
      round: row.round,
      votes: row.votes,
      outcome: row.outcome,
    })),
  };
}

/** Every audit row about the member's record, oldest first. */
export async function memberAuditRows(tx: Tx, memberId: number) {
  const rows = await queryRows<{
    at: unknown;
    username: string | null;
    action: string;
    before: unknown;
    after: unknown;
  }>(
    tx,
    sql`select at, username, action, before, after from audit_log
        where entity = 'member' and entity_id = ${String(memberId)} order by id`,
  );
  return rows.map((row) => ({
    at: isoTimestamp(row.at),
    username: row.username,
    action: row.action,
    before: row.before ?? null,
    after: row.after ?? null,
  }));
}
