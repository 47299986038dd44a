// /api/congress-plans, /api/congresses (with recognition, documents and the term), a unit's terms, and the
// progress of a cycle across a subtree with its .xlsx export. Each write runs in one transaction.
import {
  congress,
  congressCycle,
  congressDocument,
  congressDocumentKind,
  congressPage,
  congressPlan,
  congressPlanBody,
  congressProgress,
  congressProgressQuery,
  createCongressBody,
  idParam,
  listCongressesQuery,
  recogniseCongressBody,
  setTermBody,
  todayInVietnam,
  unitId,
  unitTerm,
  updateCongressBody,
} from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Tx } from '../../db/client.ts';
import { type AccessCheck, actorOf } from '../../platform/context.ts';
import { AppError, Invalid } from '../../platform/errors.ts';
import { readUnitOn } from '../../platform/scope.ts';
import { addDocument, DOCUMENT_MAX_BYTES, deleteDocument, readDocument, type Upload } from './documents.ts';
import { progressWorkbook } from './export.ts';
import { createPlan, plansForUnit, readPlan } from './plans.ts';
import { congressProgressOf, progressAnswer } from './progress.ts';
import { getCongress, listCongresses } from './queries.ts';
import { createCongress, loadCongressForWrite, updateCongress } from './service.ts';
import { recogniseCongress, setCongressTerm } from './superior.ts';
import { termsOfUnit } from './terms.ts';

const tags = ['congresses'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const idParams = z.object({ id: idParam });
const documentParams = idParams.extend({ documentId: idParam });
const unitParams = z.object({ id: unitId });
const listPlansQuery = z.object({ unitId: unitId.optional(), cycle: congressCycle.optional() });

const congressIdOf = (request: FastifyRequest) => (request.params as { id: number }).id;
const readCongress = {
  checks: (request: FastifyRequest): AccessCheck[] => [
    { entity: 'congress', id: congressIdOf(request), mode: 'read' },
  ],
};
const writeCongress = {
  power: 'writeRecords' as const,
  checks: (request: FastifyRequest): AccessCheck[] => [
    { entity: 'congress', id: congressIdOf(request), mode: 'write' },
  ],
};
/** Recognition and the term are the superior's: the service checks write scope on the unit's parent. */
const superiorOfCongress = { power: 'writeRecords' as const, checks: readCongress.checks };
const readUnitInQuery = {
  checks: (request: FastifyRequest): AccessCheck[] => {
    const id = (request.query as { unitId?: number }).unitId;
    return id === undefined ? [] : [readUnitOn(id)];
  },
};

/** "attachment; filename=…" with the name in ASCII and in full (RFC 6266), so Vietnamese names survive. */
function attachment(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/gu, '')
    .replace(/["\\]/gu, '_');
  return `attachment; filename="${ascii || 'document'}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** The multipart body: `kind` and one `file` of at most DOCUMENT_MAX_BYTES. */
async function readDocumentUpload(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) throw new Invalid('DOCUMENT_FILE_MISSING');
  let file: { fileName: string; mimetype: string; content: Buffer } | undefined;
  let kind: string | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1 } })) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (part.fieldname === 'file') {
          file = { fileName: part.filename || 'document', mimetype: part.mimetype, content };
        }
      } else if (part.fieldname === 'kind' && typeof part.value === 'string') {
        kind = part.value;
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError(413, 'DOCUMENT_TOO_LARGE', { max: `${DOCUMENT_MAX_BYTES / 1024 / 1024} MB` });
    }
    throw error;
  }
  const parsedKind = congressDocumentKind.safeParse(kind);
  if (!parsedKind.success) throw new Invalid('DOCUMENT_KIND_INVALID');
  if (!file || file.content.length === 0) throw new Invalid('DOCUMENT_FILE_MISSING');
  return { kind: parsedKind.data, ...file };
}

export const congressRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const inTransaction = <T>(work: (tx: Tx) => Promise<T>) => db.transaction(work);

  app.post(
    '/congress-plans',
    {
      config: {
        access: {
          power: 'writeRecords',
          checks: (request) => [
            {
              unitId: (request.body as { issuerUnitId: number }).issuerUnitId,
              mode: 'write',
              date: todayInVietnam(),
            },
          ],
        },
      },
      schema: { tags, body: congressPlanBody, response: { 201: congressPlan } },
    },
    async (request, reply) => {
      const plan = await inTransaction(async (tx) => {
        const actor = actorOf(request);
        return readPlan(tx, actor, await createPlan(tx, actor, request.body));
      });
      return reply.status(201).send(plan);
    },
  );

  app.get(
    '/congress-plans',
    {
      config: { access: readUnitInQuery },
      schema: { tags, querystring: listPlansQuery, response: { 200: z.array(congressPlan) } },
    },
    async (request) => plansForUnit(db, request.query.unitId ?? actorOf(request).unitId, request.query.cycle),
  );

  // A plan is read by the units it applies to (under its issuer) as well as by those who have the issuer
  // in scope; the service decides.
  app.get(
    '/congress-plans/:id',
    { config: { access: {} }, schema: { tags, params: idParams, response: { 200: congressPlan } } },
    async (request) => readPlan(db, actorOf(request), request.params.id),
  );

  app.post(
    '/congresses',
    {
      config: {
        access: {
          power: 'writeRecords',
          checks: (request) => [
            { unitId: (request.body as { unitId: number }).unitId, mode: 'write', date: todayInVietnam() },
          ],
        },
      },
      schema: { tags, body: createCongressBody, response: { 201: congress } },
    },
    async (request, reply) => {
      const created = await inTransaction(async (tx) =>
        getCongress(tx, await createCongress(tx, actorOf(request), request.body)),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/congresses',
    {
      config: { access: readUnitInQuery },
      schema: { tags, querystring: listCongressesQuery, response: { 200: congressPage } },
    },
    async (request) => listCongresses(db, actorOf(request), request.query),
  );

  app.get(
    '/congresses/:id',
    { config: { access: readCongress }, schema: { tags, params: idParams, response: { 200: congress } } },
    async (request) => getCongress(db, request.params.id),
  );

  app.patch(
    '/congresses/:id',
    {
      config: { access: writeCongress },
      schema: { tags, params: idParams, body: updateCongressBody, response: { 200: congress } },
    },
    async (request) =>
      inTransaction(async (tx) => {
        await updateCongress(tx, actorOf(request), request.params.id, request.body);
        return getCongress(tx, request.params.id);
      }),
  );

  app.post(
    '/congresses/:id/recognise',
    {
      config: { access: superiorOfCongress },
      schema: { tags, params: idParams, body: recogniseCongressBody, response: { 200: congress } },
    },
    async (request) =>
      inTransaction(async (tx) => {
        await recogniseCongress(tx, actorOf(request), request.params.id, request.body);
        return getCongress(tx, request.params.id);
      }),
  );

  app.post(
    '/congresses/:id/documents',
    {
      config: { access: writeCongress },
      schema: {
        tags,
        params: idParams,
        consumes: ['multipart/form-data'],
        response: { 201: congressDocument },
      },
    },
    async (request, reply) => {
      const upload = await readDocumentUpload(request);
      const document = await inTransaction(async (tx) => {
        const actor = actorOf(request);
        const target = await loadCongressForWrite(tx, actor, request.params.id);
        return addDocument(tx, actor, target, upload);
      });
      return reply.status(201).send(document);
    },
  );

  app.get(
    '/congresses/:id/documents/:documentId',
    { config: { access: readCongress }, schema: { tags, params: documentParams } },
    async (request, reply) => {
      const file = await readDocument(db, request.params.id, request.params.documentId);
      return reply
        .type(file.contentType)
        .header('content-disposition', attachment(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  );

  app.delete(
    '/congresses/:id/documents/:documentId',
    { config: { access: writeCongress }, schema: { tags, params: documentParams } },
    async (request, reply) => {
      await inTransaction(async (tx) => {
        const actor = actorOf(request);
        const target = await loadCongressForWrite(tx, actor, request.params.id);
        await deleteDocument(tx, actor, target, request.params.documentId);
      });
      return reply.status(204).send();
    },
  );

  app.put(
    '/congresses/:id/term',
    {
      config: { access: superiorOfCongress },
      schema: { tags, params: idParams, body: setTermBody, response: { 200: unitTerm } },
    },
    async (request) =>
      inTransaction(async (tx) => setCongressTerm(tx, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/org-units/:id/terms',
    {
      config: {
        access: { checks: (request) => [readUnitOn((request.params as { id: number }).id)] },
      },
      schema: { tags, params: unitParams, response: { 200: z.array(unitTerm) } },
    },
    async (request) => termsOfUnit(db, request.params.id),
  );

  const readProgressUnit = {
    checks: (request: FastifyRequest): AccessCheck[] => [
      readUnitOn((request.query as { unitId: number }).unitId),
    ],
  };

  app.get(
    '/congress-progress',
    {
      config: { access: readProgressUnit },
      schema: { tags, querystring: congressProgressQuery, response: { 200: congressProgress } },
    },
    async (request) => progressAnswer(await congressProgressOf(db, actorOf(request), request.query)),
  );

  app.get(
    '/congress-progress/export.xlsx',
    { config: { access: readProgressUnit }, schema: { tags, querystring: congressProgressQuery } },
    async (request, reply) => {
      const { workbook, fileName } = await progressWorkbook(db, actorOf(request), request.query);
      return reply.type(XLSX).header('content-disposition', attachment(fileName)).send(workbook);
    },
  );
};
