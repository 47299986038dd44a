// Test fixtures built in code: a member list laid out the way grassroots unions keep theirs in Excel
// (titles, merged two-row header, column numbers, totals, signatures, every data quirk), the rows it must
// produce, the seeded members it meets, and the multipart body that uploads it.
import { admitMemberBody } from '@congdoan/domain';
import ExcelJS from 'exceljs';
import type { TestContext } from '../../test/context.ts';
import { leaveMember } from '../members/lifecycle.ts';
import { admitMember } from '../members/service.ts';

/** National IDs of the members already on record that the messy sheet runs into. */
export interface Seeded {
  /** an active member of Hoàng Mai's grassroots union B */
  otherUnit: string;
  /** an active member of A whose phone the sheet changes */
  toUpdate: string;
  toUpdateId: number;
  /** an active member of A the sheet repeats exactly */
  unchanged: string;
  /** a former member of A (left in 2023) */
  left: string;
}

export async function seedMembers(ctx: TestContext, unitA: number, unitB: number): Promise<Seeded> {
  return ctx.database.db.transaction(async (tx) => {
    const admit = (unitId: number, fields: Record<string, unknown>) =>
      admitMember(tx, null, admitMemberBody.parse({ unitId, admittedOn: '2021-03-01', ...fields }));
    await admit(unitB, {
      fullName: 'Đỗ Thị Hoa',
      gender: 'female',
      dateOfBirth: '1993-04-04',
      nationalId: '001193000010',
    });
    const toUpdateId = await admit(unitA, {
      fullName: 'Ngô Văn Inh',
      gender: 'male',
      dateOfBirth: '1980-01-01',
      dateOfBirthPrecision: 'year',
      nationalId: '001080000020',
      phone: '0900000000',
    });
    await admit(unitA, {
      fullName: 'Dương Thị Kim',
      gender: 'female',
      dateOfBirth: '1982-01-01',
      dateOfBirthPrecision: 'year',
      nationalId: '001182000030',
    });
    const left = await admit(unitA, { fullName: 'Lý Văn Long', gender: 'male', nationalId: '001079000040' });
    await leaveMember(tx, null, left, { kind: 'leave', effectiveDate: '2023-06-30', reason: 'Nghỉ việc' });
    return {
      otherUnit: '001193000010',
      toUpdate: '001080000020',
      toUpdateId,
      unchanged: '001182000030',
      left: '001079000040',
    };
  });
}

type Cell = string | number | Date | null;
export interface ExpectedRow {
  row: number;
  action: 'import' | 'update' | 'unchanged' | 'reject';
  /** rejected rows: the column letter and a phrase of the Vietnamese reason */
  column?: string;
  reason?: string;
}

const HEADER = [
  'STT',
  'Họ và tên',
  'Năm sinh',
  null,
  'Số CCCD/CMND',
  'Dân tộc',
  'Chức vụ',
  'Đơn vị công tác',
  'Số điện thoại',
  'Ngày vào công đoàn',
  'Số thẻ',
  'Quốc tịch',
  'Thời hạn hợp đồng (tháng)',
];

/**
 * Data rows from Excel row 9: [cells A–M], what must happen to the row. Names arrive decomposed, padded
 * and in the wrong case; IDs as numbers that lost their zeros; dates as text, Excel dates, ISO or a year.
 */
function dataRows(s: Seeded): [Cell[], Omit<ExpectedRow, 'row'>][] {
  const decomposed = '  trần   thị  BÌNH '.normalize('NFD');
  const x = null;
  return [
    [
      [
        1,
        'Nguyễn Văn An',
        1985,
        x,
        '001085012345',
        'Kinh',
        'Công nhân',
        'Phân xưởng 1',
        '0912345678',
        '15/03/2010',
        'LB-0001',
        'Việt Nam',
      ],
      { action: 'import' },
    ],
    [
      [2, decomposed, x, new Date(Date.UTC(1990, 4, 20)), 1090001234, 'kinh', x, x, x, x, x, x],
      { action: 'import' },
    ],
    [[3, 'Lê Văn Cường', '12/07/1978', x, x, 'Tày', 'Tổ trưởng', x, x, x, x, x], { action: 'import' }],
    [
      [4, 'Phạm Thị Dung', x, '1992-11-03', '034192000111', x, x, x, 987654321, x, x, x],
      { action: 'import' },
    ],
    [
      [5, x, 1980, x, '001080000999', x, x, x, x, x, x, x],
      { action: 'reject', column: 'B', reason: 'Thiếu họ và tên' },
    ],
    [
      [6, 'Hoàng Văn Em', '31/02/1985', x, '001085000998', x, x, x, x, x, x, x],
      { action: 'reject', column: 'C', reason: 'Không đọc được ngày "31/02/1985"' },
    ],
    [
      [7, 'Vũ Thị Phương', x, 1991, '12345', x, x, x, x, x, x, x],
      { action: 'reject', column: 'E', reason: 'Số CCCD/CMND "12345" không hợp lệ' },
    ],
    [
      [8, 'Đặng Văn Giang', 1988, 1989, '001088000997', x, x, x, x, x, x, x],
      { action: 'reject', column: 'C', reason: 'Cả cột Nam và cột Nữ' },
    ],
    [
      [9, 'Bùi Văn Hải', 1987, x, '001085012345', x, x, x, x, x, x, x],
      { action: 'reject', column: 'E', reason: 'Trùng số CCCD/CMND với dòng 10' },
    ],
    [
      [10, 'Đỗ Thị Hoa', x, 1993, s.otherUnit, x, x, x, x, x, x, x],
      {
        action: 'reject',
        column: 'E',
        // A member of Hoàng Mai, outside Long Biên's scope: nothing more is said of them.
        reason: 'đã là đoàn viên ở đơn vị khác, ngoài phạm vi của bạn; hãy đề nghị công đoàn cấp trên',
      },
    ],
    [[11, 'Ngô Văn Inh', 1980, x, s.toUpdate, x, x, x, '0900000001', x, x, x], { action: 'update' }],
    [[12, 'DƯƠNG THỊ KIM', x, 1982, Number(s.unchanged), x, x, x, x, x, x, x], { action: 'unchanged' }],
    [
      [13, 'Lý Văn Long', 1979, x, s.left, x, x, x, x, x, x, x],
      { action: 'reject', column: 'E', reason: 'đã thôi sinh hoạt công đoàn' },
    ],
    [
      [14, 'Phan Thị Mai', x, '1994', '001194000222', 'Kinhh', x, x, x, x, x, x],
      { action: 'reject', column: 'F', reason: 'Dân tộc "Kinhh"' },
    ],
    [
      [15, 'Kim Min Jun', 1990, x, x, x, x, x, x, x, x, 'Hàn Quốc', 6],
      { action: 'reject', column: 'M', reason: 'từ 12 tháng trở lên (hợp đồng: 6 tháng)' },
    ],
    [[16, 'Park Ji Woo', x, 1992, x, x, x, x, x, x, x, 'Hàn Quốc', '24 tháng'], { action: 'import' }],
    [
      [17, 'Trương Văn Nam', '2099', x, '001099000996', x, x, x, x, x, x, x],
      { action: 'reject', column: 'C', reason: 'Ngày "2099" chưa đến' },
    ],
    [
      ['II', 'Tổ Bảo Vệ', x, x, x, x, x, x, x, x, x, x],
      { action: 'reject', column: 'B', reason: 'dòng tiêu đề nhóm' },
    ],
    [
      [18, 'Mai Văn Oanh', 1983, x, '001083000333', x, x, x, x, x, 'LB-0001', x],
      { action: 'reject', column: 'K', reason: 'Trùng số thẻ đoàn viên với dòng 10' },
    ],
    [[19, 'Cao Thị Phúc', x, '05.06.1987', x, x, x, x, '0912 345 679', x, x, x], { action: 'import' }],
    [
      [20, 'lê văn cường', '12/07/1978', x, x, x, x, x, x, x, x, x],
      { action: 'reject', column: 'B', reason: 'Trùng họ tên và ngày sinh với dòng 12' },
    ],
    [
      [21, 'Hồ Văn Quân', 1986, x, '001086000444', x, x, x, x, '01/01/1980', x, x],
      { action: 'reject', column: 'J', reason: 'Ngày vào công đoàn trước ngày sinh' },
    ],
    [
      [22, 'Tạ Thị Rạng', x, x, '001195000555', 'Kinh', x, x, x, x, x, x],
      { action: 'reject', column: 'C', reason: 'Thiếu giới tính' },
    ],
    [
      [23, 'Vương Văn Sơn', 1984, x, '001084000666', x, x, x, 'abc', x, x, x],
      { action: 'reject', column: 'I', reason: 'Số điện thoại "abc"' },
    ],
    [[24, 'Quách Thị Tâm', x, 1996, '1196000077', x, x, x, x, x, x, x], { action: 'import' }],
    [
      [25, 'Chu Văn Uy', 'x', x, x, 'Kinh', x, x, x, x, x, x],
      { action: 'reject', column: 'B', reason: 'Cần có số CCCD/CMND hoặc ngày sinh' },
    ],
  ];
}

/** First data row, and the blank row left in the middle of the table (a row Excel shows, but no member). */
const FIRST_DATA_ROW = 10;
const BLANK_AFTER = 20;

/**
 * The workbook: an instructions sheet without a table first, then the list. Returns its bytes and, for
 * every data row, its Excel row number and expected outcome.
 */
export async function messyWorkbook(seeded: Seeded): Promise<{ buffer: Buffer; expected: ExpectedRow[] }> {
  const workbook = new ExcelJS.Workbook();
  const help = workbook.addWorksheet('Hướng dẫn');
  help.addRow(['Hướng dẫn nhập danh sách: ghi mỗi đoàn viên một dòng, năm sinh vào cột Nam hoặc Nữ.']);
  help.addRow(['Họ và tên viết có dấu.']);
  const sheet = workbook.addWorksheet('DS đoàn viên');
  const put = (address: string, value: Cell, merge?: string) => {
    sheet.getCell(address).value = value;
    if (merge) sheet.mergeCells(`${address}:${merge}`);
  };
  put('A1', 'LĐLĐ QUẬN LONG BIÊN', 'E1');
  put('G1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'M1');
  put('A2', 'CÔNG ĐOÀN CƠ SỞ CÔNG TY LONG BIÊN A', 'E2');
  put('G2', 'Độc lập - Tự do - Hạnh phúc', 'M2');
  put('A4', 'DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN NĂM 2024', 'M4');
  put('A5', '(Kèm theo báo cáo 6 tháng)', 'M5');
  // Header over rows 7–8: "Năm sinh" merged over "Nam" | "Nữ", the other headers merged down both rows.
  HEADER.forEach((text, index) => {
    const letter = String.fromCharCode(65 + index);
    if (text === null) return;
    if (letter === 'C') put('C7', text, 'D7');
    else put(`${letter}7`, text, `${letter}8`);
  });
  put('C8', 'Nam');
  put('D8', 'Nữ');
  HEADER.forEach((_, index) => {
    sheet.getCell(9, index + 1).value = `(${index + 1})`;
  });
  const expected: ExpectedRow[] = [];
  let row = FIRST_DATA_ROW;
  for (const [cells, outcome] of dataRows(seeded)) {
    if (row === BLANK_AFTER) row++;
    cells.forEach((value, index) => {
      const cell = sheet.getCell(row, index + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
    expected.push({ row, ...outcome });
    row++;
  }
  const totals = row;
  put(`A${totals}`, `Tổng cộng: ${expected.length} người`, `B${totals}`);
  put(`H${totals + 2}`, 'Hà Nội, ngày 15 tháng 3 năm 2024');
  put(`B${totals + 3}`, 'NGƯỜI LẬP BIỂU');
  put(`H${totals + 3}`, 'TM. BAN CHẤP HÀNH');
  put(`B${totals + 4}`, '(Ký, ghi rõ họ tên)');
  put(`H${totals + 4}`, 'CHỦ TỊCH');
  put(`B${totals + 8}`, 'Nguyễn Thị Lập');
  put(`H${totals + 8}`, 'Trần Văn Chủ');
  // A member added under the signatures, as happens when a list is extended in a hurry.
  const late = totals + 10;
  [26, 'Đinh Văn Sót', 1990, null, '001090000888'].forEach((value, index) => {
    sheet.getCell(late, index + 1).value = value;
  });
  expected.push({ row: late, action: 'reject', column: 'B', reason: 'dưới dòng tổng cộng' });
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), expected };
}

/** A plain one-sheet workbook from rows (first row the header). */
export async function simpleWorkbook(rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A multipart/form-data body as a browser sends it: the file and any text fields. */
export function multipart(
  file: { name: string; content: Buffer | string; type?: string },
  fields: Record<string, string> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----congdoan-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  const type = file.type ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Opens workbook bytes (an upload, an answer) with ExcelJS, whose types want an ArrayBuffer-like Buffer. */
export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
  return workbook;
}
