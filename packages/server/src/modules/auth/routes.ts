// /api/auth: sign in (rate-limited), sign out, who am I, change password.
import { changePasswordBody, currentUser as currentUserSchema, loginBody } from '@congdoan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../../platform/auth.ts';
import { actorOf } from '../../platform/context.ts';
import { changePassword, currentUser, login, logout } from './service.ts';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { loginMaxAttempts, loginWindowMs, sessionDays } = app.config;

  app.post(
    '/auth/login',
    {
      config: {
        access: 'public',
        rateLimit: {
          max: loginMaxAttempts,
          timeWindow: loginWindowMs,
          // Counted once the body is parsed, so the key below can name the username being tried.
          hook: 'preValidation',
          keyGenerator: (request) => {
            const body = request.body as { username?: unknown } | undefined;
            return `${request.ip}:${String(body?.username ?? '').toLowerCase()}`;
          },
        },
      },
      schema: { tags: ['auth'], body: loginBody, response: { 200: z.object({ user: currentUserSchema }) } },
    },
    async (request, reply) => {
      const { session, actor } = await login(
        app.database.db,
        request.body.username,
        request.body.password,
        sessionDays,
      );
      setSessionCookie(reply, session.token, session.expiresAt);
      return { user: await currentUser(app.database.db, actor) };
    },
  );

  app.post(
    '/auth/logout',
    { config: { access: 'public' }, schema: { tags: ['auth'], response: { 204: z.null() } } },
    async (request, reply) => {
      const token = sessionToken(request);
      if (token) await logout(app.database.db, request.actor, token);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: {} },
      schema: { tags: ['auth'], response: { 200: z.object({ user: currentUserSchema }) } },
    },
    async (request) => ({ user: await currentUser(app.database.db, actorOf(request)) }),
  );

  app.post(
    '/auth/password',
    {
      config: { access: {} },
      schema: { tags: ['auth'], body: changePasswordBody, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const { currentPassword, newPassword } = request.body;
      await changePassword(
        app.database.db,
        actorOf(request),
        sessionToken(request) ?? '',
        currentPassword,
        newPassword,
      );
      return reply.status(204).send(null);
    },
  );
};
