// SQL of the audit log: rows of units that lay in the reader's subtree when recorded, newest first.
import type { AuditEntry } from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { unitInScopeOn } from '../../platform/scope.ts';
import { everWithin, unitName } from '../org/index.ts';

export interface AuditFilter {
  unitId?: number;
  subtree: boolean;
  entity?: string;
  entityId?: string;
  page: number;
  pageSize: number;
}

interface AuditRecord {
  id: number | string;
  at: unknown;
  user_id: number | null;
  username: string | null;
  action: string;
  entity: string;
  entity_id: string;
  unit_id: number | null;
  unit_name: string | null;
  before: unknown;
  after: unknown;
}

function conditions(actor: Actor, filter: AuditFilter): SQL {
  // A row belongs to a unit as it stood when the row was recorded: a unit that has left the subtree keeps
  // the rows of its time there readable, never those recorded after (which may carry a new member's
  // personal data). Rows of no unit (rules, seeds) are for system admins.
  const scoped = unitInScopeOn(actor, sql`a.unit_id`, sql`(a.at at time zone 'Asia/Ho_Chi_Minh')::date`);
  const parts: SQL[] = [
    actor.role === 'system_admin' ? sql`(a.unit_id is null or ${scoped})` : sql`${scoped}`,
  ];
  if (filter.unitId !== undefined) {
    parts.push(
      filter.subtree ? everWithin(sql`a.unit_id`, filter.unitId) : sql`a.unit_id = ${filter.unitId}`,
    );
  }
  if (filter.entity) parts.push(sql`a.entity = ${filter.entity}`);
  if (filter.entityId) parts.push(sql`a.entity_id = ${filter.entityId}`);
  return sql.join(parts, sql` and `);
}

export async function auditPage(tx: Tx, actor: Actor, filter: AuditFilter) {
  const where = conditions(actor, filter);
  const [total] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from audit_log a where ${where}`,
  );
  const rows = await queryRows<AuditRecord>(
    tx,
    sql`select a.id, a.at, a.user_id, a.username, a.action, a.entity, a.entity_id, a.unit_id,
               a.before, a.after,
               ${unitName(sql`a.unit_id`)} as unit_name
          from audit_log a
         where ${where}
         order by a.id desc
         limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
  );
  const items: AuditEntry[] = rows.map((row) => ({
    id: Number(row.id),
    at: isoTimestamp(row.at),
    userId: row.user_id,
    username: row.username,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    before: row.before ?? null,
    after: row.after ?? null,
  }));
  return { items, total: total?.n ?? 0, page: filter.page, pageSize: filter.pageSize };
}
