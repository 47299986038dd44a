// /api/privacy: the register of personal data, the read log, a member's access export (JSON, xlsx), their
// correction requests and the breaches record; and the daily purge of what has outlived its retention.
import {
  breach,
  breachBody,
  correctionDecisionBody,
  correctionRequest,
  correctionRequestBody,
  idParam,
  listCorrectionsQuery,
  readLogPage as readLogPageSchema,
  readLogQuery,
  registerView as registerViewSchema,
  subjectAccessExport as subjectAccessExportSchema,
  todayInVietnam,
  updateBreachBody,
} from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AccessCheck, actorOf } from '../../platform/context.ts';
import { runDaily } from '../../platform/daily.ts';
import { requestLocale } from '../../platform/i18n.ts';
import { subjectAccessExport } from './access-export.ts';
import { accessWorkbook } from './access-workbook.ts';
import { listBreaches, recordBreach, updateBreach } from './breaches.ts';
import { decideCorrection, recordCorrection } from './corrections.ts';
import { correctionList, routeOf } from './presenter.ts';
import { listCorrections, readLogPage } from './queries.ts';
import { purgePastRetention, registerView } from './retention.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const tags = ['privacy'];
const idParams = z.object({ id: idParam });
const idOf = (request: FastifyRequest) => (request.params as { id: number }).id;

/** Acting on a member's data (their export, a correction) needs their unit in the caller's scope now. */
const officerOnMember = {
  power: 'writeRecords' as const,
  checks: (request: FastifyRequest): AccessCheck[] => [
    { entity: 'member', id: idOf(request), mode: 'write' },
  ],
};

export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  const purge = async () => {
    try {
      const counts = await db.transaction((tx) => purgePastRetention(tx, app.config));
      if (counts.reads + counts.sessions + counts.auditRows > 0) {
        app.log.info(counts, 'personal data past retention purged');
      }
    } catch (error) {
      app.log.error(error, 'purging personal data past retention failed');
    }
  };
  await runDaily(app, purge);

  // The register is the union's public account of its processing: any signed-in user may read it.
  app.get(
    '/privacy/register',
    { config: { access: {} }, schema: { tags, response: { 200: registerViewSchema } } },
    async () => registerView(app.config),
  );

  // Administrators read the log of their subtree (rows filtered by the unit read, on the day it was read).
  app.get(
    '/privacy/reads',
    {
      config: {
        access: {
          power: 'manageUsers',
          checks: (request) => {
            const { memberId } = request.query as z.infer<typeof readLogQuery>;
            return memberId === undefined ? [] : [{ entity: 'member', id: memberId, mode: 'read' }];
          },
        },
      },
      schema: { tags, querystring: readLogQuery, response: { 200: readLogPageSchema } },
    },
    async (request) => readLogPage(db, actorOf(request), request.query),
  );

  app.get(
    '/privacy/members/:id/export',
    {
      config: { access: officerOnMember },
      schema: { tags, params: idParams, response: { 200: subjectAccessExportSchema } },
    },
    async (request, reply) => {
      const data = await db.transaction((tx) =>
        subjectAccessExport(tx, actorOf(request), request.params.id, routeOf(request)),
      );
      return reply
        .header('content-disposition', `attachment; filename="du-lieu-ca-nhan-${request.params.id}.json"`)
        .send(data);
    },
  );

  app.get(
    '/privacy/members/:id/export.xlsx',
    { config: { access: officerOnMember }, schema: { tags, params: idParams } },
    async (request, reply) => {
      const data = await db.transaction((tx) =>
        subjectAccessExport(tx, actorOf(request), request.params.id, routeOf(request)),
      );
      const workbook = await accessWorkbook(data, requestLocale(request));
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="du-lieu-ca-nhan-${request.params.id}.xlsx"`)
        .send(workbook);
    },
  );

  app.post(
    '/privacy/members/:id/corrections',
    {
      config: { access: officerOnMember },
      schema: { tags, params: idParams, body: correctionRequestBody, response: { 201: correctionRequest } },
    },
    async (request, reply) => {
      const created = await db.transaction((tx) =>
        recordCorrection(tx, actorOf(request), request.params.id, request.body),
      );
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/privacy/corrections',
    {
      config: {
        access: {
          checks: (request) => {
            const query = request.query as z.infer<typeof listCorrectionsQuery>;
            const checks: AccessCheck[] = [];
            if (query.unitId !== undefined)
              checks.push({ unitId: query.unitId, mode: 'read', date: todayInVietnam() });
            if (query.memberId !== undefined)
              checks.push({ entity: 'member', id: query.memberId, mode: 'read' });
            return checks;
          },
        },
      },
      schema: { tags, querystring: listCorrectionsQuery, response: { 200: correctionList } },
    },
    async (request) => listCorrections(db, actorOf(request), request.query),
  );

  app.post(
    '/privacy/corrections/:id/decision',
    {
      config: {
        access: {
          power: 'writeRecords',
          checks: (request) => [{ entity: 'personalDataCorrection', id: idOf(request), mode: 'write' }],
        },
      },
      schema: { tags, params: idParams, body: correctionDecisionBody, response: { 200: correctionRequest } },
    },
    async (request) =>
      db.transaction((tx) => decideCorrection(tx, actorOf(request), request.params.id, request.body)),
  );

  // Breaches are the national controller's record: the system administrator's alone.
  app.get(
    '/privacy/breaches',
    {
      config: { access: { power: 'managePrivacy' } },
      schema: { tags, response: { 200: z.array(breach) } },
    },
    async () => listBreaches(db),
  );

  app.post(
    '/privacy/breaches',
    {
      config: { access: { power: 'managePrivacy' } },
      schema: { tags, body: breachBody, response: { 201: breach } },
    },
    async (request, reply) => {
      const created = await db.transaction((tx) => recordBreach(tx, actorOf(request), request.body));
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/privacy/breaches/:id',
    {
      config: { access: { power: 'managePrivacy' } },
      schema: { tags, params: idParams, body: updateBreachBody, response: { 200: breach } },
    },
    async (request) =>
      db.transaction((tx) => updateBreach(tx, actorOf(request), request.params.id, request.body)),
  );
};
