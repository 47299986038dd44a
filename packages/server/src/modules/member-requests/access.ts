// Where a member transfer request belongs for the scope check of its decision: the member's current (or
// last) unit today, the side holding them. Outside it a request answers as an unknown id, as the service's
// own lock does (service.ts), so the route guard and `can` say the same.
import { todayInVietnam } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { registerEntityResolver } from '../../platform/scope.ts';

registerEntityResolver('memberRequest', async (tx, id) => {
  const [row] = await queryRows<{ unit_id: number }>(
    tx,
    sql`select m.unit_id from member_transfer_requests r join members m on m.id = r.member_id
        where r.id = ${Number(id)}`,
  );
  return row ? { unitId: row.unit_id, date: todayInVietnam() } : null;
});
