// /api/members: the scoped list and search, admission, a member's record, corrections, transfer,
// departure, re-admission and offices; and a unit's member figures. Use cases run in one transaction each;
// the record answered after a change is read once it is committed, with what the caller may now do to it.
import { apiContract } from '@congdoan/domain';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Tx } from '../../db/client.ts';
import { type AccessCheck, actorOf } from '../../platform/context.ts';
import { implement } from '../../platform/routes.ts';
import { readUnitOn } from '../../platform/scope.ts';
import { memberCanOf, memberListCanOf } from './can.ts';
import { addOffice, leaveMember, transferMember } from './lifecycle.ts';
import { getMember, listMembers, MEMBER_COUNT_LIMIT } from './queries.ts';
import { readmitMember } from './readmit.ts';
import { admitMember, updateMember } from './service.ts';
import { memberStatsFor } from './stats.ts';

const routes = apiContract.members;

/**
 * Reading a member needs their current unit in scope today (their last unit on their last day once they
 * have left); unknown ids and members out of reach both answer 404.
 */
export const readMember = {
  checks: (request: { params: { id: number } }): AccessCheck[] => [
    { entity: 'member', id: request.params.id, mode: 'read' },
  ],
};

/** Changing a member needs the power to write records and their current unit in scope today. */
const writeMember = {
  power: 'writeRecords' as const,
  checks: (request: { params: { id: number } }): AccessCheck[] => [
    { entity: 'member', id: request.params.id, mode: 'write' },
  ],
};

export const memberRoutes: FastifyPluginAsync = async (app) => {
  const db = app.database.db;
  const inTransaction = <T>(work: (tx: Tx) => Promise<T>) => db.transaction(work);
  const detailOf = async (request: FastifyRequest, id: number) => {
    const member = await getMember(db, id);
    return { ...member, can: await memberCanOf(request, member) };
  };

  implement(app, routes.list, {
    reads: 'replica',
    access: {
      checks: (request) => {
        const { unitId, asOf } = request.query;
        return unitId === undefined ? [] : [readUnitOn(unitId, asOf)];
      },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const page = await listMembers(db, actor, request.query, { countLimit: MEMBER_COUNT_LIMIT });
      return { ...page, can: await memberListCanOf(request, request.query.unitId ?? actor.unitId) };
    },
  });

  implement(app, routes.admit, {
    access: {
      power: 'writeRecords',
      checks: (request) => [{ unitId: request.body.unitId, mode: 'write', date: request.body.admittedOn }],
    },
    handler: async (request, reply) => {
      const id = await inTransaction((tx) => admitMember(tx, actorOf(request), request.body));
      return reply.status(201).send(await detailOf(request, id));
    },
  });

  implement(app, routes.get, {
    access: readMember,
    handler: (request) => detailOf(request, request.params.id),
  });

  implement(app, routes.update, {
    access: writeMember,
    handler: async (request) => {
      await inTransaction((tx) => updateMember(tx, actorOf(request), request.params.id, request.body));
      return detailOf(request, request.params.id);
    },
  });

  implement(app, routes.transfer, {
    access: writeMember,
    handler: async (request) => {
      await inTransaction((tx) => transferMember(tx, actorOf(request), request.params.id, request.body));
      return detailOf(request, request.params.id);
    },
  });

  implement(app, routes.leave, {
    access: writeMember,
    handler: async (request) => {
      await inTransaction((tx) => leaveMember(tx, actorOf(request), request.params.id, request.body));
      return detailOf(request, request.params.id);
    },
  });

  // The receiving union must be the caller's to write into; the service answers 404 for a member whose last
  // unit lies outside the caller's subtree (across subtrees, readmission goes through a member request).
  implement(app, routes.readmit, {
    access: {
      power: 'writeRecords',
      checks: (request) => [{ unitId: request.body.unitId, mode: 'write', date: request.body.effectiveDate }],
    },
    handler: async (request) => {
      await inTransaction((tx) => readmitMember(tx, actorOf(request), request.params.id, request.body));
      return detailOf(request, request.params.id);
    },
  });

  implement(app, routes.addOffice, {
    access: {
      power: 'writeRecords',
      checks: (request) => [
        ...writeMember.checks(request),
        { unitId: request.body.unitId, mode: 'write', date: request.body.validFrom },
      ],
    },
    handler: async (request, reply) => {
      await inTransaction((tx) => addOffice(tx, actorOf(request), request.params.id, request.body));
      return reply.status(201).send(await detailOf(request, request.params.id));
    },
  });

  implement(app, routes.stats, {
    reads: 'replica',
    access: {
      // Figures over a span need the unit in scope at both its ends, as of a date on that date.
      checks: (request) => {
        const { asOf, from, to } = request.query;
        const { id } = request.params;
        return [readUnitOn(id, to ?? asOf), ...(from === undefined ? [] : [readUnitOn(id, from)])];
      },
    },
    handler: (request) => memberStatsFor(db, request.params.id, request.query),
  });
};
