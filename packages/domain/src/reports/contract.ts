// The routes of periodic reporting: the report forms, the periods a unit opens for its subtree, each unit's
// report with its save / submit / approve / return workflow, completeness with reminders, and the roll-up
// with its Excel sheet and a unit's report as a Word document.
import { z } from 'zod';
import { c, DOCX, fileLanguageQuery, fileResponse, meta, XLSX } from '../common/contract.ts';
import { idParam } from '../common/input.ts';
import { reportFormDefinition } from './indicators.ts';
import {
  completenessQuery,
  listReportPeriodsQuery,
  reminderBody,
  reminderResult,
  reportCompletenessView,
  reportForm,
  reportPeriod,
  reportPeriodBody,
  reportPeriodList,
  reportPeriodPatch,
  reportRollup,
  returnReportBody,
  rollupQuery,
  unitReport,
  unitReportBody,
} from './schemas.ts';

const tag = 'reports';
const periodParams = z.object({ id: idParam });
/** A unit's report in a period: the period's id and the unit's. */
const reportParams = z.object({ id: idParam, unitId: idParam });
const writeRecords = meta(tag, { kind: 'write', power: 'writeRecords' });
/** Reviewing: the role's power here; the scope is over the unit's parent, which the service checks. */
const review = meta(tag, { kind: 'signedIn', power: 'writeRecords' });

/** The roll-up as a file: the unit asked for (by default the caller's or the issuer), in a language. */
export const rollupFileQuery = rollupQuery.extend(fileLanguageQuery.shape);

export const reportFormsContract = c.router({
  // The forms are national configuration: every signed-in user reads them, system administrators define them.
  list: {
    method: 'GET',
    path: '/report-forms',
    responses: { 200: z.array(reportForm) },
    metadata: meta(tag, { kind: 'signedIn' }),
  },
  create: {
    method: 'POST',
    path: '/report-forms',
    body: reportFormDefinition,
    responses: { 201: reportForm },
    metadata: meta(tag, { kind: 'signedIn', power: 'editRules' }),
  },
  update: {
    method: 'PATCH',
    path: '/report-forms/:id',
    pathParams: periodParams,
    body: reportFormDefinition,
    responses: { 200: reportForm },
    metadata: meta(tag, { kind: 'signedIn', power: 'editRules' }),
  },
});

export const reportsContract = c.router({
  listPeriods: {
    method: 'GET',
    path: '/report-periods',
    query: listReportPeriodsQuery,
    responses: { 200: reportPeriodList },
    metadata: meta(tag, { kind: 'read' }),
  },
  openPeriod: {
    method: 'POST',
    path: '/report-periods',
    body: reportPeriodBody,
    responses: { 201: reportPeriod },
    metadata: writeRecords,
  },
  // A period is seen by its issuer's subtree and by those above the issuer, which the service checks.
  getPeriod: {
    method: 'GET',
    path: '/report-periods/:id',
    pathParams: periodParams,
    responses: { 200: reportPeriod },
    metadata: meta(tag, { kind: 'signedIn' }),
  },
  updatePeriod: {
    method: 'PATCH',
    path: '/report-periods/:id',
    pathParams: periodParams,
    body: reportPeriodPatch,
    responses: { 200: reportPeriod },
    metadata: writeRecords,
  },
  getReport: {
    method: 'GET',
    path: '/report-periods/:id/reports/:unitId',
    pathParams: reportParams,
    responses: { 200: unitReport },
    metadata: meta(tag, { kind: 'read' }),
  },
  saveReport: {
    method: 'PUT',
    path: '/report-periods/:id/reports/:unitId',
    pathParams: reportParams,
    body: unitReportBody,
    responses: { 200: unitReport },
    metadata: writeRecords,
  },
  submitReport: {
    method: 'POST',
    path: '/report-periods/:id/reports/:unitId/submit',
    pathParams: reportParams,
    body: c.noBody(),
    responses: { 200: unitReport },
    metadata: writeRecords,
  },
  approveReport: {
    method: 'POST',
    path: '/report-periods/:id/reports/:unitId/approve',
    pathParams: reportParams,
    body: c.noBody(),
    responses: { 200: unitReport },
    metadata: review,
  },
  returnReport: {
    method: 'POST',
    path: '/report-periods/:id/reports/:unitId/return',
    pathParams: reportParams,
    body: returnReportBody,
    responses: { 200: unitReport },
    metadata: review,
  },
  completeness: {
    method: 'GET',
    path: '/report-periods/:id/completeness',
    pathParams: periodParams,
    query: completenessQuery,
    responses: { 200: reportCompletenessView },
    metadata: meta(tag, { kind: 'read' }),
  },
  remind: {
    method: 'POST',
    path: '/report-periods/:id/reminders',
    pathParams: periodParams,
    body: reminderBody,
    responses: { 200: reminderResult },
    metadata: writeRecords,
  },
  rollup: {
    method: 'GET',
    path: '/report-periods/:id/rollup',
    pathParams: periodParams,
    query: rollupQuery,
    responses: { 200: reportRollup },
    metadata: meta(tag, { kind: 'read' }),
  },
  rollupXlsx: {
    method: 'GET',
    path: '/report-periods/:id/rollup.xlsx',
    pathParams: periodParams,
    query: rollupFileQuery,
    responses: { 200: fileResponse(XLSX) },
    metadata: meta(tag, { kind: 'read' }),
  },
  reportDocx: {
    method: 'GET',
    path: '/report-periods/:id/reports/:unitId/report.docx',
    pathParams: reportParams,
    query: fileLanguageQuery,
    responses: { 200: fileResponse(DOCX) },
    metadata: meta(tag, { kind: 'read' }),
  },
});
