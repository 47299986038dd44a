// The home dashboard of a unit as of a day: members and their trend, congress progress, reporting, targets,
// overdue tasks and reminders, in one answer.
import type { Dashboard } from '@congdoan/domain';
import { get } from './client.ts';

export type { Dashboard };

export interface DashboardParams {
  unitId: number;
  /** omitted: today */
  asOf?: string | undefined;
}

export const dashboardApi = {
  get: (params: DashboardParams) => get<Dashboard>('/dashboard', { ...params }),
};

/** Its query key: it reads every feature, so no single write invalidates it; it is fetched again when stale. */
export const dashboardKey = (params: DashboardParams) => ['dashboard', params] as const;
