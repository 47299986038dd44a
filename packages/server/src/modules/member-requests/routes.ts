// /api/member-requests: send a request for a member held elsewhere, the incoming and outgoing lists, and the
// holding side's approval or refusal. The lists filter by scope in SQL; deciding checks the member's unit
// in the service, which answers 404 outside it, as for an unknown id.
import {
  createMemberRequestBody,
  idParam,
  incomingMemberRequests,
  memberRequestSent,
  outgoingMemberRequests,
  refuseMemberRequestBody,
} from '@congdoan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/context.ts';
import { listIncoming, listOutgoing } from './queries.ts';
import { approveMemberRequest, createMemberRequest, refuseMemberRequest } from './service.ts';

const tags = ['members'];
const requestParams = z.object({ id: idParam });
const done = z.object({ id: z.number().int(), status: z.enum(['approved', 'refused']) });

export const memberRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;

  app.post(
    '/member-requests',
    {
      config: {
        access: {
          power: 'writeRecords',
          checks: (request) => {
            const body = request.body as z.infer<typeof createMemberRequestBody>;
            return [{ unitId: body.unitId, mode: 'write', date: body.effectiveDate }];
          },
        },
      },
      schema: { tags, body: createMemberRequestBody, response: { 201: memberRequestSent } },
    },
    async (request, reply) => {
      const sent = await db.transaction((tx) => createMemberRequest(tx, actorOf(request), request.body));
      return reply.status(201).send(sent);
    },
  );

  app.get(
    '/member-requests/incoming',
    { config: { access: {} }, schema: { tags, response: { 200: incomingMemberRequests } } },
    async (request) => ({ items: await listIncoming(db, actorOf(request)) }),
  );

  app.get(
    '/member-requests/outgoing',
    { config: { access: {} }, schema: { tags, response: { 200: outgoingMemberRequests } } },
    async (request) => ({ items: await listOutgoing(db, actorOf(request)) }),
  );

  app.post(
    '/member-requests/:id/approve',
    {
      config: { access: { power: 'writeRecords' } },
      schema: { tags, params: requestParams, response: { 200: done } },
    },
    async (request) => {
      await db.transaction((tx) => approveMemberRequest(tx, actorOf(request), request.params.id));
      return { id: request.params.id, status: 'approved' as const };
    },
  );

  app.post(
    '/member-requests/:id/refuse',
    {
      config: { access: { power: 'writeRecords' } },
      schema: { tags, params: requestParams, body: refuseMemberRequestBody, response: { 200: done } },
    },
    async (request) => {
      await db.transaction((tx) =>
        refuseMemberRequest(tx, actorOf(request), request.params.id, request.body),
      );
      return { id: request.params.id, status: 'refused' as const };
    },
  );
};
