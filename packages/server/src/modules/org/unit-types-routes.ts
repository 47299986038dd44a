// /api/unit-types: the configured powers of each unit type.
import { unitTypeCode, unitTypeSchema, updateUnitTypeBody } from '@congdoan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/context.ts';
import { listUnitTypes, updateUnitType } from './unit-types.ts';

export const unitTypeRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['org'];

  app.get(
    '/unit-types',
    { config: { access: {} }, schema: { tags, response: { 200: z.array(unitTypeSchema) } } },
    async () => listUnitTypes(app.database.db),
  );

  app.patch(
    '/unit-types/:code',
    {
      config: { access: { power: 'editRules' } },
      schema: {
        tags,
        params: z.object({ code: unitTypeCode }),
        body: updateUnitTypeBody,
        response: { 200: unitTypeSchema },
      },
    },
    async (request) =>
      app.database.db.transaction((tx) =>
        updateUnitType(tx, actorOf(request), request.params.code, request.body),
      ),
  );
};
