// /api year plans: a unit issues its plan for a year with targets for its children; the plans that apply
// to a unit (its own and those above it); a plan's progress as of a day; a child's entered achievement.
// A plan is readable in the issuer's subtree and by the units below the issuer; an achievement is written
// by the child or by the issuer for it, which the service checks.
import { apiContract, todayInVietnam } from '@congdoan/domain';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { actorOf } from '../../platform/context.ts';
import { implement } from '../../platform/routes.ts';
import { readUnitOn, yearEnd } from '../../platform/scope.ts';
import { planListView, progressView } from './can.ts';
import { assertPlanReadable, getPlan, listPlansFor, planProgress } from './queries.ts';
import { createPlan, recordAchievement } from './service.ts';

const routes = apiContract.yearPlans;

export const yearPlanRoutes: FastifyPluginAsync = async (app) => {
  const db = app.database.db;

  /** The plan's progress as of a day, as the caller reads it, with what they may enter. */
  const progressOf = async (request: FastifyRequest, planId: number, asOf: string) => {
    const plan = await getPlan(db, planId);
    return progressView(db, request, plan, await planProgress(db, actorOf(request), planId, asOf));
  };

  implement(app, routes.issue, {
    access: {
      power: 'writeRecords',
      checks: ({ body }) => [{ unitId: body.unitId, mode: 'write', date: body.issuedOn }],
    },
    handler: async (request, reply) => {
      const id = await db.transaction((tx) => createPlan(tx, actorOf(request), request.body));
      return reply.status(201).send(await getPlan(db, id));
    },
  });

  implement(app, routes.list, {
    // The plans that apply to a unit: the unit in scope at the end of the year asked for, or today.
    access: {
      checks: ({ query }) => [
        readUnitOn(query.unitId, query.year === undefined ? undefined : yearEnd(query.year)),
      ],
    },
    handler: async (request) => {
      const { unitId, year } = request.query;
      const plans = await listPlansFor(db, unitId, year);
      return planListView(request, unitId, year ?? Number(todayInVietnam().slice(0, 4)), plans);
    },
  });

  implement(app, routes.get, {
    access: {},
    handler: async (request) => {
      await assertPlanReadable(db, actorOf(request), request.params.id);
      return getPlan(db, request.params.id);
    },
  });

  implement(app, routes.progress, {
    reads: 'replica',
    access: {},
    handler: async (request) => {
      await assertPlanReadable(db, actorOf(request), request.params.id);
      return progressOf(request, request.params.id, request.query.asOf ?? todayInVietnam());
    },
  });

  implement(app, routes.recordAchievement, {
    access: { power: 'writeRecords' },
    handler: async (request) => {
      const { id, targetId, unitId } = request.params;
      await db.transaction((tx) =>
        recordAchievement(tx, actorOf(request), id, targetId, unitId, request.body),
      );
      return progressOf(request, id, request.body.asOf);
    },
  });
};
