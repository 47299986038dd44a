// Input the database cannot hold is refused at the edge with 400 (or 415) and the error shape, in the
// caller's language, before any handler runs: the requests that once answered 500 or did harm.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../db/client.ts';
import { currentTree } from '../modules/org/index.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../test/context.ts';
import { type HanoiTree, insertHanoiTree } from '../test/units.ts';

describe('input the database cannot hold', () => {
  let ctx: TestContext;
  let tree: HanoiTree;
  let admin: { cookie: string };
  const send = (
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) => ctx.app.inject({ method, url, payload, headers: { ...admin, 'accept-language': 'en', ...headers } });
  const refusal = (response: { statusCode: number; json(): unknown }) => {
    const { error } = response.json() as { error: { code: string; details: { path?: string }[] } };
    return [response.statusCode, error.code, error.details.map((detail) => detail.path)];
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertHanoiTree(ctx);
    await createUser(ctx, 'admin', 'system_admin', tree.root);
    admin = await signIn(ctx, 'admin');
  });
  afterAll(() => ctx.close());

  it('refuses a NUL or a lone surrogate in any text, signed in or not, naming the field', async () => {
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin\u0000', password: 'secret123' },
    });
    expect(refusal(login)).toEqual([400, 'INVALID_INPUT', ['username']]);
    expect(login.json().error.details[0].message).toBe(
      'Văn bản chứa ký tự không hợp lệ (ký tự NUL hoặc ký tự Unicode bị cắt dở)',
    );
    const found = await send('POST', `/api/org-units`, {
      code: 'LB-NEW',
      name: 'CĐCS \ud800',
      type: 'grassroots',
      parentId: tree.longBien,
      effectiveDate: '2024-01-01',
      reason: 'Thành lập',
    });
    expect(refusal(found)).toEqual([400, 'INVALID_INPUT', ['name']]);
    expect(refusal(await send('GET', '/api/org-units?q=a%00b'))).toEqual([400, 'INVALID_INPUT', ['q']]);
  });

  it('refuses ids beyond the integer columns, and numbers in disguise, in paths and queries', async () => {
    expect((await send('GET', `/api/org-units/${tree.longBien}`)).statusCode).toBe(200);
    for (const id of ['2147483648', '9007199254740992', '1e3', '0x1', '-1', '0', '1.5', 'true']) {
      expect(refusal(await send('GET', `/api/org-units/${id}`)), id).toEqual([400, 'INVALID_INPUT', ['id']]);
    }
    expect(refusal(await send('GET', '/api/org-units?parentId=2147483648'))).toEqual([
      400,
      'INVALID_INPUT',
      ['parentId'],
    ]);
    expect(refusal(await send('GET', '/api/members?page=1e3'))).toEqual([400, 'INVALID_INPUT', ['page']]);
  });

  it('never coerces a JSON id: `newParentId: true` moves nothing', async () => {
    const parentBefore = await parentOf(tree.grassrootsA);
    for (const newParentId of [true, `${tree.hanoi}`, [tree.hanoi], 2 ** 31]) {
      const response = await send('POST', `/api/org-units/${tree.grassrootsA}/move`, {
        newParentId,
        effectiveDate: '2024-06-01',
        reason: 'Thử',
      });
      expect(refusal(response), JSON.stringify(newParentId)).toEqual([400, 'INVALID_INPUT', ['newParentId']]);
    }
    expect(await parentOf(tree.grassrootsA)).toBe(parentBefore);
  });

  it('refuses dates outside 1900–2100 and impossible days, saying why', async () => {
    const far = await send('GET', `/api/org-units/${tree.longBien}?asOf=9999-12-31`);
    expect(refusal(far)).toEqual([400, 'INVALID_INPUT', ['asOf']]);
    expect(far.json().error.details[0].message).toBe('The date must lie between 01/01/1900 and 31/12/2100');
    for (const asOf of ['0000-01-01', '2024-02-30', 'yesterday']) {
      expect(refusal(await send('GET', `/api/org-units?asOf=${asOf}`)), asOf).toEqual([
        400,
        'INVALID_INPUT',
        ['asOf'],
      ]);
    }
  });

  it('answers 415 to a body that is not JSON, and the error shape to a broken address', async () => {
    const text = await send('POST', `/api/org-units/${tree.grassrootsA}/move`, undefined, {
      'content-type': 'text/plain',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const form = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: 'username=admin&password=secret123',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.statusCode).toBe(415);
    expect(refusal(await send('GET', '/api/org-units/%ED%A0%80'))).toEqual([400, 'INVALID_INPUT', ['url']]);
  });

  it('refuses JSON nested deeper than any payload', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: `{"username":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].message).toBe('The data sent is nested too deeply');
  });

  async function parentOf(unitId: number) {
    const [row] = await queryRows<{ parent: number | null }>(
      ctx.database.db,
      sql`select v.parent_id as parent from ${currentTree()} v where v.unit_id = ${unitId}`,
    );
    return row?.parent;
  }
});
