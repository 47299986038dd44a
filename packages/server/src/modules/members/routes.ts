// /api/members: the scoped list and search, admission, a member's record, corrections, transfer,
// departure, re-admission and offices; and a unit's member figures. Use cases run in one transaction each.
import {
  addOfficeBody,
  admitMemberBody,
  idParam,
  leaveMemberBody,
  listMembersQuery,
  memberDetail,
  memberPage,
  memberStats,
  memberStatsQuery,
  readmitMemberBody,
  transferMemberBody,
  unitId,
  updateMemberBody,
} from '@congdoan/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Tx } from '../../db/client.ts';
import { type AccessCheck, actorOf } from '../../platform/context.ts';
import { readUnitOn } from '../../platform/scope.ts';
import { addOffice, leaveMember, transferMember } from './lifecycle.ts';
import { getMember, listMembers, MEMBER_COUNT_LIMIT } from './queries.ts';
import { readmitMember } from './readmit.ts';
import { admitMember, updateMember } from './service.ts';
import { memberStatsFor } from './stats.ts';

export const memberParams = z.object({ id: idParam });
const tags = ['members'];

const memberIdOf = (request: FastifyRequest) => (request.params as { id: number }).id;

/**
 * Reading a member needs their current unit in scope today (their last unit on their last day once they
 * have left); unknown ids and members out of reach both answer 404.
 */
export const readMember = {
  checks: (request: FastifyRequest): AccessCheck[] => [
    { entity: 'member', id: memberIdOf(request), mode: 'read' },
  ],
};

/** Changing a member needs the power to write records and their current unit in scope today. */
const writeMember = (extra: (request: FastifyRequest) => AccessCheck[] = () => []) => ({
  power: 'writeRecords' as const,
  checks: (request: FastifyRequest): AccessCheck[] => [
    { entity: 'member', id: memberIdOf(request), mode: 'write' },
    ...extra(request),
  ],
});

export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  const inTransaction = <T>(work: (tx: Tx) => Promise<T>) => app.database.db.transaction(work);
  const detail = { 200: memberDetail };

  app.get(
    '/members',
    {
      config: {
        access: {
          checks: (request) => {
            const { unitId: id, asOf } = request.query as z.infer<typeof listMembersQuery>;
            return id === undefined ? [] : [readUnitOn(id, asOf)];
          },
        },
      },
      schema: { tags, querystring: listMembersQuery, response: { 200: memberPage } },
    },
    async (request) =>
      listMembers(app.database.db, actorOf(request), request.query, { countLimit: MEMBER_COUNT_LIMIT }),
  );

  app.post(
    '/members',
    {
      config: {
        access: {
          power: 'writeRecords',
          checks: (request) => {
            const body = request.body as z.infer<typeof admitMemberBody>;
            return [{ unitId: body.unitId, mode: 'write', date: body.admittedOn }];
          },
        },
      },
      schema: { tags, body: admitMemberBody, response: { 201: memberDetail } },
    },
    async (request, reply) => {
      const member = await inTransaction(async (tx) =>
        getMember(tx, await admitMember(tx, actorOf(request), request.body)),
      );
      return reply.status(201).send(member);
    },
  );

  app.get(
    '/members/:id',
    { config: { access: readMember }, schema: { tags, params: memberParams, response: detail } },
    async (request) => getMember(app.database.db, request.params.id),
  );

  app.patch(
    '/members/:id',
    {
      config: { access: writeMember() },
      schema: { tags, params: memberParams, body: updateMemberBody, response: detail },
    },
    async (request) =>
      inTransaction(async (tx) => {
        await updateMember(tx, actorOf(request), request.params.id, request.body);
        return getMember(tx, request.params.id);
      }),
  );

  app.post(
    '/members/:id/transfer',
    {
      config: { access: writeMember() },
      schema: { tags, params: memberParams, body: transferMemberBody, response: detail },
    },
    async (request) =>
      inTransaction(async (tx) => {
        await transferMember(tx, actorOf(request), request.params.id, request.body);
        return getMember(tx, request.params.id);
      }),
  );

  app.post(
    '/members/:id/leave',
    {
      config: { access: writeMember() },
      schema: { tags, params: memberParams, body: leaveMemberBody, response: detail },
    },
    async (request) =>
      inTransaction(async (tx) => {
        await leaveMember(tx, actorOf(request), request.params.id, request.body);
        return getMember(tx, request.params.id);
      }),
  );

  // The receiving union must be the caller's to write into; the service answers 404 for a member whose last
  // unit lies outside the caller's subtree (across subtrees, readmission goes through a member request).
  app.post(
    '/members/:id/readmit',
    {
      config: {
        access: {
          power: 'writeRecords',
          checks: (request) => {
            const body = request.body as z.infer<typeof readmitMemberBody>;
            return [{ unitId: body.unitId, mode: 'write', date: body.effectiveDate }];
          },
        },
      },
      schema: { tags, params: memberParams, body: readmitMemberBody, response: detail },
    },
    async (request) =>
      inTransaction(async (tx) => {
        await readmitMember(tx, actorOf(request), request.params.id, request.body);
        return getMember(tx, request.params.id);
      }),
  );

  app.post(
    '/members/:id/offices',
    {
      config: {
        access: writeMember((request) => {
          const body = request.body as z.infer<typeof addOfficeBody>;
          return [{ unitId: body.unitId, mode: 'write', date: body.validFrom }];
        }),
      },
      schema: { tags, params: memberParams, body: addOfficeBody, response: { 201: memberDetail } },
    },
    async (request, reply) => {
      const member = await inTransaction(async (tx) => {
        await addOffice(tx, actorOf(request), request.params.id, request.body);
        return getMember(tx, request.params.id);
      });
      return reply.status(201).send(member);
    },
  );

  app.get(
    '/org-units/:id/member-stats',
    {
      config: {
        access: {
          // Figures over a span need the unit in scope at both its ends, as of a date on that date.
          checks: (request) => {
            const { id } = request.params as { id: number };
            const { asOf, from, to } = request.query as z.infer<typeof memberStatsQuery>;
            return [readUnitOn(id, to ?? asOf), ...(from === undefined ? [] : [readUnitOn(id, from)])];
          },
        },
      },
      schema: {
        tags,
        params: z.object({ id: unitId }),
        querystring: memberStatsQuery,
        response: { 200: memberStats },
      },
    },
    async (request) => memberStatsFor(app.database.db, request.params.id, request.query),
  );
};
