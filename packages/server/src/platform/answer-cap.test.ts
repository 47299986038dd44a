// The 1 MB cap on API answers: an oversize JSON answer fails loudly under the tests and is logged (and sent) in
// production; a file of any size, a page of the web app and an answer under the cap pass untouched.
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { capApiAnswers, MAX_API_ANSWER_BYTES } from './answer-cap.ts';

const rows = (count: number) => Array.from({ length: count }, (_, i) => ({ id: i, name: `Đơn vị ${i}` }));

async function appWith(mode: 'fail' | 'log') {
  const logged: unknown[] = [];
  const app = Fastify({
    logger: {
      level: 'error',
      stream: { write: (line: string) => logged.push(JSON.parse(line)) },
    },
  });
  capApiAnswers(app, { mode });
  // About 2 MB of JSON, and the same bytes as a file download and as a web page.
  const big = rows(80_000);
  app.get('/api/big', async () => big);
  app.get('/api/small', async () => rows(10));
  app.get('/api/file.xlsx', async (_request, reply) =>
    reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(Buffer.alloc(3 * MAX_API_ANSWER_BYTES)),
  );
  app.get('/big-page', async () => big);
  await app.ready();
  return { app, logged };
}

describe('the 1 MB cap on API answers', () => {
  it('fails an oversize JSON answer under the tests, naming the route and its size', async () => {
    const { app, logged } = await appWith('fail');
    const response = await app.inject({ method: 'GET', url: '/api/big' });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('ANSWER_TOO_LARGE');
    expect(response.json().error.message).toMatch(/^GET \/api\/big answered \d+ bytes/);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ route: 'GET /api/big', maxBytes: MAX_API_ANSWER_BYTES });
    await app.close();
  });

  it('logs it and still answers in production', async () => {
    const { app, logged } = await appWith('log');
    const response = await app.inject({ method: 'GET', url: '/api/big' });
    expect(response.statusCode).toBe(200);
    expect(response.body.length).toBeGreaterThan(MAX_API_ANSWER_BYTES);
    expect(logged).toMatchObject([{ route: 'GET /api/big', msg: expect.stringContaining('page this list') }]);
    await app.close();
  });

  it('leaves files, pages outside the API and small answers alone', async () => {
    const { app, logged } = await appWith('fail');
    expect((await app.inject({ method: 'GET', url: '/api/file.xlsx' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/big-page' })).statusCode).toBe(200);
    const small = await app.inject({ method: 'GET', url: '/api/small' });
    expect(small.statusCode).toBe(200);
    expect(small.json()).toHaveLength(10);
    expect(logged).toEqual([]);
    await app.close();
  });
});
