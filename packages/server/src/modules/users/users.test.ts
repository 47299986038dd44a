import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { type HanoiTree, insertHanoiTree, insertUnit } from '../../test/units.ts';
import { moveQuietly } from '../org/test-tree.ts';

describe('accounts management', () => {
  let ctx: TestContext;
  let tree: HanoiTree;
  let admin: { cookie: string };
  let longBien: { cookie: string };
  let hoangMaiOfficerId: number;

  const call = (
    who: { cookie: string },
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) => ctx.app.inject({ method, url, payload, headers: { cookie: who.cookie, ...headers } });

  const newUser = (overrides: object = {}) => ({
    username: `user${Math.random().toString(36).slice(2, 8)}`,
    fullName: 'Nguyễn Văn An',
    password: 'password-123',
    role: 'unit_officer',
    unitId: tree.grassrootsA,
    ...overrides,
  });

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertHanoiTree(ctx);
    await createUser(ctx, 'admin', 'system_admin', tree.root);
    await createUser(ctx, 'longbien', 'unit_admin', tree.longBien);
    hoangMaiOfficerId = await createUser(ctx, 'hoangmai.officer', 'unit_officer', tree.hoangMai);
    await createUser(ctx, 'longbien.viewer', 'viewer', tree.longBien);
    await createUser(ctx, 'longbien.officer', 'unit_officer', tree.longBien);
    admin = await signIn(ctx, 'admin');
    longBien = await signIn(ctx, 'longbien');
  });
  afterAll(() => ctx.close());

  describe('listing', () => {
    it('shows a unit administrator only the accounts of their subtree', async () => {
      const all = await call(admin, 'GET', '/api/users');
      expect(all.json().items.map((u: { username: string }) => u.username)).toContain('hoangmai.officer');
      const scoped = await call(longBien, 'GET', '/api/users');
      expect(scoped.statusCode).toBe(200);
      const usernames = scoped.json().items.map((u: { username: string }) => u.username);
      expect(usernames).toEqual(['longbien', 'longbien.officer', 'longbien.viewer']);
      expect(scoped.json()).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    });

    it('pages the accounts by username, with their total, the search too', async () => {
      const page = async (query: string) => (await call(admin, 'GET', `/api/users?${query}`)).json();
      const all = await page('pageSize=200');
      const names = all.items.map((u: { username: string }) => u.username);
      expect(all.total).toBe(names.length);
      const pages = [await page('pageSize=2&page=1'), await page('pageSize=2&page=2')];
      expect(pages.flatMap((p) => p.items.map((u: { username: string }) => u.username))).toEqual(
        names.slice(0, 4),
      );
      expect(pages.map((p) => p.total)).toEqual([all.total, all.total]);
      const searched = await page('q=longbien&pageSize=1&page=2');
      expect(searched.items.map((u: { username: string }) => u.username)).toEqual(['longbien.officer']);
      expect(searched.total).toBe(3);
      expect((await call(admin, 'GET', '/api/users?pageSize=201')).statusCode).toBe(400);
    });

    it('filters by a unit subtree and refuses a unit outside scope', async () => {
      const hoangMai = await call(admin, 'GET', `/api/users?unitId=${tree.hoangMai}`);
      expect(hoangMai.json().items.map((u: { username: string }) => u.username)).toEqual([
        'hoangmai.officer',
      ]);
      const outside = await call(longBien, 'GET', `/api/users?unitId=${tree.hoangMai}`);
      expect(outside.statusCode).toBe(404);
      expect(outside.json().error.code).toBe('NOT_FOUND');
    });

    it('finds a name typed without accents and returns the unit of each account', async () => {
      const created = await call(longBien, 'POST', '/api/users', newUser({ fullName: 'Trần Thị Đào' }));
      expect(created.statusCode).toBe(201);
      const found = await call(longBien, 'GET', `/api/users?q=${encodeURIComponent('tran thi dao')}`);
      expect(found.json().items).toEqual([
        expect.objectContaining({
          fullName: 'Trần Thị Đào',
          unit: {
            id: tree.grassrootsA,
            code: 'HN-LB-A',
            name: 'CĐCS Công ty Long Biên A',
            type: 'grassroots',
          },
        }),
      ]);
    });

    it.each([
      ['longbien.viewer', 'viewer'],
      ['longbien.officer', 'unit officer'],
    ])('refuses %s (%s) with ROLE_FORBIDDEN', async (username) => {
      const response = await call(await signIn(ctx, username), 'GET', '/api/users');
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('ROLE_FORBIDDEN');
    });
  });

  describe('creating', () => {
    it('creates an account in the subtree that can sign in, without echoing or auditing the password', async () => {
      const body = newUser({ username: 'new.officer', password: 'a-long-password' });
      const response = await call(longBien, 'POST', '/api/users', body);
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        username: 'new.officer',
        role: 'unit_officer',
        active: true,
        lastLoginAt: null,
        unit: { id: tree.grassrootsA },
      });
      expect(response.body).not.toContain('a-long-password');
      expect(response.body).not.toContain('argon2');
      await signIn(ctx, 'new.officer', 'a-long-password');
      const audit = await queryRows<{ unit_id: number; text: string }>(
        ctx.database.db,
        sql`select unit_id, concat(before::text, after::text) as text from audit_log
             where entity = 'user' and entity_id = ${String(response.json().id)} and action = 'create'`,
      );
      expect(audit).toHaveLength(1);
      expect(audit[0]?.unit_id).toBe(tree.grassrootsA);
      expect(audit[0]?.text).not.toMatch(/a-long-password|argon2/u);
    });

    it.each([
      ['a unit outside the subtree', (t: HanoiTree) => ({ unitId: t.hoangMai }), 404, 'NOT_FOUND'],
      ['the system administrator role', () => ({ role: 'system_admin' }), 403, 'ROLE_TOO_HIGH'],
      ['a taken username (any case)', () => ({ username: 'LongBien' }), 409, 'USERNAME_TAKEN'],
      ['a short password', () => ({ password: 'short' }), 400, 'INVALID_INPUT'],
      ['a username with spaces', () => ({ username: 'bad name' }), 400, 'INVALID_INPUT'],
      ['an unknown role', () => ({ role: 'king' }), 400, 'INVALID_INPUT'],
      ['an unknown unit', () => ({ unitId: 999_999 }), 404, 'NOT_FOUND'],
    ])('refuses %s and saves nothing', async (_case, overrides, status, code) => {
      const count = async () =>
        (await queryRows<{ n: number }>(ctx.database.db, sql`select count(*)::int as n from users`))[0]?.n;
      const before = await count();
      const response = await call(longBien, 'POST', '/api/users', newUser(overrides(tree)));
      expect(response.statusCode).toBe(status);
      expect(response.json().error.code).toBe(code);
      expect(await count()).toBe(before);
    });

    it('explains a malformed username in the caller’s language', async () => {
      const response = await call(longBien, 'POST', '/api/users', newUser({ username: 'Bad Name' }), {
        'accept-language': 'en',
      });
      expect(response.json().error.details).toEqual([
        {
          path: 'username',
          message: 'A username has only lower-case plain letters, digits, dots, hyphens and underscores',
        },
      ]);
    });

    it('lets a system administrator create another system administrator', async () => {
      const response = await call(
        admin,
        'POST',
        '/api/users',
        newUser({ role: 'system_admin', unitId: tree.root }),
      );
      expect(response.statusCode).toBe(201);
    });
  });

  describe('changing', () => {
    it('changes name, role and unit within the subtree and audits before and after', async () => {
      const created = (await call(longBien, 'POST', '/api/users', newUser())).json();
      const response = await call(longBien, 'PATCH', `/api/users/${created.id}`, {
        fullName: 'Lê Văn Bình',
        role: 'viewer',
        unitId: tree.longBien,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        fullName: 'Lê Văn Bình',
        role: 'viewer',
        unit: { id: tree.longBien },
      });
      const [row] = await queryRows<{ before: { role: string }; after: { role: string; unitId: number } }>(
        ctx.database.db,
        sql`select before, after from audit_log where entity = 'user' and entity_id = ${String(created.id)}
             and action = 'update'`,
      );
      expect(row?.before.role).toBe('unit_officer');
      expect(row?.after).toMatchObject({ role: 'viewer', unitId: tree.longBien });
    });

    it('refuses an account outside the subtree, and moving an account out of it', async () => {
      const foreign = await call(longBien, 'PATCH', `/api/users/${hoangMaiOfficerId}`, { fullName: 'X' });
      expect(foreign.statusCode).toBe(404);
      const created = (await call(longBien, 'POST', '/api/users', newUser())).json();
      const moveOut = await call(longBien, 'PATCH', `/api/users/${created.id}`, { unitId: tree.hoangMai });
      expect(moveOut.statusCode).toBe(404);
      const list = await call(longBien, 'GET', '/api/users');
      expect(list.json().items.find((u: { id: number }) => u.id === created.id).unit.id).toBe(
        tree.grassrootsA,
      );
      const missing = await call(longBien, 'PATCH', '/api/users/999999', { fullName: 'X' });
      expect(missing.statusCode).toBe(404);
    });

    it('loses an account whose unit has moved out of the subtree, though its past stays readable', async () => {
      const unit = await insertUnit(ctx, {
        code: 'HN-LB-MOVING',
        name: 'CĐCS chuyển đi',
        type: 'grassroots',
        parentId: tree.longBien,
      });
      const userId = await createUser(ctx, 'moving.officer', 'unit_officer', unit);
      await moveQuietly(ctx, unit, { parentId: tree.hoangMai, on: '2024-01-01' });
      const list = await call(longBien, 'GET', '/api/users');
      expect(list.json().items.map((u: { id: number }) => u.id)).not.toContain(userId);
      const change = await call(longBien, 'PATCH', `/api/users/${userId}`, { active: false });
      expect([change.statusCode, change.json().error.code]).toEqual([404, 'NOT_FOUND']);
    });

    it('keeps a unit administrator away from the system administrator role', async () => {
      const created = (await call(longBien, 'POST', '/api/users', newUser())).json();
      const grant = await call(longBien, 'PATCH', `/api/users/${created.id}`, { role: 'system_admin' });
      expect(grant.statusCode).toBe(403);
      expect(grant.json().error.code).toBe('ROLE_TOO_HIGH');
      // A system administrator bound inside Long Biên still outranks its unit administrator.
      const adminInside = await createUser(ctx, 'admin.inside', 'system_admin', tree.grassrootsA);
      const reset = await call(longBien, 'PATCH', `/api/users/${adminInside}`, { password: 'taken-over-1' });
      expect(reset.statusCode).toBe(403);
      expect(reset.json().error.code).toBe('ROLE_TOO_HIGH');
    });

    it('ends the sessions of a disabled account, which can no longer sign in', async () => {
      const created = (
        await call(longBien, 'POST', '/api/users', newUser({ username: 'to.disable' }))
      ).json();
      const session = await signIn(ctx, 'to.disable', 'password-123');
      expect((await call(session, 'GET', '/api/auth/me')).statusCode).toBe(200);
      const response = await call(longBien, 'PATCH', `/api/users/${created.id}`, { active: false });
      expect(response.json().active).toBe(false);
      expect((await call(session, 'GET', '/api/auth/me')).statusCode).toBe(401);
      const login = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'to.disable', password: 'password-123' },
      });
      expect(login.statusCode).toBe(403);
      expect(login.json().error.code).toBe('ACCOUNT_DISABLED');
    });

    it('resets a password: old sessions and the old password stop working, the audit log has neither', async () => {
      const created = (await call(longBien, 'POST', '/api/users', newUser({ username: 'to.reset' }))).json();
      const session = await signIn(ctx, 'to.reset', 'password-123');
      const response = await call(longBien, 'PATCH', `/api/users/${created.id}`, {
        password: 'brand-new-pass',
      });
      expect(response.statusCode).toBe(200);
      expect((await call(session, 'GET', '/api/auth/me')).statusCode).toBe(401);
      await expect(signIn(ctx, 'to.reset', 'password-123')).rejects.toThrow();
      await signIn(ctx, 'to.reset', 'brand-new-pass');
      const [audit] = await queryRows<{ n: number; leaks: number }>(
        ctx.database.db,
        sql`select count(*)::int as n,
                   count(*) filter (where concat(before::text, after::text) ~ 'brand-new-pass|argon2')::int as leaks
              from audit_log where entity = 'user' and entity_id = ${String(created.id)} and action = 'resetPassword'`,
      );
      expect(audit).toEqual({ n: 1, leaks: 0 });
    });

    it('never removes the last active system administrator', async () => {
      const db = ctx.database.db;
      const otherAdmins = await queryRows<{ id: number }>(
        db,
        sql`select id from users where role = 'system_admin' and username <> 'admin'`,
      );
      for (const { id } of otherAdmins) await call(admin, 'PATCH', `/api/users/${id}`, { active: false });
      const [self] = await queryRows<{ id: number }>(db, sql`select id from users where username = 'admin'`);
      for (const change of [{ role: 'unit_admin' }, { active: false }]) {
        const response = await call(admin, 'PATCH', `/api/users/${self?.id}`, change);
        expect(response.statusCode).toBe(422);
        expect(response.json().error.code).toBe('LAST_ADMIN');
      }
      const second = (
        await call(admin, 'POST', '/api/users', newUser({ role: 'system_admin', unitId: tree.root }))
      ).json();
      const demoted = await call(admin, 'PATCH', `/api/users/${self?.id}`, { role: 'unit_admin' });
      expect(demoted.statusCode).toBe(200);
      const secondSession = await signIn(ctx, second.username, 'password-123');
      const last = await call(secondSession, 'PATCH', `/api/users/${second.id}`, { active: false });
      expect(last.statusCode).toBe(422);
      expect(last.json().error.code).toBe('LAST_ADMIN');
    });
  });
});
