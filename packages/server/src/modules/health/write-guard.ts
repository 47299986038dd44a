// Writes on a full or read-only embedded data folder answer 503 before they reach the database: once a write
// meets a full disk, PGlite spins and the whole server stops answering (tried on a full tmpfs), so the
// free-space reserve (CONGDOAN_MIN_FREE_MB) keeps it from getting there. PostgreSQL refuses such writes
// itself, and the error handler maps its codes (platform/storage-errors.ts).
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import { storageMonitor } from './storage.ts';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Reads that use POST: a backup is what an operator wants most on a full disk. */
const EXEMPT = new Set(['/api/operator/backup']);

async function writeGuard(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    if (!WRITES.has(request.method) || EXEMPT.has(request.url.split('?')[0] ?? '')) return;
    const problem = await storageMonitor(app.database, app.config.minFreeMb).folder();
    if (problem === 'diskFull') throw new AppError(503, 'STORAGE_FULL');
    if (problem === 'readOnly') throw new AppError(503, 'STORAGE_READ_ONLY');
  });
}
// A hook for every route of the app, not only those of this plugin (what fastify-plugin does).
Object.assign(writeGuard, { [Symbol.for('skip-override')]: true });

export { writeGuard };
