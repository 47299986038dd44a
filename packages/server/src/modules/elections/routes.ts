// /api elections: the seat rules and ballots of a congress, a ballot's count and further rounds, its counting
// minutes (.docx), and the committees made from the results. Scope is checked through the congress: reads
// need its unit readable on the congress date, writes need it writable today (and the service locks it).
import { apiContract, DOCX } from '@congdoan/domain';
import type { FastifyPluginAsync } from 'fastify';
import { type AccessCheck, actorOf } from '../../platform/context.ts';
import { requestLocale } from '../../platform/i18n.ts';
import { implement } from '../../platform/routes.ts';
import { readUnitOn } from '../../platform/scope.ts';
import { loadCongress } from '../congresses/service.ts';
import './access.ts';
import { constituteCommittee, getCommittee, listCommittees } from './committees.ts';
import { recordCount } from './count.ts';
import { minutesDocument, minutesFacts } from './minutes.ts';
import { presentCommittees, presentElection, presentElections } from './presenter.ts';
import { congressIdOfElection, getElection, listElections } from './queries.ts';
import { seatRulesOfCongress } from './seats.ts';
import { createElection, nextRound } from './service.ts';

const routes = apiContract.elections;
const congress = (id: number, mode: 'read' | 'write'): AccessCheck[] => [{ entity: 'congress', id, mode }];
const ballot = (id: number, mode: 'read' | 'write'): AccessCheck[] => [{ entity: 'election', id, mode }];

export const electionRoutes: FastifyPluginAsync = async (app) => {
  const db = app.database.db;

  implement(app, routes.list, {
    access: { checks: (request) => congress(request.params.id, 'read') },
    handler: async (request) => {
      const found = await loadCongress(db, request.params.id, { lock: false });
      return presentElections(request, db, await listElections(db, found));
    },
  });

  implement(app, routes.seatRules, {
    access: { checks: (request) => congress(request.params.id, 'read') },
    handler: async (request) =>
      seatRulesOfCongress(db, await loadCongress(db, request.params.id, { lock: false })),
  });

  implement(app, routes.create, {
    access: { power: 'writeRecords', checks: (request) => congress(request.params.id, 'write') },
    handler: async (request, reply) => {
      const created = await db.transaction(async (tx) =>
        getElection(tx, await createElection(tx, actorOf(request), request.params.id, request.body)),
      );
      return reply.status(201).send(await presentElection(request, db, created));
    },
  });

  implement(app, routes.get, {
    access: { checks: (request) => ballot(request.params.id, 'read') },
    handler: async (request) => presentElection(request, db, await getElection(db, request.params.id)),
  });

  implement(app, routes.count, {
    access: { power: 'writeRecords', checks: (request) => ballot(request.params.id, 'write') },
    handler: async (request) => {
      const counted = await db.transaction(async (tx) => {
        await recordCount(tx, actorOf(request), request.params.id, request.body);
        return getElection(tx, request.params.id);
      });
      return presentElection(request, db, counted);
    },
  });

  implement(app, routes.nextRound, {
    access: { power: 'writeRecords', checks: (request) => ballot(request.params.id, 'write') },
    handler: async (request, reply) => {
      const created = await db.transaction(async (tx) =>
        getElection(tx, await nextRound(tx, actorOf(request), request.params.id, request.body)),
      );
      return reply.status(201).send(await presentElection(request, db, created));
    },
  });

  implement(app, routes.minutes, {
    reads: 'replica',
    access: { checks: (request) => ballot(request.params.id, 'read') },
    handler: async (request, reply) => {
      const congressId = await congressIdOfElection(db, request.params.id);
      const facts = await minutesFacts(
        db,
        await getElection(db, request.params.id),
        await loadCongress(db, congressId, { lock: false }),
      );
      const file = await minutesDocument(facts, requestLocale(request));
      const fileName = `bien-ban-kiem-phieu-${facts.election.id}-vong-${facts.election.round}.docx`;
      return reply.type(DOCX).header('content-disposition', `attachment; filename="${fileName}"`).send(file);
    },
  });

  implement(app, routes.constitute, {
    access: { power: 'writeRecords', checks: (request) => congress(request.params.id, 'write') },
    handler: async (request, reply) => {
      const created = await db.transaction(async (tx) =>
        getCommittee(tx, await constituteCommittee(tx, actorOf(request), request.params.id, request.body)),
      );
      const [presented] = await presentCommittees(request, [created]);
      return reply.status(201).send(presented);
    },
  });

  implement(app, routes.committees, {
    access: { checks: (request) => [readUnitOn(request.params.id)] },
    handler: async (request) =>
      presentCommittees(request, await listCommittees(db, { unitId: request.params.id })),
  });
};
