// /api the roll-up of a report period: a unit's figures with its reporting children's and last year's
// beside (drill down by asking for a child), the same as an .xlsx in the administrative layout, and a unit's
// report as a Word document with its narrative and figures. Reading needs the unit readable.
import { apiContract, DOCX, XLSX } from '@congdoan/domain';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { Tx } from '../../db/client.ts';
import { type AccessCheck, type Actor, actorOf } from '../../platform/context.ts';
import { requestLocale } from '../../platform/i18n.ts';
import { implement } from '../../platform/routes.ts';
import { assertUnitReadable } from '../../platform/scope.ts';
import { readUnitInPeriod } from './access.ts';
import { defaultUnitOf } from './completeness.ts';
import { exportRollup } from './export.ts';
import { assertInPeriodTree, rollupFor } from './figures.ts';
import { reportDocument } from './narrative.ts';
import { visiblePeriod } from './periods.ts';

const routes = apiContract.reports;

/** The unit named, when one is: readable as it stood on the period's cut-off. */
const readNamedUnit = (periodId: number, unitId: number | undefined): AccessCheck[] =>
  unitId === undefined ? [] : [readUnitInPeriod(periodId, unitId)];

/** The period (visible to the actor) and the unit asked for, by default the actor's or the issuer. */
async function periodAndUnit(tx: Tx, actor: Actor, periodId: number, unitId: number | undefined) {
  const period = await visiblePeriod(tx, actor, periodId);
  const unit = unitId ?? (await defaultUnitOf(tx, actor, period));
  await assertUnitReadable(tx, actor, unit, period.cutOff);
  await assertInPeriodTree(tx, period, unit);
  return { period, unitId: unit };
}

/** Sends a file as a download under its name. */
const sendFile = (reply: FastifyReply, type: string, fileName: string, body: Buffer) =>
  reply.type(type).header('content-disposition', `attachment; filename="${fileName}"`).send(body);

export const rollupRoutes: FastifyPluginAsync = async (app) => {
  const db = app.database.db;

  implement(app, routes.rollup, {
    reads: 'replica',
    access: { checks: ({ params, query }) => readNamedUnit(params.id, query.unitId) },
    handler: async (request) => {
      const actor = actorOf(request);
      const { period, unitId } = await periodAndUnit(db, actor, request.params.id, request.query.unitId);
      return rollupFor(db, period, unitId);
    },
  });

  implement(app, routes.rollupXlsx, {
    reads: 'replica',
    access: { checks: ({ params, query }) => readNamedUnit(params.id, query.unitId) },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const { period, unitId } = await periodAndUnit(db, actor, request.params.id, request.query.unitId);
      const rollup = await rollupFor(db, period, unitId);
      const { workbook, fileName } = await exportRollup(db, period, rollup, requestLocale(request));
      return sendFile(reply, XLSX, fileName, workbook);
    },
  });

  implement(app, routes.reportDocx, {
    reads: 'replica',
    access: { checks: ({ params }) => readNamedUnit(params.id, params.unitId) },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const { period, unitId } = await periodAndUnit(db, actor, request.params.id, request.params.unitId);
      const { document, fileName } = await reportDocument(db, period, unitId, requestLocale(request));
      return sendFile(reply, DOCX, fileName, document);
    },
  });
};
