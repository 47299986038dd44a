// No personal-data oracle: a national ID or card number typed in Long Biên that belongs to a person of
// Hoàng Mai (or of another province) answers only "already a member elsewhere — ask the superior union",
// in an admission, a correction, an import's preview, its rejected rows and its job, and re-admission by id
// answers as unknown. Each of these named the person, their status, last unit and id before.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, signIn, type TestContext } from '../../test/context.ts';
import { simpleWorkbook } from '../member-import/test-sheets.ts';
import { upload } from '../member-import/test-world.ts';
import type { UnitIds } from '../org/test-tree.ts';
import { admission, buildMemberTree, memberAccounts } from './test-members.ts';

let ctx: TestContext;
let ids: UnitIds;
let as: Awaited<ReturnType<typeof memberAccounts>>;
/** Hoàng Mai's former member, Hải Phòng's active one, and a Long Biên member to correct */
let person: { id: number; nationalId: string };
let porter: { id: number; nationalId: string };
let own: number;

/** What no answer to Long Biên may contain: the people's names, their units, their status. */
const SECRETS = [
  'Hà Thị Thu',
  'Vũ Văn Cảng',
  'Hoàng Mai',
  'Hải Phòng',
  'khai trừ',
  'expelled',
  'holder',
  'memberId',
];
function expectNothingTold(body: unknown) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

async function admitAsAdmin(unit: string, overrides: Record<string, unknown>) {
  const body = admission(ids[unit]!, overrides);
  const response = await as.asAdmin('POST', '/api/members', body);
  if (response.status !== 201) throw new Error(JSON.stringify(response.body));
  return { id: response.body.id as number, nationalId: body.nationalId };
}

beforeAll(async () => {
  ctx = await createTestContext();
  ids = await buildMemberTree(ctx);
  as = await memberAccounts(ctx, ids);
  person = await admitAsAdmin('G-TRUONG', {
    fullName: 'Hà Thị Thu',
    admittedOn: '2019-01-02',
    cardNumber: 'HM-SECRET-1',
  });
  const expelled = await as.asAdmin('POST', `/api/members/${person.id}/leave`, {
    kind: 'expel',
    effectiveDate: '2022-03-03',
    reason: 'Vi phạm điều lệ',
  });
  expect(expelled.status).toBe(200);
  porter = await admitAsAdmin('G-CANG', { fullName: 'Vũ Văn Cảng', cardNumber: 'HP-SECRET-2' });
  own = (await admitAsAdmin('G-NHUA', { fullName: 'Người Long Biên' })).id;
});
afterAll(() => ctx.close());

describe('an identifier held outside the caller’s scope', () => {
  it('admission: 409 MEMBER_HELD_ELSEWHERE, nothing of the person', async () => {
    for (const nationalId of [person.nationalId, porter.nationalId]) {
      const refused = await as.asLongBien(
        'POST',
        '/api/members',
        admission(ids['G-NHUA']!, { nationalId, fullName: 'Tên Gõ Vào' }),
      );
      expect([refused.status, refused.body.error.code]).toEqual([409, 'MEMBER_HELD_ELSEWHERE']);
      expect(refused.body.error.message).toBe(
        'This person is already a member elsewhere, outside your scope; ask the superior union (send a request for the union that holds them to move them to yours)',
      );
      // The field is marked with what was typed, and nothing else.
      expect(refused.body.error.details).toEqual([{ path: 'nationalId', message: nationalId }]);
      expectNothingTold(refused.body);
    }
    const card = await as.asLongBien(
      'POST',
      '/api/members',
      admission(ids['G-NHUA']!, { cardNumber: 'HM-SECRET-1' }),
    );
    expect([card.status, card.body.error.code]).toEqual([409, 'MEMBER_HELD_ELSEWHERE']);
    expect(card.body.error.details).toEqual([{ path: 'cardNumber', message: 'HM-SECRET-1' }]);
  });

  it('correction: the same answer, and the record is unchanged', async () => {
    const refused = await as.asLongBien('PATCH', `/api/members/${own}`, { nationalId: person.nationalId });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'MEMBER_HELD_ELSEWHERE']);
    expectNothingTold(refused.body);
    const card = await as.asLongBien('PATCH', `/api/members/${own}`, { cardNumber: 'HP-SECRET-2' });
    expect([card.status, card.body.error.code]).toEqual([409, 'MEMBER_HELD_ELSEWHERE']);
    const record = await as.asLongBien('GET', `/api/members/${own}`);
    expect(record.body).toMatchObject({ fullName: 'Người Long Biên', cardNumber: null });
  });

  it('inside the caller’s scope the holder is still named, with the offer to re-admit', async () => {
    const refused = await as.asAdmin('POST', '/api/members', admission(ids['G-NHUA']!, person));
    expect([refused.status, refused.body.error.code]).toEqual([409, 'NATIONAL_ID_FORMER_MEMBER']);
    expect(refused.body.error.details[0].holder).toMatchObject({ memberId: person.id, status: 'expelled' });
  });

  it('re-admission by id answers as unknown, even with the national ID beside it', async () => {
    for (const corrections of [undefined, { nationalId: person.nationalId }]) {
      const refused = await as.asLongBien('POST', `/api/members/${person.id}/readmit`, {
        unitId: ids['G-NHUA'],
        effectiveDate: '2024-05-06',
        ...(corrections ? { corrections } : {}),
      });
      expect(refused.status).toBe(404);
      expectNothingTold(refused.body);
    }
    expect((await as.asAdmin('GET', `/api/members/${person.id}`)).body.status).toBe('expelled');
  });
});

describe('an import holding such identifiers', () => {
  let jobId: number;
  let result: Record<string, unknown>;
  beforeAll(async () => {
    const sheet = await simpleWorkbook([
      ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Số thẻ đoàn viên'],
      ['1', 'Tên Trong Tệp', '20/05/1990', 'Nữ', person.nationalId, null],
      ['2', 'Tên Khác', '21/05/1990', 'Nam', porter.nationalId, null],
      ['3', 'Người Mới', '22/05/1990', 'Nam', '001190000333', 'HP-SECRET-2'],
      ['4', 'Người Mới Hai', '23/05/1990', 'Nữ', '001190000444', null],
    ]);
    const session = await signIn(ctx, 'longbien');
    const response = await upload(ctx, session, ids['G-NHUA']!, sheet, { dryRun: true });
    expect(response.statusCode, response.body).toBe(200);
    result = response.json();
    jobId = result.jobId as number;
  });

  it('a dry run rejects each row as "a member elsewhere" and its preview tells nothing more', async () => {
    expect(result).toMatchObject({ rows: 4, imported: 1, rejected: 3 });
    const elsewhere =
      'Người này đã là đoàn viên ở đơn vị khác, ngoài phạm vi của bạn; hãy đề nghị công đoàn cấp trên (gửi đề nghị từ "Kết nạp đoàn viên")';
    expect(result.errors).toEqual([
      { row: 2, column: 'E (Số CCCD)', message: elsewhere },
      { row: 3, column: 'E (Số CCCD)', message: elsewhere },
      { row: 4, column: 'F (Số thẻ đoàn viên)', message: elsewhere },
    ]);
    // The preview repeats the file's own cells, never the stored record.
    expect(result.preview).toEqual([
      { row: 2, action: 'reject', fullName: 'Tên Trong Tệp', nationalId: person.nationalId },
      { row: 3, action: 'reject', fullName: 'Tên Khác', nationalId: porter.nationalId },
      { row: 4, action: 'reject', fullName: 'Người Mới', nationalId: '001190000333' },
      { row: 5, action: 'import', fullName: 'Người Mới Hai', nationalId: '001190000444' },
    ]);
    expectNothingTold(result);
  });

  it('the job and its rejected-rows sheet tell nothing either', async () => {
    const session = await signIn(ctx, 'longbien');
    const job = await ctx.app.inject({ method: 'GET', url: `/api/import-jobs/${jobId}`, headers: session });
    expect(job.statusCode).toBe(200);
    expect(job.json().result.rejected).toBe(3);
    expectNothingTold(job.body);
    const sheet = await ctx.app.inject({
      method: 'GET',
      url: `/api/import-jobs/${jobId}/rejected.xlsx`,
      headers: session,
    });
    expect(sheet.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(String(cell.value));
      });
    });
    expect(cells.filter((text) => text.includes('đoàn viên ở đơn vị khác'))).toHaveLength(3);
    expectNothingTold(cells.join('\n'));
  });
});
