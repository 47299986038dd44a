// The scope checks of periodic reports. A unit's data in a period: the unit must have been in the caller's
// subtree on the period's cut-off, the day its figures stand at (routes name the pair as one entity). A period
// itself belongs to its issuer: changing it needs the issuer in scope now.
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import type { AccessCheck } from '../../platform/context.ts';
import { registerEntityResolver } from '../../platform/scope.ts';

async function periodRow(tx: Tx, periodId: number) {
  const [row] = await queryRows<{ unit_id: number; cut_off: string }>(
    tx,
    sql`select unit_id, cut_off::text from report_periods where id = ${periodId}`,
  );
  return row ?? null;
}

registerEntityResolver('periodUnit', async (tx, id) => {
  const [periodId, unitId] = String(id).split(':').map(Number);
  if (!Number.isSafeInteger(periodId) || !Number.isSafeInteger(unitId)) return null;
  const row = await periodRow(tx, periodId ?? 0);
  return row && unitId !== undefined ? { unitId, date: row.cut_off } : null;
});

registerEntityResolver('reportPeriod', async (tx, id) => {
  const row = await periodRow(tx, Number(id));
  return row ? { unitId: row.unit_id, date: row.cut_off } : null;
});

/** Read access to `unitId`'s data in period `periodId`, as the unit stood on the period's cut-off. */
export function readUnitInPeriod(periodId: number, unitId: number): AccessCheck {
  return { entity: 'periodUnit', id: `${periodId}:${unitId}`, mode: 'read' };
}

/** Changing a period (its name and dates): its issuer in the caller's subtree now. */
export function writePeriod(periodId: number): AccessCheck {
  return { entity: 'reportPeriod', id: periodId, mode: 'write' };
}
