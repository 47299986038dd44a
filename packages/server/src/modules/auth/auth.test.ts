import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../db/client.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { type HanoiTree, insertHanoiTree } from '../../test/units.ts';

describe('signing in and out', () => {
  let ctx: TestContext;
  let tree: HanoiTree;
  const login = (username: string, password: string, headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });
  const me = (session: { cookie: string }) =>
    ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: session });

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertHanoiTree(ctx);
    await createUser(ctx, 'longbien', 'unit_admin', tree.longBien);
  });
  afterAll(() => ctx.close());

  it('sets an httpOnly, SameSite=Strict session cookie and knows who is signed in', async () => {
    const response = await login('LongBien ', 'secret123');
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'congdoan_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.value.length).toBeGreaterThanOrEqual(40);
    const who = await me({ cookie: `congdoan_session=${cookie?.value}` });
    expect(who.json()).toEqual({
      user: {
        id: expect.any(Number),
        username: 'longbien',
        fullName: 'longbien',
        role: 'unit_admin',
        locale: 'vi',
        unit: { id: tree.longBien, code: 'HN-LB', name: 'LĐLĐ quận Long Biên', type: 'district' },
      },
      // A district's administrator manages its accounts, tree and records; rules and breaches are national.
      can: {
        manageUsers: true,
        grantSystemAdmin: false,
        restructure: true,
        writeRecords: true,
        editRules: false,
        managePrivacy: false,
      },
    });
  });

  it.each([
    ['vi', {}, 'Tên đăng nhập hoặc mật khẩu không đúng'],
    ['en', { 'accept-language': 'en-GB,en;q=0.9' }, 'Wrong username or password'],
  ])('refuses a wrong password with 401 BAD_CREDENTIALS in %s', async (_locale, headers, message) => {
    for (const [username, password] of [
      ['longbien', 'wrong-password'],
      ['nobody', 'secret123'],
    ] as const) {
      const response = await login(username, password, headers);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: { code: 'BAD_CREDENTIALS', message, details: [] } });
      expect(response.cookies).toEqual([]);
    }
  });

  it('ends the session on logout', async () => {
    const session = await signIn(ctx, 'longbien');
    expect((await me(session)).statusCode).toBe(200);
    const out = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: session });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'congdoan_session')?.value).toBe('');
    const after = await me(session);
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('NOT_SIGNED_IN');
  });

  it('changes the password: the old one stops working and other sessions end', async () => {
    await createUser(ctx, 'changer', 'viewer', tree.grassrootsA);
    const here = await signIn(ctx, 'changer');
    const elsewhere = await signIn(ctx, 'changer');
    const change = (currentPassword: string, newPassword: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: here,
        payload: { currentPassword, newPassword },
      });
    const wrong = await change('not-the-password', 'another-password');
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([400, 'WRONG_PASSWORD']);
    expect((await change('secret123', 'short')).statusCode).toBe(400);
    expect((await change('secret123', 'another-password')).statusCode).toBe(204);
    expect((await me(here)).statusCode).toBe(200);
    expect((await me(elsewhere)).statusCode).toBe(401);
    expect((await login('changer', 'secret123')).statusCode).toBe(401);
    expect((await login('changer', 'another-password')).statusCode).toBe(200);
  });

  it('does not let a disabled account sign in', async () => {
    const id = await createUser(ctx, 'disabled', 'viewer', tree.grassrootsA);
    const session = await signIn(ctx, 'disabled');
    await ctx.database.db.execute(sql`update users set active = false where id = ${id}`);
    expect((await me(session)).statusCode).toBe(401);
    const response = await login('disabled', 'secret123');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('ACCOUNT_DISABLED');
  });
});

describe('sign-in rate limiting', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { loginMaxAttempts: 3 } });
    await createUser(ctx, 'target', 'viewer', (await insertHanoiTree(ctx)).longBien);
  });
  afterAll(() => ctx.close());

  it('answers the 4th attempt for one username with 429 TOO_MANY_ATTEMPTS, even with the right password', async () => {
    const attempt = (username: string, password: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
        headers: { 'accept-language': 'en' },
      });
    for (let i = 0; i < 3; i += 1) expect((await attempt('target', 'wrong-password')).statusCode).toBe(401);
    const blocked = await attempt('target', 'secret123');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toEqual({
      error: {
        code: 'TOO_MANY_ATTEMPTS',
        message: expect.stringMatching(/^Too many attempts/u),
        details: [],
      },
    });
    // In Vietnamese, the wait in Vietnamese words (the window is 15 minutes).
    const inVietnamese = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'target', password: 'secret123' },
      headers: { 'accept-language': 'vi' },
    });
    expect(inVietnamese.json().error.message).toMatch(
      /^Bạn đã thử quá nhiều lần, vui lòng thử lại sau 1[45] phút$/u,
    );
    // The limit counts per username: another account from the same address may still try.
    expect((await attempt('someone.else', 'wrong-password')).statusCode).toBe(401);
  });
});

type Headers = Record<string, string>;
const attemptOn =
  (ctx: () => TestContext) =>
  (username: string, password: string, options: { address?: string; headers?: Headers } = {}) =>
    ctx().app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      headers: { 'accept-language': 'en', ...options.headers },
      ...(options.address ? { remoteAddress: options.address } : {}),
    });
const sessionCookie = (response: { cookies: { name: string; secure?: boolean }[] }) =>
  response.cookies.find((cookie) => cookie.name === 'congdoan_session');

describe('the address limit, behind no trusted proxy', () => {
  let ctx: TestContext;
  const attempt = attemptOn(() => ctx);
  beforeAll(async () => {
    ctx = await createTestContext({ config: { loginMaxAttempts: 3 } });
    const tree = await insertHanoiTree(ctx);
    await createUser(ctx, 'target', 'viewer', tree.longBien);
    await createUser(ctx, 'other', 'viewer', tree.longBien);
  });
  afterAll(() => ctx.close());

  it('counts one account however its name is typed (spaces, a tab, capitals)', async () => {
    for (const typed of [' target', 'TARGET\t', 'target ']) {
      expect((await attempt(typed, 'wrong-password')).statusCode).toBe(401);
    }
    expect((await attempt('target', 'secret123')).statusCode).toBe(429);
    // Another address has its own count.
    expect((await attempt('target', 'secret123', { address: '10.0.0.2' })).statusCode).toBe(200);
  });

  it('ignores X-Forwarded-For and X-Forwarded-Proto, which any client can send', async () => {
    for (let i = 1; i <= 3; i++) {
      const spoofed = { 'x-forwarded-for': `203.0.113.${i}` };
      expect((await attempt('other', 'wrong-password', { headers: spoofed })).statusCode).toBe(401);
    }
    const blocked = await attempt('other', 'secret123', { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(blocked.statusCode).toBe(429);
    const viaHttps = await attempt('other', 'secret123', {
      address: '10.0.0.3',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(viaHttps.statusCode).toBe(200);
    expect(sessionCookie(viaHttps)?.secure).toBeFalsy();
  });
});

describe('behind a trusted proxy (CONGDOAN_TRUST_PROXY)', () => {
  let ctx: TestContext;
  const attempt = attemptOn(() => ctx);
  beforeAll(async () => {
    ctx = await createTestContext({ config: { loginMaxAttempts: 2, trustProxy: true } });
    await createUser(ctx, 'target', 'viewer', (await insertHanoiTree(ctx)).longBien);
  });
  afterAll(() => ctx.close());

  it('counts attempts by the client address the proxy forwards', async () => {
    const from = (address: string) => ({ headers: { 'x-forwarded-for': `${address}, 10.0.0.1` } });
    // The proxy appends the address it saw: the client's own claim before it is not trusted.
    for (let i = 0; i < 2; i++) {
      expect((await attempt('target', 'wrong-password', from('198.51.100.7'))).statusCode).toBe(401);
    }
    expect((await attempt('target', 'secret123', from('198.51.100.7'))).statusCode).toBe(429);
    expect((await attempt('target', 'wrong-password', from('198.51.100.8'))).statusCode).toBe(401);
  });

  it('marks the session cookie Secure when the proxy says the browser came over https', async () => {
    const overHttps = await attempt('target', 'secret123', {
      address: '10.0.0.5',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(overHttps.statusCode).toBe(200);
    expect(sessionCookie(overHttps)).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    const overHttp = await attempt('target', 'secret123', {
      address: '10.0.0.6',
      headers: { 'x-forwarded-proto': 'http' },
    });
    expect(sessionCookie(overHttp)?.secure).toBeFalsy();
  });
});

describe('the per-account limit', () => {
  let ctx: TestContext;
  let tree: HanoiTree;
  const attempt = attemptOn(() => ctx);
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  beforeAll(async () => {
    ctx = await createTestContext({
      config: {
        accountMaxFailures: 3,
        accountFirstDelayMs: 400,
        accountMaxDelayMs: 800,
        publicUrl: 'https://congdoan.example.vn',
      },
    });
    tree = await insertHanoiTree(ctx);
    await createUser(ctx, 'owner', 'viewer', tree.longBien);
    await createUser(ctx, 'bystander', 'viewer', tree.longBien);
  });
  afterAll(() => ctx.close());

  it('slows guesses at one account from many addresses, then lets its owner in', async () => {
    for (let i = 1; i <= 3; i++) {
      const guess = await attempt('owner', 'wrong-password', { address: `192.0.2.${i}` });
      expect(guess.statusCode).toBe(401);
    }
    const refused = await attempt('owner', 'secret123', { address: '192.0.2.50' });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    // Others sign in as usual; and an unknown username is slowed the same (a 429 tells nothing).
    expect((await attempt('bystander', 'secret123')).statusCode).toBe(200);
    for (let i = 0; i < 3; i++) expect((await attempt('no.such.user', 'x')).statusCode).toBe(401);
    expect((await attempt('no.such.user', 'x')).statusCode).toBe(429);

    await pause(450);
    const owner = await attempt('owner', 'secret123', { address: '192.0.2.50' });
    expect(owner.statusCode).toBe(200);
    // CONGDOAN_PUBLIC_URL is https: the cookie is Secure even though this request came over plain http.
    expect(sessionCookie(owner)?.secure).toBe(true);
    // A right password forgets the count: three fresh tries again.
    for (let i = 0; i < 3; i++) expect((await attempt('owner', 'wrong-password')).statusCode).toBe(401);
    expect((await attempt('owner', 'wrong-password')).statusCode).toBe(429);
  });

  it('slows current-password guesses on a password change, per account and per address', async () => {
    await createUser(ctx, 'changer', 'viewer', tree.grassrootsA);
    await createUser(ctx, 'neighbour', 'viewer', tree.grassrootsA);
    const changer = await signIn(ctx, 'changer');
    const neighbour = await signIn(ctx, 'neighbour');
    const change = (session: { cookie: string }, currentPassword: string, address = '192.0.2.80') =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: session,
        remoteAddress: address,
        payload: { currentPassword, newPassword: 'a-new-password' },
      });
    for (let i = 0; i < 3; i++) {
      const wrong = await change(changer, `guess-number-${i}`);
      expect([wrong.statusCode, wrong.json().error.code]).toEqual([400, 'WRONG_PASSWORD']);
    }
    expect((await change(changer, 'secret123', '192.0.2.81')).statusCode).toBe(429);
    // The address that guessed waits too, for any account; the owner's sign-in is not held up.
    expect((await change(neighbour, 'secret123')).statusCode).toBe(429);
    expect((await change(neighbour, 'secret123', '192.0.2.82')).statusCode).toBe(204);
    expect((await attempt('changer', 'secret123')).statusCode).toBe(200);
    await pause(450);
    expect((await change(changer, 'secret123', '192.0.2.81')).statusCode).toBe(204);
  });
});
