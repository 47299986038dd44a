// /api periodic reports: the report forms, the periods a unit opens for its subtree, each unit's report with
// its save / submit / approve / return workflow, completeness under a unit and reminders (đôn đốc). The
// roll-up and the Excel and Word exports are in rollup-routes.ts.
import {
  completenessQuery,
  idParam,
  listReportPeriodsQuery,
  reminderBody,
  reminderResult,
  reportCompleteness,
  reportForm,
  reportFormDefinition,
  reportPeriod,
  reportPeriodBody,
  reportPeriodPatch,
  returnReportBody,
  todayInVietnam,
  unitReport,
  unitReportBody,
} from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db, Tx } from '../../db/client.ts';
import { type AccessCheck, type Actor, actorOf } from '../../platform/context.ts';
import { readUnitOn } from '../../platform/scope.ts';
import { readUnitInPeriod } from './access.ts';
import { reportCompleteness as completenessOf, defaultUnitOf, remindUnits } from './completeness.ts';
import { createForm, listForms, updateForm } from './forms.ts';
import { getPeriod, listPeriods, openPeriod, updatePeriod, visiblePeriod } from './periods.ts';
import {
  approveUnitReport,
  getUnitReport,
  returnUnitReport,
  saveUnitReport,
  submitUnitReport,
} from './workflow.ts';

const id = idParam;
const idParams = z.object({ id });
const reportParams = z.object({ id, unitId: id });
const tags = ['reports'];

type Params = { unitId?: number };
/** A unit's report: the unit as it stood on the period's cut-off. */
const readReportUnit = {
  checks: (request: FastifyRequest): AccessCheck[] => {
    const { id: periodId, unitId } = request.params as { id: number; unitId: number };
    return [readUnitInPeriod(periodId, unitId)];
  },
};
const writeReportUnit = {
  power: 'writeRecords' as const,
  checks: (request: FastifyRequest) => [
    {
      unitId: (request.params as { unitId: number }).unitId,
      mode: 'write' as const,
      date: todayInVietnam(),
    },
  ],
};
/** Reviewing: the scope is over the unit's parent, which the service checks. */
const review = { power: 'writeRecords' as const };
/** The periods of a unit named in the query, when one is: the unit in scope today. */
const readQueryUnit = {
  checks: (request: FastifyRequest): AccessCheck[] => {
    const unitId = (request.query as Params).unitId;
    return unitId === undefined ? [] : [readUnitOn(unitId)];
  },
};
/** A unit named in the query of a period's route, when one is: as it stood on the period's cut-off. */
const readQueryUnitInPeriod = {
  checks: (request: FastifyRequest): AccessCheck[] => {
    const unitId = (request.query as Params).unitId;
    const periodId = (request.params as { id: number }).id;
    return unitId === undefined ? [] : [readUnitInPeriod(periodId, unitId)];
  },
};

/** Runs a workflow action on a unit's report and answers the report as it then stands, in one transaction. */
function thenReport(
  db: Db,
  actor: Actor,
  { id: periodId, unitId }: { id: number; unitId: number },
  action: (tx: Tx, actor: Actor, periodId: number, unitId: number) => Promise<unknown>,
) {
  return db.transaction(async (tx) => {
    await action(tx, actor, periodId, unitId);
    return getUnitReport(tx, actor, periodId, unitId);
  });
}

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  // Forms ----------------------------------------------------------------------------------------------
  app.get(
    '/report-forms',
    { config: { access: {} }, schema: { tags, response: { 200: z.array(reportForm) } } },
    async () => listForms(db),
  );

  app.post(
    '/report-forms',
    {
      config: { access: { power: 'editRules' } },
      schema: { tags, body: reportFormDefinition, response: { 201: reportForm } },
    },
    async (request, reply) => {
      const form = await db.transaction((tx) => createForm(tx, actorOf(request), request.body));
      return reply.code(201).send(form);
    },
  );

  app.patch(
    '/report-forms/:id',
    {
      config: { access: { power: 'editRules' } },
      schema: { tags, params: idParams, body: reportFormDefinition, response: { 200: reportForm } },
    },
    async (request) =>
      db.transaction((tx) => updateForm(tx, actorOf(request), request.params.id, request.body)),
  );

  // Periods --------------------------------------------------------------------------------------------
  app.get(
    '/report-periods',
    {
      config: { access: readQueryUnit },
      schema: { tags, querystring: listReportPeriodsQuery, response: { 200: z.array(reportPeriod) } },
    },
    async (request) => listPeriods(db, actorOf(request), request.query),
  );

  app.post(
    '/report-periods',
    {
      config: {
        access: {
          power: 'writeRecords',
          checks: (request) => [
            {
              unitId: (request.body as { unitId: number }).unitId,
              mode: 'write' as const,
              date: todayInVietnam(),
            },
          ],
        },
      },
      schema: { tags, body: reportPeriodBody, response: { 201: reportPeriod } },
    },
    async (request, reply) => {
      const period = await db.transaction((tx) => openPeriod(tx, actorOf(request), request.body));
      return reply.code(201).send(period);
    },
  );

  app.get(
    '/report-periods/:id',
    { config: { access: {} }, schema: { tags, params: idParams, response: { 200: reportPeriod } } },
    async (request) => getPeriod(db, actorOf(request), request.params.id),
  );

  app.patch(
    '/report-periods/:id',
    {
      config: { access: { power: 'writeRecords' } },
      schema: { tags, params: idParams, body: reportPeriodPatch, response: { 200: reportPeriod } },
    },
    async (request) =>
      db.transaction((tx) => updatePeriod(tx, actorOf(request), request.params.id, request.body)),
  );

  // A unit's report ------------------------------------------------------------------------------------
  app.get(
    '/report-periods/:id/reports/:unitId',
    {
      config: { access: readReportUnit },
      schema: { tags, params: reportParams, response: { 200: unitReport } },
    },
    async (request) => getUnitReport(db, actorOf(request), request.params.id, request.params.unitId),
  );

  app.put(
    '/report-periods/:id/reports/:unitId',
    {
      config: { access: writeReportUnit },
      schema: { tags, params: reportParams, body: unitReportBody, response: { 200: unitReport } },
    },
    async (request) =>
      thenReport(db, actorOf(request), request.params, (tx, actor, periodId, unitId) =>
        saveUnitReport(tx, actor, periodId, unitId, request.body),
      ),
  );

  app.post(
    '/report-periods/:id/reports/:unitId/submit',
    {
      config: { access: writeReportUnit },
      schema: { tags, params: reportParams, response: { 200: unitReport } },
    },
    async (request) => thenReport(db, actorOf(request), request.params, submitUnitReport),
  );

  app.post(
    '/report-periods/:id/reports/:unitId/approve',
    { config: { access: review }, schema: { tags, params: reportParams, response: { 200: unitReport } } },
    async (request) => thenReport(db, actorOf(request), request.params, approveUnitReport),
  );

  app.post(
    '/report-periods/:id/reports/:unitId/return',
    {
      config: { access: review },
      schema: { tags, params: reportParams, body: returnReportBody, response: { 200: unitReport } },
    },
    async (request) =>
      thenReport(db, actorOf(request), request.params, (tx, actor, periodId, unitId) =>
        returnUnitReport(tx, actor, periodId, unitId, request.body),
      ),
  );

  // Completeness and reminders -------------------------------------------------------------------------
  app.get(
    '/report-periods/:id/completeness',
    {
      config: { access: readQueryUnitInPeriod },
      schema: {
        tags,
        params: idParams,
        querystring: completenessQuery,
        response: { 200: reportCompleteness },
      },
    },
    async (request) =>
      db.transaction(async (tx) => {
        const actor = actorOf(request);
        const unitId =
          request.query.unitId ??
          (await defaultUnitOf(tx, actor, await visiblePeriod(tx, actor, request.params.id)));
        return completenessOf(tx, actor, request.params.id, unitId);
      }),
  );

  app.post(
    '/report-periods/:id/reminders',
    {
      config: {
        access: {
          power: 'writeRecords',
          checks: (request) => [
            {
              unitId: (request.body as { unitId: number }).unitId,
              mode: 'write' as const,
              date: todayInVietnam(),
            },
          ],
        },
      },
      schema: { tags, params: idParams, body: reminderBody, response: { 200: reminderResult } },
    },
    async (request) =>
      db.transaction((tx) => remindUnits(tx, actorOf(request), request.params.id, request.body)),
  );
};
