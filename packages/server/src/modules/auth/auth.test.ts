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
