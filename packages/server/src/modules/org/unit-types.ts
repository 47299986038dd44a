// Unit types and their configured powers (can admit members, found grassroots unions, collect the levy):
// read by everyone signed in, changed by those who edit the rules, every change audited.
import { type UnitTypeCode, type UpdateUnitTypeBody, unitTypeCode } from '@congdoan/domain';
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { unitTypes } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { NotFound } from '../../platform/errors.ts';

type UnitTypeRecord = typeof unitTypes.$inferSelect;

function toUnitType(row: UnitTypeRecord) {
  return {
    ...row,
    code: unitTypeCode.parse(row.code),
    allowedParentTypes: row.allowedParentTypes.map((code) => unitTypeCode.parse(code)),
  };
}

export async function listUnitTypes(tx: Tx) {
  const rows = await tx.select().from(unitTypes).orderBy(asc(unitTypes.tier), asc(unitTypes.code));
  return rows.map(toUnitType);
}

export async function updateUnitType(
  tx: Tx,
  actor: Actor | null,
  code: UnitTypeCode,
  body: UpdateUnitTypeBody,
) {
  const [before] = await tx.select().from(unitTypes).where(eq(unitTypes.code, code));
  if (!before) throw new NotFound();
  const changes = {
    canAdmitMembers: body.canAdmitMembers ?? before.canAdmitMembers,
    canFoundGrassroots: body.canFoundGrassroots ?? before.canFoundGrassroots,
    canCollectLevy: body.canCollectLevy ?? before.canCollectLevy,
  };
  const [after] = await tx.update(unitTypes).set(changes).where(eq(unitTypes.code, code)).returning();
  if (!after) throw new NotFound();
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'unitType',
    entityId: code,
    unitId: null,
    before: {
      canAdmitMembers: before.canAdmitMembers,
      canFoundGrassroots: before.canFoundGrassroots,
      canCollectLevy: before.canCollectLevy,
    },
    after: changes,
  });
  return toUnitType(after);
}
