// The routes of member imports: the upload of a member list (dry run or commit, now or in the background)
// and the import job it starts, with its rejected rows as .xlsx.
import { z } from 'zod';
import { c, fileLanguageQuery, fileResponse, meta, XLSX } from '../common/contract.ts';
import { idParam } from '../common/input.ts';
import { unitId } from '../org/schemas.ts';
import { importJob, importQuery, importResult } from './schemas.ts';

const tag = 'members';
const jobParams = z.object({ id: idParam });

export const memberImportContract = c.router({
  /**
   * The multipart form: `file` (.xlsx, .xls or .csv), optionally `mapping` (JSON, column letter → field or
   * 'ignore') and `headerRow`. The server reads the stream itself, so the body has no schema here.
   */
  upload: {
    method: 'POST',
    path: '/org-units/:id/members/import',
    pathParams: z.object({ id: unitId }),
    query: importQuery,
    contentType: 'multipart/form-data',
    body: c.type<FormData>(),
    responses: { 200: importResult, 202: z.object({ jobId: z.number().int() }) },
    metadata: meta(tag, { kind: 'write', power: 'writeRecords' }),
  },
  job: {
    method: 'GET',
    path: '/import-jobs/:id',
    pathParams: jobParams,
    responses: { 200: importJob },
    metadata: meta(tag, { kind: 'read' }),
  },
  rejectedRows: {
    method: 'GET',
    path: '/import-jobs/:id/rejected.xlsx',
    pathParams: jobParams,
    query: fileLanguageQuery,
    responses: { 200: fileResponse(XLSX) },
    metadata: meta(tag, { kind: 'read' }),
  },
});
