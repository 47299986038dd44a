// The data subject's access request: everything the union holds about one member (record, periods,
// offices, card number, committee seats, candidacies, the audit rows and read-log rows about them, their
// correction requests), as JSON or a workbook. The export itself is a row of the read log.
import type { SubjectAccessExport } from '@congdoan/domain';
import type { Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { getMember } from '../members/queries.ts';
import { listCorrections, memberAuditRows, memberSeats, readLogPage } from './queries.ts';
import { recordRead, sensitiveFieldsHeld } from './reads.ts';

/** Read-log rows about the member included in the export (the newest, should there be more). */
const READS_IN_EXPORT = 5000;

export async function subjectAccessExport(
  tx: Tx,
  actor: Actor,
  memberId: number,
  route: string,
): Promise<SubjectAccessExport> {
  const profile = await getMember(tx, memberId);
  // Logged first, so the export lists its own reading too.
  await recordRead(tx, actor, {
    kind: 'accessRequest',
    memberId,
    unitId: profile.unit.id,
    fields: sensitiveFieldsHeld(profile),
    route,
  });
  const seats = await memberSeats(tx, memberId);
  const reads = await readLogPage(tx, null, { memberId, page: 1, pageSize: READS_IN_EXPORT });
  return {
    generatedAt: new Date().toISOString(),
    generatedBy: actor.username,
    profile,
    committees: seats.committees,
    candidacies: seats.candidacies,
    auditRows: await memberAuditRows(tx, memberId),
    reads: reads.items,
    corrections: await listCorrections(tx, null, { memberId }),
  };
}
