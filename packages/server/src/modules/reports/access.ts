// The scope check of a unit's data in a report period: the unit must have been in the caller's subtree on
// the period's cut-off, the day its figures stand at. Routes name the pair as one entity.
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import type { AccessCheck } from '../../platform/context.ts';
import { registerEntityResolver } from '../../platform/scope.ts';

registerEntityResolver('periodUnit', async (tx, id) => {
  const [periodId, unitId] = String(id).split(':').map(Number);
  if (!Number.isSafeInteger(periodId) || !Number.isSafeInteger(unitId)) return null;
  const [row] = await queryRows<{ cut_off: string }>(
    tx,
    sql`select cut_off::text from report_periods where id = ${periodId}`,
  );
  return row && unitId !== undefined ? { unitId, date: row.cut_off } : null;
});

/** Read access to `unitId`'s data in period `periodId`, as the unit stood on the period's cut-off. */
export function readUnitInPeriod(periodId: number, unitId: number): AccessCheck {
  return { entity: 'periodUnit', id: `${periodId}:${unitId}`, mode: 'read' };
}
