// /api/org-units: the tree as of a date (search, a unit, its children, history, counts) and the
// restructuring events, each written in one transaction by service.ts.
import {
  asOfQuery,
  dissolveUnitBody,
  eventResult,
  foundUnitBody,
  listUnitsQuery,
  mergeUnitsBody,
  moveUnitBody,
  orgEvent,
  orgUnitDetail,
  orgUnitSummary,
  splitUnitBody,
  todayInVietnam,
  unitId,
  unitPage,
  unitStats,
  updateUnitBody,
} from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Tx } from '../../db/client.ts';
import { type AccessCheck, actorOf } from '../../platform/context.ts';
import { assertUnitReadable, readUnitOn } from '../../platform/scope.ts';
import { memberStatsFor } from '../members/stats.ts';
import { getUnitDetail, listChildren, searchUnits, unitStats as statsOf, unitHistory } from './queries.ts';
import { dissolveUnit, foundUnit, mergeUnits, moveUnit, splitUnit, updateUnit } from './service.ts';

const idParams = z.object({ id: unitId });
const tags = ['org'];

/** Read access to the unit named in the path, on the date asked for (today by default). */
const readUnit = {
  checks: (request: FastifyRequest): AccessCheck[] => [
    readUnitOn(idOf(request), (request.query as { asOf?: string }).asOf),
  ],
};
/** A unit's history: the unit has been in scope, and the handler keeps only the versions that were. */
const unitHistoryAccess = {
  checks: (request: FastifyRequest): AccessCheck[] => [{ unitId: idOf(request), mode: 'history' }],
};

function idOf(request: FastifyRequest): number {
  return (request.params as { id: number }).id;
}

/** Write access on the effective date to every unit a restructuring request touches. */
function restructure(unitIds: (request: FastifyRequest) => (number | undefined)[]) {
  return {
    power: 'restructure' as const,
    checks: (request: FastifyRequest): AccessCheck[] => {
      const date = (request.body as { effectiveDate: string }).effectiveDate;
      const ids = [...new Set(unitIds(request).filter((id): id is number => id !== undefined))];
      return ids.map((id) => ({ unitId: id, mode: 'write', date }));
    },
  };
}

export const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  const inTransaction = <T>(work: (tx: Tx) => Promise<T>) => app.database.db.transaction(work);
  const created = { 201: eventResult };

  app.get(
    '/org-units',
    { config: { access: {} }, schema: { tags, querystring: listUnitsQuery, response: { 200: unitPage } } },
    async (request) => {
      const actor = actorOf(request);
      const { parentId, asOf } = request.query;
      if (parentId !== undefined) {
        await assertUnitReadable(app.database.db, actor, parentId, asOf ?? todayInVietnam());
      }
      return searchUnits(app.database.db, actor, request.query);
    },
  );

  app.get(
    '/org-units/:id',
    {
      config: { access: readUnit },
      schema: { tags, params: idParams, querystring: asOfQuery, response: { 200: orgUnitDetail } },
    },
    async (request) =>
      getUnitDetail(app.database.db, request.params.id, request.query.asOf ?? todayInVietnam()),
  );

  app.get(
    '/org-units/:id/children',
    {
      config: { access: readUnit },
      schema: { tags, params: idParams, querystring: asOfQuery, response: { 200: z.array(orgUnitSummary) } },
    },
    async (request) =>
      listChildren(
        app.database.db,
        actorOf(request),
        request.params.id,
        request.query.asOf ?? todayInVietnam(),
      ),
  );

  app.get(
    '/org-units/:id/history',
    {
      config: { access: unitHistoryAccess },
      schema: { tags, params: idParams, response: { 200: z.array(orgEvent) } },
    },
    async (request) => unitHistory(app.database.db, request.params.id, actorOf(request)),
  );

  app.get(
    '/org-units/:id/stats',
    {
      config: { access: readUnit },
      schema: { tags, params: idParams, querystring: asOfQuery, response: { 200: unitStats } },
    },
    async (request) => {
      const asOf = request.query.asOf ?? todayInVietnam();
      const units = await statsOf(app.database.db, request.params.id, asOf);
      return { ...units, members: await memberStatsFor(app.database.db, request.params.id, { asOf }) };
    },
  );

  app.post(
    '/org-units',
    {
      config: { access: restructure((request) => [(request.body as { parentId: number }).parentId]) },
      schema: { tags, body: foundUnitBody, response: created },
    },
    async (request, reply) => {
      const result = await inTransaction((tx) => foundUnit(tx, actorOf(request), request.body));
      return reply.status(201).send(result);
    },
  );

  app.patch(
    '/org-units/:id',
    {
      config: { access: restructure((request) => [idOf(request)]) },
      schema: { tags, params: idParams, body: updateUnitBody, response: created },
    },
    async (request, reply) => {
      const result = await inTransaction((tx) =>
        updateUnit(tx, actorOf(request), request.params.id, request.body),
      );
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/org-units/:id/move',
    {
      config: {
        access: restructure((request) => [
          idOf(request),
          (request.body as { newParentId: number }).newParentId,
        ]),
      },
      schema: { tags, params: idParams, body: moveUnitBody, response: created },
    },
    async (request, reply) => {
      const result = await inTransaction((tx) =>
        moveUnit(tx, actorOf(request), request.params.id, request.body),
      );
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/org-units/merge',
    {
      config: {
        access: restructure((request) => {
          const body = request.body as z.infer<typeof mergeUnitsBody>;
          return [...body.sourceIds, body.targetId, body.newTarget?.parentId];
        }),
      },
      schema: { tags, body: mergeUnitsBody, response: created },
    },
    async (request, reply) => {
      const result = await inTransaction((tx) => mergeUnits(tx, actorOf(request), request.body));
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/org-units/:id/split',
    {
      config: {
        access: restructure((request) => [
          idOf(request),
          ...(request.body as z.infer<typeof splitUnitBody>).parts.map((part) => part.parentId),
        ]),
      },
      schema: { tags, params: idParams, body: splitUnitBody, response: created },
    },
    async (request, reply) => {
      const result = await inTransaction((tx) =>
        splitUnit(tx, actorOf(request), request.params.id, request.body),
      );
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/org-units/:id/dissolve',
    {
      config: {
        access: restructure((request) => [
          idOf(request),
          (request.body as { childrenToId?: number }).childrenToId,
          (request.body as { membersToId?: number }).membersToId,
        ]),
      },
      schema: { tags, params: idParams, body: dissolveUnitBody, response: created },
    },
    async (request, reply) => {
      const result = await inTransaction((tx) =>
        dissolveUnit(tx, actorOf(request), request.params.id, request.body),
      );
      return reply.status(201).send(result);
    },
  );
};
