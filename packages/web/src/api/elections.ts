// Elections at a congress: the seat rules, ballots with their candidates, the paper count and further rounds,
// the counting minutes, and the committees the results become.
import type {
  Committee,
  ConstituteCommitteeBody,
  CreateElectionBody,
  Election,
  ElectionCountBody,
  NextRoundBody,
  RuleValueAnswer,
  seatRules,
} from '@congdoan/domain';
import type { z } from 'zod';
import { get, post, withQuery } from './client.ts';

export type SeatRules = z.infer<typeof seatRules>;

export const electionsApi = {
  list: (congressId: number) => get<Election[]>(`/congresses/${congressId}/elections`),
  seatRules: (congressId: number) => get<SeatRules[]>(`/congresses/${congressId}/seat-rules`),
  create: (congressId: number, body: CreateElectionBody) =>
    post<Election>(`/congresses/${congressId}/elections`, body),
  get: (id: number) => get<Election>(`/elections/${id}`),
  count: (id: number, body: ElectionCountBody) => post<Election>(`/elections/${id}/count`, body),
  nextRound: (id: number, body: NextRoundBody = {}) => post<Election>(`/elections/${id}/rounds`, body),
  minutesUrl: (id: number, lang: string) => withQuery(`/api/elections/${id}/minutes.docx`, { lang }),
  /** The share of the ballots collected a candidate must pass, from the rules table on the congress date. */
  winThreshold: (date: string) =>
    get<RuleValueAnswer>('/rules/value', { key: 'election.winThreshold', date }),
  constitute: (congressId: number, body: ConstituteCommitteeBody) =>
    post<Committee>(`/congresses/${congressId}/committees`, body),
  committees: (unitId: number) => get<Committee[]>(`/org-units/${unitId}/committees`),
};
