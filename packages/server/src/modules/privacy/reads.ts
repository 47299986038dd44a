// Sensitive fields leave the server only for the roles that need them, and each time they do a row of the
// read log says who saw which fields of whom, when and through which route. Other modules present member
// records through here; the log row is written in the request that serves the fields.
import {
  type MemberRecord,
  SENSITIVE_MEMBER_FIELDS,
  type SensitiveMemberField,
  seesSensitiveData,
} from '@congdoan/domain';
import { onPrimary, type Tx } from '../../db/client.ts';
import { personalDataReads } from '../../db/schema/index.ts';
import type { Actor } from '../../platform/context.ts';

export type ReadKind = 'view' | 'export' | 'accessRequest';

export interface ReadRecord {
  kind: ReadKind;
  memberId: number | null;
  unitId: number | null;
  fields: readonly string[];
  memberCount?: number;
  route: string;
}

/**
 * Writes one row of the read log. It is a write, so it goes to the primary even when the read itself came
 * from the replica (`reads: 'replica'` routes, e.g. the member list's export).
 */
export async function recordRead(tx: Tx, actor: Actor, read: ReadRecord): Promise<void> {
  // Awaited inside: a drizzle query runs when awaited, and it must start within `onPrimary`.
  await onPrimary(async () => {
    await tx.insert(personalDataReads).values({
      userId: actor.id,
      username: actor.username,
      kind: read.kind,
      memberId: read.memberId,
      unitId: read.unitId,
      fields: [...read.fields],
      memberCount: read.memberCount ?? 1,
      route: read.route,
    });
  });
}

/** The sensitive fields the record actually holds (an empty field reveals nothing). */
export function sensitiveFieldsHeld(
  member: Pick<MemberRecord, SensitiveMemberField>,
): SensitiveMemberField[] {
  return SENSITIVE_MEMBER_FIELDS.filter((field) => member[field] !== null && member[field] !== undefined);
}

/**
 * A member's record as this actor may see it: for a role without the need, the sensitive fields are
 * emptied and named in `hiddenFields`; otherwise the fields it carries are logged against `route`.
 */
export async function presentMember<T extends MemberRecord>(
  tx: Tx,
  actor: Actor,
  member: T,
  route: string,
): Promise<T> {
  const held = sensitiveFieldsHeld(member);
  if (!seesSensitiveData(actor.role)) {
    const hidden = Object.fromEntries(held.map((field) => [field, null]));
    return { ...member, ...hidden, hiddenFields: held };
  }
  if (held.length > 0) {
    await recordRead(tx, actor, {
      kind: 'view',
      memberId: member.id,
      unitId: member.unit.id,
      fields: held,
      route,
    });
  }
  return member;
}
