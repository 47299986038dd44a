// /api/emulation-clusters: list (scope-filtered), create, change and delete the clusters of a parent unit.
import {
  createClusterBody,
  emulationCluster,
  idParam,
  listClustersQuery,
  todayInVietnam,
  updateClusterBody,
} from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/context.ts';
import { assertUnitReadable, registerEntityResolver, yearEnd } from '../../platform/scope.ts';
import {
  clusterParentUnit,
  createCluster,
  deleteCluster,
  listClusters,
  updateCluster,
} from './clusters-service.ts';

const idParams = z.object({ id: idParam });
const tags = ['org'];

/** Routes on one cluster: scope resolves through its parent unit; the service adds the write check. */
const onCluster = {
  power: 'restructure' as const,
  checks: (request: FastifyRequest) => [
    { entity: 'emulationCluster', id: (request.params as { id: number }).id, mode: 'write' as const },
  ],
};

export const clusterRoutes: FastifyPluginAsyncZod = async (app) => {
  registerEntityResolver('emulationCluster', async (tx, id) => {
    const cluster = await clusterParentUnit(tx, id);
    return cluster && { unitId: cluster.unitId, date: yearEnd(cluster.year) };
  });
  const db = () => app.database.db;

  app.get(
    '/emulation-clusters',
    {
      config: { access: {} },
      schema: { tags, querystring: listClustersQuery, response: { 200: z.array(emulationCluster) } },
    },
    async (request) => {
      const actor = actorOf(request);
      const { parentId, year } = request.query;
      if (parentId !== undefined)
        await assertUnitReadable(
          db(),
          actor,
          parentId,
          year === undefined ? todayInVietnam() : yearEnd(year),
        );
      return listClusters(db(), actor, request.query);
    },
  );

  app.post(
    '/emulation-clusters',
    {
      config: {
        access: {
          power: 'restructure',
          checks: (request) => {
            const body = request.body as z.infer<typeof createClusterBody>;
            return [{ unitId: body.parentUnitId, mode: 'write', date: `${body.year}-01-01` }];
          },
        },
      },
      schema: { tags, body: createClusterBody, response: { 201: emulationCluster } },
    },
    async (request, reply) => {
      const cluster = await db().transaction((tx) => createCluster(tx, actorOf(request), request.body));
      return reply.status(201).send(cluster);
    },
  );

  app.patch(
    '/emulation-clusters/:id',
    {
      config: { access: onCluster },
      schema: { tags, params: idParams, body: updateClusterBody, response: { 200: emulationCluster } },
    },
    async (request) =>
      db().transaction((tx) => updateCluster(tx, actorOf(request), request.params.id, request.body)),
  );

  app.delete(
    '/emulation-clusters/:id',
    {
      config: { access: onCluster },
      schema: { tags, params: idParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await db().transaction((tx) => deleteCluster(tx, actorOf(request), request.params.id));
      return reply.status(204).send(null);
    },
  );
};
