// GET /api/org-units/:id/members/export.xlsx: the unit's member list (the list screen's filters) as the
// .xlsx unions print and file.
import { listMembersQuery, unitId } from '@congdoan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/context.ts';
import { readUnitOn } from '../../platform/scope.ts';
import { routeOf } from '../privacy/presenter.ts';
import { exportMemberList } from './service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const exportQuery = listMembersQuery.omit({ unitId: true, page: true, pageSize: true });

export const memberExportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/org-units/:id/members/export.xlsx',
    {
      config: {
        access: {
          checks: (request) => [
            readUnitOn((request.params as { id: number }).id, (request.query as { asOf?: string }).asOf),
          ],
        },
      },
      schema: { tags: ['members'], params: z.object({ id: unitId }), querystring: exportQuery },
    },
    async (request, reply) => {
      const { workbook, fileName } = await exportMemberList(
        app.database.db,
        actorOf(request),
        request.params.id,
        request.query,
        routeOf(request),
      );
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(workbook);
    },
  );
};
