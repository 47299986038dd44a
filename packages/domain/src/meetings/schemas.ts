// Payloads of committee meetings (issue #5, item 1): a session of a committee ("khóa VI, kỳ họp thứ 6") with
// its attendance and quorum, agenda, documents adopted, opinions heard and conclusion, and the resolutions it
// adopts with tasks followed up until done.
import { z } from 'zod';
import { canFlags } from '../common/contract.ts';
import { isoDate } from '../common/dates.ts';
import { idParam, recordId } from '../common/input.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const lines = (max: number) => z.array(text(500)).max(max).default([]);

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export const taskStatus = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof taskStatus>;

/** A task a resolution sets: an owner (a unit, or a person by name), a deadline, followed until done. */
export const resolutionTaskBody = z
  .object({
    description: text(1000),
    ownerUnitId: recordId.optional(),
    ownerName: z.string().trim().max(200).optional(),
    deadline: isoDate,
  })
  .refine((task) => task.ownerUnitId !== undefined || Boolean(task.ownerName), {
    message: 'error.taskOwnerRequired',
    path: ['ownerName'],
  });

export const resolutionBody = z.object({
  /** "Nghị quyết số 05/NQ-BCH" */
  number: z.string().trim().max(120).optional(),
  title: text(300),
  content: z.string().trim().max(20_000).optional(),
  tasks: z.array(resolutionTaskBody).max(100).default([]),
});

/**
 * A session of a committee, numbered in the committee's term by the server (the next number). Attendance is
 * checked against the meeting quorum rule (committee.meetingQuorum) on the date: a session below quorum is
 * refused, as its decisions would not be valid.
 */
export const createMeetingBody = z.object({
  committeeId: recordId,
  heldOn: isoDate,
  place: z.string().trim().max(300).optional(),
  chairedBy: z.string().trim().max(200).optional(),
  /** committee members convened and present */
  convened: z.number().int().min(1).max(1000),
  present: z.number().int().min(0).max(1000),
  absentees: z.array(text(200)).max(200).default([]),
  agenda: lines(50),
  documentsAdopted: lines(50),
  /** how many spoke ("16 ý kiến phát biểu") and what they said, in short */
  opinionsHeard: z.number().int().min(0).max(1000).default(0),
  opinionsSummary: z.string().trim().max(20_000).optional(),
  conclusion: z.string().trim().max(20_000).optional(),
  resolutions: z.array(resolutionBody).max(20).default([]),
});
export type CreateMeetingBody = z.infer<typeof createMeetingBody>;

export const updateTaskBody = z
  .object({
    status: taskStatus.optional(),
    /** the day it was done (required with status done) */
    doneOn: isoDate.optional(),
    deadline: isoDate.optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'error.nothingToChange' });
export type UpdateTaskBody = z.infer<typeof updateTaskBody>;

/** Reporting a task done (an update): the day it was done, and a note. */
export const taskDoneBody = z.object({
  status: z.literal('done'),
  doneOn: isoDate,
  note: z.string().trim().max(2000).optional(),
});

export const resolutionTask = z.object({
  id: z.number().int(),
  resolutionId: z.number().int(),
  /** the session that set it, to link back to */
  meetingId: z.number().int(),
  description: z.string(),
  ownerUnit: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  ownerName: z.string().nullable(),
  deadline: z.string(),
  status: taskStatus,
  doneOn: z.string().nullable(),
  note: z.string().nullable(),
  /** open past its deadline on the day asked */
  overdue: z.boolean(),
  /** an open task is reported done by the committee's unit or by the unit that owns it */
  can: canFlags('markDone'),
});
export type ResolutionTask = z.infer<typeof resolutionTask>;

export const resolution = z.object({
  id: z.number().int(),
  meetingId: z.number().int(),
  number: z.string().nullable(),
  title: z.string(),
  content: z.string().nullable(),
  tasks: z.array(resolutionTask),
});

export const meeting = z.object({
  id: z.number().int(),
  committee: z.object({
    id: z.number().int(),
    body: z.string(),
    cycle: z.string(),
    unit: z.object({ id: z.number().int(), name: z.string() }),
  }),
  /** the session's number in the committee's term */
  sessionNumber: z.number().int(),
  heldOn: z.string(),
  place: z.string().nullable(),
  chairedBy: z.string().nullable(),
  convened: z.number().int(),
  present: z.number().int(),
  quorumNeeded: z.number().int(),
  absentees: z.array(z.string()),
  agenda: z.array(z.string()),
  documentsAdopted: z.array(z.string()),
  opinionsHeard: z.number().int(),
  opinionsSummary: z.string().nullable(),
  conclusion: z.string().nullable(),
  resolutions: z.array(resolution),
  recordedAt: z.string(),
});
export type Meeting = z.infer<typeof meeting>;

/** The sessions of one committee, or of a unit's committees; one of the two is required. */
export const listMeetingsQuery = z.object({
  committeeId: idParam.optional(),
  unitId: idParam.optional(),
});
export type MeetingListQuery = z.input<typeof listMeetingsQuery>;

export const listTasksQuery = z.object({
  /** the unit whose committees' tasks, and tasks owned by units of its subtree, are listed */
  unitId: idParam,
  status: taskStatus.optional(),
  overdue: z.stringbool().optional(),
  asOf: isoDate.optional(),
});
export type TaskListQuery = z.input<typeof listTasksQuery>;
