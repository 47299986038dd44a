import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql } from '../../db/client.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { rootUnitId } from '../../test/units.ts';

describe('rules table API', () => {
  let ctx: TestContext;
  let admin: { cookie: string };
  let viewer: { cookie: string };
  const post = (who: { cookie: string }, payload: object) =>
    ctx.app.inject({ method: 'POST', url: '/api/rules', headers: who, payload });
  const get = (who: { cookie: string }, url: string) => ctx.app.inject({ method: 'GET', url, headers: who });
  const ruleCount = async () =>
    (await queryRows<{ n: number }>(ctx.database.db, sql`select count(*)::int as n from rules`))[0]?.n;

  beforeAll(async () => {
    ctx = await createTestContext();
    const root = await rootUnitId(ctx);
    await createUser(ctx, 'admin', 'system_admin', root);
    await createUser(ctx, 'unit.admin', 'unit_admin', root);
    await createUser(ctx, 'viewer', 'viewer', root);
    admin = await signIn(ctx, 'admin');
    viewer = await signIn(ctx, 'viewer');
  });
  afterAll(() => ctx.close());

  it('lets any signed-in user read the whole history, ordered by key and date', async () => {
    const response = await get(viewer, '/api/rules');
    expect(response.statusCode).toBe(200);
    const rows: { key: string; validFrom: string }[] = response.json();
    expect(rows.length).toBe(await ruleCount());
    const order = rows.map((row) => `${row.key} ${row.validFrom}`);
    expect(order).toEqual([...order].sort());
    expect((await ctx.app.inject({ method: 'GET', url: '/api/rules' })).statusCode).toBe(401);
  });

  it('answers with the rows in force on a date', async () => {
    const before = await get(viewer, '/api/rules?key=dues.rate&asOf=2025-06-30');
    expect(before.json().map((row: { value: number }) => row.value)).toEqual([1]);
    const after = await get(viewer, '/api/rules?key=dues.rate&asOf=2025-07-01');
    expect(after.json()).toEqual([
      expect.objectContaining({ value: 0.5, validTo: null, valueType: 'percent' }),
    ]);
    const all = await get(viewer, '/api/rules?asOf=2025-07-01');
    const keys = all.json().map((row: { key: string }) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('answers the value of a key on a date with its source', async () => {
    const response = await get(viewer, '/api/rules/value?key=dues.rate&date=2025-06-30');
    expect(response.json()).toEqual({
      key: 'dues.rate',
      date: '2025-06-30',
      value: 1,
      validFrom: '2017-01-01',
      source: 'Quyết định 1908/QĐ-TLĐ',
    });
    const unknown = await get(viewer, '/api/rules/value?key=no.such.rule');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'RULE_KEY_NOT_FOUND']);
    const tooEarly = await get(viewer, '/api/rules/value?key=dues.rate&date=2000-01-01');
    expect([tooEarly.statusCode, tooEarly.json().error.code]).toEqual([422, 'RULE_NOT_FOUND']);
  });

  it.each([
    ['a viewer', 'viewer', {}, 403, 'ROLE_FORBIDDEN'],
    ['a unit administrator', 'unit.admin', {}, 403, 'ROLE_FORBIDDEN'],
    ['a date not after the latest value', 'admin', { validFrom: '2025-07-01' }, 422, 'RULE_DATE_NOT_AFTER'],
    ['a date before the latest value', 'admin', { validFrom: '2020-01-01' }, 422, 'RULE_DATE_NOT_AFTER'],
    ['a value of the wrong type', 'admin', { value: 'half' }, 422, 'RULE_VALUE_TYPE'],
    ['a change of the value type', 'admin', { valueType: 'text', value: 'x' }, 422, 'RULE_TYPE_MISMATCH'],
    ['a new key without a type', 'admin', { key: 'brand.newRule' }, 422, 'RULE_TYPE_REQUIRED'],
    ['a malformed key', 'admin', { key: 'Dues Rate' }, 400, 'INVALID_INPUT'],
    ['an impossible date', 'admin', { validFrom: '2026-02-30' }, 400, 'INVALID_INPUT'],
    ['no source', 'admin', { source: ' ' }, 400, 'INVALID_INPUT'],
  ])('refuses %s and changes nothing', async (_case, username, overrides, status, code) => {
    const before = await get(admin, '/api/rules');
    const response = await post(await signIn(ctx, username), {
      key: 'dues.rate',
      value: 0.6,
      validFrom: '2027-01-01',
      source: 'test',
      ...overrides,
    });
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect((await get(admin, '/api/rules')).json()).toEqual(before.json());
  });

  it('adds a new key with its type and records it in the audit log for system administrators', async () => {
    const response = await post(admin, {
      key: 'care.tetGift',
      valueType: 'money',
      value: 500_000,
      validFrom: '2026-01-01',
      source: 'Quyết định (test)',
      confidence: 'M',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ key: 'care.tetGift', confidence: 'M', validTo: null });
    const audit = await get(admin, '/api/audit?entity=rule&entityId=care.tetGift');
    expect(audit.json().items).toEqual([
      expect.objectContaining({ action: 'addValue', username: 'admin', unitId: null }),
    ]);
    const hidden = await get(viewer, '/api/audit?entity=rule&entityId=care.tetGift');
    expect(hidden.json().items).toEqual([]);
  });
});
