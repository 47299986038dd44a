// GET /api/health: is the server up, on which database, and can that database still write (PRODUCT.md
// contract, extended with 503 "degraded" and the problem so monitoring sees a full or read-only disk).
import { apiContract } from '@congdoan/domain';
import type { FastifyPluginAsync } from 'fastify';
import { implement } from '../../platform/routes.ts';
import { storageMonitor } from './storage.ts';

export const healthRoutes: FastifyPluginAsync = async (app) => {
  implement(app, apiContract.platform.health, {
    access: 'public',
    handler: async (_request, reply) => {
      const problem = await storageMonitor(app.database, app.config.minFreeMb).check();
      if (problem) return reply.status(503).send({ status: 'degraded', db: app.database.kind, problem });
      return { status: 'ok' as const, db: app.database.kind };
    },
  });
};
