// /api/dashboard: the home dashboard of a unit (default the actor's) as of a day (default today). The unit
// must be readable by the actor; every part inside is counted within the actor's scope.
import { apiContract } from '@congdoan/domain';
import type { FastifyPluginAsync } from 'fastify';
import { actorOf } from '../../platform/context.ts';
import { implement } from '../../platform/routes.ts';
import { dashboardOf } from './service.ts';

export const dashboardRoutes: FastifyPluginAsync = async (app) => {
  // Signed in; the service checks the unit asked for (the actor's own unit by default).
  implement(app, apiContract.dashboard.get, {
    reads: 'replica',
    access: {},
    handler: (request) => dashboardOf(app.database.db, actorOf(request), request.query),
  });
};
