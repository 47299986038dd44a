// Units placed without the restructuring rules: the national root every database starts with, and the
// units test fixtures put straight into the tree. Both write what a founding writes (identity, event, first
// version), so the tree reads them like any other unit.
import type { UnitTypeCode } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { orgEvents, orgEventUnits, orgUnits } from './tables.ts';
import { insertVersion, latestVersion } from './versions.ts';

export const ROOT_UNIT = {
  code: 'VGCL',
  name: 'Tổng Liên đoàn Lao động Việt Nam',
  shortName: 'Tổng LĐLĐ Việt Nam',
  foundedOn: '1929-07-28',
};

/** The root of the tree (the unit with no parent) as it last stood, or null in an empty database. */
export async function rootUnit(tx: Tx): Promise<{ id: number; name: string } | null> {
  const [root] = await queryRows<{ id: number; name: string }>(
    tx,
    sql`select unit_id as id, name from org_unit_versions where parent_id is null
        order by valid_from desc limit 1`,
  );
  return root ?? null;
}

export interface PlacedUnit {
  code: string;
  name: string;
  shortName?: string | null;
  type: UnitTypeCode;
  /** The parent's latest path is extended; null for the root. */
  parentId: number | null;
  foundedOn: string;
  /** The founding event's reason. */
  reason: string;
}

/** Founds a unit with no rule checked and no audit row (the caller writes its own); answers its id. */
export async function placeUnit(tx: Tx, spec: PlacedUnit): Promise<number> {
  const parentPath = spec.parentId === null ? null : (await latestVersion(tx, spec.parentId)).path;
  const [unit] = await tx
    .insert(orgUnits)
    .values({ code: spec.code, foundedOn: spec.foundedOn })
    .returning({ id: orgUnits.id });
  const [event] = await tx
    .insert(orgEvents)
    .values({ kind: 'found', effectiveDate: spec.foundedOn, reason: spec.reason, details: {} })
    .returning({ id: orgEvents.id });
  if (!unit || !event) throw new Error(`could not place unit ${spec.code}`);
  await tx.insert(orgEventUnits).values({ eventId: event.id, unitId: unit.id, role: 'subject' });
  await insertVersion(tx, {
    unitId: unit.id,
    code: spec.code,
    validFrom: spec.foundedOn,
    name: spec.name,
    shortName: spec.shortName ?? null,
    type: spec.type,
    parentId: spec.parentId,
    path: parentPath === null ? String(unit.id) : `${parentPath}.${unit.id}`,
    eventId: event.id,
  });
  return unit.id;
}
