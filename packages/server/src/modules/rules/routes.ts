// /api/rules: the effective-dated rules table — read by everyone signed in, extended by system administrators.
import { apiContract } from '@congdoan/domain';
import type { FastifyPluginAsync } from 'fastify';
import { actorOf } from '../../platform/context.ts';
import { implement } from '../../platform/routes.ts';
import { addRuleValue, listRules, ruleValueOn } from './service.ts';

const routes = apiContract.rules;

export const ruleRoutes: FastifyPluginAsync = async (app) => {
  implement(app, routes.list, {
    access: {},
    handler: (request) => listRules(app.database.db, request.query),
  });

  implement(app, routes.valueOn, {
    access: {},
    handler: (request) => ruleValueOn(app.database.db, request.query.key, request.query.date),
  });

  implement(app, routes.create, {
    access: { power: 'editRules' },
    handler: async (request, reply) => {
      const row = await addRuleValue(app.database.db, actorOf(request), request.body);
      return reply.status(201).send(row);
    },
  });
};
