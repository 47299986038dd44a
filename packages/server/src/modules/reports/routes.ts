// /api periodic reports: the report forms, the periods a unit opens for its subtree, each unit's report with
// its save / submit / approve / return workflow, completeness under a unit and reminders (đôn đốc). The
// roll-up and the Excel and Word exports are in rollup-routes.ts. A write runs in one transaction; what it
// answers is read once it is committed, with what the caller may now do (can.ts).
import { apiContract, todayInVietnam } from '@congdoan/domain';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/client.ts';
import { type AccessCheck, type Actor, actorOf } from '../../platform/context.ts';
import { implement } from '../../platform/routes.ts';
import { readUnitOn } from '../../platform/scope.ts';
import { readUnitInPeriod, writePeriod } from './access.ts';
import { completenessView, periodListView, periodView, reportView } from './can.ts';
import { reportCompleteness as completenessOf, defaultUnitOf, remindUnits } from './completeness.ts';
import { loadPeriod } from './figures.ts';
import { createForm, listForms, updateForm } from './forms.ts';
import { listPeriods, openPeriod, updatePeriod, visiblePeriod } from './periods.ts';
import {
  approveUnitReport,
  getUnitReport,
  returnUnitReport,
  saveUnitReport,
  submitUnitReport,
} from './workflow.ts';

const forms = apiContract.reportForms;
const routes = apiContract.reports;

type ReportParams = { params: { id: number; unitId: number } };
/** A unit's report: the unit as it stood on the period's cut-off. */
const readReportUnit = {
  checks: ({ params }: ReportParams): AccessCheck[] => [readUnitInPeriod(params.id, params.unitId)],
};
/** Writing a unit's own report: the unit in scope today. */
const writeReportUnit = {
  power: 'writeRecords' as const,
  checks: ({ params }: ReportParams): AccessCheck[] => [
    { unitId: params.unitId, mode: 'write', date: todayInVietnam() },
  ],
};
/** Reviewing: the scope is over the unit's parent, which the service checks. */
const review = { power: 'writeRecords' as const };
/** A unit named in the body of a write: in scope today. */
const writeBodyUnit = {
  power: 'writeRecords' as const,
  checks: ({ body }: { body: { unitId: number } }): AccessCheck[] => [
    { unitId: body.unitId, mode: 'write', date: todayInVietnam() },
  ],
};

/** Runs a workflow action on a unit's report; answers the report as it then stands, with the caller's can. */
async function thenReport(
  db: Db,
  request: FastifyRequest,
  { id: periodId, unitId }: { id: number; unitId: number },
  action: (tx: Tx, actor: Actor, periodId: number, unitId: number) => Promise<unknown>,
) {
  const actor = actorOf(request);
  const report = await db.transaction(async (tx) => {
    await action(tx, actor, periodId, unitId);
    return getUnitReport(tx, actor, periodId, unitId);
  });
  return reportView(request, report);
}

export const reportRoutes: FastifyPluginAsync = async (app) => {
  const db = app.database.db;

  // Forms ----------------------------------------------------------------------------------------------
  implement(app, forms.list, { access: {}, handler: () => listForms(db) });

  implement(app, forms.create, {
    access: { power: 'editRules' },
    handler: async (request, reply) => {
      const form = await db.transaction((tx) => createForm(tx, actorOf(request), request.body));
      return reply.code(201).send(form);
    },
  });

  implement(app, forms.update, {
    access: { power: 'editRules' },
    handler: (request) =>
      db.transaction((tx) => updateForm(tx, actorOf(request), request.params.id, request.body)),
  });

  // Periods --------------------------------------------------------------------------------------------
  implement(app, routes.listPeriods, {
    // The periods of a unit named in the query, when one is: the unit in scope today.
    access: {
      checks: ({ query }) => (query.unitId === undefined ? [] : [readUnitOn(query.unitId)]),
    },
    handler: async (request) => {
      const unitId = request.query.unitId ?? actorOf(request).unitId;
      const periods = await listPeriods(db, actorOf(request), request.query);
      return periodListView(db, request, unitId, periods);
    },
  });

  implement(app, routes.openPeriod, {
    access: writeBodyUnit,
    handler: async (request, reply) => {
      const id = await db.transaction((tx) => openPeriod(tx, actorOf(request), request.body));
      return reply.code(201).send(await periodView(db, request, await loadPeriod(db, id)));
    },
  });

  implement(app, routes.getPeriod, {
    access: {},
    handler: async (request) =>
      periodView(db, request, await visiblePeriod(db, actorOf(request), request.params.id)),
  });

  implement(app, routes.updatePeriod, {
    access: { power: 'writeRecords', checks: ({ params }) => [writePeriod(params.id)] },
    handler: async (request) => {
      const { id } = request.params;
      await db.transaction((tx) => updatePeriod(tx, actorOf(request), id, request.body));
      return periodView(db, request, await loadPeriod(db, id));
    },
  });

  // A unit's report ------------------------------------------------------------------------------------
  implement(app, routes.getReport, {
    access: readReportUnit,
    handler: async (request) =>
      reportView(
        request,
        await getUnitReport(db, actorOf(request), request.params.id, request.params.unitId),
      ),
  });

  implement(app, routes.saveReport, {
    access: writeReportUnit,
    handler: (request) =>
      thenReport(db, request, request.params, (tx, actor, periodId, unitId) =>
        saveUnitReport(tx, actor, periodId, unitId, request.body),
      ),
  });

  implement(app, routes.submitReport, {
    access: writeReportUnit,
    handler: (request) => thenReport(db, request, request.params, submitUnitReport),
  });

  implement(app, routes.approveReport, {
    access: review,
    handler: (request) => thenReport(db, request, request.params, approveUnitReport),
  });

  implement(app, routes.returnReport, {
    access: review,
    handler: (request) =>
      thenReport(db, request, request.params, (tx, actor, periodId, unitId) =>
        returnUnitReport(tx, actor, periodId, unitId, request.body),
      ),
  });

  // Completeness and reminders -------------------------------------------------------------------------
  implement(app, routes.completeness, {
    reads: 'replica',
    // A unit named in the query, when one is: as it stood on the period's cut-off.
    access: {
      checks: ({ params, query }) =>
        query.unitId === undefined ? [] : [readUnitInPeriod(params.id, query.unitId)],
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const completeness = await db.transaction(async (tx) => {
        const unitId =
          request.query.unitId ??
          (await defaultUnitOf(tx, actor, await visiblePeriod(tx, actor, request.params.id)));
        const { unitId: _unit, ...page } = request.query;
        return completenessOf(tx, actor, request.params.id, unitId, page);
      });
      return completenessView(request, completeness);
    },
  });

  implement(app, routes.remind, {
    access: writeBodyUnit,
    handler: (request) =>
      db.transaction((tx) => remindUnits(tx, actorOf(request), request.params.id, request.body)),
  });
};
