// Registers a handler against its route contract (packages/domain/src/api): the method, path, params, query,
// body and responses come from the contract, so the handler's request is typed by the same schemas the web
// client is, params are parsed by the schema and never cast, and OpenAPI is generated from them.
import type { AccessKind, RouteMetadata } from '@congdoan/domain';
import type { AppRoute } from '@ts-rest/core';
import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { onReplica } from '../db/client.ts';
import { overHttps } from './auth.ts';
import type { AccessCheck, AccessRule, Power } from './context.ts';

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type BodyOf<R> = R extends { body: infer B } ? Parsed<B> : undefined;
type QueryOf<R> = R extends { query: infer Q } ? Parsed<Q> : undefined;
type ParamsOf<R> = R extends { pathParams: infer P } ? Parsed<P> : Record<string, never>;

/** The request a route's handler and access checks receive: params, query and body parsed by its contract. */
export type RouteRequest<R extends AppRoute> = FastifyRequest<{
  Params: ParamsOf<R>;
  Querystring: QueryOf<R>;
  Body: BodyOf<R>;
}>;

type SuccessStatus = 200 | 201;
/** What the handler may return: the body of one of the contract's success responses (as input to it). */
export type RouteResult<R extends AppRoute> = {
  [S in keyof R['responses'] & SuccessStatus]: R['responses'][S] extends z.ZodType
    ? z.input<R['responses'][S]>
    : unknown;
}[keyof R['responses'] & SuccessStatus];

/** The route's access rule, its checks typed by the contract's params, query and body. */
export type RouteAccess<R extends AppRoute> =
  | 'public'
  | { power?: Power; checks?: (request: RouteRequest<R>) => AccessCheck[] };

export interface RouteOptions<R extends AppRoute> {
  access: RouteAccess<R>;
  /** Other route settings, e.g. `rateLimit`. */
  config?: Omit<FastifyContextConfig, 'access' | 'contract'>;
  bodyLimit?: number;
  /** Left out of the OpenAPI document: a route for the operator's own tools, not for API clients. */
  hide?: boolean;
  /**
   * 'replica': a GET whose queries go to the read connection when there is one (READ_DATABASE_URL), which
   * may be a second behind the primary: dashboards, roll-ups, exports, searches and lists, never a record's
   * own page that its editor reloads after saving. The read log's rows still go to the primary
   * (privacy/reads.ts), and for a while after their own write a user's reads stay there too (below).
   */
  reads?: 'replica';
  handler: (
    request: RouteRequest<R>,
    reply: FastifyReply,
  ) => Promise<RouteResult<R> | FastifyReply | undefined> | RouteResult<R> | FastifyReply;
}

/**
 * For this long after a user's write (a cookie says so) their 'replica' reads go to the primary, so the list
 * or figure they look at next already holds what they saved even when the replica is a moment behind.
 */
export const READ_AFTER_WRITE_SECONDS = 10;
export const WROTE_COOKIE = 'congdoan_wrote';

const isSchema = (value: unknown): value is z.ZodType => value instanceof z.ZodType;

/** The contract's metadata (ts-rest types it as unknown). */
export function metadataOf(route: AppRoute): RouteMetadata {
  const metadata = route.metadata as RouteMetadata | undefined;
  if (!metadata?.access) throw new Error(`contract ${route.method} ${route.path} states no access kind`);
  return metadata;
}

/** The access rule must be the one the contract states: same power, public only when public, checks iff scoped. */
function assertAccessMatches(route: AppRoute, kind: AccessKind, access: RouteAccess<AppRoute>): void {
  const where = `${route.method} ${route.path}`;
  if ((kind.kind === 'public') !== (access === 'public'))
    throw new Error(`${where}: the contract says ${kind.kind}, the route's access rule disagrees`);
  if (access === 'public' || kind.kind === 'public') return;
  if ((kind.power ?? null) !== (access.power ?? null))
    throw new Error(`${where}: the contract's power ${kind.power} differs from the route's ${access.power}`);
  const scoped = kind.kind === 'read' || kind.kind === 'write';
  if (scoped !== (access.checks !== undefined))
    throw new Error(`${where}: a '${kind.kind}' route ${scoped ? 'needs' : 'takes no'} scope checks`);
}

/**
 * Registers `options.handler` for `route` on `app` (a feature plugin registered under the `/api` prefix).
 * Response schemas serialise what the handler returns, so a field the contract does not name never leaves.
 */
export function implement<R extends AppRoute>(
  app: FastifyInstance,
  route: R,
  options: RouteOptions<R>,
): void {
  const metadata = metadataOf(route);
  assertAccessMatches(route, metadata.access, options.access as RouteAccess<AppRoute>);
  const response: Record<number, z.ZodType> = {};
  for (const [status, schema] of Object.entries(route.responses)) {
    if (isSchema(schema)) response[Number(status)] = schema;
  }
  const url = route.path.startsWith(app.prefix) ? route.path.slice(app.prefix.length) : route.path;
  const body = 'body' in route && isSchema(route.body) ? route.body : undefined;
  // An upload's multipart body is read by its handler as a stream; the document still says what it takes.
  const multipart = 'contentType' in route && route.contentType === 'multipart/form-data';
  if (options.reads === 'replica' && route.method !== 'GET')
    throw new Error(`${route.method} ${route.path}: only a GET reads from the replica`);
  const handler = options.handler as (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  const replicated = app.database.readPool !== undefined;
  app.route({
    method: route.method,
    url,
    bodyLimit: options.bodyLimit,
    config: { ...options.config, access: options.access as AccessRule, contract: route },
    // With a read connection, a signed-in user's successful write keeps their reads on the primary a while.
    onSend:
      replicated && route.method !== 'GET'
        ? async (request, reply, payload) => {
            if (request.actor && reply.statusCode < 400)
              reply.setCookie(WROTE_COOKIE, '1', {
                path: '/api',
                httpOnly: true,
                sameSite: 'strict',
                secure: overHttps(request, app.config.publicUrl),
                maxAge: READ_AFTER_WRITE_SECONDS,
              });
            return payload;
          }
        : undefined,
    // Only the parts the contract declares: a part present but undefined makes Fastify warn it is missing.
    schema: Object.fromEntries(
      Object.entries({
        hide: options.hide,
        tags: [metadata.tag],
        summary: route.summary,
        params: isSchema(route.pathParams) ? route.pathParams : undefined,
        querystring: isSchema(route.query) ? route.query : undefined,
        body,
        consumes: multipart ? ['multipart/form-data'] : undefined,
        response: Object.keys(response).length > 0 ? response : undefined,
      }).filter(([, part]) => part !== undefined),
    ),
    handler:
      options.reads === 'replica'
        ? (request, reply) =>
            request.cookies[WROTE_COOKIE]
              ? handler(request, reply)
              : // Awaited inside, so that the handler's queries start (and run) within `onReplica`.
                onReplica(async () => await handler(request, reply))
        : handler,
  });
}
