// Where a committee's records belong for the scope check of their routes: a session (and its resolutions)
// concerns its unit on the day it was held; a committee's list of sessions, the unit today.
import { todayInVietnam } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { registerEntityResolver } from '../../platform/scope.ts';

registerEntityResolver('meeting', async (tx, id) => {
  const [row] = await queryRows<{ unit_id: number; held_on: string }>(
    tx,
    sql`select unit_id, held_on::text from committee_meetings where id = ${Number(id)}`,
  );
  return row ? { unitId: row.unit_id, date: row.held_on } : null;
});

registerEntityResolver('resolution', async (tx, id) => {
  const [row] = await queryRows<{ unit_id: number; held_on: string }>(
    tx,
    sql`select m.unit_id, m.held_on::text from meeting_resolutions r
          join committee_meetings m on m.id = r.meeting_id where r.id = ${Number(id)}`,
  );
  return row ? { unitId: row.unit_id, date: row.held_on } : null;
});

registerEntityResolver('committee', async (tx, id) => {
  const [row] = await queryRows<{ unit_id: number }>(
    tx,
    sql`select unit_id from committees where id = ${Number(id)}`,
  );
  return row ? { unitId: row.unit_id, date: todayInVietnam() } : null;
});
