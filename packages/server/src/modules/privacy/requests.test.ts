// The data subject's rights over HTTP: the access export (JSON and workbook) of everything held about a
// member, logged; correction requests recorded, accepted through the member update or refused with a reason.
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestContext, signIn, type TestContext } from '../../test/context.ts';
import { admission, buildMemberTree, memberAccounts } from '../members/test-members.ts';
import type { UnitIds } from '../org/test-tree.ts';

let ctx: TestContext;
let ids: UnitIds;
let as: Awaited<ReturnType<typeof memberAccounts>>;
let memberId: number;
let outsideMemberId: number;

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildMemberTree(ctx);
  as = await memberAccounts(ctx, ids);
  const admit = async (unitId: number, extra: Record<string, unknown>) => {
    const response = await as.asAdmin('POST', '/api/members', admission(unitId, extra));
    expect(response.status).toBe(201);
    return response.body.id as number;
  };
  memberId = await admit(ids['G-NHUA']!, {
    fullName: 'Hoàng Thị Mai',
    ethnicity: 'Tày',
    phone: '0912000001',
  });
  outsideMemberId = await admit(ids['G-TRUONG']!, {});
  await as.asLongBien('GET', `/api/members/${memberId}`);
});
afterAll(() => ctx.close());

const correction = (overrides: Record<string, unknown> = {}) => ({
  requestedBy: 'Hoàng Thị Mai (chính chủ)',
  field: 'phone',
  requestedValue: '0987654321',
  receivedOn: '2025-03-01',
  ...overrides,
});

describe('the access export', () => {
  it('holds the record, its periods, audit rows and reads, and logs itself', async () => {
    const response = await as.asLongBien('GET', `/api/privacy/members/${memberId}/export`);
    expect(response.status).toBe(200);
    const data = response.body;
    expect(data.profile).toMatchObject({ id: memberId, fullName: 'Hoàng Thị Mai', ethnicity: 'Tày' });
    expect(data.profile.memberships).toHaveLength(1);
    expect(data.auditRows.map((row: { action: string }) => row.action)).toContain('admit');
    expect(data.reads.map((row: { kind: string; username: string }) => [row.kind, row.username])).toEqual([
      ['accessRequest', 'longbien'],
      ['view', 'longbien'],
      // the admission answered the new record to the administrator who entered it
      ['view', 'admin'],
    ]);
    expect(data.generatedBy).toBe('longbien');
  });

  it('comes as a workbook with a sheet per kind of record, in the requester’s language', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/privacy/members/${memberId}/export.xlsx`,
      headers: { cookie: (await signIn(ctx, 'longbien')).cookie, 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Record',
      'Membership periods',
      'Union offices',
      'Committees',
      'Candidacies',
      'Change log',
      'Reads of sensitive data',
      'Correction requests',
    ]);
    const profile = workbook.getWorksheet('Record');
    const values = profile?.getSheetValues().flat().map(String) ?? [];
    expect(values).toContain('Hoàng Thị Mai');
    expect(values).toContain('Ethnicity');
    const rows = (profile?.getSheetValues() ?? []).map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(rows).toEqual(expect.arrayContaining([['Field', 'Value'], expect.arrayContaining(['Active'])]));
    expect((workbook.getWorksheet('Membership periods')!.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Unit',
      'From',
      'To',
      'How it began',
      'How it ended',
      'Reason it ended',
    ]);
  });

  it('is refused outside the caller’s scope (404) and to a viewer (403)', async () => {
    expect((await as.asLongBien('GET', `/api/privacy/members/${outsideMemberId}/export`)).status).toBe(404);
    expect((await as.asViewer('GET', `/api/privacy/members/${memberId}/export`)).status).toBe(403);
    const [row] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from personal_data_reads where member_id = ${outsideMemberId}`,
    );
    expect(row?.n).toBe(0);
  });
});

describe('correction requests', () => {
  it('records the value held and the value asked for, and checks the value as the record would', async () => {
    const bad = await as.asLongBien(
      'POST',
      `/api/privacy/members/${memberId}/corrections`,
      correction({ requestedValue: 'abc' }),
    );
    expect(bad.status).toBe(400);
    const response = await as.asLongBien(
      'POST',
      `/api/privacy/members/${memberId}/corrections`,
      correction(),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      memberId,
      field: 'phone',
      oldValue: '0912000001',
      requestedValue: '0987654321',
      status: 'pending',
      recordedBy: 'longbien',
    });
  });

  it('accepting applies the change with its audit row; deciding twice is refused', async () => {
    const [request] = (await as.asLongBien('GET', `/api/privacy/corrections?memberId=${memberId}`)).body;
    const accepted = await as.asLongBien('POST', `/api/privacy/corrections/${request.id}/decision`, {
      decision: 'accept',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', decidedBy: 'longbien' });
    expect((await as.asLongBien('GET', `/api/members/${memberId}`)).body.phone).toBe('0987654321');
    const audit = await queryRows<{ entity: string; action: string }>(
      ctx.database.db,
      sql`select entity, action from audit_log where entity in ('member', 'personalDataCorrection')
          order by id desc limit 2`,
    );
    expect(audit).toEqual([
      { entity: 'personalDataCorrection', action: 'accept' },
      { entity: 'member', action: 'update' },
    ]);
    const again = await as.asLongBien('POST', `/api/privacy/corrections/${request.id}/decision`, {
      decision: 'refuse',
      reason: 'Đã xử lý',
    });
    expect(again.status).toBe(409);
  });

  it('refusing needs a reason, keeps the record as it was, and lists the request per unit', async () => {
    const created = await as.asLongBien(
      'POST',
      `/api/privacy/members/${memberId}/corrections`,
      correction({ field: 'ethnicity', requestedValue: 'Nùng' }),
    );
    const url = `/api/privacy/corrections/${created.body.id}/decision`;
    expect((await as.asLongBien('POST', url, { decision: 'refuse' })).status).toBe(400);
    const refused = await as.asLongBien('POST', url, {
      decision: 'refuse',
      reason: 'Giấy khai sinh ghi Tày',
    });
    expect(refused.body).toMatchObject({ status: 'refused', refusalReason: 'Giấy khai sinh ghi Tày' });
    expect((await as.asLongBien('GET', `/api/members/${memberId}`)).body.ethnicity).toBe('Tày');

    const listed = await as.asLongBien('GET', `/api/privacy/corrections?unitId=${ids.LB}&status=refused`);
    expect(listed.body.map((row: { id: number }) => row.id)).toEqual([created.body.id]);
    // A viewer reads the trail but not the sensitive values asked for.
    const viewed = await as.asViewer('GET', `/api/privacy/corrections?memberId=${memberId}`);
    const hidden = viewed.body.find((row: { id: number }) => row.id === created.body.id);
    expect(hidden).toMatchObject({ valuesHidden: true, oldValue: null, requestedValue: null });
    expect((await as.asLongBien('GET', `/api/privacy/corrections?unitId=${ids.HM}`)).status).toBe(404);
  });

  it('a sensitive value shown in a request is a logged read; hidden from a viewer, it is not', async () => {
    const reads = () =>
      queryRows<{ username: string; member_id: number; fields: string[]; route: string }>(
        ctx.database.db,
        sql`select username, member_id, fields, route from personal_data_reads
            where route like '%corrections%' order by id`,
      );
    await ctx.database.db.execute(sql`delete from personal_data_reads`);
    const viewed = await as.asViewer('GET', `/api/privacy/corrections?memberId=${memberId}`);
    expect(viewed.body.some((row: { field: string }) => row.field === 'ethnicity')).toBe(true);
    expect(await reads()).toEqual([]);

    const listed = await as.asLongBien('GET', `/api/privacy/corrections?memberId=${memberId}`);
    const ethnicity = listed.body.find((row: { field: string }) => row.field === 'ethnicity');
    expect(ethnicity).toMatchObject({ oldValue: 'Tày', requestedValue: 'Nùng', valuesHidden: false });
    const created = await as.asLongBien(
      'POST',
      `/api/privacy/members/${memberId}/corrections`,
      correction({ field: 'religion', requestedValue: 'Phật giáo' }),
    );
    expect(created.status).toBe(201);
    // One row per person the list shows sensitive values of, one for the request just recorded; the
    // phone requests (basic data) are not logged.
    expect(await reads()).toEqual([
      {
        username: 'longbien',
        member_id: memberId,
        fields: ['ethnicity'],
        route: 'GET /api/privacy/corrections',
      },
      {
        username: 'longbien',
        member_id: memberId,
        fields: ['religion'],
        route: 'POST /api/privacy/members/:id/corrections',
      },
    ]);
  });
});
