// Where a committee's records belong for the scope check of their routes: a session (and its resolutions)
// concerns its unit on the day it was held; a committee's list of sessions, the unit today; a task, the unit
// that reports it done.
import { todayInVietnam } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { registerEntityResolver } from '../../platform/scope.ts';
import { latestPath, pathWithin } from '../org/index.ts';

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

// A task is reported done by the committee's unit or by the unit that owns it. Its place is the owner unit
// while that lies in the committee's unit's subtree (whoever may write in the committee's unit may write
// there too), else the committee's unit.
registerEntityResolver('task', async (tx, id) => {
  const [row] = await queryRows<{ unit_id: number; owner_unit_id: number | null; inside: boolean | null }>(
    tx,
    sql`select t.unit_id, t.owner_unit_id,
          ${pathWithin(latestPath(sql`t.owner_unit_id`), sql`t.unit_id`)} as inside
        from resolution_tasks t where t.id = ${Number(id)}`,
  );
  if (!row) return null;
  const unitId = row.owner_unit_id !== null && row.inside === true ? row.owner_unit_id : row.unit_id;
  return { unitId, date: todayInVietnam() };
});
