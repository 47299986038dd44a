// Sessions and tasks as the API sends them, with what the caller may do (`can`): an open task is reported
// done by whoever passes the guard of the task's route (platform/policy.ts).
import { apiContract, type Meeting, type ResolutionTask } from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import { canOf } from '../../platform/policy.ts';
import type { MeetingRecord, TaskRecord } from './queries.ts';

export async function presentTask(request: FastifyRequest, task: TaskRecord): Promise<ResolutionTask> {
  const guard = await canOf(request, {
    markDone: [apiContract.meetings.updateTask, { params: { id: task.id } }],
  });
  return { ...task, can: { markDone: guard.markDone && task.status === 'open' } };
}

export const presentTasks = (request: FastifyRequest, tasks: TaskRecord[]): Promise<ResolutionTask[]> =>
  Promise.all(tasks.map((task) => presentTask(request, task)));

export async function presentMeeting(request: FastifyRequest, meeting: MeetingRecord): Promise<Meeting> {
  return {
    ...meeting,
    resolutions: await Promise.all(
      meeting.resolutions.map(async (resolution) => ({
        ...resolution,
        tasks: await presentTasks(request, resolution.tasks),
      })),
    ),
  };
}

export const presentMeetings = (request: FastifyRequest, meetings: MeetingRecord[]): Promise<Meeting[]> =>
  Promise.all(meetings.map((meeting) => presentMeeting(request, meeting)));
