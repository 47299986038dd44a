// Members: the list and search, the record and its lifecycle, cards, statistics, Excel import and export.
import type {
  AddOfficeBody,
  admitMemberBody,
  cardVerification,
  ImportJob,
  ImportResult,
  Locale,
  leaveMemberBody,
  MemberCard,
  MemberDetail,
  MemberPage,
  MemberStats,
  memberUnit,
  readmitMemberBody,
  transferMemberBody,
  updateMemberBody,
} from '@congdoan/domain';
import type { z } from 'zod';
import { get, patch, post, request, withQuery } from './client.ts';

export type MemberUnit = z.infer<typeof memberUnit>;
export type CardVerification = z.infer<typeof cardVerification>;

/** The list filters, as the URL of the list page and the API both take them. */
export interface MemberFilters {
  unitId?: number;
  subtree?: boolean;
  q?: string;
  status?: string;
  gender?: string;
  ageBand?: string;
  joinedFrom?: string;
  joinedTo?: string;
  asOf?: string;
}

export interface MemberListParams extends MemberFilters {
  page?: number;
  pageSize?: number;
}

/** A column of the sheet → the member field read from it (the `mapping` field of the import form). */
export type ColumnMapping = Record<string, string>;

/** Query parameters of the list filters (subtree spelt out, since the API defaults it to true). */
function filterQuery(filters: MemberFilters) {
  return { ...filters, subtree: filters.subtree === false ? 'false' : undefined };
}

export const membersApi = {
  list: (params: MemberListParams) => get<MemberPage>('/members', filterQuery(params)),
  get: (id: number) => get<MemberDetail>(`/members/${id}`),
  admit: (body: z.input<typeof admitMemberBody>) => post<MemberDetail>('/members', body),
  update: (id: number, body: z.input<typeof updateMemberBody>) => patch<MemberDetail>(`/members/${id}`, body),
  transfer: (id: number, body: z.input<typeof transferMemberBody>) =>
    post<MemberDetail>(`/members/${id}/transfer`, body),
  leave: (id: number, body: z.input<typeof leaveMemberBody>) =>
    post<MemberDetail>(`/members/${id}/leave`, body),
  readmit: (id: number, body: z.input<typeof readmitMemberBody>) =>
    post<MemberDetail>(`/members/${id}/readmit`, body),
  addOffice: (id: number, body: AddOfficeBody) => post<MemberDetail>(`/members/${id}/offices`, body),
  card: (id: number) => get<MemberCard>(`/members/${id}/card`),
  /** The chosen members' cards, or (no ids) the active members of the unit and the units below it. */
  cards: (unitId: number, ids: number[]) =>
    get<MemberCard[]>(`/org-units/${unitId}/members/cards`, { ids: ids.length ? ids.join(',') : undefined }),
  verify: (token: string) => get<CardVerification>('/cards/verify', { token }),
  stats: (unitId: number, params: { asOf?: string; from?: string; to?: string }) =>
    get<MemberStats>(`/org-units/${unitId}/member-stats`, params),
  /** A dry run answers the result; a real import with `async` answers a job to follow. */
  import: (
    unitId: number,
    file: File,
    options: { dryRun: boolean; async?: boolean; mapping?: ColumnMapping },
  ): Promise<ImportResult & { jobId?: number }> => {
    const form = new FormData();
    if (options.mapping && Object.keys(options.mapping).length > 0) {
      form.append('mapping', JSON.stringify(options.mapping));
    }
    form.append('file', file, file.name);
    return request('POST', `/org-units/${unitId}/members/import`, {
      query: { dryRun: options.dryRun, async: options.async || undefined },
      body: form,
    });
  },
  importJob: (id: number) => get<ImportJob>(`/import-jobs/${id}`),
  /** The files come out in the UI's language (`lang`), not the browser's. */
  rejectedUrl: (jobId: number, lang: Locale) =>
    withQuery(`/api/import-jobs/${jobId}/rejected.xlsx`, { lang }),
  exportUrl: (unitId: number, filters: MemberFilters, lang: Locale) =>
    withQuery(`/api/org-units/${unitId}/members/export.xlsx`, {
      ...filterQuery(filters),
      unitId: undefined,
      lang,
    }),
};
