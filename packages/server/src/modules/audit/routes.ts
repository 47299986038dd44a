// /api/audit: the audit log, read per unit (within scope) and per entity. Deliberately read-only: there is
// no route that edits or deletes a row.
import { auditPage as auditPageSchema, listAuditQuery } from '@congdoan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { actorOf } from '../../platform/context.ts';
import { auditPage } from './queries.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: {
        access: {
          checks: (request) => {
            const { unitId } = request.query as z.infer<typeof listAuditQuery>;
            // The unit has been in scope; queries.ts then keeps only rows recorded while it was.
            return unitId === undefined ? [] : [{ unitId, mode: 'history' }];
          },
        },
      },
      schema: { tags: ['audit'], querystring: listAuditQuery, response: { 200: auditPageSchema } },
    },
    async (request) => auditPage(app.database.db, actorOf(request), request.query),
  );
};
