// The one way the web calls the API: a client typed by the route contracts (packages/domain/src/api), so a
// path, param, query or body no contract declares fails the type check. JSON in and out, the UI language on
// every request, errors as ApiError; in development and tests every response is checked against its schema.
import { type ApiContract, apiContract, type ErrorBody } from '@congdoan/domain';
import {
  type ApiFetcherArgs,
  type AppRoute,
  type AppRouter,
  validateResponse as checkAgainstContract,
  convertQueryParamsToUrlString,
  initClient,
  insertParamsIntoPath,
} from '@ts-rest/core';
import type { z } from 'zod';
import { currentLanguage } from '../i18n/index.ts';
import { takeEarly } from './early.ts';

type ErrorDetail = ErrorBody['error']['details'][number];

/** An API refusal with the server's code and its message, already in the UI language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  const error = (value as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

/** Responses are checked against the contract's schemas in development, in tests and in the browser tests' build. */
const validateResponse =
  import.meta.env.DEV || import.meta.env.MODE === 'test' || import.meta.env.VITE_API_VALIDATE === '1';

async function contractFetch(args: ApiFetcherArgs) {
  const headers: Record<string, string> = {
    ...args.headers,
    'Accept-Language': currentLanguage(),
    Accept: 'application/json',
  };
  // A form (file upload) sets its own multipart Content-Type with the boundary.
  if (args.body instanceof FormData) delete headers['content-type'];
  let response: Response;
  try {
    const early = args.method === 'GET' ? takeEarly(args.path) : undefined;
    response = await (early ??
      fetch(args.path, {
        method: args.method,
        headers,
        credentials: 'same-origin',
        body: args.body ?? undefined,
      }));
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '');
  }
  const json = response.headers.get('content-type')?.includes('application/json');
  const text = json || !response.ok ? await response.text() : '';
  const data: unknown = json && text ? JSON.parse(text) : response.ok ? await response.blob() : null;
  if (!response.ok) {
    if (isErrorBody(data)) {
      const { code, message, details } = data.error;
      throw new ApiError(response.status, code, message, details ?? []);
    }
    throw new ApiError(response.status, 'HTTP_ERROR', `HTTP ${response.status}`);
  }
  const answer = { status: response.status, body: response.status === 204 ? undefined : data };
  // ts-rest checks an answer against the contract only in its own fetcher, so this one asks it to here.
  const checked =
    args.validateResponse && json ? checkAgainstContract({ appRoute: args.route, response: answer }) : answer;
  return { status: checked.status, body: checked.body, headers: response.headers };
}

const rawClient = initClient(apiContract, {
  baseUrl: '',
  api: contractFetch,
  validateResponse,
  throwOnUnknownStatus: true,
});

/** The body of a success: 202 too, as a background job's answer (an import's `{ jobId }`). */
type SuccessBody<R> = R extends { status: 200 | 201 | 202 | 204; body: infer B } ? B : never;
type BodyClient<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R>
    ? (...args: A) => Promise<SuccessBody<R>>
    : BodyClient<T[K]>;
};

/** Empty filters are left out of the query string, as a form's cleared field means "any". */
function withoutEmpty(query: unknown): unknown {
  if (!query || typeof query !== 'object') return query;
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  );
}

const isRoute = (value: AppRoute | AppRouter): value is AppRoute =>
  typeof (value as AppRoute).method === 'string' && typeof (value as AppRoute).path === 'string';

function bodyClient(router: AppRouter, client: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(router).map(([name, entry]) => {
      const inner = client[name];
      if (!isRoute(entry)) return [name, bodyClient(entry, inner as Record<string, unknown>)];
      const call = inner as (args?: { query?: unknown }) => Promise<{ body: unknown }>;
      return [
        name,
        async (args?: { query?: unknown }) =>
          (await call(args && 'query' in args ? { ...args, query: withoutEmpty(args.query) } : args)).body,
      ];
    }),
  );
}

/**
 * The API, one function per route contract, each resolving to the route's success body (a refusal throws
 * ApiError): `api.members.get({ params: { id } })`.
 */
export const api = bodyClient(apiContract, rawClient as unknown as Record<string, unknown>) as BodyClient<
  typeof rawClient
>;

type InputOf<S> = S extends z.ZodType ? z.input<S> : never;
type LinkArgs<R extends AppRoute> = (R extends { pathParams: infer P } ? { params: InputOf<P> } : object) &
  (R extends { query: infer Q } ? { query?: InputOf<Q> } : object);

/** The address of a file a route sends (a download link), built from its contract. */
export function hrefOf<R extends AppRoute>(route: R, args: LinkArgs<R>): string {
  const { params, query } = args as { params?: Record<string, unknown>; query?: unknown };
  const path = insertParamsIntoPath({
    path: route.path,
    params: Object.fromEntries(Object.entries(params ?? {}).map(([key, value]) => [key, String(value)])),
  });
  return path + convertQueryParamsToUrlString(withoutEmpty(query));
}

export type { ApiContract };
