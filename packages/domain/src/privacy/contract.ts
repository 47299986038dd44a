// The routes of personal data: the register, the read log, a member's access export (JSON, .xlsx), their
// correction requests, and the breaches record of the national controller.
import { z } from 'zod';
import { c, fileLanguageQuery, fileResponse, meta, XLSX } from '../common/contract.ts';
import { idParam } from '../common/input.ts';
import {
  breach,
  breachBody,
  correctionDecisionBody,
  correctionList,
  correctionRequest,
  correctionRequestBody,
  listCorrectionsQuery,
  readLogPage,
  readLogQuery,
  registerView,
  subjectAccessExport,
  updateBreachBody,
} from './schemas.ts';

const tag = 'privacy';
const idParams = z.object({ id: idParam });
/** Acting on a member's data (their export, a correction) needs their unit in the caller's scope now. */
const officerOnMember = meta(tag, { kind: 'write', power: 'writeRecords' });
/** Breaches are the national controller's record: the system administrator's alone. */
const controller = meta(tag, { kind: 'signedIn', power: 'managePrivacy' });

export const privacyContract = c.router({
  // The register is the union's public account of its processing: any signed-in user may read it.
  register: {
    method: 'GET',
    path: '/privacy/register',
    responses: { 200: registerView },
    metadata: meta(tag, { kind: 'signedIn' }),
  },
  // Administrators read the log of their subtree (rows filtered by the unit read, on the day it was read).
  reads: {
    method: 'GET',
    path: '/privacy/reads',
    query: readLogQuery,
    responses: { 200: readLogPage },
    metadata: meta(tag, { kind: 'read', power: 'manageUsers' }),
  },
  exportMember: {
    method: 'GET',
    path: '/privacy/members/:id/export',
    pathParams: idParams,
    responses: { 200: subjectAccessExport },
    metadata: officerOnMember,
  },
  exportMemberXlsx: {
    method: 'GET',
    path: '/privacy/members/:id/export.xlsx',
    pathParams: idParams,
    query: fileLanguageQuery,
    responses: { 200: fileResponse(XLSX) },
    metadata: officerOnMember,
  },
  requestCorrection: {
    method: 'POST',
    path: '/privacy/members/:id/corrections',
    pathParams: idParams,
    body: correctionRequestBody,
    responses: { 201: correctionRequest },
    metadata: officerOnMember,
  },
  corrections: {
    method: 'GET',
    path: '/privacy/corrections',
    query: listCorrectionsQuery,
    responses: { 200: correctionList },
    metadata: meta(tag, { kind: 'read' }),
  },
  decideCorrection: {
    method: 'POST',
    path: '/privacy/corrections/:id/decision',
    pathParams: idParams,
    body: correctionDecisionBody,
    responses: { 200: correctionRequest },
    metadata: meta(tag, { kind: 'write', power: 'writeRecords' }),
  },
  breaches: {
    method: 'GET',
    path: '/privacy/breaches',
    responses: { 200: z.array(breach) },
    metadata: controller,
  },
  recordBreach: {
    method: 'POST',
    path: '/privacy/breaches',
    body: breachBody,
    responses: { 201: breach },
    metadata: controller,
  },
  updateBreach: {
    method: 'PATCH',
    path: '/privacy/breaches/:id',
    pathParams: idParams,
    body: updateBreachBody,
    responses: { 200: breach },
    metadata: controller,
  },
});
