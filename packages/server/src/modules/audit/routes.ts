// /api/audit: the audit log, read per unit (within scope) and per entity. Deliberately read-only: there is
// no route that edits or deletes a row.
import { apiContract } from '@congdoan/domain';
import type { FastifyPluginAsync } from 'fastify';
import { actorOf } from '../../platform/context.ts';
import { implement } from '../../platform/routes.ts';
import { auditPage } from './queries.ts';

export const auditRoutes: FastifyPluginAsync = async (app) => {
  implement(app, apiContract.audit.list, {
    access: {
      // The unit has been in scope; queries.ts then keeps only rows recorded while it was.
      checks: ({ query }) => (query.unitId === undefined ? [] : [{ unitId: query.unitId, mode: 'history' }]),
    },
    handler: (request) => auditPage(app.database.db, actorOf(request), request.query),
  });
};
