// /api/unit-types: the configured powers of each unit type.
import { apiContract } from '@congdoan/domain';
import type { FastifyPluginAsync } from 'fastify';
import { actorOf } from '../../platform/context.ts';
import { implement } from '../../platform/routes.ts';
import { listUnitTypes, updateUnitType } from './unit-types.ts';

const routes = apiContract.unitTypes;

export const unitTypeRoutes: FastifyPluginAsync = async (app) => {
  implement(app, routes.list, { access: {}, handler: () => listUnitTypes(app.database.db) });

  implement(app, routes.update, {
    access: { power: 'editRules' },
    handler: (request) =>
      app.database.db.transaction((tx) =>
        updateUnitType(tx, actorOf(request), request.params.code, request.body),
      ),
  });
};
