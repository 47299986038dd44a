// The routes of the effective-dated rules table.
import { z } from 'zod';
import { c, meta } from '../common/contract.ts';
import { createRuleBody, listRulesQuery, ruleRow, ruleValueAnswer, ruleValueQuery } from './schemas.ts';

const tag = 'rules';

export const rulesContract = c.router({
  // The rules are national, not data of a unit: every signed-in user may read them.
  list: {
    method: 'GET',
    path: '/rules',
    query: listRulesQuery,
    responses: { 200: z.array(ruleRow) },
    metadata: meta(tag, { kind: 'signedIn' }),
  },
  valueOn: {
    method: 'GET',
    path: '/rules/value',
    query: ruleValueQuery,
    responses: { 200: ruleValueAnswer },
    metadata: meta(tag, { kind: 'signedIn' }),
  },
  create: {
    method: 'POST',
    path: '/rules',
    body: createRuleBody,
    responses: { 201: ruleRow },
    metadata: meta(tag, { kind: 'signedIn', power: 'editRules' }),
  },
});
