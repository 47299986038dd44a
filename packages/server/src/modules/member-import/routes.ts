// /api/org-units/:id/members/import (multipart upload, dry run or commit, now or in the background) and
// /api/import-jobs/:id (progress and result, and the rejected rows as .xlsx).
import { apiContract, seesSensitiveData, todayInVietnam, XLSX } from '@congdoan/domain';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { importJobs } from '../../db/schema/index.ts';
import { actorOf } from '../../platform/context.ts';
import { runDaily } from '../../platform/daily.ts';
import { AppError, Invalid } from '../../platform/errors.ts';
import { requestLocale } from '../../platform/i18n.ts';
import { implement } from '../../platform/routes.ts';
import { routeOf } from '../privacy/presenter.ts';
import { recordRead } from '../privacy/reads.ts';
import {
  failInterruptedJobs,
  getJob,
  loadRejectedRows,
  purgeImportRows,
  renderResult,
  type StoredResult,
} from './jobs.ts';
import { type MappingOverride, parseMappingOverride } from './layout.ts';
import { parseLimitsOf } from './parse-runner.ts';
import {
  rejectedRowsWorkbook,
  sensitiveColumns,
  sensitiveFieldsInRows,
  withoutSensitiveCells,
} from './rejected-sheet.ts';
import { type ImportRequest, runImportJob, startImportJob } from './service.ts';

/** Uploads above this are refused (413): a 100,000-member workbook is about 5 MB. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
const routes = apiContract.memberImport;

const jobAccess = {
  checks: (request: { params: { id: number } }) => [
    { entity: 'importJob', id: request.params.id, mode: 'read' as const },
  ],
};

/**
 * The rejected rows carry the sheet's raw cells, sensitive ones included: as in the member-list export, a
 * role without the need gets those columns empty, and any other download is one read-log row naming how
 * many rows the file holds.
 */
async function withSensitiveCellsFor(
  request: FastifyRequest,
  jobId: number,
  result: StoredResult,
): Promise<StoredResult> {
  const actor = actorOf(request);
  const columns = sensitiveColumns(result);
  if (columns.size === 0) return result;
  if (!seesSensitiveData(actor.role)) return withoutSensitiveCells(result, columns);
  const fields = sensitiveFieldsInRows(result, columns);
  if (fields.length > 0) {
    const [job] = await request.server.database.db
      .select({ unitId: importJobs.unitId })
      .from(importJobs)
      .where(eq(importJobs.id, jobId));
    await recordRead(request.server.database.db, actor, {
      kind: 'export',
      memberId: null,
      unitId: job?.unitId ?? null,
      fields,
      memberCount: result.rejectedRows.length,
      route: routeOf(request),
    });
  }
  return result;
}

interface Upload {
  fileName: string;
  buffer: Buffer;
  mapping?: MappingOverride;
  headerRow?: number;
}

/** The multipart body: the `file`, and optionally `mapping` (JSON, column letter → field) and `headerRow`. */
async function readUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) throw new Invalid('IMPORT_FILE_MISSING');
  let file: { fileName: string; buffer: Buffer } | undefined;
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts({ limits: { fileSize: IMPORT_MAX_BYTES, files: 1 } })) {
      if (part.type === 'file') {
        const buffer = await part.toBuffer();
        if (part.fieldname === 'file') file = { fileName: part.filename || 'upload', buffer };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    // One file per import: a second file answers the platform's 413 PAYLOAD_TOO_LARGE (files limit).
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError(413, 'IMPORT_FILE_TOO_LARGE', { max: `${IMPORT_MAX_BYTES / 1024 / 1024} MB` });
    }
    throw error;
  }
  if (!file) throw new Invalid('IMPORT_FILE_MISSING');
  let mapping: MappingOverride | undefined;
  if (fields.mapping !== undefined && fields.mapping.trim() !== '') {
    let raw: unknown;
    try {
      raw = JSON.parse(fields.mapping);
    } catch {
      throw new Invalid('IMPORT_MAPPING_INVALID');
    }
    mapping = parseMappingOverride(raw) ?? undefined;
    if (!mapping) throw new Invalid('IMPORT_MAPPING_INVALID');
  }
  let headerRow: number | undefined;
  if (fields.headerRow !== undefined && fields.headerRow.trim() !== '') {
    headerRow = Number(fields.headerRow);
    if (!Number.isInteger(headerRow) || headerRow < 1 || headerRow > 1000)
      throw new Invalid('IMPORT_HEADER_ROW_INVALID');
  }
  return { ...file, mapping, headerRow };
}

export const memberImportRoutes: FastifyPluginAsync = async (app) => {
  const db = app.database.db;
  const limits = parseLimitsOf(app.config);
  // Background imports still running when the server stops are waited for, not cut off mid-transaction.
  const background = new Set<Promise<unknown>>();
  app.addHook('onClose', async () => {
    await Promise.allSettled([...background]);
  });

  const interrupted = await failInterruptedJobs(db);
  if (interrupted > 0) app.log.warn(`${interrupted} member import(s) cut off by a restart marked failed`);
  // The rows imports read are kept for the rejected-rows download only so long: now, then once a day.
  const purge = async () => {
    try {
      const purged = await purgeImportRows(db, app.config.importRowsDays);
      if (purged > 0) app.log.info(`rows of ${purged} member import(s) dropped after retention`);
    } catch (error) {
      app.log.error(error, 'purging the rows of old member imports failed');
    }
  };
  await runDaily(app, purge);

  implement(app, routes.upload, {
    access: {
      power: 'writeRecords',
      checks: (request) => [{ unitId: request.params.id, mode: 'write', date: todayInVietnam() }],
    },
    handler: async (request, reply) => {
      const upload = await readUpload(request);
      const importRequest: ImportRequest = {
        actor: actorOf(request),
        unitId: request.params.id,
        dryRun: request.query.dryRun,
        ...upload,
      };
      const jobId = await startImportJob(db, importRequest);
      if (request.query.async) {
        const run = runImportJob(db, jobId, importRequest, { limits }).catch(() => {
          // recorded on the job row; the client reads it from GET /api/import-jobs/:id
        });
        background.add(run);
        void run.finally(() => background.delete(run));
        return reply.status(202).send({ jobId });
      }
      const result = await runImportJob(db, jobId, importRequest, { limits });
      return renderResult(result, requestLocale(request), jobId);
    },
  });

  implement(app, routes.job, {
    access: jobAccess,
    handler: async (request) => {
      // Rows rejected for an unknown ethnicity or religion quote it: a role without the need sees '…'.
      const withheld = seesSensitiveData(actorOf(request).role)
        ? undefined
        : (result: StoredResult) => withoutSensitiveCells(result, sensitiveColumns(result));
      return getJob(db, request.params.id, requestLocale(request), withheld);
    },
  });

  implement(app, routes.rejectedRows, {
    access: jobAccess,
    handler: async (request, reply) => {
      const stored = await loadRejectedRows(db, request.params.id, app.config.importRowsDays);
      const result = await withSensitiveCellsFor(request, request.params.id, stored);
      const workbook = await rejectedRowsWorkbook(result, requestLocale(request));
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="rejected-rows-${request.params.id}.xlsx"`)
        .send(workbook);
    },
  });
};
