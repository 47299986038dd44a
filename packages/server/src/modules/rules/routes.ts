// /api/rules: the effective-dated rules table — read by everyone signed in, extended by system administrators.
import { createRuleBody, listRulesQuery, ruleRow, ruleValueAnswer, ruleValueQuery } from '@congdoan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/context.ts';
import { addRuleValue, listRules, ruleValueOn } from './service.ts';

export const ruleRoutes: FastifyPluginAsyncZod = async (app) => {
  // The rules are national, not data of a unit: every signed-in user may read them.
  app.get(
    '/rules',
    {
      config: { access: {} },
      schema: { tags: ['rules'], querystring: listRulesQuery, response: { 200: z.array(ruleRow) } },
    },
    async (request) => listRules(app.database.db, request.query),
  );

  app.get(
    '/rules/value',
    {
      config: { access: {} },
      schema: { tags: ['rules'], querystring: ruleValueQuery, response: { 200: ruleValueAnswer } },
    },
    async (request) => ruleValueOn(app.database.db, request.query.key, request.query.date),
  );

  app.post(
    '/rules',
    {
      config: { access: { power: 'editRules' } },
      schema: { tags: ['rules'], body: createRuleBody, response: { 201: ruleRow } },
    },
    async (request, reply) => {
      const row = await addRuleValue(app.database.db, actorOf(request), request.body);
      return reply.status(201).send(row);
    },
  );
};
