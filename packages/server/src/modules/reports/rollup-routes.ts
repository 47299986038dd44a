// /api the roll-up of a report period: a unit's figures with its reporting children's and last year's
// beside (drill down by asking for a child), the same as an .xlsx in the administrative layout, and a unit's
// report as a Word document with its narrative and figures. Reading needs the unit readable.
import { idParam, reportRollup, rollupQuery } from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Tx } from '../../db/client.ts';
import { type AccessCheck, type Actor, actorOf } from '../../platform/context.ts';
import { assertUnitReadable } from '../../platform/scope.ts';
import { readUnitInPeriod } from './access.ts';
import { defaultUnitOf } from './completeness.ts';
import { exportRollup } from './export.ts';
import { assertInPeriodTree, rollupFor } from './figures.ts';
import { reportDocument } from './narrative.ts';
import { visiblePeriod } from './periods.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const id = idParam;
const tags = ['reports'];

/** A unit named in the query or the path, when one is: readable as it stood on the period's cut-off. */
const readNamedUnit = {
  checks: (request: FastifyRequest): AccessCheck[] => {
    const unitId =
      (request.params as { unitId?: number }).unitId ?? (request.query as { unitId?: number }).unitId;
    const periodId = (request.params as { id: number }).id;
    return unitId === undefined ? [] : [readUnitInPeriod(periodId, unitId)];
  },
};

/** The period (visible to the actor) and the unit asked for, by default the actor's or the issuer. */
async function periodAndUnit(tx: Tx, actor: Actor, periodId: number, unitId: number | undefined) {
  const period = await visiblePeriod(tx, actor, periodId);
  const unit = unitId ?? (await defaultUnitOf(tx, actor, period));
  await assertUnitReadable(tx, actor, unit, period.cutOff);
  await assertInPeriodTree(tx, period, unit);
  return { period, unitId: unit };
}

export const rollupRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.get(
    '/report-periods/:id/rollup',
    {
      config: { access: readNamedUnit },
      schema: {
        tags,
        params: z.object({ id }),
        querystring: rollupQuery,
        response: { 200: reportRollup },
      },
    },
    async (request) => {
      const { period, unitId } = await periodAndUnit(
        db,
        actorOf(request),
        request.params.id,
        request.query.unitId,
      );
      return rollupFor(db, period, unitId);
    },
  );

  app.get(
    '/report-periods/:id/rollup.xlsx',
    {
      config: { access: readNamedUnit },
      schema: { tags, params: z.object({ id }), querystring: rollupQuery },
    },
    async (request, reply) => {
      const { period, unitId } = await periodAndUnit(
        db,
        actorOf(request),
        request.params.id,
        request.query.unitId,
      );
      const { workbook, fileName } = await exportRollup(db, period, await rollupFor(db, period, unitId));
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(workbook);
    },
  );

  app.get(
    '/report-periods/:id/reports/:unitId/report.docx',
    {
      config: { access: readNamedUnit },
      schema: { tags, params: z.object({ id, unitId: id }) },
    },
    async (request, reply) => {
      const { period, unitId } = await periodAndUnit(
        db,
        actorOf(request),
        request.params.id,
        request.params.unitId,
      );
      const { document, fileName } = await reportDocument(db, period, unitId);
      return reply
        .type(DOCX)
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(document);
    },
  );
};
