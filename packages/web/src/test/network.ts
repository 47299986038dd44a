// The network as a test sees it: `fetch` answered from a table of 'METHOD /api/path' → answer, and every
// request kept (method, path, query, body) so a test can check what the page sent. Pages and the typed
// client run unchanged above it, as they would against the server.
import type { CurrentUser, GlobalCan } from '@congdoan/domain';
import { vi } from 'vitest';

export interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  /** parsed JSON, the FormData of an upload, or undefined */
  body: unknown;
}

/** An answer with a status other than 200, or with no JSON body. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly contentType = 'application/json',
  ) {}
}

export const reply = (status: number, body: unknown) => new Reply(status, body);

/** The server's refusal body (platform/errors.ts): code, message in the UI language, field details. */
export const refusal = (
  status: number,
  code: string,
  message: string,
  details: { path?: string; message: string }[] = [],
) => new Reply(status, { error: { code, message, details } });

/** A JSON body (answered 200), a Reply, a Response as it is, or a function of the request giving one. */
export type Answer = unknown;
type Answers = Record<string, Answer>;
type Responder = (request: SentRequest) => unknown;
const isResponder = (answer: Answer): answer is Responder => typeof answer === 'function';

/** The signed-in user the pages under the router see: a unit admin of a grassroots union. */
export const TEST_USER: CurrentUser = {
  id: 7,
  username: 'cdcs',
  fullName: 'Nguyễn Thị Lan',
  role: 'unit_admin',
  locale: 'vi',
  unit: { id: 42, code: 'HN.LB.001', name: 'Công đoàn cơ sở Công ty May 10', type: 'grassroots' },
};

/** What that user may do beyond a single object, as /api/auth/me says it for a unit admin. */
export const TEST_USER_CAN: GlobalCan = {
  manageUsers: true,
  grantSystemAdmin: false,
  restructure: true,
  writeRecords: true,
  editRules: false,
  managePrivacy: false,
};

function toResponse(answer: unknown): Response {
  if (answer instanceof Response) return answer;
  const { status, body, contentType } = answer instanceof Reply ? answer : new Reply(200, answer);
  const text =
    body === undefined ? null : contentType === 'application/json' ? JSON.stringify(body) : String(body);
  return new Response(status === 204 ? null : text, { status, headers: { 'content-type': contentType } });
}

function bodyOf(init: RequestInit | undefined): unknown {
  const body = init?.body;
  if (typeof body === 'string') return JSON.parse(body);
  return body ?? undefined;
}

/**
 * Replaces `fetch` for this test (setup.ts restores it). `GET /api/auth/me` answers TEST_USER unless the
 * table says otherwise; a request the table does not name is answered 404 with the route in the message.
 */
export function mockApi(answers: Answers = {}) {
  const table: Answers = { 'GET /api/auth/me': { user: TEST_USER, can: TEST_USER_CAN }, ...answers };
  const requests: SentRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const sent: SentRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init?.headers),
      body: bodyOf(init),
    };
    requests.push(sent);
    const key = `${method} ${url.pathname}`;
    if (!(key in table)) return toResponse(refusal(404, 'NOT_FOUND', `no answer for ${key}`));
    const answer = table[key];
    return toResponse(isResponder(answer) ? answer(sent) : answer);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    /** The requests sent to one 'METHOD /api/path'. */
    sentTo: (key: string) => requests.filter((request) => `${request.method} ${request.path}` === key),
    /** Answers one more route, or answers it differently from now on. */
    answer: (key: string, answer: Answer) => {
      table[key] = answer;
    },
  };
}
