// The demo seeded into a fresh database and looked at over the API, the way a user would meet it.
import { todayInVietnam } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client.ts';
import { unitVersions } from '../modules/org/index.ts';
import { createTestContext, signIn, type TestContext } from '../test/context.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.ts';
import { seedDemo } from './seed.ts';

let ctx: TestContext;
let admin: { cookie: string };
const today = todayInVietnam();

async function idOf(code: string): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    ctx.database.db,
    sql`select id from org_units where code = ${code}`,
  );
  if (!row) throw new Error(`no unit ${code}`);
  return row.id;
}

async function get<T>(url: string, cookie = admin.cookie): Promise<T> {
  const response = await ctx.app.inject({ method: 'GET', url, headers: { cookie } });
  expect(response.statusCode, url).toBe(200);
  return response.json() as T;
}

type Summary = { code: string; type: string; parentId: number | null };
const children = async (code: string, asOf: string) =>
  get<Summary[]>(`/api/org-units/${await idOf(code)}/children?asOf=${asOf}`);
const detail = async (code: string, asOf: string) =>
  get<{ status: string; parentId: number | null }>(`/api/org-units/${await idOf(code)}?asOf=${asOf}`);

async function rowCounts(): Promise<Record<string, number>> {
  const [row] = await queryRows<Record<string, number>>(
    ctx.database.db,
    sql`select (select count(*)::int from org_units) as units,
          (select count(*)::int from ${unitVersions()} v) as versions,
          (select count(*)::int from org_events) as events,
          (select count(*)::int from audit_log) as audit,
          (select count(*)::int from users) as users,
          (select count(*)::int from emulation_clusters) as clusters`,
  );
  return row ?? {};
}

// The first demo test file to start seeds the demo they share (test/templates.ts), the others wait for it.
beforeAll(async () => {
  ctx = await createTestContext({ demo: { grassrootsPerProvince: 2 } });
  admin = await signIn(ctx, 'admin', DEMO_PASSWORD);
}, 300_000);

afterAll(async () => {
  await ctx?.close();
});

describe('demo data', () => {
  it('shows 63 provincial federations up to 30/6/2025 and 34 today', async () => {
    const provincial = (units: Summary[]) => units.filter((unit) => unit.type === 'provincial').length;
    expect(provincial(await children('VGCL', '2025-06-30'))).toBe(63);
    expect(provincial(await children('VGCL', today))).toBe(34);
  });

  it('shows LĐLĐ quận Hoàng Mai with its grassroots unions in 2024 and dissolved today', async () => {
    const in2024 = await children('LDLD-HN-HM', '2024-12-31');
    expect(in2024.filter((unit) => unit.type === 'grassroots').length).toBeGreaterThanOrEqual(7);
    expect((await detail('LDLD-HN-HM', '2024-12-31')).status).toBe('active');
    expect((await detail('LDLD-HN-HM', today)).status).toBe('dissolved');
    expect(await children('CD-HN-HOANGMAI', today)).not.toHaveLength(0);
  });

  it('keeps LĐLĐ quận Long Biên running with its education union and grassroots unions', async () => {
    expect((await detail('LDLD-HN-LB', today)).status).toBe('active');
    const units = await children('LDLD-HN-LB', today);
    expect(units.filter((unit) => unit.type === 'grassroots').length).toBeGreaterThanOrEqual(6);
    expect(units.map((unit) => unit.code)).toContain('CD-GD-LB');
  });

  it('places the union of Văn phòng Đoàn ĐBQH under Công đoàn Viên chức in 2024 and under LĐLĐ Hà Nội today', async () => {
    expect((await detail('CDCS-HN-VPDBQH-HDND', '2024-06-30')).parentId).toBe(await idOf('CDVC-HN'));
    expect((await detail('CDCS-HN-VPDBQH-HDND', today)).parentId).toBe(await idOf('LDLD-HN'));
    expect((await detail('CDVC-HN', today)).status).toBe('dissolved');
  });

  it('lets the four demo accounts sign in with demo1234, each at its unit', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const { cookie } = await signIn(ctx, account.username, DEMO_PASSWORD);
      const { user } = await get<{ user: { username: string; role: string; unit: { code: string } } }>(
        '/api/auth/me',
        cookie,
      );
      expect(user).toMatchObject({
        username: account.username,
        role: account.role,
        unit: { code: account.unit },
      });
    }
  });

  it('has Hà Nội’s emulation clusters 1 to 7 for 2024', async () => {
    const clusters = await get<{ name: string; members: unknown[] }[]>(
      `/api/emulation-clusters?parentId=${await idOf('LDLD-HN')}&year=2024`,
    );
    expect(clusters.map((cluster) => cluster.name).sort()).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `Cụm thi đua số ${n}`),
    );
    for (const cluster of clusters) expect(cluster.members.length).toBeGreaterThan(0);
  });

  it('changes nothing when seeded a second time', async () => {
    const before = await rowCounts();
    await seedDemo(ctx.database.db, { grassrootsPerProvince: 2, log: () => {} });
    expect(await rowCounts()).toEqual(before);
    expect(before.units).toBeGreaterThan(400);
  });
});
