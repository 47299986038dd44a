// No API answer over 1 MB: every list that grows with the tree or the records is paged on the server, so a JSON
// answer larger than this is a list someone forgot to page. Files (Excel, Word, backups) are not JSON answers
// and are left to their own limits. Production logs the route and the size; under the tests the answer is
// replaced by a 500 naming both, so the test that met it fails at once instead of passing on a slow page.
import type { FastifyInstance } from 'fastify';

export const MAX_API_ANSWER_BYTES = 1024 * 1024;

/** The size of a payload as Fastify sends it, or null for a stream (a file download). */
function sizeOf(payload: unknown): number | null {
  if (typeof payload === 'string') return Buffer.byteLength(payload);
  if (Buffer.isBuffer(payload)) return payload.length;
  return null;
}

export interface AnswerCapOptions {
  /** 'fail': answer 500 instead of the oversize body (the tests); 'log': log it and send it (production). */
  mode: 'fail' | 'log';
  maxBytes?: number;
}

export function capApiAnswers(
  app: FastifyInstance,
  { mode, maxBytes = MAX_API_ANSWER_BYTES }: AnswerCapOptions,
) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('application/json')) return payload;
    const bytes = sizeOf(payload);
    if (bytes === null || bytes <= maxBytes) return payload;
    const route = `${request.method} ${request.routeOptions.url ?? request.url}`;
    request.log.error({ route, bytes, maxBytes }, 'API answer over the size cap: page this list');
    if (mode === 'log') return payload;
    reply.code(500);
    return JSON.stringify({
      error: {
        code: 'ANSWER_TOO_LARGE',
        message: `${route} answered ${bytes} bytes, over the ${maxBytes}-byte cap: page this list`,
        details: [],
      },
    });
  });
}
