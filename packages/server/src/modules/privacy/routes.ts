// /api/privacy: the register of personal data, the read log, a member's access export (JSON, xlsx), their
// correction requests and the breaches record; and the daily purge of what has outlived its retention.
import { apiContract, type BreachRecord, todayInVietnam, XLSX } from '@congdoan/domain';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { type AccessCheck, actorOf } from '../../platform/context.ts';
import { runDaily } from '../../platform/daily.ts';
import { requestLocale } from '../../platform/i18n.ts';
import { canOf } from '../../platform/policy.ts';
import { implement } from '../../platform/routes.ts';
import { subjectAccessExport } from './access-export.ts';
import { accessWorkbook } from './access-workbook.ts';
import { listBreaches, recordBreach, updateBreach } from './breaches.ts';
import { decideCorrection, recordCorrection } from './corrections.ts';
import { routeOf } from './presenter.ts';
import { listCorrections, readLogPage } from './queries.ts';
import { purgePastRetention, registerView } from './retention.ts';

const routes = apiContract.privacy;

/** Acting on a member's data (their export, a correction) needs their unit in the caller's scope now. */
const officerOnMember = {
  power: 'writeRecords' as const,
  checks: (request: { params: { id: number } }): AccessCheck[] => [
    { entity: 'member', id: request.params.id, mode: 'write' },
  ],
};

/** A breach with whether the caller may update it. */
async function breachWithCan(request: FastifyRequest, breach: BreachRecord) {
  return {
    ...breach,
    can: await canOf(request, { edit: [routes.updateBreach, { params: { id: breach.id } }] }),
  };
}

export const privacyRoutes: FastifyPluginAsync = async (app) => {
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

  implement(app, routes.register, { access: {}, handler: () => registerView(app.config) });

  implement(app, routes.reads, {
    access: {
      power: 'manageUsers',
      checks: (request) => {
        const { memberId } = request.query;
        return memberId === undefined ? [] : [{ entity: 'member', id: memberId, mode: 'read' }];
      },
    },
    handler: (request) => readLogPage(db, actorOf(request), request.query),
  });

  implement(app, routes.exportMember, {
    access: officerOnMember,
    handler: async (request, reply) => {
      const data = await db.transaction((tx) =>
        subjectAccessExport(tx, actorOf(request), request.params.id, routeOf(request)),
      );
      return reply
        .header('content-disposition', `attachment; filename="du-lieu-ca-nhan-${request.params.id}.json"`)
        .send(data);
    },
  });

  implement(app, routes.exportMemberXlsx, {
    access: officerOnMember,
    handler: async (request, reply) => {
      const data = await db.transaction((tx) =>
        subjectAccessExport(tx, actorOf(request), request.params.id, routeOf(request)),
      );
      const workbook = await accessWorkbook(data, requestLocale(request));
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="du-lieu-ca-nhan-${request.params.id}.xlsx"`)
        .send(workbook);
    },
  });

  implement(app, routes.requestCorrection, {
    access: officerOnMember,
    handler: async (request, reply) => {
      const created = await db.transaction((tx) =>
        recordCorrection(tx, actorOf(request), request.params.id, request.body),
      );
      return reply.status(201).send(created);
    },
  });

  implement(app, routes.corrections, {
    access: {
      checks: (request) => {
        const { unitId, memberId } = request.query;
        const checks: AccessCheck[] = [];
        if (unitId !== undefined) checks.push({ unitId, mode: 'read', date: todayInVietnam() });
        if (memberId !== undefined) checks.push({ entity: 'member', id: memberId, mode: 'read' });
        return checks;
      },
    },
    handler: async (request) => {
      const items = await listCorrections(db, actorOf(request), request.query);
      // A pending request may be decided by whoever passes the decision's guard.
      return Promise.all(
        items.map(async (item) => {
          const can = await canOf(request, {
            decide: [routes.decideCorrection, { params: { id: item.id } }],
          });
          return { ...item, can: { decide: can.decide && item.status === 'pending' } };
        }),
      );
    },
  });

  implement(app, routes.decideCorrection, {
    access: {
      power: 'writeRecords',
      checks: (request) => [{ entity: 'personalDataCorrection', id: request.params.id, mode: 'write' }],
    },
    handler: (request) =>
      db.transaction((tx) => decideCorrection(tx, actorOf(request), request.params.id, request.body)),
  });

  implement(app, routes.breaches, {
    access: { power: 'managePrivacy' },
    handler: async (request) =>
      Promise.all((await listBreaches(db)).map((breach) => breachWithCan(request, breach))),
  });

  implement(app, routes.recordBreach, {
    access: { power: 'managePrivacy' },
    handler: async (request, reply) => {
      const created = await db.transaction((tx) => recordBreach(tx, actorOf(request), request.body));
      return reply.status(201).send(await breachWithCan(request, created));
    },
  });

  implement(app, routes.updateBreach, {
    access: { power: 'managePrivacy' },
    handler: async (request) => {
      const updated = await db.transaction((tx) =>
        updateBreach(tx, actorOf(request), request.params.id, request.body),
      );
      return breachWithCan(request, updated);
    },
  });
};
