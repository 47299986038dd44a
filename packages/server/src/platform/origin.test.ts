// The Origin/Referer check: another site's page cannot make a browser change anything, whatever the body's
// type; our own pages, programs that send neither header, and reads pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../db/client.ts';
import { multipart } from '../modules/member-import/test-sheets.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../test/context.ts';
import { type HanoiTree, insertHanoiTree } from '../test/units.ts';

const EVIL = 'https://evil.example';

describe('state-changing requests from another site', () => {
  let ctx: TestContext;
  let tree: HanoiTree;
  let session: { cookie: string };
  const signInFrom = (headers: Record<string, string>) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'longbien', password: 'secret123' },
      headers: { 'accept-language': 'en', ...headers },
    });
  const count = async (table: 'import_jobs' | 'sessions') => {
    const [row] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    return row!.n;
  };

  beforeAll(async () => {
    ctx = await createTestContext({ config: { publicUrl: 'https://congdoan.example.vn' } });
    tree = await insertHanoiTree(ctx);
    await createUser(ctx, 'longbien', 'unit_admin', tree.longBien);
    session = await signIn(ctx, 'longbien');
  });
  afterAll(() => ctx.close());

  it('are refused with 403 CROSS_SITE_REQUEST, in the error shape, before anything happens', async () => {
    const sessionsBefore = await count('sessions');
    const response = await signInFrom({ origin: EVIL });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({
      error: {
        code: 'CROSS_SITE_REQUEST',
        message: expect.stringContaining('another website'),
        details: [],
      },
    });
    expect(response.cookies).toEqual([]);
    expect(await count('sessions')).toBe(sessionsBefore);
  });

  it('refuses a text/plain form post and a multipart import commit, which need no CORS preflight', async () => {
    const plain = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"username":"longbien","password":"secret123"}',
      headers: { 'content-type': 'text/plain', origin: EVIL },
    });
    expect([plain.statusCode, plain.json().error.code]).toEqual([403, 'CROSS_SITE_REQUEST']);

    const body = multipart({ name: 'list.csv', content: 'Họ và tên\nNguyễn Văn A\n', type: 'text/csv' });
    const importCommit = await ctx.app.inject({
      method: 'POST',
      url: `/api/org-units/${tree.grassrootsA}/members/import?dryRun=false`,
      payload: body.payload,
      headers: { ...session, ...body.headers, origin: EVIL },
    });
    expect([importCommit.statusCode, importCommit.json().error.code]).toEqual([403, 'CROSS_SITE_REQUEST']);
    expect(await count('import_jobs')).toBe(0);
  });

  it.each([
    ['PATCH', '/api/users/1', { fullName: 'x' }],
    ['DELETE', '/api/emulation-clusters/1', undefined],
    ['PUT', '/api/org-units/1/assessments/2024', {}],
  ] as const)('refuses %s too', async (method, url, payload) => {
    const response = await ctx.app.inject({ method, url, payload, headers: { ...session, origin: EVIL } });
    expect([response.statusCode, response.json().error.code]).toEqual([403, 'CROSS_SITE_REQUEST']);
  });

  it.each([
    ['an Origin of "null" (a sandboxed page or a file)', { origin: 'null' }],
    ['only a Referer from elsewhere', { referer: `${EVIL}/page?x=1` }],
    ['a look-alike host', { origin: 'http://localhost.evil.example:80' }],
    ['another port of our host', { origin: 'http://localhost:8080' }],
    ['a Referer that is not an address', { referer: 'not a url' }],
  ])('refuses %s', async (_name, headers) => {
    expect((await signInFrom(headers)).statusCode).toBe(403);
  });

  it.each([
    ['no Origin or Referer (curl, the CLI)', {}],
    ['our own host as Origin', { origin: 'http://localhost' }],
    ['our own host with its default port', { origin: 'http://LOCALHOST:80' }],
    ['our own page as Referer', { referer: 'http://localhost/login?next=%2F' }],
    [
      'the public address (behind a proxy that keeps the inner Host)',
      { origin: 'https://congdoan.example.vn' },
    ],
  ])('lets through %s', async (_name, headers) => {
    expect((await signInFrom(headers)).statusCode).toBe(200);
  });

  it('leaves reads alone: a cross-site GET answers as usual (the cookie decides)', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { ...session, origin: EVIL },
    });
    expect(response.statusCode).toBe(200);
  });
});

describe('behind a trusted proxy', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { trustProxy: true } });
    await createUser(ctx, 'longbien', 'unit_admin', (await insertHanoiTree(ctx)).longBien);
  });
  afterAll(() => ctx.close());

  it('compares with the host the browser asked for (X-Forwarded-Host)', async () => {
    const login = (headers: Record<string, string>) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'longbien', password: 'secret123' },
        headers: { host: '127.0.0.1:3000', 'x-forwarded-host': 'congdoan.hanoi.vn', ...headers },
      });
    expect((await login({ origin: 'https://congdoan.hanoi.vn' })).statusCode).toBe(200);
    expect((await login({ origin: 'http://127.0.0.1:3000' })).statusCode).toBe(403);
  });
});
