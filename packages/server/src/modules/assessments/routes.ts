// /api the annual assessment of grassroots unions: the sheet of a year with its grade thresholds, a unit's
// filled sheet (self-scored, submitted, reviewed by the level above or returned), the overview of a subtree
// with the shares at each grade against the target, and that list as .xlsx.
import { apiContract, todayInVietnam, XLSX } from '@congdoan/domain';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Tx } from '../../db/client.ts';
import { type AccessCheck, type Actor, actorOf } from '../../platform/context.ts';
import { requestLocale } from '../../platform/i18n.ts';
import { implement } from '../../platform/routes.ts';
import { yearEnd } from '../../platform/scope.ts';
import { sheetView } from './can.ts';
import { exportAssessments } from './export.ts';
import {
  getAssessment,
  assessmentOverview as overviewOf,
  returnAssessment,
  reviewAssessment,
  saveSelfAssessment,
  sheetAnswer,
  submitAssessment,
} from './service.ts';

const routes = apiContract.assessments;

type UnitYear = { id: number; year: number };
/** A unit's sheet of a year is read through the unit as it stood at the end of that year. */
const readUnit = {
  checks: ({ params }: { params: UnitYear }): AccessCheck[] => [
    { unitId: params.id, mode: 'read', date: yearEnd(params.year) },
  ],
};
const readQueryUnit = {
  checks: ({ query }: { query: { unitId: number; year: number } }): AccessCheck[] => [
    { unitId: query.unitId, mode: 'read', date: yearEnd(query.year) },
  ],
};
/** The union's own scores: the power to write records and the union in scope today. */
const writeUnit = {
  power: 'writeRecords' as const,
  checks: ({ params }: { params: UnitYear }): AccessCheck[] => [
    { unitId: params.id, mode: 'write', date: todayInVietnam() },
  ],
};
/** Reviewing: the power to write records; the scope (the unit's parent) is the service's. */
const review = { power: 'writeRecords' as const };

export const assessmentRoutes: FastifyPluginAsync = async (app) => {
  const db = app.database.db;

  /** Runs a change of a sheet; answers the sheet as it then stands, with what the caller may now do. */
  const thenSheet = async (
    request: FastifyRequest,
    { id, year }: UnitYear,
    change: (tx: Tx, actor: Actor) => Promise<void>,
  ) => {
    await db.transaction((tx) => change(tx, actorOf(request)));
    return sheetView(db, request, await getAssessment(db, id, year));
  };

  implement(app, routes.sheet, {
    access: {},
    handler: (request) => sheetAnswer(db, request.query.year),
  });

  implement(app, routes.overview, {
    reads: 'replica',
    access: readQueryUnit,
    handler: ({ query }) =>
      overviewOf(db, query.unitId, query.year, query.target, {
        page: query.page,
        pageSize: query.pageSize,
      }),
  });

  implement(app, routes.export, {
    reads: 'replica',
    access: readQueryUnit,
    handler: async (request, reply) => {
      const { unitId, year } = request.query;
      const { workbook, fileName } = await exportAssessments(db, unitId, year, requestLocale(request));
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(workbook);
    },
  });

  implement(app, routes.get, {
    access: readUnit,
    handler: async (request) =>
      sheetView(db, request, await getAssessment(db, request.params.id, request.params.year)),
  });

  implement(app, routes.save, {
    access: writeUnit,
    handler: (request) =>
      thenSheet(request, request.params, (tx, actor) =>
        saveSelfAssessment(tx, actor, request.params.id, request.params.year, request.body),
      ),
  });

  implement(app, routes.submit, {
    access: writeUnit,
    handler: (request) =>
      thenSheet(request, request.params, (tx, actor) =>
        submitAssessment(tx, actor, request.params.id, request.params.year),
      ),
  });

  implement(app, routes.review, {
    access: review,
    handler: (request) =>
      thenSheet(request, request.params, (tx, actor) =>
        reviewAssessment(tx, actor, request.params.id, request.params.year, request.body),
      ),
  });

  implement(app, routes.return, {
    access: review,
    handler: (request) =>
      thenSheet(request, request.params, (tx, actor) =>
        returnAssessment(tx, actor, request.params.id, request.params.year, request.body),
      ),
  });
};
