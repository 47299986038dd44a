// The search keys' province after a restructuring. Triggers on members keep member_name_keys right when a
// name or a member's unit changes (migration 0012), but a unit moved under another province, or children
// handed to a unit of another province, move every member below them without touching their rows.
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { currentTree, pathWithin, type RestructureEvent } from '../org/index.ts';

/** Rewrites the keys of every member of a unit now within `unitId` (its own members included). */
async function refreshNameKeysUnder(tx: Tx, unitId: number): Promise<void> {
  const members = sql`select m.id from members m where m.unit_id in
    (select v.unit_id from ${currentTree()} v where ${pathWithin(sql`v.path`, unitId)})`;
  await tx.execute(sql`delete from member_name_keys where member_id in (${members})`);
  await tx.execute(sql`insert into member_name_keys (member_id, province_id, key, name)
    select * from member_name_key_rows where member_id in (${members})`);
}

/** The units whose subtrees gained units from elsewhere in the event. */
function receivingUnits(event: RestructureEvent): number[] {
  switch (event.kind) {
    case 'move':
      return [event.unit.unitId];
    case 'merge':
    case 'consolidate':
      return [event.target.unitId];
    case 'split':
      return event.parts.map((part) => part.unitId);
    case 'dissolve':
      return event.childrenTo ? [event.childrenTo.unitId] : [];
    default:
      return [];
  }
}

/** Subscribed to restructuring events: the search keys follow units that changed province. */
export async function nameKeysFollowRestructure(tx: Tx, event: RestructureEvent): Promise<void> {
  for (const unitId of receivingUnits(event)) await refreshNameKeysUnder(tx, unitId);
}
