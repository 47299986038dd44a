// Column headers of the member lists unions keep in Excel, recognised in their many wordings.
import { normalizeForSearch } from '../text/normalize.ts';

export const MEMBER_IMPORT_FIELDS = [
  'sequence',
  'fullName',
  'dateOfBirth',
  'yearOfBirthMale',
  'yearOfBirthFemale',
  'gender',
  'nationalId',
  'ethnicity',
  'religion',
  'nationality',
  'education',
  'occupation',
  'position',
  'employer',
  'phone',
  'email',
  'address',
  'joinedUnionOn',
  'cardNumber',
  'duesGroup',
  'salaryBasis',
] as const;
/**
 * A column of the import. `yearOfBirthMale` / `yearOfBirthFemale` are the "Nam" / "Nữ" columns of sheets
 * that give gender by which of the two holds the year of birth; `sequence` is the row number (STT).
 */
export type MemberImportField = (typeof MEMBER_IMPORT_FIELDS)[number];

/** Header wordings, written as `headerKey` leaves them (accent-free, lower case, punctuation gone). */
const HEADERS: Record<MemberImportField, string[]> = {
  sequence: ['stt', 'tt', 's t t', 't t', 'so tt', 'so thu tu', 'thu tu'],
  fullName: [
    'ho va ten',
    'ho ten',
    'ho va ten doan vien',
    'ho ten doan vien',
    'ten doan vien',
    'ho va ten cong doan vien',
    'ho va ten nguoi lao dong',
    'ho ten nguoi lao dong',
  ],
  dateOfBirth: ['ngay sinh', 'ngay thang nam sinh', 'nam sinh', 'sinh ngay', 'ngay thang sinh'],
  yearOfBirthMale: ['nam'],
  yearOfBirthFemale: ['nu'],
  gender: ['gioi tinh', 'nam nu', 'gioi', 'phai'],
  nationalId: [
    'so cccd',
    'cccd',
    'so cccd cmnd',
    'cccd cmnd',
    'so cmnd cccd',
    'cmnd cccd',
    'so dinh danh',
    'so dinh danh ca nhan',
    'ma dinh danh',
    'so cmnd',
    'cmnd',
    'so can cuoc',
    'can cuoc cong dan',
    'so can cuoc cong dan',
    'so cmnd can cuoc',
    'so chung minh nhan dan',
  ],
  ethnicity: ['dan toc'],
  religion: ['ton giao'],
  nationality: ['quoc tich'],
  education: [
    'trinh do',
    'trinh do chuyen mon',
    'trinh do hoc van',
    'trinh do van hoa',
    'trinh do chuyen mon nghiep vu',
    'trinh do dao tao',
    'hoc van',
    'van hoa',
  ],
  occupation: ['nghe nghiep', 'chuyen mon', 'nganh nghe', 'cong viec'],
  position: ['chuc vu', 'chuc danh', 'chuc vu chuc danh', 'chuc danh nghe nghiep'],
  employer: ['don vi cong tac', 'noi lam viec', 'bo phan', 'don vi', 'noi cong tac', 'phong ban'],
  phone: [
    'so dien thoai',
    'dien thoai',
    'sdt',
    'dt',
    'dtdd',
    'dien thoai di dong',
    'so dien thoai di dong',
    'di dong',
  ],
  email: ['email', 'e mail', 'thu dien tu', 'dia chi email', 'dia chi thu dien tu'],
  address: [
    'dia chi',
    'noi o',
    'noi o hien nay',
    'noi thuong tru',
    'dia chi thuong tru',
    'cho o hien nay',
    'dia chi lien he',
    'noi cu tru',
  ],
  joinedUnionOn: [
    'ngay vao cong doan',
    'ngay vao cd',
    'ngay ket nap',
    'ngay ket nap doan vien',
    'ngay ket nap cong doan',
    'ngay ket nap vao cong doan',
    'ngay gia nhap cong doan',
    'nam vao cong doan',
    'nam ket nap',
    'thoi gian vao cong doan',
  ],
  cardNumber: ['so the', 'so the doan vien', 'ma the', 'so the cong doan', 'ma doan vien', 'ma so doan vien'],
  duesGroup: ['nhom dong doan phi', 'nhom doan phi'],
  salaryBasis: [
    'muc luong',
    'luong dong bhxh',
    'muc luong dong bhxh',
    'tien luong lam can cu dong doan phi',
    'tien luong dong bhxh',
    'luong lam can cu dong doan phi',
    'tien luong',
  ],
};

const BY_KEY = new Map<string, MemberImportField>();
for (const field of MEMBER_IMPORT_FIELDS) {
  for (const wording of HEADERS[field]) if (!BY_KEY.has(wording)) BY_KEY.set(wording, field);
}

/** The text of a cell as ExcelJS or a CSV parser gives it: plain values, rich text, hyperlinks, formulas. */
export function importCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const cell = value as { richText?: { text?: unknown }[]; text?: unknown; result?: unknown };
    if (Array.isArray(cell.richText)) return cell.richText.map((run) => importCellText(run.text)).join('');
    if (cell.text !== undefined) return importCellText(cell.text);
    if (cell.result !== undefined) return importCellText(cell.result);
  }
  return '';
}

/**
 * A header's matching key: accent-free, lower case, footnote marks such as "(1)" or "(*)" and other
 * parenthesised hints ("(dd/mm/yyyy)") dropped, punctuation and line breaks turned into single spaces.
 */
export function headerKey(header: string): string {
  return normalizeForSearch(header.replace(/\([^)]*\)/gu, ' '))
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

/**
 * The field a column header names ("Họ và tên", "Ngày, tháng, năm sinh", "Số CCCD/CMND (2)"…), or null.
 * "Nam" and "Nữ" alone are the year-of-birth-by-gender columns; "Năm" (year) alone is the date of birth,
 * the one place where the accents decide.
 */
export function matchImportHeader(header: unknown): MemberImportField | null {
  const text = importCellText(header);
  const key = headerKey(text);
  if (key === 'nam') {
    return /^\s*năm\b/iu.test(text.normalize('NFC').replace(/\([^)]*\)/gu, ''))
      ? 'dateOfBirth'
      : 'yearOfBirthMale';
  }
  return BY_KEY.get(key) ?? null;
}
