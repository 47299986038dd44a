// Breaches over HTTP: the system administrator records one, sees the 72-hour deadline and whether it was
// met, updates it when the authority is notified; every change audited; nobody else may.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestContext, type TestContext } from '../../test/context.ts';
import { buildMemberTree, memberAccounts } from '../members/test-members.ts';
import type { UnitIds } from '../org/test-tree.ts';

let ctx: TestContext;
let ids: UnitIds;
let as: Awaited<ReturnType<typeof memberAccounts>>;

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildMemberTree(ctx);
  as = await memberAccounts(ctx, ids);
});
afterAll(() => ctx.close());

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

describe('personal-data breaches', () => {
  let id: number;

  it('records a breach with its 72-hour deadline, overdue when nobody was told in time', async () => {
    const response = await as.asAdmin('POST', '/api/privacy/breaches', {
      discoveredAt: hoursAgo(80),
      description: 'Danh sách đoàn viên gửi nhầm ra ngoài',
      dataCategories: ['fullName', 'phone', 'nationalId'],
      peopleAffected: 120,
      unitIds: [ids['G-NHUA'], ids.LB],
      measures: 'Thu hồi thư, đổi mật khẩu',
    });
    expect(response.status).toBe(201);
    id = response.body.id;
    expect(response.body).toMatchObject({
      peopleAffected: 120,
      notification: 'overdue',
      authorityNotifiedAt: null,
      recordedBy: 'admin',
      units: [
        { id: ids['G-NHUA'], name: 'Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên' },
        { id: ids.LB, name: 'Liên đoàn Lao động quận Long Biên' },
      ],
    });
    expect(Date.parse(response.body.notifyBy) - Date.parse(response.body.discoveredAt)).toBe(72 * 3600_000);
  });

  it('says the deadline was missed once the authority is told late, and met when told in time', async () => {
    const late = await as.asAdmin('PATCH', `/api/privacy/breaches/${id}`, {
      authorityNotifiedAt: hoursAgo(2),
      notifiedParties: 'Cục A05 Bộ Công an; các đoàn viên bị ảnh hưởng',
    });
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({
      notification: 'late',
      notifiedParties: expect.stringContaining('A05'),
    });
    const onTime = await as.asAdmin('POST', '/api/privacy/breaches', {
      discoveredAt: hoursAgo(10),
      description: 'Máy tính xách tay bị mất',
      dataCategories: ['ethnicity'],
      peopleAffected: 3,
      authorityNotifiedAt: hoursAgo(5),
    });
    expect(onTime.body.notification).toBe('met');
    const pending = await as.asAdmin('POST', '/api/privacy/breaches', {
      discoveredAt: hoursAgo(1),
      description: 'Tài khoản bị dò mật khẩu',
      dataCategories: ['username'],
      peopleAffected: 1,
    });
    expect(pending.body.notification).toBe('pending');
    const list = await as.asAdmin('GET', '/api/privacy/breaches');
    expect(list.body.map((row: { id: number }) => row.id)).toEqual([pending.body.id, onTime.body.id, id]);
  });

  it('refuses notifications before discovery, unknown units, and every other role; audits each change', async () => {
    const before = await as.asAdmin('PATCH', `/api/privacy/breaches/${id}`, {
      authorityNotifiedAt: hoursAgo(100),
    });
    expect(before.status).toBe(422);
    const unknownUnit = await as.asAdmin('PATCH', `/api/privacy/breaches/${id}`, { unitIds: [987654] });
    expect(unknownUnit.status).toBe(422);
    expect((await as.asLongBien('GET', '/api/privacy/breaches')).status).toBe(403);
    expect((await as.asLongBien('PATCH', `/api/privacy/breaches/${id}`, { measures: 'x' })).status).toBe(403);
    const audit = await queryRows<{ action: string }>(
      ctx.database.db,
      sql`select action from audit_log where entity = 'personalDataBreach' and entity_id = ${String(id)} order by id`,
    );
    expect(audit.map((row) => row.action)).toEqual(['record', 'update']);
  });
});
