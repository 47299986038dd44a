// Personal data: the register, the read log, a member's access export, correction requests and breaches.
import type {
  Breach,
  breachBody,
  CorrectionDecisionBody,
  CorrectionRequest,
  correctionRequestBody,
  Locale,
  ReadLogPage,
  RegisterView,
  updateBreachBody,
} from '@congdoan/domain';
import type { z } from 'zod';
import { get, patch, post, withQuery } from './client.ts';

export interface CorrectionListParams {
  unitId?: number;
  memberId?: number;
  status?: 'pending' | 'accepted' | 'refused';
}

export const privacyApi = {
  register: () => get<RegisterView>('/privacy/register'),
  reads: (params: { memberId?: number; page?: number; pageSize?: number }) =>
    get<ReadLogPage>('/privacy/reads', { ...params }),
  /** Links the browser downloads (the server logs each export); the workbook in the UI's language. */
  exportUrl: (memberId: number, format: 'json' | 'xlsx', lang: Locale) =>
    format === 'xlsx'
      ? withQuery(`/api/privacy/members/${memberId}/export.xlsx`, { lang })
      : `/api/privacy/members/${memberId}/export`,
  corrections: (params: CorrectionListParams) =>
    get<CorrectionRequest[]>('/privacy/corrections', { ...params }),
  requestCorrection: (memberId: number, body: z.input<typeof correctionRequestBody>) =>
    post<CorrectionRequest>(`/privacy/members/${memberId}/corrections`, body),
  decideCorrection: (id: number, body: CorrectionDecisionBody) =>
    post<CorrectionRequest>(`/privacy/corrections/${id}/decision`, body),
  breaches: () => get<Breach[]>('/privacy/breaches'),
  recordBreach: (body: z.input<typeof breachBody>) => post<Breach>('/privacy/breaches', body),
  updateBreach: (id: number, body: z.input<typeof updateBreachBody>) =>
    patch<Breach>(`/privacy/breaches/${id}`, body),
};
