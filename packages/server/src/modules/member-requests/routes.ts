// /api/member-requests: send a request for a member held elsewhere, the incoming and outgoing lists, and the
// holding side's approval or refusal. The lists filter by scope in SQL; deciding needs the member's unit in
// the caller's scope (access.ts), which answers 404 outside it, as for an unknown id.
import { apiContract } from '@congdoan/domain';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AccessCheck } from '../../platform/context.ts';
import { actorOf } from '../../platform/context.ts';
import { canOf } from '../../platform/policy.ts';
import { implement } from '../../platform/routes.ts';
import './access.ts';
import {
  countIncoming,
  countOutgoing,
  type IncomingRequestRow,
  listIncoming,
  listOutgoing,
} from './queries.ts';
import { approveMemberRequest, createMemberRequest, refuseMemberRequest } from './service.ts';

const routes = apiContract.memberRequests;

const decideRequest = {
  power: 'writeRecords' as const,
  checks: (request: { params: { id: number } }): AccessCheck[] => [
    { entity: 'memberRequest', id: request.params.id, mode: 'write' },
  ],
};

/** A pending request may be approved or refused by whoever passes the decision's guard. */
async function withCan(request: FastifyRequest, item: IncomingRequestRow) {
  const params = { id: item.id };
  const can = await canOf(request, {
    approve: [routes.approve, { params }],
    refuse: [routes.refuse, { params }],
  });
  const pending = item.status === 'pending';
  return { ...item, can: { approve: can.approve && pending, refuse: can.refuse && pending } };
}

export const memberRequestRoutes: FastifyPluginAsync = async (app) => {
  const db = app.database.db;

  implement(app, routes.send, {
    access: {
      power: 'writeRecords',
      checks: (request) => [{ unitId: request.body.unitId, mode: 'write', date: request.body.effectiveDate }],
    },
    handler: async (request, reply) => {
      const sent = await db.transaction((tx) => createMemberRequest(tx, actorOf(request), request.body));
      return reply.status(201).send(sent);
    },
  });

  implement(app, routes.incoming, {
    access: {},
    handler: async (request) => {
      const actor = actorOf(request);
      const { page, pageSize } = request.query;
      const items = await listIncoming(db, actor, request.query);
      const { total, pending } = await countIncoming(db, actor);
      const withCans = await Promise.all(items.map((item) => withCan(request, item)));
      return { items: withCans, total, pending, page, pageSize };
    },
  });

  implement(app, routes.outgoing, {
    access: {},
    handler: async (request) => {
      const actor = actorOf(request);
      const { page, pageSize } = request.query;
      const items = await listOutgoing(db, actor, request.query);
      return { items, total: await countOutgoing(db, actor), page, pageSize };
    },
  });

  implement(app, routes.approve, {
    access: decideRequest,
    handler: async (request) => {
      await db.transaction((tx) => approveMemberRequest(tx, actorOf(request), request.params.id));
      return { id: request.params.id, status: 'approved' as const };
    },
  });

  implement(app, routes.refuse, {
    access: decideRequest,
    handler: async (request) => {
      await db.transaction((tx) =>
        refuseMemberRequest(tx, actorOf(request), request.params.id, request.body),
      );
      return { id: request.params.id, status: 'refused' as const };
    },
  });
};
