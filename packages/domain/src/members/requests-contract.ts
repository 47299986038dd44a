// The routes of member transfer requests: sending one from the admission form, the incoming and outgoing
// lists, and the holding side's approval or refusal.
import { z } from 'zod';
import { c, meta } from '../common/contract.ts';
import { idParam } from '../common/input.ts';
import {
  createMemberRequestBody,
  incomingMemberRequests,
  memberRequestSent,
  memberRequestsQuery,
  outgoingMemberRequests,
  refuseMemberRequestBody,
} from './requests.ts';

const tag = 'members';
const requestParams = z.object({ id: idParam });
const decided = (status: 'approved' | 'refused') =>
  z.object({ id: z.number().int(), status: z.literal(status) });

export const memberRequestsContract = c.router({
  send: {
    method: 'POST',
    path: '/member-requests',
    body: createMemberRequestBody,
    responses: { 201: memberRequestSent },
    metadata: meta(tag, { kind: 'write', power: 'writeRecords' }),
  },
  // The lists filter by the caller's scope in SQL.
  incoming: {
    method: 'GET',
    path: '/member-requests/incoming',
    query: memberRequestsQuery,
    responses: { 200: incomingMemberRequests },
    metadata: meta(tag, { kind: 'signedIn' }),
  },
  outgoing: {
    method: 'GET',
    path: '/member-requests/outgoing',
    query: memberRequestsQuery,
    responses: { 200: outgoingMemberRequests },
    metadata: meta(tag, { kind: 'signedIn' }),
  },
  approve: {
    method: 'POST',
    path: '/member-requests/:id/approve',
    pathParams: requestParams,
    body: c.noBody(),
    responses: { 200: decided('approved') },
    metadata: meta(tag, { kind: 'write', power: 'writeRecords' }),
  },
  refuse: {
    method: 'POST',
    path: '/member-requests/:id/refuse',
    pathParams: requestParams,
    body: refuseMemberRequestBody,
    responses: { 200: decided('refused') },
    metadata: meta(tag, { kind: 'write', power: 'writeRecords' }),
  },
});
