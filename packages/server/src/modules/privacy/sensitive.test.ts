// Sensitive fields (ethnicity, religion, salary) over HTTP: withheld from a viewer with an indication,
// shown to officers and administrators with a read-log row per response, in member records, the audit log
// and member-list exports; the log read back by administrators within their subtree.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestContext, createUser, signIn, type TestContext } from '../../test/context.ts';
import { admission, buildMemberTree, memberAccounts } from '../members/test-members.ts';
import { requester, type UnitIds } from '../org/test-tree.ts';

let ctx: TestContext;
let ids: UnitIds;
let as: Awaited<ReturnType<typeof memberAccounts>>;
let asOfficer: ReturnType<typeof requester>;
let memberId: number;
let plainMemberId: number;
let outsideMemberId: number;

const reads = () =>
  queryRows<{
    username: string;
    member_id: number | null;
    fields: string[];
    route: string;
    kind: string;
    member_count: number;
  }>(
    ctx.database.db,
    sql`select username, member_id, fields, route, kind, member_count from personal_data_reads order by id`,
  );

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildMemberTree(ctx);
  as = await memberAccounts(ctx, ids);
  await createUser(ctx, 'canbo', 'unit_officer', ids.LB!);
  asOfficer = requester(ctx, (await signIn(ctx, 'canbo')).cookie);
  const admit = async (unitId: number, extra: Record<string, unknown>) => {
    const response = await as.asAdmin('POST', '/api/members', admission(unitId, extra));
    expect(response.status).toBe(201);
    return response.body.id as number;
  };
  memberId = await admit(ids['G-NHUA']!, { ethnicity: 'Tày', religion: 'Phật giáo', salaryBasis: 8_500_000 });
  plainMemberId = await admit(ids['G-NHUA']!, {});
  outsideMemberId = await admit(ids['G-TRUONG']!, { ethnicity: 'Mường' });
  await ctx.database.db.execute(sql`delete from personal_data_reads`);
});
afterAll(() => ctx.close());

describe('a member record', () => {
  it('withholds the sensitive fields from a viewer, says which, and logs nothing', async () => {
    const response = await as.asViewer('GET', `/api/members/${memberId}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ ethnicity: null, religion: null, salaryBasis: null });
    expect(response.body.hiddenFields).toEqual(['ethnicity', 'religion', 'salaryBasis']);
    expect(response.body.nationalId).toMatch(/^\d{12}$/u);
    expect(await reads()).toEqual([]);
  });

  it('shows them to an officer and logs who read which fields of whom through which route', async () => {
    const response = await asOfficer('GET', `/api/members/${memberId}`);
    expect(response.body).toMatchObject({ ethnicity: 'Tày', religion: 'Phật giáo', salaryBasis: 8_500_000 });
    expect(response.body.hiddenFields).toBeUndefined();
    expect(await reads()).toEqual([
      {
        username: 'canbo',
        member_id: memberId,
        fields: ['ethnicity', 'religion', 'salaryBasis'],
        route: 'GET /api/members/:id',
        kind: 'view',
        member_count: 1,
      },
    ]);
  });

  it('logs a write answered with the record too, and nothing for a record holding no sensitive field', async () => {
    await ctx.database.db.execute(sql`delete from personal_data_reads`);
    const patched = await as.asLongBien('PATCH', `/api/members/${memberId}`, { phone: '0912345000' });
    expect(patched.status).toBe(200);
    expect((await as.asLongBien('GET', `/api/members/${plainMemberId}`)).status).toBe(200);
    expect((await reads()).map((row) => [row.username, row.member_id, row.route])).toEqual([
      ['longbien', memberId, 'PATCH /api/members/:id'],
    ]);
  });
});

describe('the audit log', () => {
  it('masks the sensitive values of member changes for a viewer and logs them for an administrator', async () => {
    await as.asAdmin('PATCH', `/api/members/${memberId}`, { religion: 'Không' });
    await ctx.database.db.execute(sql`delete from personal_data_reads`);
    const url = `/api/audit?entity=member&entityId=${memberId}`;
    const viewed = await as.asViewer('GET', url);
    expect(viewed.status).toBe(200);
    const change = viewed.body.items.find((entry: { action: string }) => entry.action === 'update');
    expect(JSON.stringify(viewed.body)).not.toContain('Phật giáo');
    expect(JSON.stringify(viewed.body)).not.toContain('Tày');
    expect(change.after.religion).toBeNull();
    expect(await reads()).toEqual([]);

    const shown = await as.asLongBien('GET', url);
    expect(JSON.stringify(shown.body)).toContain('Phật giáo');
    const logged = await reads();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ username: 'longbien', member_id: memberId, route: 'GET /api/audit' });
  });
});

describe('a member-list export', () => {
  it('leaves the ethnicity column empty for a viewer and logs one row naming the count for an officer', async () => {
    await ctx.database.db.execute(sql`delete from personal_data_reads`);
    const url = `/api/org-units/${ids['G-NHUA']}/members/export.xlsx`;
    const viewerFile = await ctx.app.inject({
      method: 'GET',
      url,
      headers: { cookie: await cookieOf('xem') },
    });
    expect(viewerFile.statusCode).toBe(200);
    expect(await reads()).toEqual([]);
    const officerFile = await ctx.app.inject({
      method: 'GET',
      url,
      headers: { cookie: await cookieOf('canbo') },
    });
    expect(officerFile.statusCode).toBe(200);
    expect(await reads()).toEqual([
      {
        username: 'canbo',
        member_id: null,
        fields: ['ethnicity'],
        route: 'GET /api/org-units/:id/members/export.xlsx',
        kind: 'export',
        member_count: 2,
      },
    ]);
    expect(await sheetText(officerFile.rawPayload)).toContain('Tày');
    expect(await sheetText(viewerFile.rawPayload)).not.toContain('Tày');
  });
});

describe('the read log', () => {
  it('is read by administrators, a unit administrator seeing only their subtree', async () => {
    await asOfficer('GET', `/api/members/${memberId}`);
    await as.asAdmin('GET', `/api/members/${outsideMemberId}`);
    const all = await as.asAdmin('GET', '/api/privacy/reads');
    expect(all.status).toBe(200);
    expect(all.body.items.map((row: { memberId: number }) => row.memberId)).toContain(outsideMemberId);
    const own = await as.asLongBien('GET', '/api/privacy/reads');
    const seen = own.body.items.map((row: { memberId: number | null }) => row.memberId);
    expect(seen).toContain(memberId);
    expect(seen).not.toContain(outsideMemberId);
    expect(own.body.items[0]).toMatchObject({ memberName: expect.any(String), unitName: expect.any(String) });
    expect((await as.asLongBien('GET', `/api/privacy/reads?memberId=${outsideMemberId}`)).status).toBe(404);
    expect((await as.asViewer('GET', '/api/privacy/reads')).status).toBe(403);
    expect((await asOfficer('GET', '/api/privacy/reads')).status).toBe(403);
  });
});

async function cookieOf(username: string) {
  return (await signIn(ctx, username)).cookie;
}

/** Every cell's text in the first sheet of an .xlsx. */
async function sheetText(buffer: Buffer): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const texts: string[] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    row.eachCell((cell) => {
      texts.push(String(cell.value));
    });
  });
  return texts.join('\n');
}
