import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/context.ts';

describe('platform contracts', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it('GET /api/health names the database in use', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      db: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
    });
  });

  it('serves OpenAPI', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.json().paths['/api/health']).toBeDefined();
  });

  it('answers unknown API routes with the error body in the caller language', async () => {
    const vi = await ctx.app.inject({ method: 'GET', url: '/api/nope' });
    expect(vi.statusCode).toBe(404);
    expect(vi.json()).toEqual({
      error: { code: 'ROUTE_NOT_FOUND', message: 'Không có địa chỉ này', details: [] },
    });
    const en = await ctx.app.inject({
      method: 'GET',
      url: '/api/nope',
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().error.message).toBe('No such address');
  });

  it('refuses signed-out callers with 401', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('NOT_SIGNED_IN');
  });

  it('localises validation errors', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '' },
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['password', 'username']);
  });
});
