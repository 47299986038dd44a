// /api/auth: sign in (rate-limited per address and slowed per account), sign out, who am I, change password
// (wrong current passwords slowed per account and per address).
import { apiContract } from '@congdoan/domain';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../../platform/auth.ts';
import { actorOf } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { MessageCode } from '../../platform/messages.ts';
import { implement } from '../../platform/routes.ts';
import { globalCanOf } from './can.ts';
import { FailureLimiter } from './limiter.ts';
import { changePassword, currentUser, login, logout, normaliseUsername } from './service.ts';

const routes = apiContract.auth;

export const authRoutes: FastifyPluginAsync = async (app) => {
  const { loginMaxAttempts, loginWindowMs, sessionDays, publicUrl } = app.config;
  const limits = {
    maxFailures: app.config.accountMaxFailures,
    firstDelayMs: app.config.accountFirstDelayMs,
    maxDelayMs: app.config.accountMaxDelayMs,
  };
  // Separate counts: a thief guessing the current password with a stolen session must not lock the
  // owner out of signing in.
  const signInFailures = new FailureLimiter(limits);
  const passwordChangeFailures = new FailureLimiter(limits);

  implement(app, routes.login, {
    access: 'public',
    config: {
      rateLimit: {
        max: loginMaxAttempts,
        timeWindow: loginWindowMs,
        // Counted once the body is parsed, so the key can name the account being tried, normalised as
        // the sign-in itself normalises it: " admin", "Admin" and "admin\t" share one count.
        hook: 'preValidation',
        keyGenerator: (request) => {
          const body = request.body as { username?: unknown } | undefined;
          const username = typeof body?.username === 'string' ? normaliseUsername(body.username) : '';
          return JSON.stringify([request.ip, username]);
        },
      },
    },
    handler: async (request, reply) => {
      // Every address counts against the account, so guessing from many addresses is slowed too.
      const keys = [normaliseUsername(request.body.username)];
      const { session, actor } = await limited(reply, signInFailures, keys, [], 'BAD_CREDENTIALS', () =>
        login(app.database.db, request.body.username, request.body.password, sessionDays),
      );
      setSessionCookie(reply, session.token, session.expiresAt, publicUrl);
      return { user: await currentUser(app.database.db, actor) };
    },
  });

  implement(app, routes.logout, {
    access: 'public',
    handler: async (request, reply) => {
      const token = sessionToken(request);
      if (token) await logout(app.database.db, request.actor, token);
      clearSessionCookie(reply, publicUrl);
      return reply.status(204).send();
    },
  });

  implement(app, routes.me, {
    access: {},
    handler: async (request) => ({
      user: await currentUser(app.database.db, actorOf(request)),
      can: await globalCanOf(request),
    }),
  });

  implement(app, routes.changePassword, {
    access: {},
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const { currentPassword, newPassword } = request.body;
      // A right password forgets the account's count but not the address's: one's own account must not
      // reset the count of guesses made from the same address at others'.
      const account = `account:${actor.id}`;
      const keys = [account, `address:${request.ip}`];
      await limited(reply, passwordChangeFailures, keys, [account], 'WRONG_PASSWORD', () =>
        changePassword(app.database.db, actor, sessionToken(request) ?? '', currentPassword, newPassword),
      );
      return reply.status(204).send();
    },
  });
};

/**
 * Runs a password check under a failure limiter: refused with 429 (and Retry-After) while a key must
 * wait; a `wrongCode` error counts as a wrong password on every key, success forgets the `forget` keys
 * (all keys when empty).
 */
async function limited<T>(
  reply: FastifyReply,
  limiter: FailureLimiter,
  keys: string[],
  forget: string[],
  wrongCode: MessageCode,
  check: () => Promise<T>,
): Promise<T> {
  const wait = limiter.begin(keys);
  if (wait > 0) {
    reply.header('retry-after', Math.ceil(wait / 1000));
    throw new AppError(429, 'TOO_MANY_ATTEMPTS', { minutes: Math.max(1, Math.ceil(wait / 60_000)) });
  }
  let outcome: 'wrong' | 'right' | 'other' = 'other';
  try {
    const result = await check();
    outcome = 'right';
    return result;
  } catch (error) {
    if (error instanceof AppError && error.code === wrongCode) outcome = 'wrong';
    throw error;
  } finally {
    limiter.finish(keys, outcome, forget.length > 0 ? forget : keys);
  }
}
