// The routes of elections at a congress: the seat rules and ballots of a congress, a ballot's count and
// further rounds, its counting minutes (.docx), and the committees made from the results.
import { z } from 'zod';
import { c, DOCX, fileLanguageQuery, fileResponse, meta } from '../common/contract.ts';
import { idParam } from '../common/input.ts';
import { unitId } from '../org/schemas.ts';
import {
  committee,
  constituteCommitteeBody,
  createElectionBody,
  election,
  electionCountBody,
  nextRoundBody,
  seatRules,
} from './schemas.ts';

const tag = 'elections';
const byId = z.object({ id: idParam });
const write = meta(tag, { kind: 'write', power: 'writeRecords' });
const read = meta(tag, { kind: 'read' });

export const electionsContract = c.router({
  list: {
    method: 'GET',
    path: '/congresses/:id/elections',
    pathParams: byId,
    responses: { 200: z.array(election) },
    metadata: read,
  },
  seatRules: {
    method: 'GET',
    path: '/congresses/:id/seat-rules',
    pathParams: byId,
    responses: { 200: z.array(seatRules) },
    metadata: read,
  },
  create: {
    method: 'POST',
    path: '/congresses/:id/elections',
    pathParams: byId,
    body: createElectionBody,
    responses: { 201: election },
    metadata: write,
  },
  get: {
    method: 'GET',
    path: '/elections/:id',
    pathParams: byId,
    responses: { 200: election },
    metadata: read,
  },
  count: {
    method: 'POST',
    path: '/elections/:id/count',
    pathParams: byId,
    body: electionCountBody,
    responses: { 200: election },
    metadata: write,
  },
  nextRound: {
    method: 'POST',
    path: '/elections/:id/rounds',
    pathParams: byId,
    body: nextRoundBody,
    responses: { 201: election },
    metadata: write,
  },
  minutes: {
    method: 'GET',
    path: '/elections/:id/minutes.docx',
    pathParams: byId,
    query: fileLanguageQuery,
    responses: { 200: fileResponse(DOCX) },
    metadata: read,
  },
  constitute: {
    method: 'POST',
    path: '/congresses/:id/committees',
    pathParams: byId,
    body: constituteCommitteeBody,
    responses: { 201: committee },
    metadata: write,
  },
  committees: {
    method: 'GET',
    path: '/org-units/:id/committees',
    pathParams: z.object({ id: unitId }),
    responses: { 200: z.array(committee) },
    metadata: read,
  },
});
