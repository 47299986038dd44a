// /api the annual assessment of grassroots unions: the sheet of a year with its grade thresholds, a unit's
// filled sheet (self-scored, submitted, reviewed by the level above or returned), the overview of a subtree
// with the shares at each grade against the target, and that list as .xlsx.
import {
  assessmentOverview,
  assessmentSheetAnswer,
  filledAssessment,
  queryNumber,
  returnAssessmentBody,
  reviewAssessmentBody,
  selfAssessmentBody,
  unitId,
} from '@congdoan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AccessCheck, actorOf } from '../../platform/context.ts';
import { yearEnd } from '../../platform/scope.ts';
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

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const year = queryNumber(z.number().int().min(2000).max(2100));
const unitYearParams = z.object({ id: unitId, year });
const overviewQuery = z.object({ unitId, year, target: queryNumber(z.number().min(0).max(1)).optional() });
const tags = ['assessments'];
/** A unit's sheet of a year is read through the unit as it stood at the end of that year. */
const readUnit = {
  checks: (request: { params: unknown }): AccessCheck[] => {
    const { id, year: y } = request.params as { id: number; year: number };
    return [{ unitId: id, mode: 'read', date: yearEnd(y) }];
  },
};
const readQueryUnit = {
  checks: (request: { query: unknown }): AccessCheck[] => {
    const { unitId: id, year: y } = request.query as { unitId: number; year: number };
    return [{ unitId: id, mode: 'read', date: yearEnd(y) }];
  },
};
/** Signed in with the power to write records; the scope (the unit, or its parent to review) is the service's. */
const write = { power: 'writeRecords' as const };

export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/assessments/sheet',
    {
      config: { access: {} },
      schema: { tags, querystring: z.object({ year }), response: { 200: assessmentSheetAnswer } },
    },
    async (request) => sheetAnswer(db, request.query.year),
  );

  app.get(
    '/assessments',
    {
      config: { access: readQueryUnit },
      schema: { tags, querystring: overviewQuery, response: { 200: assessmentOverview } },
    },
    async (request) => overviewOf(db, request.query.unitId, request.query.year, request.query.target),
  );

  app.get(
    '/assessments/export.xlsx',
    { config: { access: readQueryUnit }, schema: { tags, querystring: z.object({ unitId, year }) } },
    async (request, reply) => {
      const { workbook, fileName } = await exportAssessments(db, request.query.unitId, request.query.year);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(workbook);
    },
  );

  app.get(
    '/org-units/:id/assessments/:year',
    {
      config: { access: readUnit },
      schema: { tags, params: unitYearParams, response: { 200: filledAssessment } },
    },
    async (request) => getAssessment(db, request.params.id, request.params.year),
  );

  app.put(
    '/org-units/:id/assessments/:year',
    {
      config: { access: write },
      schema: { tags, params: unitYearParams, body: selfAssessmentBody, response: { 200: filledAssessment } },
    },
    async (request) =>
      db.transaction(async (tx) => {
        const { id, year: y } = request.params;
        await saveSelfAssessment(tx, actorOf(request), id, y, request.body);
        return getAssessment(tx, id, y);
      }),
  );

  app.post(
    '/org-units/:id/assessments/:year/submit',
    {
      config: { access: write },
      schema: { tags, params: unitYearParams, response: { 200: filledAssessment } },
    },
    async (request) =>
      db.transaction(async (tx) => {
        const { id, year: y } = request.params;
        await submitAssessment(tx, actorOf(request), id, y);
        return getAssessment(tx, id, y);
      }),
  );

  app.post(
    '/org-units/:id/assessments/:year/review',
    {
      config: { access: write },
      schema: {
        tags,
        params: unitYearParams,
        body: reviewAssessmentBody,
        response: { 200: filledAssessment },
      },
    },
    async (request) =>
      db.transaction(async (tx) => {
        const { id, year: y } = request.params;
        await reviewAssessment(tx, actorOf(request), id, y, request.body);
        return getAssessment(tx, id, y);
      }),
  );

  app.post(
    '/org-units/:id/assessments/:year/return',
    {
      config: { access: write },
      schema: {
        tags,
        params: unitYearParams,
        body: returnAssessmentBody,
        response: { 200: filledAssessment },
      },
    },
    async (request) =>
      db.transaction(async (tx) => {
        const { id, year: y } = request.params;
        await returnAssessment(tx, actorOf(request), id, y, request.body);
        return getAssessment(tx, id, y);
      }),
  );
};
