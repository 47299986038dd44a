// Reading committee meetings: a meeting with its committee, quorum on the day, resolutions and their tasks;
// a unit's or a committee's meetings newest first; the tasks a unit's subtree set or owns, with overdue ones
// as of a date.
import {
  type Meeting,
  quorumOf,
  type ResolutionTask,
  type TaskStatus,
  todayInVietnam,
} from '@congdoan/domain';
import { type SQL, sql } from 'drizzle-orm';
import { isoTimestamp, queryRows, type Tx } from '../../db/client.ts';
import type { Actor } from '../../platform/context.ts';
import { NotFound } from '../../platform/errors.ts';
import { ruleFraction } from '../../platform/rules.ts';
import { unitsEverWithin, versionOnOrLatest } from '../org/index.ts';

/** Members present needed for a quorum of `convened`: the rule's fraction, rounded up. */
export async function quorumNeeded(tx: Tx, convened: number, heldOn: string): Promise<number> {
  return quorumOf(convened, await ruleFraction(tx, 'committee.meetingQuorum', heldOn));
}

/** The unit's name as it stood on a date (its latest name when it did not exist then). */
const unitNameOn = (unitId: SQL, date: SQL) => sql`(select w.name from ${versionOnOrLatest(unitId, date)} w)`;

interface TaskRow {
  id: number;
  resolution_id: number;
  meeting_id: number;
  description: string;
  owner_unit_id: number | null;
  owner_unit_name: string | null;
  owner_name: string | null;
  deadline: string;
  status: TaskStatus;
  done_on: string | null;
  note: string | null;
}

const taskColumns = sql`t.id, t.resolution_id,
  (select r.meeting_id from meeting_resolutions r where r.id = t.resolution_id) as meeting_id,
  t.description, t.owner_unit_id,
  ${unitNameOn(sql`t.owner_unit_id`, sql`t.deadline`)} as owner_unit_name, t.owner_name,
  t.deadline::text, t.status, t.done_on::text, t.note`;

/** A task as stored; the presenter adds what the caller may do (`can`). */
export type TaskRecord = Omit<ResolutionTask, 'can'>;
/** A session as stored, its tasks without the caller's `can`. */
export type MeetingRecord = Omit<Meeting, 'resolutions'> & {
  resolutions: (Omit<Meeting['resolutions'][number], 'tasks'> & { tasks: TaskRecord[] })[];
};

function toTask(row: TaskRow, asOf: string): TaskRecord {
  return {
    id: row.id,
    resolutionId: row.resolution_id,
    meetingId: row.meeting_id,
    description: row.description,
    ownerUnit: row.owner_unit_id === null ? null : { id: row.owner_unit_id, name: row.owner_unit_name ?? '' },
    ownerName: row.owner_name,
    deadline: row.deadline,
    status: row.status,
    doneOn: row.done_on,
    note: row.note,
    overdue: row.status === 'open' && row.deadline < asOf,
  };
}

interface MeetingRow {
  id: number;
  committee_id: number;
  body: string;
  cycle: string;
  unit_id: number;
  unit_name: string;
  session_number: number;
  held_on: string;
  place: string | null;
  chaired_by: string | null;
  convened: number;
  present: number;
  absentees: string[];
  agenda: string[];
  documents_adopted: string[];
  opinions_heard: number;
  opinions_summary: string | null;
  conclusion: string | null;
  recorded_at: string | Date;
}

async function meetingsWhere(tx: Tx, where: SQL): Promise<MeetingRecord[]> {
  const rows = await queryRows<MeetingRow>(
    tx,
    sql`select m.id, m.committee_id, c.body, c.cycle, m.unit_id,
          ${unitNameOn(sql`m.unit_id`, sql`m.held_on`)} as unit_name,
          m.session_number, m.held_on::text, m.place, m.chaired_by, m.convened, m.present, m.absentees,
          m.agenda, m.documents_adopted, m.opinions_heard, m.opinions_summary, m.conclusion, m.recorded_at
        from committee_meetings m join committees c on c.id = m.committee_id
        where ${where}
        order by m.held_on desc, m.session_number desc, m.id desc`,
  );
  if (rows.length === 0) return [];
  const ids = sql.join(
    rows.map((row) => sql`${row.id}`),
    sql`, `,
  );
  const resolutions = await queryRows<{
    id: number;
    meeting_id: number;
    number: string | null;
    title: string;
    content: string | null;
  }>(
    tx,
    sql`select id, meeting_id, number, title, content from meeting_resolutions
        where meeting_id in (${ids}) order by id`,
  );
  const tasks =
    resolutions.length === 0
      ? []
      : await queryRows<TaskRow>(
          tx,
          sql`select ${taskColumns} from resolution_tasks t
              where t.resolution_id in (${sql.join(
                resolutions.map((row) => sql`${row.id}`),
                sql`, `,
              )})
              order by t.id`,
        );
  const today = todayInVietnam();
  const meetings: MeetingRecord[] = [];
  for (const row of rows) {
    meetings.push({
      id: row.id,
      committee: {
        id: row.committee_id,
        body: row.body,
        cycle: row.cycle,
        unit: { id: row.unit_id, name: row.unit_name },
      },
      sessionNumber: row.session_number,
      heldOn: row.held_on,
      place: row.place,
      chairedBy: row.chaired_by,
      convened: row.convened,
      present: row.present,
      quorumNeeded: await quorumNeeded(tx, row.convened, row.held_on),
      absentees: row.absentees,
      agenda: row.agenda,
      documentsAdopted: row.documents_adopted,
      opinionsHeard: row.opinions_heard,
      opinionsSummary: row.opinions_summary,
      conclusion: row.conclusion,
      resolutions: resolutions
        .filter((resolution) => resolution.meeting_id === row.id)
        .map((resolution) => ({
          id: resolution.id,
          meetingId: resolution.meeting_id,
          number: resolution.number,
          title: resolution.title,
          content: resolution.content,
          tasks: tasks
            .filter((task) => task.resolution_id === resolution.id)
            .map((task) => toTask(task, today)),
        })),
      recordedAt: isoTimestamp(row.recorded_at),
    });
  }
  return meetings;
}

export async function getMeeting(tx: Tx, meetingId: number): Promise<MeetingRecord> {
  const [meeting] = await meetingsWhere(tx, sql`m.id = ${meetingId}`);
  if (!meeting) throw new NotFound('MEETING_NOT_FOUND');
  return meeting;
}

export async function listMeetings(
  tx: Tx,
  where: { committeeId: number } | { unitId: number },
): Promise<MeetingRecord[]> {
  return meetingsWhere(
    tx,
    'committeeId' in where ? sql`m.committee_id = ${where.committeeId}` : sql`m.unit_id = ${where.unitId}`,
  );
}

/** The unit a meeting belongs to (its committee's), for scope. */
export async function meetingOfResolution(tx: Tx, resolutionId: number): Promise<number> {
  const [row] = await queryRows<{ meeting_id: number }>(
    tx,
    sql`select meeting_id from meeting_resolutions where id = ${resolutionId}`,
  );
  if (!row) throw new NotFound('RESOLUTION_NOT_FOUND');
  return row.meeting_id;
}

export async function getTask(tx: Tx, taskId: number, asOf = todayInVietnam()): Promise<TaskRecord> {
  const [row] = await queryRows<TaskRow>(
    tx,
    sql`select ${taskColumns} from resolution_tasks t where t.id = ${taskId}`,
  );
  if (!row) throw new NotFound('TASK_NOT_FOUND');
  return toTask(row, asOf);
}

/**
 * Tasks set by committees of the unit's subtree or owned by units of it, that the actor may see (set by a
 * committee in their scope, or owned by a unit in it), by deadline. Overdue: open with a deadline before
 * `asOf` (today by default).
 */
export async function listTasks(
  tx: Tx,
  actor: Actor,
  query: { unitId: number; status?: TaskStatus; overdue?: boolean; asOf?: string },
): Promise<TaskRecord[]> {
  const asOf = query.asOf ?? todayInVietnam();
  // Units that have lain in the subtree (or the actor's) at any time.
  const subtree = unitsEverWithin(query.unitId);
  const scope = unitsEverWithin(actor.unitId);
  const filters: SQL[] = [
    sql`(t.unit_id in ${subtree} or t.owner_unit_id in ${subtree})`,
    sql`(t.unit_id in ${scope} or t.owner_unit_id in ${scope})`,
  ];
  if (query.status) filters.push(sql`t.status = ${query.status}`);
  if (query.overdue === true) filters.push(sql`t.status = 'open' and t.deadline < ${asOf}::date`);
  if (query.overdue === false) filters.push(sql`not (t.status = 'open' and t.deadline < ${asOf}::date)`);
  const rows = await queryRows<TaskRow>(
    tx,
    sql`select ${taskColumns} from resolution_tasks t where ${sql.join(filters, sql` and `)}
        order by t.deadline, t.id`,
  );
  return rows.map((row) => toTask(row, asOf));
}
