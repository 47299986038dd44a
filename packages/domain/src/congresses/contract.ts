// The routes of congresses: plans issued for a subtree, a unit's congress of a cycle step by step (with the
// superior's recognition and term shift, and its documents), a unit's congress overview and terms, and the
// progress of a cycle across a subtree with its .xlsx export.
import { z } from 'zod';
import { c, fileLanguageQuery, fileResponse, meta, XLSX } from '../common/contract.ts';
import { idParam } from '../common/input.ts';
import { unitId } from '../org/schemas.ts';
import {
  congress,
  congressDocument,
  congressPage,
  congressPlan,
  congressPlanBody,
  congressProgress,
  congressProgressQuery,
  congressUnitOverview,
  createCongressBody,
  listCongressesQuery,
  listPlansQuery,
  recogniseCongressBody,
  setTermBody,
  unitTerm,
  updateCongressBody,
} from './schemas.ts';

const tag = 'congresses';
const byId = z.object({ id: idParam });
const byUnit = z.object({ id: unitId });
const write = meta(tag, { kind: 'write', power: 'writeRecords' });
const read = meta(tag, { kind: 'read' });

export const congressesContract = c.router({
  issuePlan: {
    method: 'POST',
    path: '/congress-plans',
    body: congressPlanBody,
    responses: { 201: congressPlan },
    metadata: write,
  },
  plans: {
    method: 'GET',
    path: '/congress-plans',
    query: listPlansQuery,
    responses: { 200: z.array(congressPlan) },
    metadata: read,
  },
  // A plan is read by the units it applies to (under its issuer) as well as by those who have the issuer in
  // scope: the service decides, knowing the plan.
  plan: {
    method: 'GET',
    path: '/congress-plans/:id',
    pathParams: byId,
    responses: { 200: congressPlan },
    metadata: meta(tag, { kind: 'signedIn' }),
  },
  create: {
    method: 'POST',
    path: '/congresses',
    body: createCongressBody,
    responses: { 201: congress },
    metadata: write,
  },
  list: {
    method: 'GET',
    path: '/congresses',
    query: listCongressesQuery,
    responses: { 200: congressPage },
    metadata: read,
  },
  get: {
    method: 'GET',
    path: '/congresses/:id',
    pathParams: byId,
    responses: { 200: congress },
    metadata: read,
  },
  update: {
    method: 'PATCH',
    path: '/congresses/:id',
    pathParams: byId,
    body: updateCongressBody,
    responses: { 200: congress },
    metadata: write,
  },
  recognise: {
    method: 'POST',
    path: '/congresses/:id/recognise',
    pathParams: byId,
    body: recogniseCongressBody,
    responses: { 200: congress },
    metadata: write,
  },
  /** multipart: a `kind` (congressDocumentKind) and one `file` of at most 10 MB */
  uploadDocument: {
    method: 'POST',
    path: '/congresses/:id/documents',
    pathParams: byId,
    contentType: 'multipart/form-data',
    body: c.type<FormData>(),
    responses: { 201: congressDocument },
    metadata: write,
  },
  document: {
    method: 'GET',
    path: '/congresses/:id/documents/:documentId',
    pathParams: byId.extend({ documentId: idParam }),
    responses: { 200: fileResponse('application/octet-stream') },
    metadata: read,
  },
  deleteDocument: {
    method: 'DELETE',
    path: '/congresses/:id/documents/:documentId',
    pathParams: byId.extend({ documentId: idParam }),
    responses: { 204: c.noBody() },
    metadata: write,
  },
  setTerm: {
    method: 'PUT',
    path: '/congresses/:id/term',
    pathParams: byId,
    body: setTermBody,
    responses: { 200: unitTerm },
    metadata: write,
  },
  unitOverview: {
    method: 'GET',
    path: '/org-units/:id/congress-overview',
    pathParams: byUnit,
    responses: { 200: congressUnitOverview },
    metadata: read,
  },
  terms: {
    method: 'GET',
    path: '/org-units/:id/terms',
    pathParams: byUnit,
    responses: { 200: z.array(unitTerm) },
    metadata: read,
  },
  progress: {
    method: 'GET',
    path: '/congress-progress',
    query: congressProgressQuery,
    responses: { 200: congressProgress },
    metadata: read,
  },
  progressExport: {
    method: 'GET',
    path: '/congress-progress/export.xlsx',
    query: congressProgressQuery.extend(fileLanguageQuery.shape),
    responses: { 200: fileResponse(XLSX) },
    metadata: read,
  },
});
