// Committee meetings: the sessions of a committee with attendance, agenda and conclusion, the resolutions they
// adopt and the tasks those set, followed until done; the minutes and each resolution as .docx.
import type {
  CreateMeetingBody,
  createMeetingBody,
  Meeting,
  ResolutionTask,
  RuleValueAnswer,
  TaskStatus,
  UpdateTaskBody,
} from '@congdoan/domain';
import type { z } from 'zod';
import { get, patch, post, withQuery } from './client.ts';

export type { CreateMeetingBody };
export type MeetingInput = z.input<typeof createMeetingBody>;

/** A task as listed: the session it came from is given when the server knows it. */
export type ListedTask = ResolutionTask & { meetingId?: number };

export interface MeetingListParams {
  committeeId?: number;
  unitId?: number;
}

export interface TaskListParams {
  unitId: number;
  status?: TaskStatus;
  overdue?: boolean;
  asOf?: string;
}

export const meetingsApi = {
  list: (params: MeetingListParams) => get<Meeting[]>('/meetings', { ...params }),
  get: (id: number) => get<Meeting>(`/meetings/${id}`),
  create: (body: MeetingInput) => post<Meeting>('/meetings', body),
  tasks: (params: TaskListParams) =>
    get<ListedTask[]>('/tasks', {
      ...params,
      overdue: params.overdue === undefined ? undefined : String(params.overdue),
    }),
  updateTask: (id: number, body: UpdateTaskBody) => patch<ResolutionTask>(`/tasks/${id}`, body),
  /** The share of the convened members who must be present (committee.meetingQuorum) on the meeting date. */
  quorumRule: (date: string) =>
    get<RuleValueAnswer>('/rules/value', { key: 'committee.meetingQuorum', date }),
  /** The downloads name their language, since a link sends the browser's Accept-Language, not the app's. */
  minutesUrl: (id: number, lang: string) => withQuery(`/api/meetings/${id}/minutes.docx`, { lang }),
  resolutionUrl: (id: number, lang: string) => withQuery(`/api/resolutions/${id}.docx`, { lang }),
};
