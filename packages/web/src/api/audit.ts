// The audit log, read-only: who changed what and when, with before and after.
import type { auditPage } from '@congdoan/domain';
import type { z } from 'zod';
import { get } from './client.ts';

export type AuditPage = z.infer<typeof auditPage>;

export interface AuditParams {
  unitId?: number;
  entity?: string;
  entityId?: string;
  subtree?: boolean;
  page?: number;
  pageSize?: number;
}

export const auditApi = {
  list: (params: AuditParams) => get<AuditPage>('/audit', { ...params }),
};
