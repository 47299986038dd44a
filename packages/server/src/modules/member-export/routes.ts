// GET /api/org-units/:id/members/export.xlsx: the unit's member list (the list screen's filters) as the
// .xlsx unions print and file.
import { apiContract, XLSX } from '@congdoan/domain';
import type { FastifyPluginAsync } from 'fastify';
import { actorOf } from '../../platform/context.ts';
import { requestLocale } from '../../platform/i18n.ts';
import { implement } from '../../platform/routes.ts';
import { readUnitOn } from '../../platform/scope.ts';
import { routeOf } from '../privacy/presenter.ts';
import { exportMemberList } from './service.ts';

export const memberExportRoutes: FastifyPluginAsync = async (app) => {
  implement(app, apiContract.members.export, {
    reads: 'replica',
    access: { checks: (request) => [readUnitOn(request.params.id, request.query.asOf)] },
    handler: async (request, reply) => {
      const { workbook, fileName } = await exportMemberList(
        app.database.db,
        actorOf(request),
        request.params.id,
        request.query,
        routeOf(request),
        requestLocale(request),
      );
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(workbook);
    },
  });
};
