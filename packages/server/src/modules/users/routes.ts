// /api/users: administrators list, create and change the accounts of their subtree.
import {
  createUserBody,
  idParam,
  listUsersQuery,
  todayInVietnam,
  updateUserBody,
  userRow,
} from '@congdoan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionToken } from '../../platform/auth.ts';
import { actorOf } from '../../platform/context.ts';
import { readUnitOn } from '../../platform/scope.ts';
import { createUser, listUsers, updateUser } from './service.ts';

const userParams = z.object({ id: idParam });

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/users',
    {
      config: {
        access: {
          power: 'manageUsers',
          checks: (request) => {
            const { unitId } = request.query as z.infer<typeof listUsersQuery>;
            return unitId === undefined ? [] : [readUnitOn(unitId)];
          },
        },
      },
      schema: { tags: ['users'], querystring: listUsersQuery, response: { 200: z.array(userRow) } },
    },
    async (request) => listUsers(app.database.db, actorOf(request), request.query),
  );

  app.post(
    '/users',
    {
      config: {
        access: {
          power: 'manageUsers',
          checks: (request) => {
            const body = request.body as z.infer<typeof createUserBody>;
            return [{ unitId: body.unitId, mode: 'write', date: todayInVietnam() }];
          },
        },
      },
      schema: { tags: ['users'], body: createUserBody, response: { 201: userRow } },
    },
    async (request, reply) => {
      const user = await createUser(app.database.db, actorOf(request), request.body);
      return reply.status(201).send(user);
    },
  );

  app.patch(
    '/users/:id',
    {
      config: {
        access: {
          power: 'manageUsers',
          checks: (request) => [
            { entity: 'user', id: (request.params as z.infer<typeof userParams>).id, mode: 'write' },
          ],
        },
      },
      schema: { tags: ['users'], params: userParams, body: updateUserBody, response: { 200: userRow } },
    },
    async (request) =>
      updateUser(app.database.db, actorOf(request), request.params.id, request.body, sessionToken(request)),
  );
};
