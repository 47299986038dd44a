// /api/dashboard: the home dashboard of a unit (default the actor's) as of a day (default today). The unit
// must be readable by the actor; every part inside is counted within the actor's scope.
import { dashboard, dashboardQuery } from '@congdoan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/context.ts';
import { dashboardOf } from './service.ts';

const tags = ['dashboard'];
/** Signed in; the service checks the unit asked for (the actor's own unit by default). */
const read = {};

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/dashboard',
    {
      config: { access: read },
      schema: { tags, querystring: dashboardQuery, response: { 200: dashboard } },
    },
    async (request) => dashboardOf(db, actorOf(request), request.query),
  );
};
