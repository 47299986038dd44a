// The routes of year plans: a unit issues its plan for a year with targets for its children; the plans that
// apply to a unit; a plan and its progress as of a day; a child's entered achievement on a target.
import { z } from 'zod';
import { c, meta } from '../common/contract.ts';
import { idParam } from '../common/input.ts';
import {
  achievementBody,
  listYearPlansQuery,
  planProgressQuery,
  targetProgress,
  yearPlan,
  yearPlanBody,
  yearPlanList,
} from './schemas.ts';

const tag = 'plans';
const planParams = z.object({ id: idParam });
/** A child's figure on a target of a plan. */
const achievementParams = z.object({ id: idParam, targetId: idParam, unitId: idParam });

export const yearPlansContract = c.router({
  list: {
    method: 'GET',
    path: '/year-plans',
    query: listYearPlansQuery,
    responses: { 200: yearPlanList },
    metadata: meta(tag, { kind: 'read' }),
  },
  issue: {
    method: 'POST',
    path: '/year-plans',
    body: yearPlanBody,
    responses: { 201: yearPlan },
    metadata: meta(tag, { kind: 'write', power: 'writeRecords' }),
  },
  // A plan is read in its unit's subtree and by the units below it in its year, which the service checks.
  get: {
    method: 'GET',
    path: '/year-plans/:id',
    pathParams: planParams,
    responses: { 200: yearPlan },
    metadata: meta(tag, { kind: 'signedIn' }),
  },
  progress: {
    method: 'GET',
    path: '/year-plans/:id/progress',
    pathParams: planParams,
    query: planProgressQuery,
    responses: { 200: targetProgress },
    metadata: meta(tag, { kind: 'signedIn' }),
  },
  // Written by the child or by the plan's unit for it, which the service checks.
  recordAchievement: {
    method: 'PUT',
    path: '/year-plans/:id/targets/:targetId/achievements/:unitId',
    pathParams: achievementParams,
    body: achievementBody,
    responses: { 200: targetProgress },
    metadata: meta(tag, { kind: 'signedIn', power: 'writeRecords' }),
  },
});
