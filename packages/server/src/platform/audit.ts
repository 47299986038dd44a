// Writes the audit log. Called inside the transaction of the change it records, so both land or neither.
import type { AuditEntity } from '@congdoan/domain';
import type { Tx } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';
import type { Actor } from './context.ts';

export interface AuditRecord {
  action: string;
  /** one of the kinds the audit page offers, so a new kind of record cannot go unlabelled */
  entity: AuditEntity;
  entityId: string | number;
  unitId: number | null;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(tx: Tx, actor: Actor | null, record: AuditRecord): Promise<void> {
  await tx.insert(auditLog).values({
    userId: actor?.id ?? null,
    username: actor?.username ?? null,
    action: record.action,
    entity: record.entity,
    entityId: String(record.entityId),
    unitId: record.unitId,
    before: record.before ?? null,
    after: record.after ?? null,
  });
}
