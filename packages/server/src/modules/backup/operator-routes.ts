// POST /api/operator/backup: the running server's consistent backup of the embedded database, for
// `npm run cli -- backup` on the same machine, which cannot open the folder while the server holds it.
// No session: the CLI proves it runs as the server's operator with the token this process wrote into the
// data folder's lock file (mode 0600) — whoever can read that file can read the whole database anyway.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { apiContract } from '@congdoan/domain';
import type { FastifyPluginAsync } from 'fastify';
import { embeddedClient } from '../../db/embedded.ts';
import { AppError } from '../../platform/errors.ts';
import { implement } from '../../platform/routes.ts';
import { auditBackup, dumpEmbedded } from './embedded.ts';

/** Made afresh by each server process; main.ts publishes it in the lock file once the server listens. */
export const operatorToken = randomBytes(32).toString('base64url');
export const OPERATOR_TOKEN_HEADER = 'x-congdoan-operator-token';

function isOperatorToken(given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(operatorToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const operatorRoutes: FastifyPluginAsync = async (app) => {
  implement(app, apiContract.platform.operatorBackup, {
    access: 'public',
    hide: true,
    handler: async (request, reply) => {
      if (!isOperatorToken(request.headers[OPERATOR_TOKEN_HEADER])) {
        throw new AppError(401, 'OPERATOR_TOKEN_INVALID');
      }
      if (!embeddedClient(app.database)) throw new AppError(409, 'BACKUP_NOT_EMBEDDED');
      request.log.info('backup of the embedded database for the operator');
      const archive = await dumpEmbedded(app.database);
      // Written after the dump, so the backup holds the database as it was and the log says when it was taken.
      await auditBackup(app.database, 'backup', { by: 'operator' });
      return reply.type('application/gzip').send(archive);
    },
  });
};
