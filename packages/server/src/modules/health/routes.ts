// GET /api/health: is the server up, on which database, and can that database still write (PRODUCT.md
// contract, extended with 503 "degraded" and the problem so monitoring sees a full or read-only disk).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { storageMonitor } from './storage.ts';

const db = z.enum(['pglite', 'postgres']);

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['platform'],
        response: {
          200: z.object({ status: z.literal('ok'), db }),
          503: z.object({
            status: z.literal('degraded'),
            db,
            problem: z.enum(['diskFull', 'readOnly', 'writeFailed', 'notResponding']),
          }),
        },
      },
    },
    async (_request, reply) => {
      const problem = await storageMonitor(app.database, app.config.minFreeMb).check();
      if (problem) return reply.status(503).send({ status: 'degraded', db: app.database.kind, problem });
      return { status: 'ok' as const, db: app.database.kind };
    },
  );
};
