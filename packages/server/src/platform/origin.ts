// Refuses state-changing API requests sent by another site's page. SameSite=Strict keeps the session cookie
// off them, but only in browsers that honour it, and a sign-in form posted from elsewhere needs no cookie at
// all; a check that the page sending the request is our own closes both, whatever the body's type
// (text/plain and multipart posts need no CORS preflight, so only this stops them).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** "host[:port]" in lower case without the default ports, so "Example.vn:443" and "example.vn" compare equal. */
function normalisedHost(host: string): string {
  return host.toLowerCase().replace(/:(80|443)$/u, '');
}

/** The host of an Origin or Referer value, or null when it names none (e.g. "null" from a sandboxed page). */
function hostOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? normalisedHost(url.host) : null;
  } catch {
    return null;
  }
}

/**
 * Whether the page that sent the request is ours: its Origin (or, lacking one, Referer) names the host
 * the request was sent to (X-Forwarded-Host through a trusted proxy) or the public address. Requests with
 * neither header come from programs (curl, the CLI, tests), which no other site can make a browser send.
 */
export function sentFromOwnPage(request: FastifyRequest, publicUrl: string | undefined): boolean {
  const origin = request.headers.origin ?? request.headers.referer;
  if (origin === undefined) return true;
  const from = hostOf(origin);
  if (from === null) return false;
  if (from === normalisedHost(request.host)) return true;
  return publicUrl !== undefined && from === hostOf(publicUrl);
}

export function installOriginCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!STATE_CHANGING.has(request.method) || !request.url.startsWith('/api/')) return;
    if (!sentFromOwnPage(request, app.config.publicUrl)) throw new AppError(403, 'CROSS_SITE_REQUEST');
  });
}
