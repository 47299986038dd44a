// Member transfer requests: asking the union that holds a person to move them into ours, and deciding the
// requests that reach our side.
import type {
  CreateMemberRequestBody,
  IncomingMemberRequest,
  MemberRequestSent,
  OutgoingMemberRequest,
} from '@congdoan/domain';
import { get, post } from './client.ts';

export const memberRequestsApi = {
  send: (body: CreateMemberRequestBody) => post<MemberRequestSent>('/member-requests', body),
  incoming: () => get<{ items: IncomingMemberRequest[] }>('/member-requests/incoming'),
  outgoing: () => get<{ items: OutgoingMemberRequest[] }>('/member-requests/outgoing'),
  approve: (id: number) => post<{ id: number; status: 'approved' }>(`/member-requests/${id}/approve`),
  refuse: (id: number, reason: string) =>
    post<{ id: number; status: 'refused' }>(`/member-requests/${id}/refuse`, { reason }),
};
