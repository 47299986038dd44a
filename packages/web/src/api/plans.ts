// Year plans (chương trình công tác năm): the theme, key tasks and targets a unit sets for its subtree, and
// the progress of each child on each target, from the records or as entered by the child.
import type {
  AchievementBody,
  ChildProgress,
  TargetProgress,
  YearPlan,
  yearPlanBody,
} from '@congdoan/domain';
import type { z } from 'zod';
import { get, post, put } from './client.ts';

export type { ChildProgress, TargetProgress, YearPlan };
export type YearPlanInput = z.input<typeof yearPlanBody>;
export type TargetProgressItem = TargetProgress['targets'][number];

export interface PlanListParams {
  unitId: number;
  year: number;
}

export const plansApi = {
  /** The plans that apply to the unit in the year: its own and those of the units above. */
  list: (params: PlanListParams) => get<YearPlan[]>('/year-plans', { ...params }),
  get: (id: number) => get<YearPlan>(`/year-plans/${id}`),
  create: (body: YearPlanInput) => post<YearPlan>('/year-plans', body),
  progress: (id: number, asOf: string) => get<TargetProgress>(`/year-plans/${id}/progress`, { asOf }),
  recordAchievement: (planId: number, targetId: number, unitId: number, body: AchievementBody) =>
    put<unknown>(`/year-plans/${planId}/targets/${targetId}/achievements/${unitId}`, body),
};
