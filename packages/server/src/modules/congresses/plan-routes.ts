// The congress plans a unit issues for its subtree, a unit's congress overview and terms, and the progress of
// a cycle across a subtree with its .xlsx export (registered by routes.ts under /api).
import { apiContract, todayInVietnam, XLSX } from '@congdoan/domain';
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../../platform/context.ts';
import { requestLocale } from '../../platform/i18n.ts';
import { implement } from '../../platform/routes.ts';
import { readUnitOn } from '../../platform/scope.ts';
import { progressWorkbook } from './export.ts';
import { createPlan, plansForUnit, readPlan } from './plans.ts';
import { congressOverview } from './presenter.ts';
import { congressProgressOf, progressAnswer } from './progress.ts';
import { termsOfUnit } from './terms.ts';
import { attachment } from './upload.ts';

const routes = apiContract.congresses;

export function planAndProgressRoutes(app: FastifyInstance): void {
  const db = app.database.db;

  implement(app, routes.issuePlan, {
    access: {
      power: 'writeRecords',
      checks: (request) => [{ unitId: request.body.issuerUnitId, mode: 'write', date: todayInVietnam() }],
    },
    handler: async (request, reply) => {
      const plan = await db.transaction(async (tx) => {
        const actor = actorOf(request);
        return readPlan(tx, actor, await createPlan(tx, actor, request.body));
      });
      return reply.status(201).send(plan);
    },
  });

  implement(app, routes.plans, {
    access: {
      checks: (request) => (request.query.unitId === undefined ? [] : [readUnitOn(request.query.unitId)]),
    },
    handler: (request) =>
      plansForUnit(db, request.query.unitId ?? actorOf(request).unitId, request.query.cycle),
  });

  // A plan is read by the units it applies to as well as by those who have its issuer in scope.
  implement(app, routes.plan, {
    access: {},
    handler: (request) => readPlan(db, actorOf(request), request.params.id),
  });

  implement(app, routes.unitOverview, {
    access: { checks: (request) => [readUnitOn(request.params.id)] },
    handler: (request) => congressOverview(request, db, request.params.id),
  });

  implement(app, routes.terms, {
    access: { checks: (request) => [readUnitOn(request.params.id)] },
    handler: (request) => termsOfUnit(db, request.params.id),
  });

  implement(app, routes.progress, {
    reads: 'replica',
    access: { checks: (request) => [readUnitOn(request.query.unitId)] },
    handler: async (request) => progressAnswer(await congressProgressOf(db, actorOf(request), request.query)),
  });

  implement(app, routes.progressExport, {
    reads: 'replica',
    access: { checks: (request) => [readUnitOn(request.query.unitId)] },
    handler: async (request, reply) => {
      const { workbook, fileName } = await progressWorkbook(
        db,
        actorOf(request),
        request.query,
        requestLocale(request),
      );
      return reply.type(XLSX).header('content-disposition', attachment(fileName)).send(workbook);
    },
  });
}
