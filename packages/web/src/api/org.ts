// The organisation tree: units as of a date, their history and counts, and the restructuring events.
import type {
  dissolveUnitBody,
  EventResult,
  foundUnitBody,
  mergeUnitsBody,
  moveUnitBody,
  OrgEvent,
  OrgUnitDetail,
  OrgUnitSummary,
  splitUnitBody,
  UnitPage,
  UnitStats,
  UnitTypeCode,
  unitTypeSchema,
  updateUnitBody,
} from '@congdoan/domain';
import type { z } from 'zod';
import { get, patch, post } from './client.ts';

export type UnitTypeInfo = z.infer<typeof unitTypeSchema>;

export interface ListUnitsParams {
  q?: string;
  parentId?: number;
  type?: UnitTypeCode;
  asOf?: string;
  page?: number;
  pageSize?: number;
}

export const orgApi = {
  list: (params: ListUnitsParams = {}) => get<UnitPage>('/org-units', { ...params }),
  get: (id: number, asOf?: string) => get<OrgUnitDetail>(`/org-units/${id}`, { asOf }),
  children: (id: number, asOf?: string) => get<OrgUnitSummary[]>(`/org-units/${id}/children`, { asOf }),
  history: (id: number) => get<OrgEvent[]>(`/org-units/${id}/history`),
  stats: (id: number, asOf?: string) => get<UnitStats>(`/org-units/${id}/stats`, { asOf }),
  unitTypes: () => get<UnitTypeInfo[]>('/unit-types'),
  found: (body: z.input<typeof foundUnitBody>) => post<EventResult>('/org-units', body),
  update: (id: number, body: z.input<typeof updateUnitBody>) => patch<EventResult>(`/org-units/${id}`, body),
  move: (id: number, body: z.input<typeof moveUnitBody>) => post<EventResult>(`/org-units/${id}/move`, body),
  merge: (body: z.input<typeof mergeUnitsBody>) => post<EventResult>('/org-units/merge', body),
  split: (id: number, body: z.input<typeof splitUnitBody>) =>
    post<EventResult>(`/org-units/${id}/split`, body),
  dissolve: (id: number, body: z.input<typeof dissolveUnitBody>) =>
    post<EventResult>(`/org-units/${id}/dissolve`, body),
};
