// The server log never carries personal data. Requests are logged by method, route and status, their query
// values masked (a search for a national ID or a name is personal data); errors by type, code and a
// message with the values a failed query was sent cut off and any run of digits long enough to be an ID
// or a phone number masked; bodies, cookies and headers are redacted should anything log them.
import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

/** Paths pino replaces with "[redacted]" wherever a log call passes them. */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'body',
  'req.body',
  'request.body',
  'payload',
  'query',
  'params',
  '*.body',
  '*.payload',
  '*.nationalId',
  '*.phone',
  '*.email',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
];

/** A CCCD (12 digits), an old CMND (9), a phone (9–11, maybe +84): any run of 8+ digits, spaced or dotted. */
const LONG_NUMBER = /\+?\d(?:[\d .-]{6,}\d)/gu;

export function maskPersonalText(text: string): string {
  return text.replace(LONG_NUMBER, (match) => (match.replace(/\D/gu, '').length >= 8 ? '[number]' : match));
}

/** "/api/members?q=001090000001&page=2" → "/api/members?q=…&page=…". */
export function maskUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return maskPersonalText(url);
  const names = url
    .slice(at + 1)
    .split('&')
    .map((pair) => `${pair.split('=')[0] ?? ''}=…`);
  return `${maskPersonalText(url.slice(0, at))}?${names.join('&')}`;
}

type LoggedError = {
  type: string;
  message: string;
  stack: string;
  code?: unknown;
  statusCode?: unknown;
  constraint?: unknown;
  cause?: LoggedError;
};

/**
 * An error as logged: Drizzle's "Failed query: … params: …" loses its params, PostgreSQL's `detail`
 * ("Key (national_id)=(…) already exists") and `where` are dropped, and long numbers are masked.
 */
export function serializeError(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error))
    return { type: typeof error, message: maskPersonalText(String(error)), stack: '' };
  const withoutParams = (text: string) => maskPersonalText(text.replace(/\nparams: [\s\S]*$/u, ''));
  const extra = error as Error & { code?: unknown; statusCode?: unknown; constraint?: unknown };
  const logged: LoggedError = {
    type: error.name,
    message: withoutParams(error.message),
    stack: error.stack ? withoutParams(error.stack) : '',
    code: extra.code,
    statusCode: extra.statusCode,
    constraint: extra.constraint,
  };
  if (error.cause !== undefined && depth < 3) logged.cause = serializeError(error.cause, depth + 1);
  return logged;
}

interface LoggedRequest {
  method: string;
  url: string;
  routeOptions?: { url?: string };
  ip?: string;
}

/** Fastify's logger settings: level, redaction, and serializers that keep personal data out. */
export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      err: serializeError,
      error: serializeError,
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: maskUrl(request.url),
        route: request.routeOptions?.url,
        remoteAddress: request.ip,
      }),
    },
  };
}
