// `figures:verify` on a live database: silent agreement after real writes, and every drifted unit and
// measure named (exit 1) once a stored figure no longer matches the records.
import { admitMemberBody } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../cli.ts';
import { queryRows } from '../../db/client.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { leaveMember, transferMember } from '../members/lifecycle.ts';
import { admitMember } from '../members/service.ts';
import { admission, buildMemberTree } from '../members/test-members.ts';
import { currentTree } from '../org/index.ts';
import type { UnitIds } from '../org/test-tree.ts';

let ctx: TestContext;
let ids: UnitIds;

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    locale: 'en',
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readPassword: async () => '',
  };
  const code = await runCli(argv, io, async () => ({ ...ctx.database, close: async () => {} }));
  return { code, out, err };
}

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildMemberTree(ctx);
  await ctx.database.db.transaction(async (tx) => {
    const admit = (unit: string, overrides: Record<string, unknown>) =>
      admitMember(tx, null, admitMemberBody.parse(admission(ids[unit]!, overrides)));
    const moving = await admit('G-NHUA', { admittedOn: '2023-02-01', gender: 'female', ethnicity: 'Tày' });
    const leaving = await admit('G-NHUA', { admittedOn: '2023-03-01', dateOfBirth: '1995-02-28' });
    await admit('G-DETMAY', { admittedOn: '2024-05-05', dateOfBirth: null });
    await transferMember(tx, null, moving, {
      toUnitId: ids['G-DETMAY']!,
      effectiveDate: '2024-01-10',
      reason: 'x',
    });
    await leaveMember(tx, null, leaving, { kind: 'leave', effectiveDate: '2025-06-30', reason: 'x' });
  });
});
afterAll(() => ctx.close());

describe('figures:verify', () => {
  it('agrees with the records after admissions, a transfer and a departure', async () => {
    const result = await cli(['figures:verify']);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out.join('\n')).toMatch(/agree with the records \(\d+ dates checked\)/);
  });

  it('names the unit, date and measure of a stored figure that drifted, and exits 1', async () => {
    const unit = ids['G-DETMAY']!;
    await ctx.database.db.execute(
      sql`update member_facts set women = women + 1 where unit_id = ${unit} and day = '2024-01-10'`,
    );
    const result = await cli(['figures:verify', '--on', '2024-03-01', '--on', '2023-06-01']);
    expect(result.code).toBe(1);
    // the unit's own figures and its subtree's (which starts from them) both drift; its ancestors' do not
    expect(result.err).toEqual([
      `Drift: unit ${unit}, 2024-03-01, subtree:women: stored 2, recounted from the records 1`,
      `Drift: unit ${unit}, 2024-03-01, women: stored 2, recounted from the records 1`,
      'Member figures differ from the records in 2 places (2 dates checked)',
    ]);
    await ctx.database.db.execute(
      sql`update member_facts set women = women - 1 where unit_id = ${unit} and day = '2024-01-10'`,
    );
  });

  it('names a subtree figure that drifted: the ancestor whose subtree row no longer adds up', async () => {
    const unit = ids['G-DETMAY']!;
    const [parent] = await queryRows<{ parent_id: number }>(
      ctx.database.db,
      sql`select parent_id from ${currentTree()} v where v.unit_id = ${unit}`,
    );
    const parentId = parent!.parent_id;
    await ctx.database.db.execute(
      sql`insert into member_subtree_facts (unit_id, day, members) values (${parentId}, '2024-01-10', 3)
          on conflict (unit_id, day) do update set members = member_subtree_facts.members + 3`,
    );
    const result = await cli(['figures:verify', '--on', '2024-03-01', '--on', '2023-06-01']);
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(2);
    const drift = result.err[0]?.match(
      new RegExp(
        `^Drift: unit ${parentId}, 2024-03-01, subtree:members: stored (\\d+), recounted from the records (\\d+)$`,
      ),
    );
    expect(Number(drift?.[1]) - Number(drift?.[2])).toBe(3);
    expect(result.err[1]).toBe('Member figures differ from the records in 1 places (2 dates checked)');
    await ctx.database.db.execute(
      sql`update member_subtree_facts set members = members - 3 where unit_id = ${parentId} and day = '2024-01-10'`,
    );
    expect((await cli(['figures:verify'])).code).toBe(0);
  });

  it('refuses a date that is not one', async () => {
    const result = await cli(['figures:verify', '--on', '2024-02-30']);
    expect(result.code).toBe(1);
    expect(result.err.join('\n')).toContain('--on');
  });
});
