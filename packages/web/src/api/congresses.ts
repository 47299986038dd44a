// Congresses: the plans a unit issues for its subtree, each unit's congress of a cycle, its documents and the
// term it opens, and the progress of a cycle across a subtree.
import type {
  Congress,
  CongressPlan,
  CongressProgress,
  congressDocument,
  congressDocumentKind,
  congressPage,
  congressPlanBody,
  createCongressBody,
  RuleValueAnswer,
  recogniseCongressBody,
  SetTermBody,
  UnitTerm,
  updateCongressBody,
} from '@congdoan/domain';
import type { z } from 'zod';
import { del, get, patch, post, put, request, withQuery } from './client.ts';

export type CongressDocument = z.infer<typeof congressDocument>;
export type CongressDocumentKind = z.infer<typeof congressDocumentKind>;
export type CongressPage = z.infer<typeof congressPage>;

export interface CongressListParams {
  unitId?: number;
  /** false: the unit's own congresses only, not those of the units below it */
  subtree?: boolean;
  cycle?: string;
  status?: string;
  page?: number;
  pageSize?: number;
}

export interface ProgressParams {
  unitId: number;
  cycle: string;
  asOf?: string;
}

export const congressesApi = {
  plans: (params: { unitId: number; cycle?: string }) =>
    get<CongressPlan[]>('/congress-plans', { ...params }),
  plan: (id: number) => get<CongressPlan>(`/congress-plans/${id}`),
  issuePlan: (body: z.input<typeof congressPlanBody>) => post<CongressPlan>('/congress-plans', body),
  list: (params: CongressListParams) =>
    get<CongressPage>('/congresses', { ...params, subtree: params.subtree === false ? 'false' : undefined }),
  get: (id: number) => get<Congress>(`/congresses/${id}`),
  create: (body: z.input<typeof createCongressBody>) => post<Congress>('/congresses', body),
  update: (id: number, body: z.input<typeof updateCongressBody>) =>
    patch<Congress>(`/congresses/${id}`, body),
  recognise: (id: number, body: z.input<typeof recogniseCongressBody>) =>
    post<Congress>(`/congresses/${id}/recognise`, body),
  uploadDocument: (id: number, kind: CongressDocumentKind, file: File) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file, file.name);
    return request<CongressDocument>('POST', `/congresses/${id}/documents`, { body: form });
  },
  documentUrl: (id: number, documentId: number) => `/api/congresses/${id}/documents/${documentId}`,
  deleteDocument: (id: number, documentId: number) => del<null>(`/congresses/${id}/documents/${documentId}`),
  setTerm: (id: number, body: SetTermBody) => put<UnitTerm>(`/congresses/${id}/term`, body),
  /** The share of those convened who must be present (congress.quorum) on the congress date. */
  quorumRule: (date: string) => get<RuleValueAnswer>('/rules/value', { key: 'congress.quorum', date }),
  terms: (unitId: number) => get<UnitTerm[]>(`/org-units/${unitId}/terms`),
  progress: (params: ProgressParams) => get<CongressProgress>('/congress-progress', { ...params }),
  /** The download names its language, since a link sends the browser's Accept-Language, not the app's. */
  progressExportUrl: (params: ProgressParams, lang: string) =>
    withQuery('/api/congress-progress/export.xlsx', { ...params, lang }),
};
