// A member's own fields, listed once: their names in Vietnamese and English, which the data protection law
// counts sensitive or identifying, the header wordings of the union sheets they are imported from, and the
// columns of the printed member list. The forms' labels, the import mapping, the export columns, the
// personal-data register and the member's access workbook all read this list.
import { bilingual } from '../i18n/words.ts';

/** The fields a member is entered with (by the form or an import), in the order the register lists them. */
export const MEMBER_ENTRY_FIELDS = [
  'fullName',
  'gender',
  'dateOfBirth',
  'nationalId',
  'ethnicity',
  'religion',
  'nationality',
  'foreignContractMonths',
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
export type MemberEntryField = (typeof MEMBER_ENTRY_FIELDS)[number];

/** The fields of a member's record: those entered, and the status their membership gives them. */
export const MEMBER_RECORD_FIELDS = [...MEMBER_ENTRY_FIELDS, 'status'] as const;
export type MemberRecordField = (typeof MEMBER_RECORD_FIELDS)[number];

/** Sensitive data: shown only to the roles that need them, every read logged (privacy/register.ts). */
export const SENSITIVE_MEMBER_FIELDS = ['ethnicity', 'religion', 'salaryBasis'] as const;
export type SensitiveMemberField = (typeof SENSITIVE_MEMBER_FIELDS)[number];

/** Basic data that single a person out on their own: never written to the server's log. */
export const IDENTIFYING_MEMBER_FIELDS = ['nationalId', 'cardNumber', 'phone', 'email'] as const;

export const isSensitiveMemberField = (field: string): field is SensitiveMemberField =>
  (SENSITIVE_MEMBER_FIELDS as readonly string[]).includes(field);

/**
 * How union sheets head each field a member is entered with, written as `headerKey` leaves a header (accent-free, lower
 * case, punctuation gone): "Số CCCD/CMND (2)" is 'so cccd cmnd'. A wording names one field only.
 */
export const MEMBER_FIELD_HEADERS = {
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
  foreignContractMonths: [
    'thoi han hop dong',
    'thoi han hdld',
    'thoi han hd',
    'thoi han hop dong lao dong',
    'so thang hop dong',
  ],
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
} as const satisfies Record<MemberEntryField, readonly string[]>;

/**
 * The columns of the printed member list, in order after the sequence number: how wide, kept as text
 * (dates, IDs, phone numbers and card numbers keep their exact characters and leading zeros), left-aligned
 * (names, positions, workplaces). Each is headed by the field's `memberColumn` word, else its name.
 */
export const MEMBER_EXPORT_COLUMNS = [
  { field: 'fullName', width: 26, left: true },
  { field: 'dateOfBirth', width: 12, text: true },
  { field: 'gender', width: 9 },
  { field: 'nationalId', width: 15, text: true },
  { field: 'ethnicity', width: 10 },
  { field: 'position', width: 16, left: true },
  { field: 'employer', width: 22, left: true },
  { field: 'phone', width: 13, text: true },
  { field: 'joinedUnionOn', width: 13, text: true },
  { field: 'cardNumber', width: 12, text: true },
  { field: 'status', width: 15 },
] as const satisfies readonly { field: MemberRecordField; width: number; text?: boolean; left?: boolean }[];
export type ExportedMemberField = (typeof MEMBER_EXPORT_COLUMNS)[number]['field'];

/**
 * The fields' names (`memberField`), with the record's own dates and the precision of a birth date for the
 * access workbook; and the shorter headings of the printed list's columns where a sheet says it shorter
 * (`memberColumn`).
 */
export const memberFieldWords = bilingual(
  {
    memberField: {
      fullName: 'Họ và tên',
      gender: 'Giới tính',
      dateOfBirth: 'Ngày sinh',
      dateOfBirthPrecision: 'Độ chính xác ngày sinh',
      nationalId: 'Số CCCD/CMND',
      ethnicity: 'Dân tộc',
      religion: 'Tôn giáo',
      nationality: 'Quốc tịch',
      foreignContractMonths: 'Thời hạn hợp đồng lao động (tháng)',
      education: 'Trình độ chuyên môn',
      occupation: 'Nghề nghiệp',
      position: 'Chức vụ, vị trí công việc',
      employer: 'Nơi làm việc',
      phone: 'Điện thoại',
      email: 'Email',
      address: 'Địa chỉ thường trú',
      joinedUnionOn: 'Ngày vào công đoàn',
      cardNumber: 'Số thẻ đoàn viên',
      duesGroup: 'Nhóm đóng đoàn phí',
      salaryBasis: 'Tiền lương làm căn cứ đóng đoàn phí',
      status: 'Tình trạng',
      createdAt: 'Ngày tạo hồ sơ',
      updatedAt: 'Ngày cập nhật',
    } satisfies Record<MemberRecordField, string> & Record<string, string>,
    memberColumn: {
      nationalId: 'Số CCCD',
      position: 'Chức vụ',
      employer: 'Đơn vị công tác',
      phone: 'Số điện thoại',
      cardNumber: 'Số thẻ',
      status: 'Trạng thái',
    } satisfies Partial<Record<ExportedMemberField, string>>,
  },
  {
    memberField: {
      fullName: 'Full name',
      gender: 'Gender',
      dateOfBirth: 'Date of birth',
      dateOfBirthPrecision: 'Precision of the date of birth',
      nationalId: 'National ID (CCCD/CMND)',
      ethnicity: 'Ethnicity',
      religion: 'Religion',
      nationality: 'Nationality',
      foreignContractMonths: 'Labour contract length (months)',
      education: 'Education',
      occupation: 'Occupation',
      position: 'Position',
      employer: 'Employer',
      phone: 'Phone',
      email: 'Email',
      address: 'Address',
      joinedUnionOn: 'Joined the union on',
      cardNumber: 'Member card number',
      duesGroup: 'Dues group',
      salaryBasis: 'Salary basis for dues',
      status: 'Status',
      createdAt: 'Record created',
      updatedAt: 'Record updated',
    },
    memberColumn: {
      nationalId: 'National ID',
      position: 'Position',
      employer: 'Workplace',
      phone: 'Phone',
      cardNumber: 'Card number',
      status: 'Status',
    },
  },
);
