// Starts the server: `npm start` (no demo data) or `npm run demo` (with demo data), on PGlite or PostgreSQL.
import { parseArgs } from 'node:util';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { seedDemo } from './demo/seed.ts';
import { ensureBaseData } from './platform/bootstrap.ts';

const { values } = parseArgs({
  options: { demo: { type: 'boolean', default: false }, 'demo-size': { type: 'string' } },
});

const config = loadConfig();
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
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
app.log.info(`Công Đoàn Số on http://localhost:${config.port} (database: ${database.kind})`);
