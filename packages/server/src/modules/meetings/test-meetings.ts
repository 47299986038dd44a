// Test fixture for committee meetings: committees put straight into `committees` with their seats (as the
// elections module leaves them), and for the route walk (platform/scope.test.ts) a committee with a recorded
// session, a resolution and a task in Long Biên and the same in Hoàng Mai.
import type { Tx } from '../../db/client.ts';
import {
  committeeMeetings,
  committeeMembers,
  committees,
  meetingResolutions,
  resolutionTasks,
} from '../../db/schema/index.ts';
import type { TestContext } from '../../test/context.ts';

export interface CommitteeSpec {
  unitId: number;
  memberIds: number[];
  presentedOn: string;
  endedOn?: string | null;
  cycle?: string;
  body?: string;
}

/** A committee of the unit seating `memberIds` (the first as chair). */
export async function insertCommittee(tx: Tx, spec: CommitteeSpec): Promise<number> {
  const [committee] = await tx
    .insert(committees)
    .values({
      unitId: spec.unitId,
      cycle: spec.cycle ?? '2023-2028',
      body: spec.body ?? 'executiveCommittee',
      presentedOn: spec.presentedOn,
      endedOn: spec.endedOn ?? null,
    })
    .returning({ id: committees.id });
  if (!committee) throw new Error('committee not created');
  for (const [index, memberId] of spec.memberIds.entries()) {
    await tx
      .insert(committeeMembers)
      .values({ committeeId: committee.id, memberId, position: index === 0 ? 'chair' : 'member' });
  }
  return committee.id;
}

/** A recorded session with one resolution and one task owned by `ownerUnitId`, straight into the tables. */
async function insertMeeting(tx: Tx, committeeId: number, unitId: number, ownerUnitId: number) {
  const [meeting] = await tx
    .insert(committeeMeetings)
    .values({
      committeeId,
      unitId,
      sessionNumber: 1,
      heldOn: '2024-03-15',
      convened: 2,
      present: 2,
      absentees: [],
      agenda: ['Tổng kết năm 2023'],
      documentsAdopted: ['Báo cáo tổng kết năm 2023'],
    })
    .returning({ id: committeeMeetings.id });
  const [resolution] = await tx
    .insert(meetingResolutions)
    .values({ meetingId: meeting!.id, number: '01/NQ-BCH', title: 'Nghị quyết Hội nghị lần thứ nhất' })
    .returning({ id: meetingResolutions.id });
  const [task] = await tx
    .insert(resolutionTasks)
    .values({
      resolutionId: resolution!.id,
      unitId,
      ownerUnitId,
      description: 'Phát triển đoàn viên',
      deadline: '2024-12-31',
    })
    .returning({ id: resolutionTasks.id });
  return { meeting: meeting!.id, resolution: resolution!.id, task: task!.id };
}

/**
 * For the route walk: the executive committees of LĐLĐ Long Biên and Hoàng Mai (seated from their grassroots
 * unions' members), each with a session whose task their grassroots union owns.
 */
export async function insertScopeMeetings(
  ctx: TestContext,
  units: { longBien: number; hoangMai: number; grassrootsA: number; grassrootsB: number },
  members: { longBien: number; longBienOfficer: number; hoangMai: number },
) {
  return ctx.database.db.transaction(async (tx) => {
    const committeeIds = {
      longBien: await insertCommittee(tx, {
        unitId: units.longBien,
        memberIds: [members.longBien, members.longBienOfficer],
        presentedOn: '2023-01-10',
      }),
      hoangMai: await insertCommittee(tx, {
        unitId: units.hoangMai,
        memberIds: [members.hoangMai],
        presentedOn: '2023-01-10',
      }),
    };
    return {
      committees: committeeIds,
      longBien: await insertMeeting(tx, committeeIds.longBien, units.longBien, units.grassrootsA),
      hoangMai: await insertMeeting(tx, committeeIds.hoangMai, units.hoangMai, units.grassrootsB),
    };
  });
}
