// /api/org-units: the tree as of a date (search, a unit, its children, history, counts) and the
// restructuring events, each written in one transaction by service.ts.
import { apiContract, todayInVietnam } from '@congdoan/domain';
import type { FastifyPluginAsync } from 'fastify';
import type { Tx } from '../../db/client.ts';
import { type AccessCheck, actorOf } from '../../platform/context.ts';
import { implement } from '../../platform/routes.ts';
import { assertUnitReadable, readUnitOn } from '../../platform/scope.ts';
import { unitCanOf } from './can.ts';
import { memberStatsOf } from './members-port.ts';
import { getUnitDetail, listChildren, searchUnits, unitStats as statsOf, unitHistory } from './queries.ts';
import { dissolveUnit, foundUnit, mergeUnits, moveUnit, splitUnit, updateUnit } from './service.ts';

const routes = apiContract.org;

/** Write access on the effective date to every unit a restructuring request touches. */
function writableOn(date: string, ...unitIds: (number | undefined)[]): AccessCheck[] {
  const ids = [...new Set(unitIds.filter((id): id is number => id !== undefined))];
  return ids.map((id) => ({ unitId: id, mode: 'write', date }));
}

export const orgRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;
  const inTransaction = <T>(work: (tx: Tx) => Promise<T>) => db().transaction(work);

  implement(app, routes.list, {
    reads: 'replica',
    access: {},
    handler: async (request) => {
      const actor = actorOf(request);
      const { parentId, asOf } = request.query;
      if (parentId !== undefined) await assertUnitReadable(db(), actor, parentId, asOf ?? todayInVietnam());
      return searchUnits(db(), actor, request.query);
    },
  });

  // Read access to the unit named in the path, on the date asked for (today by default).
  implement(app, routes.get, {
    access: { checks: (request) => [readUnitOn(request.params.id, request.query.asOf)] },
    handler: async (request) => {
      const unit = await getUnitDetail(db(), request.params.id, request.query.asOf ?? todayInVietnam());
      return { ...unit, can: await unitCanOf(request, unit) };
    },
  });

  implement(app, routes.children, {
    reads: 'replica',
    access: { checks: (request) => [readUnitOn(request.params.id, request.query.asOf)] },
    handler: (request) =>
      listChildren(db(), actorOf(request), request.params.id, request.query.asOf ?? todayInVietnam()),
  });

  // A unit's history: the unit has been in scope, and the handler keeps only the versions that were.
  implement(app, routes.history, {
    reads: 'replica',
    access: { checks: (request) => [{ unitId: request.params.id, mode: 'history' }] },
    handler: (request) => unitHistory(db(), request.params.id, actorOf(request)),
  });

  implement(app, routes.stats, {
    reads: 'replica',
    access: { checks: (request) => [readUnitOn(request.params.id, request.query.asOf)] },
    handler: async (request) => {
      const asOf = request.query.asOf ?? todayInVietnam();
      const units = await statsOf(db(), request.params.id, asOf);
      return { ...units, members: await memberStatsOf(db(), request.params.id, asOf) };
    },
  });

  implement(app, routes.found, {
    access: {
      power: 'restructure',
      checks: (request) => writableOn(request.body.effectiveDate, request.body.parentId),
    },
    handler: async (request, reply) => {
      const result = await inTransaction((tx) => foundUnit(tx, actorOf(request), request.body));
      return reply.status(201).send(result);
    },
  });

  implement(app, routes.update, {
    access: {
      power: 'restructure',
      checks: (request) => writableOn(request.body.effectiveDate, request.params.id),
    },
    handler: async (request, reply) => {
      const result = await inTransaction((tx) =>
        updateUnit(tx, actorOf(request), request.params.id, request.body),
      );
      return reply.status(201).send(result);
    },
  });

  implement(app, routes.move, {
    access: {
      power: 'restructure',
      checks: (request) =>
        writableOn(request.body.effectiveDate, request.params.id, request.body.newParentId),
    },
    handler: async (request, reply) => {
      const result = await inTransaction((tx) =>
        moveUnit(tx, actorOf(request), request.params.id, request.body),
      );
      return reply.status(201).send(result);
    },
  });

  implement(app, routes.merge, {
    access: {
      power: 'restructure',
      checks: ({ body }) =>
        writableOn(body.effectiveDate, ...body.sourceIds, body.targetId, body.newTarget?.parentId),
    },
    handler: async (request, reply) => {
      const result = await inTransaction((tx) => mergeUnits(tx, actorOf(request), request.body));
      return reply.status(201).send(result);
    },
  });

  implement(app, routes.split, {
    access: {
      power: 'restructure',
      checks: ({ params, body }) =>
        writableOn(body.effectiveDate, params.id, ...body.parts.map((part) => part.parentId)),
    },
    handler: async (request, reply) => {
      const result = await inTransaction((tx) =>
        splitUnit(tx, actorOf(request), request.params.id, request.body),
      );
      return reply.status(201).send(result);
    },
  });

  implement(app, routes.dissolve, {
    access: {
      power: 'restructure',
      checks: ({ params, body }) =>
        writableOn(body.effectiveDate, params.id, body.childrenToId, body.membersToId),
    },
    handler: async (request, reply) => {
      const result = await inTransaction((tx) =>
        dissolveUnit(tx, actorOf(request), request.params.id, request.body),
      );
      return reply.status(201).send(result);
    },
  });
};
