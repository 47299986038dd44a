import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, signIn, type TestContext } from '../test/context.ts';
import { rootUnitId } from '../test/units.ts';
import { rule, ruleNumber } from './rules.ts';

describe('rules lookup across change dates', () => {
  let ctx: TestContext;
  let admin: { cookie: string };
  beforeAll(async () => {
    ctx = await createTestContext();
    await createUser(ctx, 'admin', 'system_admin', await rootUnitId(ctx));
    admin = await signIn(ctx, 'admin');
  });
  afterAll(() => ctx.close());

  it.each([
    ['dues.rate', '2017-01-01', 1],
    ['dues.rate', '2025-06-30', 1],
    ['dues.rate', '2025-07-01', 0.5],
    ['dues.rate', '2030-01-01', 0.5],
    ['baseSalary', '2024-06-30', 1_800_000],
    ['baseSalary', '2024-07-01', 2_340_000],
  ])('%s on %s is %s', async (key, date, value) => {
    expect(await rule(ctx.database.db, key, date)).toBe(value);
  });

  it.each([
    ['a date before the first value', 'dues.rate', '2016-12-31'],
    ['a key the table does not hold', 'no.such.rule', '2025-01-01'],
  ])('answers 422 RULE_NOT_FOUND for %s', async (_case, key, date) => {
    await expect(rule(ctx.database.db, key, date)).rejects.toMatchObject({
      status: 422,
      code: 'RULE_NOT_FOUND',
      params: { key, date },
    });
  });

  it('follows a value added over the API from its date on, keeping the history', async () => {
    const db = ctx.database.db;
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/rules',
      headers: admin,
      payload: { key: 'baseSalary', value: 2_530_000, validFrom: '2026-07-01', source: 'Nghị định (test)' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ valueType: 'money', validTo: null, recordedBy: 'admin' });
    expect(await ruleNumber(db, 'baseSalary', '2026-06-30')).toBe(2_340_000);
    expect(await ruleNumber(db, 'baseSalary', '2026-07-01')).toBe(2_530_000);
    expect(await ruleNumber(db, 'baseSalary', '2024-01-01')).toBe(1_800_000);

    const history = await ctx.app.inject({ method: 'GET', url: '/api/rules?key=baseSalary', headers: admin });
    expect(
      history
        .json()
        .map((row: { value: number; validFrom: string; validTo: string | null }) => [
          row.value,
          row.validFrom,
          row.validTo,
        ]),
    ).toEqual([
      [1_800_000, '2023-07-01', '2024-07-01'],
      [2_340_000, '2024-07-01', '2026-07-01'],
      [2_530_000, '2026-07-01', null],
    ]);
    for (const [date, value] of [
      ['2026-06-30', 2_340_000],
      ['2026-07-01', 2_530_000],
    ] as const) {
      const answer = await ctx.app.inject({
        method: 'GET',
        url: `/api/rules/value?key=baseSalary&date=${date}`,
        headers: admin,
      });
      expect(answer.json()).toMatchObject({ key: 'baseSalary', date, value });
    }
  });
});
