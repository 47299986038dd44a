// The platform's own routes: the health check monitoring reads, and the operator's backup of the embedded
// database (for the CLI on the same machine; no session, a token from the data folder's lock file).
import { z } from 'zod';
import { c, fileResponse, meta } from '../common/contract.ts';

const databaseKind = z.enum(['pglite', 'postgres']);

export const healthAnswer = z.object({ status: z.literal('ok'), db: databaseKind });
/** 503: the server answers but its database cannot write (or does not answer). */
export const healthDegraded = z.object({
  status: z.literal('degraded'),
  db: databaseKind,
  problem: z.enum(['diskFull', 'readOnly', 'writeFailed', 'notResponding']),
});

export const platformContract = c.router({
  health: {
    method: 'GET',
    path: '/health',
    responses: { 200: healthAnswer, 503: healthDegraded },
    metadata: meta('platform', { kind: 'public' }),
  },
  operatorBackup: {
    method: 'POST',
    path: '/operator/backup',
    body: c.noBody(),
    responses: { 200: fileResponse('application/gzip') },
    metadata: meta('platform', { kind: 'public' }),
  },
});
