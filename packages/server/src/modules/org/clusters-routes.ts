// /api/emulation-clusters: list (scope-filtered), create, change and delete the clusters of a parent unit.
import { apiContract, todayInVietnam } from '@congdoan/domain';
import type { FastifyPluginAsync } from 'fastify';
import { actorOf } from '../../platform/context.ts';
import { implement } from '../../platform/routes.ts';
import { assertUnitReadable, registerEntityResolver, yearEnd } from '../../platform/scope.ts';
import { clusterRows } from './can.ts';
import {
  clusterParentUnit,
  createCluster,
  deleteCluster,
  listClusters,
  updateCluster,
} from './clusters-service.ts';

const routes = apiContract.clusters;

/** Routes on one cluster: scope resolves through its parent unit; the service adds the write check. */
const onCluster = {
  power: 'restructure' as const,
  checks: (request: { params: { id: number } }) => [
    { entity: 'emulationCluster', id: request.params.id, mode: 'write' as const },
  ],
};

export const clusterRoutes: FastifyPluginAsync = async (app) => {
  registerEntityResolver('emulationCluster', async (tx, id) => {
    const cluster = await clusterParentUnit(tx, id);
    return cluster && { unitId: cluster.unitId, date: yearEnd(cluster.year) };
  });
  const db = () => app.database.db;

  implement(app, routes.list, {
    access: {},
    handler: async (request) => {
      const actor = actorOf(request);
      const { parentId, year } = request.query;
      if (parentId !== undefined)
        await assertUnitReadable(
          db(),
          actor,
          parentId,
          year === undefined ? todayInVietnam() : yearEnd(year),
        );
      return clusterRows(request, await listClusters(db(), actor, request.query));
    },
  });

  implement(app, routes.create, {
    access: {
      power: 'restructure',
      checks: ({ body }) => [{ unitId: body.parentUnitId, mode: 'write', date: `${body.year}-01-01` }],
    },
    handler: async (request, reply) => {
      const cluster = await db().transaction((tx) => createCluster(tx, actorOf(request), request.body));
      return reply.status(201).send(cluster);
    },
  });

  implement(app, routes.update, {
    access: onCluster,
    handler: (request) =>
      db().transaction((tx) => updateCluster(tx, actorOf(request), request.params.id, request.body)),
  });

  implement(app, routes.remove, {
    access: onCluster,
    handler: async (request, reply) => {
      await db().transaction((tx) => deleteCluster(tx, actorOf(request), request.params.id));
      return reply.status(204).send();
    },
  });
};
