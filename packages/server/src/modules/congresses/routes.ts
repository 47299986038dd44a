// /api/congresses: a unit's congress of a cycle recorded step by step, the superior's recognition and term
// shift, and the documents kept with it; the plans, a unit's overview and terms, and the progress of a cycle
// are in plan-routes.ts. Each write runs in one transaction; the congress is presented (with the caller's
// `can`) once it is committed.
import { apiContract, todayInVietnam } from '@congdoan/domain';
import type { FastifyPluginAsync } from 'fastify';
import type { Tx } from '../../db/client.ts';
import { type AccessCheck, actorOf } from '../../platform/context.ts';
import { implement } from '../../platform/routes.ts';
import { readUnitOn } from '../../platform/scope.ts';
import { addDocument, deleteDocument, readDocument } from './documents.ts';
import { planAndProgressRoutes } from './plan-routes.ts';
import { presentCongress, presentDocument } from './presenter.ts';
import { getCongress, listCongresses } from './queries.ts';
import { createCongress, loadCongressForWrite, updateCongress } from './service.ts';
import { recogniseCongress, setCongressTerm } from './superior.ts';
import { attachment, readDocumentUpload } from './upload.ts';

const routes = apiContract.congresses;

const readCongress = (id: number): AccessCheck[] => [{ entity: 'congress', id, mode: 'read' }];
const writeCongress = (id: number): AccessCheck[] => [{ entity: 'congress', id, mode: 'write' }];

export const congressRoutes: FastifyPluginAsync = async (app) => {
  const db = app.database.db;
  const inTransaction = <T>(work: (tx: Tx) => Promise<T>) => db.transaction(work);

  implement(app, routes.create, {
    access: {
      power: 'writeRecords',
      checks: (request) => [{ unitId: request.body.unitId, mode: 'write', date: todayInVietnam() }],
    },
    handler: async (request, reply) => {
      const created = await inTransaction(async (tx) =>
        getCongress(tx, await createCongress(tx, actorOf(request), request.body)),
      );
      return reply.status(201).send(await presentCongress(request, db, created));
    },
  });

  implement(app, routes.list, {
    access: {
      checks: (request) => (request.query.unitId === undefined ? [] : [readUnitOn(request.query.unitId)]),
    },
    handler: (request) => listCongresses(db, actorOf(request), request.query),
  });

  implement(app, routes.get, {
    access: { checks: (request) => readCongress(request.params.id) },
    handler: async (request) => presentCongress(request, db, await getCongress(db, request.params.id)),
  });

  implement(app, routes.update, {
    access: { power: 'writeRecords', checks: (request) => writeCongress(request.params.id) },
    handler: async (request) => {
      const updated = await inTransaction(async (tx) => {
        await updateCongress(tx, actorOf(request), request.params.id, request.body);
        return getCongress(tx, request.params.id);
      });
      return presentCongress(request, db, updated);
    },
  });

  // Recognition and the term are the superior's: the route reads the congress, the service checks write
  // scope on the unit's parent (403 RECOGNITION_BY_SUPERIOR_ONLY for the unit itself).
  implement(app, routes.recognise, {
    access: { power: 'writeRecords', checks: (request) => readCongress(request.params.id) },
    handler: async (request) => {
      const recognised = await inTransaction(async (tx) => {
        await recogniseCongress(tx, actorOf(request), request.params.id, request.body);
        return getCongress(tx, request.params.id);
      });
      return presentCongress(request, db, recognised);
    },
  });

  implement(app, routes.setTerm, {
    access: { power: 'writeRecords', checks: (request) => readCongress(request.params.id) },
    handler: (request) =>
      inTransaction((tx) => setCongressTerm(tx, actorOf(request), request.params.id, request.body)),
  });

  implement(app, routes.uploadDocument, {
    access: { power: 'writeRecords', checks: (request) => writeCongress(request.params.id) },
    handler: async (request, reply) => {
      const upload = await readDocumentUpload(request);
      const document = await inTransaction(async (tx) => {
        const actor = actorOf(request);
        const target = await loadCongressForWrite(tx, actor, request.params.id);
        return addDocument(tx, actor, target, upload);
      });
      return reply.status(201).send(await presentDocument(request, request.params.id, document));
    },
  });

  implement(app, routes.document, {
    access: { checks: (request) => readCongress(request.params.id) },
    handler: async (request, reply) => {
      const file = await readDocument(db, request.params.id, request.params.documentId);
      return reply
        .type(file.contentType)
        .header('content-disposition', attachment(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  });

  implement(app, routes.deleteDocument, {
    access: { power: 'writeRecords', checks: (request) => writeCongress(request.params.id) },
    handler: async (request, reply) => {
      await inTransaction(async (tx) => {
        const actor = actorOf(request);
        const target = await loadCongressForWrite(tx, actor, request.params.id);
        await deleteDocument(tx, actor, target, request.params.documentId);
      });
      return reply.status(204).send();
    },
  });

  planAndProgressRoutes(app);
};
