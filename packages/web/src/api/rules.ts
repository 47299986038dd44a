// The effective-dated rules table.
import type { createRuleBody, RuleRow } from '@congdoan/domain';
import type { z } from 'zod';
import { get, post } from './client.ts';

export const rulesApi = {
  list: (params: { key?: string; asOf?: string } = {}) => get<RuleRow[]>('/rules', params),
  create: (body: z.input<typeof createRuleBody>) => post<RuleRow>('/rules', body),
};
