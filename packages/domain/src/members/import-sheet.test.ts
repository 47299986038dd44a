import { describe, expect, it } from 'vitest';
import { findHeaderRow, isColumnNumberRow, isTotalsOrSignatureRow } from './import-sheet.ts';

const titleRows: unknown[][] = [
  ['LIÊN ĐOÀN LAO ĐỘNG QUẬN LONG BIÊN', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['CÔNG ĐOÀN CƠ SỞ CÔNG TY ABC', null, null, 'Độc lập - Tự do - Hạnh phúc'],
  [],
  ['DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN', null, null, null],
  ['(Tính đến ngày 31/12/2024)'],
];

describe('findHeaderRow', () => {
  it('finds a one-row header below the title block', () => {
    const rows = [
      ...titleRows,
      ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Dân tộc', 'Quê quán', 'Ghi chú'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      [1, 'Nguyễn Văn An', '15/08/1985', 'Nam', '001085012345', 'Kinh', 'Hà Nội', null],
    ];
    expect(findHeaderRow(rows)).toEqual({
      index: 5,
      firstIndex: 5,
      mapping: {
        0: 'sequence',
        1: 'fullName',
        2: 'dateOfBirth',
        3: 'gender',
        4: 'nationalId',
        5: 'ethnicity',
      },
    });
  });

  it.each([
    [
      'merged cells left blank',
      [null, null, 'Nam', 'Nữ', null, null],
      ['STT', 'Họ và tên', 'Năm sinh', null, 'CCCD', 'Chức vụ'],
    ],
    [
      'merged cells repeating their text (as ExcelJS reads them)',
      ['STT', 'Họ và tên', 'Nam', 'Nữ', 'CCCD', 'Chức vụ'],
      ['STT', 'Họ và tên', 'Năm sinh', 'Năm sinh', 'CCCD', 'Chức vụ'],
    ],
    [
      'a "Ngày, tháng, năm sinh" group with footnote marks',
      [null, null, 'Nam (3)', 'Nữ (4)', null, null],
      ['TT', 'Họ tên', 'Ngày, tháng, năm sinh', null, 'Số CCCD/CMND', 'Chức danh'],
    ],
  ])('reads a two-row header: "Năm sinh" over "Nam" | "Nữ", %s', (_, below, header) => {
    const rows = [...titleRows, header, below, [1, 'Nguyễn Văn An', 1985, null, 1085012345, 'Công nhân']];
    expect(findHeaderRow(rows)).toEqual({
      index: 6,
      firstIndex: 5,
      mapping: {
        0: 'sequence',
        1: 'fullName',
        2: 'yearOfBirthMale',
        3: 'yearOfBirthFemale',
        4: 'nationalId',
        5: 'position',
      },
    });
  });

  it('does not take the first data row for a second header row', () => {
    const rows = [
      ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh'],
      [1, 'Nguyễn Văn An', 'Nam', '15/08/1985'],
    ];
    expect(findHeaderRow(rows)).toEqual({
      index: 0,
      firstIndex: 0,
      mapping: { 0: 'sequence', 1: 'fullName', 2: 'gender', 3: 'dateOfBirth' },
    });
  });

  it('does not take a data row with a blank name and a gender for a second header row', () => {
    const rows = [
      ['Họ và tên', 'Giới tính', 'Ngày sinh'],
      [null, 'Nam', '15/08/1985'],
    ];
    expect(findHeaderRow(rows)?.mapping).toEqual({ 0: 'fullName', 1: 'gender', 2: 'dateOfBirth' });
  });

  it('prefers the row that names the most columns', () => {
    const rows = [
      ['Họ và tên người lập: Nguyễn Văn B', 'Họ và tên', 'Chức vụ'],
      ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Điện thoại'],
    ];
    expect(findHeaderRow(rows)?.index).toBe(1);
  });

  it('keeps the first of two columns naming the same field', () => {
    const rows = [['Họ và tên', 'Số CCCD', 'Số CMND']];
    expect(findHeaderRow(rows)?.mapping).toEqual({ 0: 'fullName', 1: 'nationalId' });
  });

  it.each([
    ['no row names the full name', [['STT', 'Ngày sinh', 'Số CCCD']]],
    ['the full name alone', [['Họ và tên'], ['Nguyễn Văn An']]],
    ['an empty sheet', []],
    ['the header below row 30', [...Array.from({ length: 30 }, () => ['']), ['Họ và tên', 'Ngày sinh']]],
  ])('null when %s', (_, rows) => {
    expect(findHeaderRow(rows as unknown[][])).toBeNull();
  });

  it('finds a header on row 30', () => {
    const rows = [...Array.from({ length: 29 }, () => ['']), ['Họ và tên', 'Ngày sinh']];
    expect(findHeaderRow(rows)?.index).toBe(29);
  });
});

describe('isColumnNumberRow', () => {
  it.each([
    [['(1)', '(2)', '(3)', '(4)']],
    [[null, '(1)', '(2)', '(3)']],
    [[1, 2, 3, 4, 5, 6]],
    [['1', '2', '3']],
    [['( 1 )', '( 2 )', '( 3 )']],
    [['(1)', '(2)', '(3)', '(3)', '(4)']],
    [['(2)', '(3)', '(4)']],
  ])('%j is a column-number row', (row) => {
    expect(isColumnNumberRow(row)).toBe(true);
  });

  it.each([
    [[1, 'Nguyễn Văn An', '15/08/1985']],
    [[1, 1985, 1085012345]],
    [['(1)', '(2)']],
    [['(1)', '(3)', '(4)']],
    [[3, 2, 1]],
    [[]],
    [[null, '', null]],
    [[1, null, null, null]],
  ])('%j is not', (row) => {
    expect(isColumnNumberRow(row)).toBe(false);
  });
});

describe('isTotalsOrSignatureRow', () => {
  it.each([
    [['Tổng cộng', null, null, 125]],
    [['TỔNG CỘNG:', null, 125]],
    [[null, 'Cộng', 40, 85]],
    [['Tổng số đoàn viên', 125]],
    [['Tổng cộng: 25 đoàn viên']],
    [['Tổng số: 125 người']],
    [['Cộng: 40']],
    [['Cộng 40']],
    [['Tổng']],
    [['TONG CONG', 125]],
    [['Tong so doan vien: 125']],
    [['Cong:', 40]],
    [['Người lập biểu', null, null, 'TM. BAN CHẤP HÀNH']],
    [[null, null, 'CHỦ TỊCH']],
    [['(Ký, ghi rõ họ tên)', null, '(Ký tên, đóng dấu)']],
    [[null, null, 'Long Biên, ngày 15 tháng 3 năm 2024']],
    [[null, '……, ngày … tháng … năm 20…']],
    [['Xác nhận của Công đoàn cấp trên']],
    [['T/M BCH CÔNG ĐOÀN', null, 'Người lập bảng']],
    [['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
  ])('%j ends the table', (row) => {
    expect(isTotalsOrSignatureRow(row)).toBe(true);
  });

  it.each([
    [[1, 'Nguyễn Văn An', '15/08/1985', 'Nam', 'Chủ tịch công đoàn']],
    [[2, 'Trần Thị Bình', 'Kế toán', 'Công ty Cổ phần Xây dựng']],
    [[3, 'Lê Văn Cộng', '1980']],
    [['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
    [['Công ty TNHH ABC']],
    [[4, 'Tống Văn Hùng', 'Tổ sản xuất']],
    [[5, 'Tong Van Hung']],
    [['Cộng hòa xã hội chủ nghĩa Việt Nam']],
    [['Cộng tác viên']],
    [['Cong tac vien']],
    [['Công: 40']],
    [[]],
    [[null, '', null]],
    [['Nguyễn Văn B']],
  ])('%j does not', (row) => {
    expect(isTotalsOrSignatureRow(row)).toBe(false);
  });
});
