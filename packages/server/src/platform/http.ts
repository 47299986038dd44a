// The HTTP edge shared by every route: JSON (or multipart) bodies only, input the database cannot hold refused
// before any handler, Zod validation with localised messages, the access rule check, and the one error handler
// that turns errors into `{error:{code,message,details}}` in the caller's language, the details' messages too.
import { findUnsafeInput, type Locale, MAX_RECORD_ID } from '@congdoan/domain';
import type { AppRoute } from '@ts-rest/core';
import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaCompiler,
} from 'fastify';
import type { z } from 'zod';
import { unitHasEnded } from '../modules/org/versions.ts';
import { capApiAnswers } from './answer-cap.ts';
import { actorForToken, sessionToken } from './auth.ts';
import type { AccessRule } from './context.ts';
import { AppError, type Params, Unauthorized } from './errors.ts';
import { requestLocale, translate, zodErrorMap } from './i18n.ts';
import { isMessageCode } from './messages.ts';
import { assertAccess, assertPower } from './scope.ts';
import { storageError } from './storage-errors.ts';

/** Carries the schema and data so the error handler can re-run it with the caller's language. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly schema: z.ZodType,
    readonly data: unknown,
    readonly part: string,
  ) {
    super('request validation failed');
  }
}

export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(schema, data, httpPart ?? 'body') };
  };

function validationDetails(request: FastifyRequest, error: RequestValidationError) {
  const locale = requestLocale(request);
  const result = error.schema.safeParse(error.data, { error: zodErrorMap(locale) });
  if (result.success) return [];
  // A schema's own message (e.g. 'error.usernameFormat') outranks the error map in Zod 4: sendError translates it.
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

type Detail = AppError['details'][number];

/**
 * A detail whose message is a message code ('scoreProblem.ASSESSMENT_SCORE_OVER_MAX', 'ELIGIBILITY_NOT_ACTIVE')
 * in the caller's language, its placeholders filled from the detail's own values; any other message as it is.
 */
function localisedDetail(locale: Locale, detail: Detail): Detail {
  if (!isMessageCode(detail.message)) return detail;
  const params: Params = {};
  for (const [name, value] of Object.entries(detail)) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  }
  return { ...detail, message: translate(locale, detail.message, params) };
}

function sendError(reply: FastifyReply, request: FastifyRequest, error: AppError, details = error.details) {
  const locale = requestLocale(request);
  return reply.status(error.status).send({
    error: {
      code: error.code,
      message: translate(locale, error.code, error.params),
      details: details.map((detail) => localisedDetail(locale, detail)),
    },
  });
}

/** Errors Fastify meets before routing, such as a URL with broken percent-encoding: the same error shape. */
export function frameworkErrors(_error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const message = translate(requestLocale(request), 'error.badUrl');
  sendError(reply, request, new AppError(400, 'INVALID_INPUT'), [{ path: 'url', message }]);
}

/** A multipart body that ends early or lacks its boundary: the parser throws plain errors, not HTTP ones. */
const isMalformedMultipart = (error: Error) => /[\\/]@fastify[\\/]busboy[\\/]/u.test(error.stack ?? '');

/** An API route and who may call it, kept so a test can walk every route and prove each checks scope. */
export interface RouteTableEntry {
  method: string;
  url: string;
  access: AccessRule;
  /** The route's Zod schemas, from which the fuzz test (platform/fuzz.test.ts) derives its payloads. */
  schema: { body?: z.ZodType; querystring?: z.ZodType; params?: z.ZodType };
  /** The contract the route was registered against (platform/routes.ts); `can` flags find their guard by it. */
  contract?: AppRoute;
}

/**
 * NUL and lone surrogates anywhere in the parsed path, query or body (PostgreSQL cannot store them, and a
 * handler would fail on them with a 500), JSON nested deeper than any payload needs, or a number in the path
 * beyond the integer columns every path number (an id, a year) is looked up in: a 400 naming where.
 */
async function refuseUnsafeInput(request: FastifyRequest) {
  for (const [name, value] of Object.entries((request.params ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string' && /^[0-9]+$/u.test(value) && Number(value) > MAX_RECORD_ID) {
      const message = translate(requestLocale(request), 'error.numberTooLarge', { max: MAX_RECORD_ID });
      throw new AppError(400, 'INVALID_INPUT', {}, [{ path: name, message }]);
    }
  }
  // Paths name the field within its part, as Zod's details do.
  for (const value of [request.params, request.query, request.body]) {
    const unsafe = findUnsafeInput(value);
    if (!unsafe) continue;
    const message = translate(
      requestLocale(request),
      unsafe.reason === 'text' ? 'error.unsafeText' : 'error.nestedTooDeep',
    );
    throw new AppError(400, 'INVALID_INPUT', {}, [{ path: unsafe.path, message }]);
  }
}

export function installHttpEdge(app: FastifyInstance): void {
  const routeTable: RouteTableEntry[] = [];
  app.decorate('routeTable', routeTable);
  // Every API route must say who may call it: a route without an access rule cannot be registered.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    const access = route.config?.access;
    if (access === undefined) throw new Error(`route ${route.method} ${route.url} has no access rule`);
    // HEAD routes are Fastify's automatic mirrors of GET routes, with the same handler and access rule.
    const { body, querystring, params } = (route.schema ?? {}) as RouteTableEntry['schema'];
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        routeTable.push({
          method,
          url: route.url,
          access,
          schema: { body, querystring, params },
          contract: route.config?.contract,
        });
    }
  });

  // Fastify would hand a text/plain body to a handler as a string; the API speaks JSON (and multipart for
  // uploads), so any other type is refused with 415 before a handler sees it.
  app.removeContentTypeParser('text/plain');
  app.addHook('preValidation', refuseUnsafeInput);

  // No JSON answer over 1 MB (platform/answer-cap.ts): logged in production, a failing 500 under Vitest.
  capApiAnswers(app, { mode: process.env.VITEST ? 'fail' : 'log' });

  app.decorateRequest('actor', null);
  app.decorateRequest('actorUnitEnded', false);
  app.addHook('onRequest', async (request) => {
    const token = sessionToken(request);
    const actor = token ? await actorForToken(app.database.db, token) : null;
    // An account whose unit has ended is suspended from that day, its open sessions included.
    if (actor && (await unitHasEnded(app.database.db, actor.unitId))) request.actorUnitEnded = true;
    else request.actor = actor;
  });

  app.addHook('preHandler', async (request) => {
    const access = request.routeOptions.config?.access;
    if (access === undefined || access === 'public') return;
    const actor = request.actor;
    if (!actor) throw new Unauthorized(request.actorUnitEnded ? 'ACCOUNT_UNIT_ENDED' : 'NOT_SIGNED_IN');
    if (access.power) assertPower(actor, access.power);
    for (const check of access.checks?.(request) ?? []) await assertAccess(app.database.db, actor, check);
  });

  app.setErrorHandler((error: FastifyError | AppError | RequestValidationError, request, reply) => {
    if (error instanceof AppError) return sendError(reply, request, error);
    if (error instanceof RequestValidationError) {
      return sendError(reply, request, new AppError(400, 'INVALID_INPUT'), validationDetails(request, error));
    }
    const status = (error as FastifyError).statusCode ?? (isMalformedMultipart(error) ? 400 : 500);
    if (status === 413) return sendError(reply, request, new AppError(413, 'PAYLOAD_TOO_LARGE'));
    if (status === 415) return sendError(reply, request, new AppError(415, 'UNSUPPORTED_MEDIA_TYPE'));
    if (status === 429)
      return sendError(reply, request, new AppError(429, 'TOO_MANY_ATTEMPTS', { minutes: 1 }));
    if (status >= 400 && status < 500) {
      return sendError(reply, request, new AppError(status, 'INVALID_INPUT'), [{ message: error.message }]);
    }
    request.log.error({ err: error }, 'unhandled error');
    const storage = storageError(error);
    if (storage) return sendError(reply, request, storage);
    return sendError(reply, request, new AppError(500, 'INTERNAL_ERROR'));
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteTableEntry[];
  }
}
