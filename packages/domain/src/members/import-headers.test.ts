import { describe, expect, it } from 'vitest';
import {
  importCellText,
  MEMBER_IMPORT_FIELDS,
  type MemberImportField,
  matchImportHeader,
} from './import-headers.ts';

describe('matchImportHeader', () => {
  it.each<[string, MemberImportField]>([
    ['Họ và tên', 'fullName'],
    ['HỌ VÀ TÊN', 'fullName'],
    ['Họ tên', 'fullName'],
    ['Họ, tên', 'fullName'],
    ['Họ và tên đoàn viên', 'fullName'],
    ['Tên đoàn viên', 'fullName'],
    ['Họ và\ntên', 'fullName'],
    ['Họ và tên (1)', 'fullName'],
    ['Họ và tên (*)', 'fullName'],
    ['Ho va ten', 'fullName'],
    ['Họ\u00A0và\u00A0tên', 'fullName'],
    ['Ho\u0323 va\u0300 te\u0302n', 'fullName'],
    ['STT', 'sequence'],
    ['TT', 'sequence'],
    ['Số TT', 'sequence'],
    ['S.T.T', 'sequence'],
    ['Số thứ tự', 'sequence'],
    ['Ngày sinh', 'dateOfBirth'],
    ['Ngày, tháng, năm sinh', 'dateOfBirth'],
    ['Ngày tháng năm sinh', 'dateOfBirth'],
    ['Ngày tháng\nnăm sinh\n(dd/mm/yyyy)', 'dateOfBirth'],
    ['Năm sinh', 'dateOfBirth'],
    ['Năm', 'dateOfBirth'],
    ['Nam', 'yearOfBirthMale'],
    ['NAM', 'yearOfBirthMale'],
    ['Nữ', 'yearOfBirthFemale'],
    ['Nu', 'yearOfBirthFemale'],
    ['Giới tính', 'gender'],
    ['Nam/Nữ', 'gender'],
    ['Giới', 'gender'],
    ['Giới tính (Nam/Nữ)', 'gender'],
    ['Số CCCD', 'nationalId'],
    ['CCCD', 'nationalId'],
    ['Số CCCD/CMND', 'nationalId'],
    ['CMND/CCCD', 'nationalId'],
    ['Số CMND', 'nationalId'],
    ['Số định danh', 'nationalId'],
    ['Số định danh cá nhân', 'nationalId'],
    ['Số căn cước công dân', 'nationalId'],
    ['Số CCCD (12 số)', 'nationalId'],
    ['Dân tộc', 'ethnicity'],
    ['Tôn giáo', 'religion'],
    ['Quốc tịch', 'nationality'],
    ['Trình độ', 'education'],
    ['Trình độ chuyên môn', 'education'],
    ['Trình độ học vấn', 'education'],
    ['Trình độ văn hóa', 'education'],
    ['Trình độ văn hoá', 'education'],
    ['Nghề nghiệp', 'occupation'],
    ['Chuyên môn', 'occupation'],
    ['Chức vụ', 'position'],
    ['Chức danh', 'position'],
    ['Đơn vị công tác', 'employer'],
    ['Nơi làm việc', 'employer'],
    ['Bộ phận', 'employer'],
    ['Số điện thoại', 'phone'],
    ['Điện thoại', 'phone'],
    ['SĐT', 'phone'],
    ['ĐT', 'phone'],
    ['Email', 'email'],
    ['E-mail', 'email'],
    ['Thư điện tử', 'email'],
    ['Địa chỉ', 'address'],
    ['Nơi ở hiện nay', 'address'],
    ['Nơi ở', 'address'],
    ['Nơi thường trú', 'address'],
    ['Ngày vào công đoàn', 'joinedUnionOn'],
    ['Ngày vào Công đoàn', 'joinedUnionOn'],
    ['Ngày kết nạp', 'joinedUnionOn'],
    ['Ngày vào CĐ', 'joinedUnionOn'],
    ['Ngày kết nạp đoàn viên', 'joinedUnionOn'],
    ['Số thẻ', 'cardNumber'],
    ['Số thẻ đoàn viên', 'cardNumber'],
    ['Mã thẻ', 'cardNumber'],
    ['Nhóm đóng đoàn phí', 'duesGroup'],
    ['Mức lương', 'salaryBasis'],
    ['Lương đóng BHXH', 'salaryBasis'],
    ['Tiền lương làm căn cứ đóng đoàn phí', 'salaryBasis'],
  ])('%j → %s', (header, field) => {
    expect(matchImportHeader(header)).toBe(field);
  });

  it.each([
    [''],
    ['(1)'],
    ['Quê quán'],
    ['Ghi chú'],
    ['Nguyễn Văn An'],
    ['15/08/1985'],
    ['Năm 2024'],
    ['DANH SÁCH ĐOÀN VIÊN'],
    [null],
    [1],
  ])('%j → null', (header) => {
    expect(matchImportHeader(header)).toBeNull();
  });

  it('reads ExcelJS rich text, hyperlink and formula cells', () => {
    expect(matchImportHeader({ richText: [{ text: 'Họ và ' }, { text: 'tên' }] })).toBe('fullName');
    expect(importCellText({ text: 'Email', hyperlink: 'mailto:x' })).toBe('Email');
    expect(importCellText({ formula: 'A1', result: 'Số CCCD' })).toBe('Số CCCD');
    expect(importCellText(12)).toBe('12');
    expect(importCellText(undefined)).toBe('');
  });

  it('every field has at least one header that names it', () => {
    const named = new Set<MemberImportField>();
    const samples = [
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Nam',
      'Nữ',
      'Giới tính',
      'CCCD',
      'Dân tộc',
      'Tôn giáo',
    ];
    const more = [
      'Quốc tịch',
      'Thời hạn hợp đồng',
      'Trình độ',
      'Nghề nghiệp',
      'Chức vụ',
      'Nơi làm việc',
      'SĐT',
      'Email',
      'Địa chỉ',
    ];
    const rest = ['Ngày kết nạp', 'Số thẻ', 'Nhóm đóng đoàn phí', 'Mức lương'];
    for (const header of [...samples, ...more, ...rest]) named.add(matchImportHeader(header)!);
    expect([...named].sort()).toEqual([...MEMBER_IMPORT_FIELDS].sort());
  });
});
