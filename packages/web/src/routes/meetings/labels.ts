// Words and helpers shared by the meeting pages: a task's state, the session's name.
import type { ResolutionTask } from '@congdoan/domain';
import type { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { keys } from '../../api/keys.ts';

export type TaskState = 'open' | 'done' | 'overdue' | 'cancelled';

export function taskState(task: Pick<ResolutionTask, 'status' | 'overdue'>): TaskState {
  if (task.status === 'open' && task.overdue) return 'overdue';
  return task.status;
}

export const TASK_STATE_COLOR: Record<TaskState, string> = {
  open: 'blue',
  done: 'green',
  overdue: 'red',
  cancelled: 'gray',
};

export function taskStateLabel(t: TFunction, state: TaskState): string {
  switch (state) {
    case 'open':
      return t('meetings.task.open');
    case 'done':
      return t('meetings.task.done');
    case 'overdue':
      return t('meetings.task.overdue');
    case 'cancelled':
      return t('meetings.task.cancelled');
  }
}

/** Everything a meeting write may change: the sessions, the tasks, the log. */
export async function invalidateMeetingData(queryClient: ReturnType<typeof useQueryClient>) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: keys.meetings }),
    queryClient.invalidateQueries({ queryKey: ['audit'] }),
  ]);
}

/** Text lines typed one per line, blanks dropped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
