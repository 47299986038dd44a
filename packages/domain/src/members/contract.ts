// The routes of members: the scoped list and search, admission, a member's record and its lifecycle
// (correction, transfer, departure, re-admission, offices), a unit's member figures, the list as .xlsx, and
// member cards with the public check their QR code leads to.
import { z } from 'zod';
import { c, fileLanguageQuery, fileResponse, meta, XLSX } from '../common/contract.ts';
import { idParam } from '../common/input.ts';
import { unitId } from '../org/schemas.ts';
import {
  addOfficeBody,
  admitMemberBody,
  cardSheetQuery,
  cardVerification,
  cardVerificationQuery,
  leaveMemberBody,
  listMembersQuery,
  memberCard,
  memberDetail,
  memberPage,
  memberStats,
  memberStatsQuery,
  readmitMemberBody,
  transferMemberBody,
  updateMemberBody,
} from './schemas.ts';

const tag = 'members';
const memberParams = z.object({ id: idParam });
const unitParams = z.object({ id: unitId });
const writeRecords = meta(tag, { kind: 'write', power: 'writeRecords' });

/** The member list's filters, for the whole list of a unit as a file (no paging), in the requester's language. */
export const memberExportQuery = listMembersQuery
  .omit({ unitId: true, page: true, pageSize: true })
  .extend(fileLanguageQuery.shape);

export const membersContract = c.router({
  /**
   * Ordered by accent-free name, then id. A name search of today's members lists by the name from the word
   * the last typed word starts ("an" lists An before Anh, each by the whole name), then id; every typed
   * word starts a word of the name, in any order. The total stops at the server's counting limit.
   */
  list: {
    method: 'GET',
    path: '/members',
    query: listMembersQuery,
    responses: { 200: memberPage },
    metadata: meta(tag, { kind: 'read' }),
  },
  admit: {
    method: 'POST',
    path: '/members',
    body: admitMemberBody,
    responses: { 201: memberDetail },
    metadata: writeRecords,
  },
  get: {
    method: 'GET',
    path: '/members/:id',
    pathParams: memberParams,
    responses: { 200: memberDetail },
    metadata: meta(tag, { kind: 'read' }),
  },
  update: {
    method: 'PATCH',
    path: '/members/:id',
    pathParams: memberParams,
    body: updateMemberBody,
    responses: { 200: memberDetail },
    metadata: writeRecords,
  },
  transfer: {
    method: 'POST',
    path: '/members/:id/transfer',
    pathParams: memberParams,
    body: transferMemberBody,
    responses: { 200: memberDetail },
    metadata: writeRecords,
  },
  leave: {
    method: 'POST',
    path: '/members/:id/leave',
    pathParams: memberParams,
    body: leaveMemberBody,
    responses: { 200: memberDetail },
    metadata: writeRecords,
  },
  readmit: {
    method: 'POST',
    path: '/members/:id/readmit',
    pathParams: memberParams,
    body: readmitMemberBody,
    responses: { 200: memberDetail },
    metadata: writeRecords,
  },
  addOffice: {
    method: 'POST',
    path: '/members/:id/offices',
    pathParams: memberParams,
    body: addOfficeBody,
    responses: { 201: memberDetail },
    metadata: writeRecords,
  },
  stats: {
    method: 'GET',
    path: '/org-units/:id/member-stats',
    pathParams: unitParams,
    query: memberStatsQuery,
    responses: { 200: memberStats },
    metadata: meta(tag, { kind: 'read' }),
  },
  export: {
    method: 'GET',
    path: '/org-units/:id/members/export.xlsx',
    pathParams: unitParams,
    query: memberExportQuery,
    responses: { 200: fileResponse(XLSX) },
    metadata: meta(tag, { kind: 'read' }),
  },
  card: {
    method: 'GET',
    path: '/members/:id/card',
    pathParams: memberParams,
    responses: { 200: memberCard },
    metadata: meta(tag, { kind: 'read' }),
  },
  cards: {
    method: 'GET',
    path: '/org-units/:id/members/cards',
    pathParams: unitParams,
    query: cardSheetQuery,
    responses: { 200: z.array(memberCard) },
    metadata: meta(tag, { kind: 'read' }),
  },
  // No sign-in: whoever holds the card may show it to anyone.
  verifyCard: {
    method: 'GET',
    path: '/cards/verify',
    query: cardVerificationQuery,
    responses: { 200: cardVerification },
    metadata: meta(tag, { kind: 'public' }),
  },
});
