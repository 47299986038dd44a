// Re-admission (kết nạp lại) over HTTP: a former member joins again on their one record, with the whole
// history kept and the counts following the new period; what is refused (deceased, active, out of order,
// out of scope) changes nothing; an admission with a former member's national ID names them so the form
// can offer re-admission; and an imported list refuses such rows instead of re-admitting anyone silently.
import { type ImportResult, todayInVietnam } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { createTestContext, signIn, type TestContext } from '../../test/context.ts';
import { simpleWorkbook } from '../member-import/test-sheets.ts';
import { upload } from '../member-import/test-world.ts';
import type { UnitIds } from '../org/test-tree.ts';
import { admission, buildMemberTree, memberAccounts } from './test-members.ts';

let ctx: TestContext;
let ids: UnitIds;
let as: Awaited<ReturnType<typeof memberAccounts>>;

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildMemberTree(ctx);
  as = await memberAccounts(ctx, ids);
});
afterAll(() => ctx.close());

async function counts() {
  const [row] = await queryRows<Record<string, number>>(
    ctx.database.db,
    sql`select (select count(*)::int from members) as members,
          (select count(*)::int from memberships) as periods,
          (select count(*)::int from members where status = 'active') as active,
          (select count(*)::int from audit_log where entity = 'member') as audits`,
  );
  return row;
}

/** A member admitted by the system administrator; `unit` is a code of the test tree. */
async function admit(unit: string, overrides: Record<string, unknown> = {}) {
  const body = admission(ids[unit]!, overrides);
  const response = await as.asAdmin('POST', '/api/members', body);
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return { id: response.body.id as number, nationalId: body.nationalId, fullName: response.body.fullName };
}

async function leave(id: number, kind: 'leave' | 'expel' | 'death', effectiveDate: string) {
  const response = await as.asAdmin('POST', `/api/members/${id}/leave`, {
    kind,
    effectiveDate,
    reason: 'Lý do thử nghiệm',
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
}

const readmit = (id: number, unit: string, body: Record<string, unknown>, who = as.asLongBien) =>
  who('POST', `/api/members/${id}/readmit`, { unitId: ids[unit], ...body });

async function membersOn(unit: string, asOf: string): Promise<number> {
  const response = await as.asAdmin('GET', `/api/org-units/${ids[unit]}/member-stats?asOf=${asOf}`);
  expect(response.status).toBe(200);
  return response.body.members;
}

describe('re-admission of a former member', () => {
  // Dates in 2015–2017 belong to this member alone, so the counts below are theirs.
  let leaver: Awaited<ReturnType<typeof admit>>;
  beforeAll(async () => {
    leaver = await admit('G-NHUA', { admittedOn: '2015-03-01', joinedUnionOn: '2012-05-01' });
    await leave(leaver.id, 'leave', '2016-06-30');
  });

  it('after leaving: one record, both periods, status active in the new unit, audited', async () => {
    const before = await counts();
    const response = await readmit(leaver.id, 'G-DETMAY', {
      effectiveDate: '2017-09-01',
      decisionNumber: ' 45/QĐ-CĐCS ',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({
      id: leaver.id,
      status: 'active',
      unit: { code: 'G-DETMAY' },
      // The day the person first joined the union stays.
      joinedUnionOn: '2012-05-01',
    });
    expect(response.body.memberships).toMatchObject([
      { unit: { code: 'G-NHUA' }, validFrom: '2015-03-01', validTo: '2016-06-30', endKind: 'leave' },
      {
        unit: { code: 'G-DETMAY' },
        validFrom: '2017-09-01',
        validTo: null,
        startKind: 'readmit',
        startDecision: '45/QĐ-CĐCS',
      },
    ]);
    expect(await counts()).toEqual({
      ...before,
      periods: before!.periods! + 1,
      active: before!.active! + 1,
      audits: before!.audits! + 1,
    });
    const [audit] = await queryRows<{ action: string; unit_id: number; before: unknown; after: unknown }>(
      ctx.database.db,
      sql`select action, unit_id, before, after from audit_log
          where entity = 'member' and entity_id = ${String(leaver.id)} order by id desc limit 1`,
    );
    expect(audit).toMatchObject({
      action: 'readmit',
      unit_id: ids['G-DETMAY'],
      before: { status: 'left', unitId: ids['G-NHUA'] },
      after: { status: 'active', unitId: ids['G-DETMAY'], effectiveDate: '2017-09-01' },
    });
  });

  it.each([
    ['G-NHUA', '2016-06-29', 1],
    ['G-NHUA', '2016-06-30', 0],
    ['G-NHUA', '2017-09-01', 0],
    ['G-DETMAY', '2017-08-31', 0],
    ['G-DETMAY', '2017-09-01', 1],
    ['LB', '2017-01-01', 0],
    ['LB', '2017-09-01', 1],
  ])('%s on %s has %i members', async (unit, asOf, expected) => {
    expect(await membersOn(unit, asOf)).toBe(expected);
  });

  it('counts the re-admission among the admissions of its year', async () => {
    const response = await as.asAdmin(
      'GET',
      `/api/org-units/${ids['G-DETMAY']}/member-stats?asOf=2017-12-31&from=2017-01-01&to=2017-12-31`,
    );
    expect(response.body).toMatchObject({ members: 1, admissions: 1, departures: 0 });
  });

  it('after a transfer out of the platform', async () => {
    const returning = await admit('G-NHUA', { admittedOn: '2020-02-01' });
    const out = await as.asAdmin('POST', `/api/members/${returning.id}/transfer`, {
      toUnitName: 'Công đoàn cơ sở Công ty ABC, tỉnh Bắc Ninh',
      effectiveDate: '2021-05-01',
      reason: 'Chuyển công tác',
    });
    expect(out.body.status).toBe('transferredOut');
    const response = await readmit(returning.id, 'G-NHUA', { effectiveDate: '2023-01-02' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.status).toBe('active');
    expect(response.body.memberships).toMatchObject([
      { validFrom: '2020-02-01', validTo: '2021-05-01', endKind: 'transferOut' },
      { unit: { code: 'G-NHUA' }, validFrom: '2023-01-02', validTo: null, startKind: 'readmit' },
    ]);
  });

  it('after expulsion, on the very day: RULES.md sets no waiting time, and the periods do not overlap', async () => {
    const expelled = await admit('G-DETMAY', { admittedOn: '2020-03-01' });
    await leave(expelled.id, 'expel', '2022-01-15');
    const response = await readmit(expelled.id, 'G-DETMAY', { effectiveDate: '2022-01-15' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.memberships).toMatchObject([
      { validTo: '2022-01-15', endKind: 'expel' },
      { validFrom: '2022-01-15', startKind: 'readmit' },
    ]);
  });

  it('applies the corrections of the person with it, and only what they name', async () => {
    const foreign = await admit('G-NHUA', {
      admittedOn: '2021-01-04',
      nationality: 'KR',
      foreignContractMonths: 24,
      dateOfBirth: '1990-01-01',
      dateOfBirthPrecision: 'year',
      phone: '0900000001',
    });
    await leave(foreign.id, 'leave', '2022-02-01');
    const response = await readmit(foreign.id, 'G-NHUA', {
      effectiveDate: '2023-03-01',
      corrections: { phone: '0912 345 678', address: 'Số 1 phố Ngọc Lâm', foreignContractMonths: 36 },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({
      phone: '0912345678',
      address: 'Số 1 phố Ngọc Lâm',
      foreignContractMonths: 36,
      // Not named, so not changed: no default turns the Korean member Vietnamese or the year a full date.
      nationality: 'KR',
      dateOfBirthPrecision: 'year',
    });
    const [audit] = await queryRows<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      ctx.database.db,
      sql`select before, after from audit_log where entity = 'member' and action = 'readmit'
          and entity_id = ${String(foreign.id)}`,
    );
    expect(audit!.before).toMatchObject({ phone: '0900000001', foreignContractMonths: 24 });
    expect(audit!.after).toMatchObject({ phone: '0912345678', foreignContractMonths: 36 });
    expect(audit!.after).not.toHaveProperty('nationality');
  });
});

describe('what re-admission refuses, changing nothing', () => {
  let former: Awaited<ReturnType<typeof admit>>;
  beforeAll(async () => {
    former = await admit('G-NHUA', { admittedOn: '2021-04-01', cardNumber: 'LB-RA-1' });
    await leave(former.id, 'leave', '2022-06-30');
  });

  it.each([
    ['before the last period ended', '2022-06-29', 'DATE_BEFORE_LAST_CHANGE', '2022-06-30'],
    // Within the dates the edge accepts (up to 2100), but still to come.
    ['in the future', '2099-01-01', 'DATE_IN_FUTURE', todayInVietnam()],
  ])('a date %s', async (_name, effectiveDate, code, shown) => {
    const before = await counts();
    const response = await readmit(former.id, 'G-DETMAY', { effectiveDate });
    expect([response.status, response.body.error.code]).toEqual([422, code]);
    expect(response.body.error.message).toContain(shown);
    expect(await counts()).toEqual(before);
    expect((await as.asAdmin('GET', `/api/members/${former.id}`)).body.status).toBe('left');
  });

  it('a deceased member, in words', async () => {
    const deceased = await admit('G-NHUA', { admittedOn: '2021-04-01', fullName: 'Bùi Văn Tâm' });
    await leave(deceased.id, 'death', '2023-02-02');
    const before = await counts();
    const response = await readmit(deceased.id, 'G-NHUA', { effectiveDate: '2024-01-01' });
    expect([response.status, response.body.error.code]).toEqual([422, 'MEMBER_DECEASED_NO_READMIT']);
    expect(response.body.error.message).toBe('Bùi Văn Tâm is recorded as deceased and cannot be re-admitted');
    expect(await counts()).toEqual(before);
  });

  it('an active member, naming their union', async () => {
    const active = await admit('G-DETMAY', { admittedOn: '2021-04-01', fullName: 'Cao Thị Lan' });
    const before = await counts();
    const response = await readmit(active.id, 'G-NHUA', { effectiveDate: '2024-01-01' });
    expect([response.status, response.body.error.code]).toEqual([422, 'MEMBER_ALREADY_ACTIVE']);
    expect(response.body.error.message).toContain(
      'Cao Thị Lan is already a member of Công đoàn cơ sở Công ty Dệt may Long Biên',
    );
    expect(await counts()).toEqual(before);
  });

  it('a unit that cannot admit members, and a card number held by someone else', async () => {
    await admit('G-NHUA', { cardNumber: 'LB-RA-2' });
    const before = await counts();
    const division = await readmit(former.id, 'G-NHUA-PX1', { effectiveDate: '2024-01-01' });
    expect([division.status, division.body.error.code]).toEqual([422, 'UNIT_CANNOT_ADMIT']);
    const card = await readmit(former.id, 'G-NHUA', {
      effectiveDate: '2024-01-01',
      corrections: { cardNumber: 'LB-RA-2' },
    });
    expect([card.status, card.body.error.code]).toEqual([409, 'CARD_NUMBER_TAKEN']);
    expect(await counts()).toEqual(before);
  });
});

describe('scope of re-admission', () => {
  let hoangMai: Awaited<ReturnType<typeof admit>>;
  beforeAll(async () => {
    hoangMai = await admit('G-TRUONG', { admittedOn: '2019-09-01', fullName: 'Đinh Văn Sơn' });
    await leave(hoangMai.id, 'leave', '2023-08-31');
  });

  it('refuses a receiving union outside the caller’s subtree, and a viewer', async () => {
    const local = await admit('G-NHUA', { admittedOn: '2021-04-01' });
    await leave(local.id, 'leave', '2022-01-01');
    const before = await counts();
    const outside = await readmit(local.id, 'G-TRUONG', { effectiveDate: '2024-01-01' });
    // Outside scope the refusal is the one an unknown unit gets.
    expect([outside.status, outside.body.error.code]).toEqual([404, 'NOT_FOUND']);
    const viewer = await readmit(local.id, 'G-NHUA', { effectiveDate: '2024-01-01' }, as.asViewer);
    expect([viewer.status, viewer.body.error.code]).toEqual([403, 'ROLE_FORBIDDEN']);
    expect(await counts()).toEqual(before);
  });

  it('answers a member of another subtree reached by id alone as unknown', async () => {
    const before = await counts();
    const guessed = await readmit(hoangMai.id, 'G-NHUA', { effectiveDate: '2024-01-01' });
    expect([guessed.status, guessed.body.error.code]).toEqual([404, 'MEMBER_NOT_FOUND']);
    const wrongId = await readmit(hoangMai.id, 'G-NHUA', {
      effectiveDate: '2024-01-01',
      corrections: { nationalId: '001099999999' },
    });
    expect(wrongId.status).toBe(404);
    expect(JSON.stringify([guessed.body, wrongId.body])).not.toContain('Đinh Văn Sơn');
    // An active member of another subtree stays out of reach even by national ID.
    const active = await admit('G-TRUONG');
    const activeById = await readmit(active.id, 'G-NHUA', {
      effectiveDate: '2024-01-01',
      corrections: { nationalId: active.nationalId },
    });
    expect(activeById.status).toBe(404);
    expect(await counts()).toEqual({
      ...before,
      members: before!.members! + 1,
      active: before!.active! + 1,
      periods: before!.periods! + 1,
      audits: before!.audits! + 1,
    });
  });

  it('no longer re-admits a former member of another subtree named by their national ID', async () => {
    const before = await counts();
    const response = await readmit(hoangMai.id, 'G-NHUA', {
      effectiveDate: '2024-01-01',
      corrections: { nationalId: hoangMai.nationalId },
    });
    // Across subtrees the receiving union sends a request the holding side approves (member-requests).
    expect([response.status, response.body.error.code]).toEqual([404, 'MEMBER_NOT_FOUND']);
    expect(JSON.stringify(response.body)).not.toContain('Đinh Văn Sơn');
    expect(await counts()).toEqual(before);
  });
});

describe('an admission with a taken national ID', () => {
  it('names a former member (id, name, status, last unit) and says they can be re-admitted', async () => {
    const person = await admit('G-DETMAY', { admittedOn: '2019-01-02', fullName: 'Hà Thị Thu' });
    await leave(person.id, 'expel', '2022-03-03');
    const before = await counts();
    const form = admission(ids['G-NHUA']!, {
      nationalId: person.nationalId,
      fullName: 'Hà Thị Thu',
      gender: 'female',
      phone: '0988 111 222',
      admittedOn: '2024-05-06',
    });
    // The record's last unit is in Long Biên: Long Biên is told who holds the national ID.
    const refused = await as.asLongBien('POST', '/api/members', form);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'NATIONAL_ID_FORMER_MEMBER']);
    expect(refused.body.error.message).toBe(
      `National ID ${person.nationalId} belongs to Hà Thị Thu, no longer a member (last unit: Công đoàn cơ sở Công ty Dệt may Long Biên); re-admit this person instead of creating a new record`,
    );
    expect(refused.body.error.details).toMatchObject([
      {
        path: 'nationalId',
        holder: {
          memberId: person.id,
          fullName: 'Hà Thị Thu',
          status: 'expelled',
          unitName: 'Công đoàn cơ sở Công ty Dệt may Long Biên',
        },
      },
    ]);
    expect(await counts()).toEqual(before);

    // What the form then sends: the chosen unit, its date and decision, the fields typed in.
    const { unitId: _unit, admittedOn, ...typed } = form;
    const response = await readmit(person.id, 'G-NHUA', {
      effectiveDate: admittedOn,
      decisionNumber: '7/QĐ-CĐCS',
      corrections: typed,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ status: 'active', phone: '0988111222', unit: { code: 'G-NHUA' } });
  });

  it('names a deceased holder without offering re-admission', async () => {
    const person = await admit('G-NHUA', { admittedOn: '2019-01-02', fullName: 'Lương Văn Phúc' });
    await leave(person.id, 'death', '2022-03-03');
    const refused = await as.asLongBien(
      'POST',
      '/api/members',
      admission(ids['G-NHUA']!, { nationalId: person.nationalId }),
    );
    expect([refused.status, refused.body.error.code]).toEqual([409, 'NATIONAL_ID_DECEASED_MEMBER']);
    expect(refused.body.error.details[0].holder).toMatchObject({ memberId: person.id, status: 'deceased' });
  });

  it('keeps refusing an active member, naming them and their union only to who may see them', async () => {
    const person = await admit('G-DETMAY');
    const visible = await as.asLongBien(
      'POST',
      '/api/members',
      admission(ids['G-NHUA']!, { nationalId: person.nationalId }),
    );
    expect([visible.status, visible.body.error.code]).toEqual([409, 'NATIONAL_ID_TAKEN']);
    expect(visible.body.error.details[0].holder).toMatchObject({
      memberId: person.id,
      status: 'active',
      unitName: 'Công đoàn cơ sở Công ty Dệt may Long Biên',
    });
    const hidden = await admit('G-TRUONG');
    const refused = await as.asLongBien(
      'POST',
      '/api/members',
      admission(ids['G-NHUA']!, { nationalId: hidden.nationalId }),
    );
    expect([refused.status, refused.body.error.code, refused.body.error.details]).toEqual([
      409,
      'MEMBER_HELD_ELSEWHERE',
      [{ path: 'nationalId', message: hidden.nationalId }],
    ]);
  });
});

describe('an imported list with former members’ national IDs', () => {
  it('refuses each such row naming the person, how they left and how to re-admit them; re-admits nobody', async () => {
    const gone = {
      left: await admit('G-NHUA', { fullName: 'Mai Văn Một', admittedOn: '2019-01-02' }),
      expelled: await admit('G-TRUONG', { fullName: 'Mai Văn Hai', admittedOn: '2019-01-02' }),
      deceased: await admit('G-NHUA', { fullName: 'Mai Văn Ba', admittedOn: '2019-01-02' }),
    };
    await leave(gone.left.id, 'leave', '2021-01-01');
    await leave(gone.expelled.id, 'expel', '2021-01-01');
    await leave(gone.deceased.id, 'death', '2021-01-01');
    const sheet = await simpleWorkbook([
      ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD'],
      ['1', 'Mai Văn Một', '20/05/1990', 'Nam', gone.left.nationalId],
      ['2', 'Mai Văn Hai', '20/05/1990', 'Nam', gone.expelled.nationalId],
      ['3', 'Mai Văn Ba', '20/05/1990', 'Nam', gone.deceased.nationalId],
      ['4', 'Mai Thị Bốn', '01/01/1995', 'Nữ', '001195000444'],
    ]);
    const session = await signIn(ctx, 'longbien');
    const before = await counts();
    const response = await upload(ctx, session, ids['G-NHUA']!, sheet, { dryRun: false });
    expect(response.statusCode, response.body).toBe(200);
    const result: ImportResult = response.json();
    expect(result).toMatchObject({ rows: 4, imported: 1, rejected: 3 });
    const how = 'hãy dùng "Kết nạp đoàn viên" với số CCCD/CMND này rồi chọn "Kết nạp lại"';
    expect(result.errors).toEqual([
      {
        row: 2,
        column: 'E (Số CCCD)',
        message: `Số CCCD/CMND là của Mai Văn Một, đã thôi sinh hoạt công đoàn (ra khỏi tổ chức; đơn vị cuối: Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên); danh sách không tự kết nạp lại: ${how}`,
      },
      {
        row: 3,
        column: 'E (Số CCCD)',
        // Hoàng Mai's former member: outside Long Biên's scope, so nothing is said of them.
        message:
          'Người này đã là đoàn viên ở đơn vị khác, ngoài phạm vi của bạn; hãy đề nghị công đoàn cấp trên (gửi đề nghị từ "Kết nạp đoàn viên")',
      },
      {
        row: 4,
        column: 'E (Số CCCD)',
        message:
          'Số CCCD/CMND là của Mai Văn Ba (Công đoàn cơ sở Công ty Cổ phần Nhựa Long Biên), đã được ghi nhận từ trần; hãy kiểm tra lại số CCCD/CMND',
      },
    ]);
    const [statuses] = await queryRows<{ statuses: string[] }>(
      ctx.database.db,
      sql`select array_agg(status order by id) as statuses from members
          where id in (${gone.left.id}, ${gone.expelled.id}, ${gone.deceased.id})`,
    );
    expect(statuses!.statuses).toEqual(['left', 'expelled', 'deceased']);
    expect((await counts())!.members).toBe(before!.members! + 1);
  });
});
