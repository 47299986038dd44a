// Retention: the register shows the days in force; the purge deletes read-log rows and ended sessions past
// theirs and strips personal values from the audit rows of members long gone, leaving everything else.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { admission, buildMemberTree, memberAccounts } from '../members/test-members.ts';
import type { UnitIds } from '../org/test-tree.ts';
import { purgePastRetention } from './retention.ts';

let ctx: TestContext;
let ids: UnitIds;
let as: Awaited<ReturnType<typeof memberAccounts>>;

beforeAll(async () => {
  ctx = await createTestContext({
    config: { retention: { readLogDays: 30, endedSessionDays: 10, leftMemberAuditDays: 365 } },
  });
  ids = await buildMemberTree(ctx);
  as = await memberAccounts(ctx, ids);
});
afterAll(() => ctx.close());

describe('retention', () => {
  it('is part of the register, with this server’s days', async () => {
    const response = await as.asViewer('GET', '/api/privacy/register');
    expect(response.status).toBe(200);
    expect(response.body.retention).toContainEqual({
      kind: 'readLog',
      days: 30,
      action: 'delete',
      setting: 'CONGDOAN_READ_LOG_DAYS',
    });
    expect(response.body.retention).toContainEqual(expect.objectContaining({ kind: 'importRows', days: 30 }));
    const members = response.body.entries.find(
      (entry: { capability: string }) => entry.capability === 'members',
    );
    const sensitive = members.fields.filter((field: { category: string }) => field.category === 'sensitive');
    expect(sensitive.map((field: { field: string }) => field.field)).toEqual([
      'ethnicity',
      'religion',
      'salaryBasis',
    ]);
    expect(members.fields).toContainEqual({ field: 'nationalId', category: 'basic', identifying: true });
  });

  it('purges what has outlived its days and nothing else', async () => {
    const db = ctx.database.db;
    const gone = await as.asAdmin('POST', '/api/members', {
      ...admission(ids['G-NHUA']!, { ethnicity: 'Dao', phone: '0912000777', admittedOn: '2015-01-10' }),
    });
    const stays = await as.asAdmin('POST', '/api/members', admission(ids['G-NHUA']!, { ethnicity: 'Thái' }));
    expect(
      (
        await as.asAdmin('POST', `/api/members/${gone.body.id}/leave`, {
          kind: 'leave',
          effectiveDate: '2018-06-30',
          reason: 'Nghỉ việc',
        })
      ).status,
    ).toBe(200);
    await as.asAdmin('GET', `/api/members/${stays.body.id}`);
    await db.execute(sql`insert into personal_data_reads (at, kind, fields, route)
      values (now() - interval '31 days', 'view', '{ethnicity}', 'old'), (now() - interval '29 days', 'view', '{ethnicity}', 'recent')`);
    await db.execute(sql`insert into sessions (token_hash, user_id, expires_at)
      select 'old-session', id, now() - interval '11 days' from users where username = 'admin'`);

    const counts = await db.transaction((tx) => purgePastRetention(tx, ctx.app.config));
    expect(counts).toMatchObject({ reads: 1, sessions: 1 });
    expect(counts.auditRows).toBeGreaterThan(0);

    const routes = await queryRows<{ route: string }>(
      db,
      sql`select route from personal_data_reads order by id`,
    );
    expect(routes.map((row) => row.route)).not.toContain('old');
    expect(routes.map((row) => row.route)).toContain('recent');
    const sessions = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from sessions where token_hash = 'old-session'`,
    );
    expect(sessions[0]?.n).toBe(0);
    const audit = await queryRows<{ entity_id: string; after: Record<string, unknown> | null }>(
      db,
      sql`select entity_id, after from audit_log where entity = 'member' and action = 'admit'
          and entity_id in (${String(gone.body.id)}, ${String(stays.body.id)})`,
    );
    const goneAfter = audit.find((row) => row.entity_id === String(gone.body.id))?.after ?? {};
    const staysAfter = audit.find((row) => row.entity_id === String(stays.body.id))?.after ?? {};
    expect(goneAfter).not.toHaveProperty('nationalId');
    expect(goneAfter).not.toHaveProperty('ethnicity');
    expect(goneAfter).toHaveProperty('fullName');
    expect(staysAfter).toHaveProperty('ethnicity', 'Thái');
    // A second run finds nothing more.
    expect(await db.transaction((tx) => purgePastRetention(tx, ctx.app.config))).toEqual({
      reads: 0,
      sessions: 0,
      auditRows: 0,
    });
  });
});
