import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, createAdminCommand, resetPasswordCommand, runCli } from './cli.ts';
import { queryRows, sql } from './db/client.ts';
import { createTestContext, signIn, type TestContext } from './test/context.ts';
import { rootUnitId } from './test/units.ts';

describe('production CLI', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  /** Runs a command line against the test database with a fake terminal; returns exit code and output. */
  async function cli(argv: string[], typedPassword?: string) {
    const out: string[] = [];
    const err: string[] = [];
    const prompts: string[] = [];
    const io: CliIo = {
      locale: 'vi',
      out: (line) => out.push(line),
      err: (line) => err.push(line),
      readPassword: async (prompt) => {
        prompts.push(prompt);
        if (typedPassword === undefined) throw new Error('no password typed');
        return typedPassword;
      },
    };
    const code = await runCli(argv, io, async () => ({ ...ctx.database, close: async () => {} }));
    return { code, out: out.join('\n'), err: err.join('\n'), prompts };
  }

  it('prints help', async () => {
    const result = await cli(['help']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('user:create-admin --username U --full-name');
    expect((await cli([])).out).toBe(result.out);
  });

  it('creates a system administrator bound to the root unit, audited without an actor', async () => {
    const result = await cli([
      'user:create-admin',
      '--username',
      'Chief.Admin',
      '--full-name',
      'Nguyễn Văn Quản',
      '--password',
      'correct-horse',
    ]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('chief.admin');
    const session = await signIn(ctx, 'chief.admin', 'correct-horse');
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: session });
    expect(me.json().user).toMatchObject({ role: 'system_admin', unit: { id: await rootUnitId(ctx) } });
    const audit = await queryRows<{ user_id: number | null; text: string }>(
      ctx.database.db,
      sql`select user_id, after::text as text from audit_log
           where entity = 'user' and action = 'create' and entity_id = ${String(me.json().user.id)}`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.user_id).toBeNull();
    expect(audit[0]?.text).not.toContain('correct-horse');
  });

  it('asks for the password when it is not given', async () => {
    const result = await cli(
      ['user:create-admin', '--username', 'typed', '--full-name', 'T'],
      'typed-password',
    );
    expect(result.code).toBe(0);
    expect(result.prompts).toEqual(['Mật khẩu: ']);
    await signIn(ctx, 'typed', 'typed-password');
  });

  it.each([
    [
      'a taken username',
      ['--username', 'chief.admin', '--full-name', 'X', '--password', 'long-enough'],
      'Tên đăng nhập chief.admin đã được dùng',
    ],
    [
      'a missing full name',
      ['--username', 'someone', '--password', 'long-enough'],
      'Thiếu tùy chọn --full-name',
    ],
    ['a missing username', ['--full-name', 'X', '--password', 'long-enough'], 'Thiếu tùy chọn --username'],
    [
      'a short password',
      ['--username', 'someone', '--full-name', 'X', '--password', 'short'],
      'Mật khẩu cần từ 8 đến 200 ký tự',
    ],
    [
      'a malformed username',
      ['--username', 'a b', '--full-name', 'X', '--password', 'long-enough'],
      '--username: Tên đăng nhập chỉ gồm',
    ],
  ])('refuses %s with a clear message and exit code 1', async (_case, args, message) => {
    const before = await queryRows<{ n: number }>(ctx.database.db, sql`select count(*)::int as n from users`);
    const result = await cli(['user:create-admin', ...args]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(message);
    const after = await queryRows<{ n: number }>(ctx.database.db, sql`select count(*)::int as n from users`);
    expect(after).toEqual(before);
  });

  it('refuses an unknown command', async () => {
    const result = await cli(['user:delete-everyone']);
    expect(result).toMatchObject({
      code: 1,
      err: 'Không có lệnh user:delete-everyone; xem "npm run cli -- help"',
    });
  });

  it('resets a password and ends the sessions of the account', async () => {
    const session = await signIn(ctx, 'chief.admin', 'correct-horse');
    const result = await cli(['user:reset-password', '--username', 'chief.admin'], 'battery-staple');
    expect(result.code).toBe(0);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: session });
    expect(me.statusCode).toBe(401);
    await expect(signIn(ctx, 'chief.admin', 'correct-horse')).rejects.toThrow();
    await signIn(ctx, 'chief.admin', 'battery-staple');
    const unknown = await cli(['user:reset-password', '--username', 'nobody', '--password', 'long-enough']);
    expect(unknown).toMatchObject({ code: 1, err: 'Không tìm thấy tài khoản' });
  });

  it('exposes the commands as functions', async () => {
    const { user, unitName } = await createAdminCommand(ctx.database.db, {
      username: 'direct',
      fullName: 'Direct',
      password: 'direct-password',
    });
    expect(user).toMatchObject({ username: 'direct', role: 'system_admin', active: true });
    expect(unitName).toBe('Tổng Liên đoàn Lao động Việt Nam');
    await expect(
      createAdminCommand(ctx.database.db, { username: 'direct', fullName: 'D', password: 'direct-password' }),
    ).rejects.toMatchObject({ status: 409, code: 'USERNAME_TAKEN' });
    await resetPasswordCommand(ctx.database.db, { username: 'direct', password: 'changed-password' });
    await signIn(ctx, 'direct', 'changed-password');
  });
});
