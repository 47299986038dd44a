// Recording committee meetings and following up their tasks. A session is recorded by whoever may write in
// the committee's unit, on a day the committee sat, with a quorum by the rule committee.meetingQuorum on
// that day, numbered next in the committee. A task is reported done by the committee's unit or by the unit
// that owns it.
import { type CreateMeetingBody, todayInVietnam, type UpdateTaskBody } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { committeeMeetings, meetingResolutions, resolutionTasks } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/context.ts';
import { AppError, Forbidden, NotFound, RuleViolation } from '../../platform/errors.ts';
import { assertUnitWritable, isUnitReadable, outOfReach } from '../../platform/scope.ts';
import { assertNotFuture } from '../members/service.ts';
import { latestVersionOf, pathWithin, unitName } from '../org/index.ts';
import { quorumNeeded } from './queries.ts';

interface CommitteeRow {
  id: number;
  unit_id: number;
  unit_name: string;
  presented_on: string;
  ended_on: string | null;
  seats: number;
}

/** The committee, locked so that two sessions recorded at once cannot take the same number. */
async function lockCommittee(tx: Tx, committeeId: number): Promise<CommitteeRow> {
  const [row] = await queryRows<CommitteeRow>(
    tx,
    sql`select c.id, c.unit_id, c.presented_on::text, c.ended_on::text,
          ${unitName(sql`c.unit_id`)} as unit_name,
          (select count(*)::int from committee_members s where s.committee_id = c.id) as seats
        from committees c where c.id = ${committeeId} for update of c`,
  );
  if (!row) throw new NotFound('COMMITTEE_NOT_FOUND');
  return row;
}

/**
 * An owner unit must be the committee's unit or lie in its subtree (as the tree stands now). One out of the
 * actor's reach answers as an unknown unit, never by name.
 */
async function assertOwnerInSubtree(tx: Tx, actor: Actor, committee: CommitteeRow, ownerUnitId: number) {
  if (!(await isUnitReadable(tx, actor, ownerUnitId, todayInVietnam()))) throw outOfReach('UNIT_NOT_FOUND');
  const [row] = await queryRows<{ name: string; inside: boolean }>(
    tx,
    sql`select v.name, ${pathWithin(sql`v.path`, committee.unit_id)} as inside
        from ${latestVersionOf(sql`${ownerUnitId}::int`)} v`,
  );
  if (!row) throw new NotFound('UNIT_NOT_FOUND');
  if (!row.inside) throw new Forbidden('TASK_OWNER_OUTSIDE', { name: row.name, unit: committee.unit_name });
}

export async function createMeeting(tx: Tx, actor: Actor, body: CreateMeetingBody): Promise<number> {
  const committee = await lockCommittee(tx, body.committeeId);
  await assertUnitWritable(tx, actor, committee.unit_id, body.heldOn);
  assertNotFuture(body.heldOn, todayInVietnam());
  if (
    body.heldOn < committee.presented_on ||
    (committee.ended_on !== null && body.heldOn >= committee.ended_on)
  ) {
    throw new RuleViolation('MEETING_COMMITTEE_NOT_SITTING', {
      date: body.heldOn,
      presentedOn: committee.presented_on,
      endedOn: committee.ended_on ?? '—',
    });
  }
  if (body.convened > committee.seats) {
    throw new RuleViolation('MEETING_CONVENED_OVER_SEATS', {
      convened: body.convened,
      seats: committee.seats,
    });
  }
  if (body.present > body.convened) {
    throw new RuleViolation('MEETING_PRESENT_OVER_CONVENED', {
      present: body.present,
      convened: body.convened,
    });
  }
  const needed = await quorumNeeded(tx, body.convened, body.heldOn);
  if (body.present < needed) {
    throw new RuleViolation('MEETING_QUORUM_NOT_MET', {
      present: body.present,
      convened: body.convened,
      needed,
    });
  }
  for (const resolution of body.resolutions) {
    for (const task of resolution.tasks) {
      if (task.ownerUnitId !== undefined) await assertOwnerInSubtree(tx, actor, committee, task.ownerUnitId);
      if (task.deadline < body.heldOn) {
        throw new RuleViolation('TASK_DEADLINE_BEFORE_MEETING', {
          deadline: task.deadline,
          heldOn: body.heldOn,
        });
      }
    }
  }

  // Sessions are numbered in the order they were held: one dated before the last recorded is refused.
  const [next] = await queryRows<{ number: number; last: string | null }>(
    tx,
    sql`select coalesce(max(session_number), 0)::int + 1 as number, max(held_on)::text as last
        from committee_meetings where committee_id = ${committee.id}`,
  );
  if (next?.last && next.last > body.heldOn) {
    throw new RuleViolation('MEETING_BEFORE_LAST_SESSION', { date: body.heldOn, last: next.last });
  }
  const sessionNumber = next?.number ?? 1;
  const [meeting] = await tx
    .insert(committeeMeetings)
    .values({
      committeeId: committee.id,
      unitId: committee.unit_id,
      sessionNumber,
      heldOn: body.heldOn,
      place: body.place ?? null,
      chairedBy: body.chairedBy ?? null,
      convened: body.convened,
      present: body.present,
      absentees: body.absentees,
      agenda: body.agenda,
      documentsAdopted: body.documentsAdopted,
      opinionsHeard: body.opinionsHeard,
      opinionsSummary: body.opinionsSummary ?? null,
      conclusion: body.conclusion ?? null,
      recordedBy: actor.id,
    })
    .returning({ id: committeeMeetings.id });
  if (!meeting) throw new Error('meeting not created');
  for (const resolution of body.resolutions) {
    const [row] = await tx
      .insert(meetingResolutions)
      .values({
        meetingId: meeting.id,
        number: resolution.number ?? null,
        title: resolution.title,
        content: resolution.content ?? null,
      })
      .returning({ id: meetingResolutions.id });
    if (!row) throw new Error('resolution not created');
    for (const task of resolution.tasks) {
      await tx.insert(resolutionTasks).values({
        resolutionId: row.id,
        unitId: committee.unit_id,
        ownerUnitId: task.ownerUnitId ?? null,
        ownerName: task.ownerName || null,
        description: task.description,
        deadline: task.deadline,
      });
    }
  }
  await recordAudit(tx, actor, {
    action: 'create',
    entity: 'meeting',
    entityId: meeting.id,
    unitId: committee.unit_id,
    after: { ...body, sessionNumber },
  });
  return meeting.id;
}

interface TaskForWrite {
  id: number;
  unit_id: number;
  owner_unit_id: number | null;
  meeting_id: number;
  held_on: string;
  deadline: string;
  status: string;
  done_on: string | null;
  note: string | null;
}

/** Writable by the committee's unit, or by the unit that owns the task (it reports the task done). */
async function assertTaskWritable(tx: Tx, actor: Actor, task: TaskForWrite, today: string) {
  try {
    await assertUnitWritable(tx, actor, task.unit_id, today);
  } catch (error) {
    // Out of reach answers 404: then the owner unit may still report its own task.
    if (!(error instanceof AppError) || error.status !== 404 || task.owner_unit_id === null) throw error;
    await assertUnitWritable(tx, actor, task.owner_unit_id, today);
  }
}

export async function updateTask(tx: Tx, actor: Actor, taskId: number, body: UpdateTaskBody): Promise<void> {
  const [task] = await queryRows<TaskForWrite>(
    tx,
    sql`select t.id, t.unit_id, t.owner_unit_id, m.id as meeting_id, m.held_on::text, t.deadline::text,
          t.status, t.done_on::text, t.note
        from resolution_tasks t join meeting_resolutions r on r.id = t.resolution_id
          join committee_meetings m on m.id = r.meeting_id
        where t.id = ${taskId} for update of t`,
  );
  if (!task) throw new NotFound('TASK_NOT_FOUND');
  const today = todayInVietnam();
  await assertTaskWritable(tx, actor, task, today);

  const status = body.status ?? task.status;
  const doneOn = status === 'done' ? (body.doneOn ?? task.done_on) : null;
  if (status === 'done') {
    if (!doneOn) throw new RuleViolation('TASK_DONE_ON_REQUIRED');
    assertNotFuture(doneOn, today);
    if (doneOn < task.held_on)
      throw new RuleViolation('TASK_DONE_BEFORE_MEETING', { date: doneOn, heldOn: task.held_on });
  }
  const deadline = body.deadline ?? task.deadline;
  if (deadline < task.held_on) {
    throw new RuleViolation('TASK_DEADLINE_BEFORE_MEETING', { deadline, heldOn: task.held_on });
  }
  const note = body.note ?? task.note;
  await tx.execute(
    sql`update resolution_tasks set status = ${status}, done_on = ${doneOn}::date, deadline = ${deadline}::date,
          note = ${note}, updated_at = now()
        where id = ${task.id}`,
  );
  await recordAudit(tx, actor, {
    action: 'update',
    entity: 'meeting',
    entityId: task.meeting_id,
    unitId: task.unit_id,
    before: {
      taskId: task.id,
      status: task.status,
      doneOn: task.done_on,
      deadline: task.deadline,
      note: task.note,
    },
    after: { taskId: task.id, status, doneOn, deadline, note },
  });
}
