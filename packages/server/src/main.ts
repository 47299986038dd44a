// Starts the server: `npm start` (no demo data) or `npm run demo` (with demo data), on PGlite or PostgreSQL.
// A data folder that is taken, read-only or full stops it with one line saying so, not a stack trace.
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { heldLock, identifyProcess } from './db/data-lock.ts';
import { seedDemo } from './demo/seed.ts';
import { operatorToken } from './modules/backup/operator-routes.ts';
import { dataFolderProblem } from './modules/health/storage.ts';
import { ensureBaseData } from './platform/bootstrap.ts';
import { describeDataDirError, operatorLocale } from './platform/storage-errors.ts';

const { values } = parseArgs({
  options: { demo: { type: 'boolean', default: false }, 'demo-size': { type: 'string' } },
});

const config = loadConfig();

/** Why the embedded database did not open, in one line, or null for PostgreSQL and errors worth a stack trace. */
async function explainOpenFailure(error: unknown): Promise<string | null> {
  if (config.databaseUrl) return null;
  const folder = await dataFolderProblem(config.dataDir, config.minFreeMb).catch(() => null);
  return describeDataDirError(operatorLocale(), error, config.dataDir, config.minFreeMb, folder);
}

identifyProcess('server');
let database: Database;
try {
  database = await openDatabase({
    url: config.databaseUrl,
    readUrl: config.readDatabaseUrl,
    dataDir: config.dataDir,
  });
} catch (error) {
  const line = await explainOpenFailure(error);
  if (!line) throw error;
  process.stderr.write(`${line}\n`);
  process.exit(1);
}
await ensureBaseData(database.db);
const app = await buildApp({ database, config, logger: true });
if (values.demo) {
  const size = Number(values['demo-size'] ?? process.env.CONGDOAN_DEMO_SIZE ?? 20);
  const members = process.env.CONGDOAN_DEMO_MEMBERS ? Number(process.env.CONGDOAN_DEMO_MEMBERS) : undefined;
  await seedDemo(database.db, {
    grassrootsPerProvince: size,
    members,
    log: (message) => app.log.info(message),
  });
}
const close = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', close);
process.on('SIGTERM', close);
await app.listen({ port: config.port, host: config.host });
// The CLI on this machine reaches the server here for a backup while the server holds the folder.
const { port } = app.server.address() as AddressInfo;
const host = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host;
heldLock(config.dataDir)?.announce({
  url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
  operatorToken,
});
app.log.info(
  `Công Đoàn Số on http://localhost:${port} (database: ${database.kind}${database.readPool ? ', reads from a replica' : ''})`,
);
