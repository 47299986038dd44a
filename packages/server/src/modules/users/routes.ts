// /api/users: administrators list, create and change the accounts of their subtree.
import { apiContract, todayInVietnam } from '@congdoan/domain';
import type { FastifyPluginAsync } from 'fastify';
import { sessionToken } from '../../platform/auth.ts';
import { actorOf } from '../../platform/context.ts';
import { implement } from '../../platform/routes.ts';
import { readUnitOn } from '../../platform/scope.ts';
import { userRows } from './can.ts';
import { createUser, listUsers, updateUser } from './service.ts';

const routes = apiContract.users;

export const userRoutes: FastifyPluginAsync = async (app) => {
  const db = () => app.database.db;

  implement(app, routes.list, {
    access: {
      power: 'manageUsers',
      checks: ({ query }) => (query.unitId === undefined ? [] : [readUnitOn(query.unitId)]),
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const { rows, total } = await listUsers(db(), actor, request.query);
      const { page, pageSize } = request.query;
      return { items: await userRows(request, db(), actor, rows), total, page, pageSize };
    },
  });

  implement(app, routes.create, {
    access: {
      power: 'manageUsers',
      checks: ({ body }) => [{ unitId: body.unitId, mode: 'write', date: todayInVietnam() }],
    },
    handler: async (request, reply) => {
      const user = await createUser(db(), actorOf(request), request.body);
      return reply.status(201).send(user);
    },
  });

  implement(app, routes.update, {
    access: {
      power: 'manageUsers',
      checks: ({ params }) => [{ entity: 'user', id: params.id, mode: 'write' }],
    },
    handler: (request) =>
      updateUser(db(), actorOf(request), request.params.id, request.body, sessionToken(request)),
  });
};
