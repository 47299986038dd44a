// /api year plans: a unit issues its plan for a year with targets for its children; the plans that apply
// to a unit (its own and those above it); a plan's progress as of a day; a child's entered achievement.
// A plan is readable in the issuer's subtree and by the units below the issuer; writes are checked by the
// service against the issuer (or the child reporting its own figure).
import {
  achievementBody,
  idParam,
  isoDate,
  queryNumber,
  targetProgress,
  todayInVietnam,
  yearPlan,
  yearPlanBody,
} from '@congdoan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AccessCheck, actorOf } from '../../platform/context.ts';
import { readUnitOn, yearEnd } from '../../platform/scope.ts';
import { assertPlanReadable, getPlan, listPlansFor, planProgress } from './queries.ts';
import { createPlan, recordAchievement } from './service.ts';

const idParams = z.object({ id: idParam });
const achievementParams = z.object({ id: idParam, targetId: idParam, unitId: idParam });
const listQuery = z.object({
  unitId: idParam,
  year: queryNumber(z.number().int().min(2000).max(2100)).optional(),
});
const progressQuery = z.object({ asOf: isoDate.optional() });
const tags = ['plans'];
/** Signed in; the scope is checked against the plan's unit in its year (assertPlanReadable). */
const read = {};
/** The plans that apply to a unit: the unit in scope at the end of the year asked for, or today. */
const readListedUnit = {
  checks: (request: { query: unknown }): AccessCheck[] => {
    const { unitId, year } = request.query as z.infer<typeof listQuery>;
    return [readUnitOn(unitId, year === undefined ? undefined : yearEnd(year))];
  },
};
const write = { power: 'writeRecords' as const };

export const yearPlanRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.post(
    '/year-plans',
    { config: { access: write }, schema: { tags, body: yearPlanBody, response: { 201: yearPlan } } },
    async (request, reply) => {
      const created = await db.transaction(async (tx) =>
        getPlan(tx, await createPlan(tx, actorOf(request), request.body)),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/year-plans',
    {
      config: { access: readListedUnit },
      schema: { tags, querystring: listQuery, response: { 200: z.array(yearPlan) } },
    },
    async (request) => listPlansFor(db, request.query.unitId, request.query.year),
  );

  app.get(
    '/year-plans/:id',
    { config: { access: read }, schema: { tags, params: idParams, response: { 200: yearPlan } } },
    async (request) => {
      await assertPlanReadable(db, actorOf(request), request.params.id);
      return getPlan(db, request.params.id);
    },
  );

  app.get(
    '/year-plans/:id/progress',
    {
      config: { access: read },
      schema: { tags, params: idParams, querystring: progressQuery, response: { 200: targetProgress } },
    },
    async (request) => {
      const actor = actorOf(request);
      await assertPlanReadable(db, actor, request.params.id);
      return planProgress(db, actor, request.params.id, request.query.asOf ?? todayInVietnam());
    },
  );

  app.put(
    '/year-plans/:id/targets/:targetId/achievements/:unitId',
    {
      config: { access: write },
      schema: { tags, params: achievementParams, body: achievementBody, response: { 200: targetProgress } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { id, targetId, unitId } = request.params;
      await db.transaction((tx) => recordAchievement(tx, actor, id, targetId, unitId, request.body));
      return planProgress(db, actor, id, request.body.asOf);
    },
  );
};
