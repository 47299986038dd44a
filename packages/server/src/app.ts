// Builds the Fastify app. main.ts, the CLI and the tests all use it, on PGlite or PostgreSQL.
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import { type Config, loadConfig } from './config.ts';
import type { Database } from './db/client.ts';
import { takeTurnPerRequest } from './db/pglite-queue.ts';
import { assessmentRoutes } from './modules/assessments/routes.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { operatorRoutes } from './modules/backup/operator-routes.ts';
import { congressRoutes } from './modules/congresses/routes.ts';
import { dashboardRoutes } from './modules/dashboard/routes.ts';
import { electionRoutes } from './modules/elections/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { writeGuard } from './modules/health/write-guard.ts';
import { meetingRoutes } from './modules/meetings/routes.ts';
import { memberExportRoutes } from './modules/member-export/routes.ts';
import { memberImportRoutes } from './modules/member-import/routes.ts';
import { memberRequestRoutes } from './modules/member-requests/routes.ts';
import { cardRoutes } from './modules/members/card-routes.ts';
import { memberRoutes } from './modules/members/routes.ts';
import { clusterRoutes } from './modules/org/clusters-routes.ts';
import { orgRoutes } from './modules/org/routes.ts';
import { unitTypeRoutes } from './modules/org/unit-types-routes.ts';
import { yearPlanRoutes } from './modules/plans/routes.ts';
import { installPersonalDataPresenter } from './modules/privacy/presenter.ts';
import { privacyRoutes } from './modules/privacy/routes.ts';
import { rollupRoutes } from './modules/reports/rollup-routes.ts';
import { reportRoutes } from './modules/reports/routes.ts';
import { ruleRoutes } from './modules/rules/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { AppError } from './platform/errors.ts';
import { registerSecurityHeaders } from './platform/headers.ts';
import { frameworkErrors, installHttpEdge, validatorCompiler } from './platform/http.ts';
import { requestLocale, translate } from './platform/i18n.ts';
import { loggerOptions } from './platform/logging.ts';
import { installOriginCheck } from './platform/origin.ts';
import { subscribeModules } from './subscriptions.ts';

export interface AppOptions {
  database: Database;
  config?: Partial<Config>;
  logger?: boolean;
  /** Where the log goes instead of stdout (tests capture it); implies `logger`. */
  logStream?: DestinationStream;
}

export type App = FastifyInstance;

/** Feature modules, each a Fastify plugin with its own routes. */
const modules = [
  healthRoutes,
  operatorRoutes,
  authRoutes,
  userRoutes,
  ruleRoutes,
  auditRoutes,
  orgRoutes,
  unitTypeRoutes,
  clusterRoutes,
  memberRoutes,
  cardRoutes,
  memberImportRoutes,
  memberExportRoutes,
  memberRequestRoutes,
  privacyRoutes,
  congressRoutes,
  electionRoutes,
  meetingRoutes,
  assessmentRoutes,
  yearPlanRoutes,
  reportRoutes,
  rollupRoutes,
  dashboardRoutes,
];

export async function buildApp(options: AppOptions): Promise<App> {
  subscribeModules();
  const config = { ...loadConfig(), ...options.config };
  const app = Fastify({
    frameworkErrors,
    logger:
      options.logger || options.logStream
        ? loggerOptions(process.env.LOG_LEVEL ?? 'info', options.logStream)
        : false,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('database', options.database);
  // The embedded database serves requests in their order of arrival (db/pglite-queue.ts).
  if (options.database.kind === 'pglite') {
    for (const hook of ['onRequest', 'preValidation'] as const) app.addHook(hook, takeTurnPerRequest);
  }
  app.decorate('config', config);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Công Đoàn Số API', version: '0.1.0', description: 'API of Công Đoàn Số' },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'congdoan_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await registerSecurityHeaders(app);
  installOriginCheck(app);
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: 50 * 1024 * 1024, files: 1 } });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (request, context) => {
      // The plugin's `after` is English ("14 minutes"); the wait is given in whole minutes, in the user's words.
      const minutes = Math.max(1, Math.ceil(context.ttl / 60_000));
      const error = new AppError(429, 'TOO_MANY_ATTEMPTS', { minutes });
      return Object.assign(error, {
        statusCode: 429,
        message: translate(requestLocale(request), 'TOO_MANY_ATTEMPTS', { minutes }),
      });
    },
  });
  installHttpEdge(app);
  await app.register(writeGuard);
  installPersonalDataPresenter(app);

  for (const module of modules) await app.register(module, { prefix: '/api' });

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  const webIndex = join(config.webDist, 'index.html');
  if (existsSync(webIndex)) {
    // The build writes each file beside its brotli (.br) and gzip (.gz) forms (packages/web's vite.config.ts):
    // the one the browser accepts is sent as it is, with no compression per request. Files under /assets are
    // named by their content's hash and never change, so a browser keeps them; the page itself (index.html,
    // which names the current hashes) is checked again on every visit.
    await app.register(fastifyStatic, {
      root: config.webDist,
      wildcard: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header(
          'cache-control',
          relative(config.webDist, path).startsWith(`assets${sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (!request.url.startsWith('/api') && existsSync(webIndex) && request.method === 'GET') {
      return reply.type('text/html').sendFile('index.html');
    }
    throw new AppError(404, 'ROUTE_NOT_FOUND');
  });
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}
