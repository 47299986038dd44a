// The routes of the annual assessment of grassroots unions: the sheet of a year with its grade thresholds, the
// overview of a subtree and that list as .xlsx, and a unit's filled sheet with its self-scoring, submission,
// review by the level above and return.
import { z } from 'zod';
import { c, fileResponse, meta, XLSX } from '../common/contract.ts';
import { unitId } from '../org/schemas.ts';
import {
  assessmentExportQuery,
  assessmentOverview,
  assessmentOverviewQuery,
  assessmentSheetAnswer,
  assessmentSheetQuery,
  assessmentYearParam,
  filledAssessment,
  returnAssessmentBody,
  reviewAssessmentBody,
  selfAssessmentBody,
} from './sheet.ts';

const tag = 'assessments';
/** A unit's sheet of a year. */
const sheetParams = z.object({ id: unitId, year: assessmentYearParam });
const writeRecords = meta(tag, { kind: 'write', power: 'writeRecords' });
/** Reviewing: the role's power here; the scope is over the unit's parent, which the service checks. */
const review = meta(tag, { kind: 'signedIn', power: 'writeRecords' });

export const assessmentsContract = c.router({
  // The sheet and thresholds are national: every signed-in user reads them.
  sheet: {
    method: 'GET',
    path: '/assessments/sheet',
    query: assessmentSheetQuery,
    responses: { 200: assessmentSheetAnswer },
    metadata: meta(tag, { kind: 'signedIn' }),
  },
  overview: {
    method: 'GET',
    path: '/assessments',
    query: assessmentOverviewQuery,
    responses: { 200: assessmentOverview },
    metadata: meta(tag, { kind: 'read' }),
  },
  export: {
    method: 'GET',
    path: '/assessments/export.xlsx',
    query: assessmentExportQuery,
    responses: { 200: fileResponse(XLSX) },
    metadata: meta(tag, { kind: 'read' }),
  },
  get: {
    method: 'GET',
    path: '/org-units/:id/assessments/:year',
    pathParams: sheetParams,
    responses: { 200: filledAssessment },
    metadata: meta(tag, { kind: 'read' }),
  },
  save: {
    method: 'PUT',
    path: '/org-units/:id/assessments/:year',
    pathParams: sheetParams,
    body: selfAssessmentBody,
    responses: { 200: filledAssessment },
    metadata: writeRecords,
  },
  submit: {
    method: 'POST',
    path: '/org-units/:id/assessments/:year/submit',
    pathParams: sheetParams,
    body: c.noBody(),
    responses: { 200: filledAssessment },
    metadata: writeRecords,
  },
  review: {
    method: 'POST',
    path: '/org-units/:id/assessments/:year/review',
    pathParams: sheetParams,
    body: reviewAssessmentBody,
    responses: { 200: filledAssessment },
    metadata: review,
  },
  return: {
    method: 'POST',
    path: '/org-units/:id/assessments/:year/return',
    pathParams: sheetParams,
    body: returnAssessmentBody,
    responses: { 200: filledAssessment },
    metadata: review,
  },
});
