// Where a ballot belongs for the scope check of its routes: its congress's unit on the congress date (held,
// else scheduled, else today), as the congress itself does.
import { todayInVietnam } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { registerEntityResolver } from '../../platform/scope.ts';

registerEntityResolver('election', async (tx, id) => {
  const [row] = await queryRows<{ unit_id: number; date: string | null }>(
    tx,
    sql`select c.unit_id, coalesce(c.held_on, c.scheduled_on)::text as date
        from elections e join congresses c on c.id = e.congress_id where e.id = ${Number(id)}`,
  );
  return row ? { unitId: row.unit_id, date: row.date ?? todayInVietnam() } : null;
});
