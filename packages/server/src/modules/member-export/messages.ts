// The exported member list: its sheet, title, columns and totals.
import { messageSet } from '../../platform/message-set.ts';

export const memberExportMessages = messageSet(
  {
    EXPORT_SHEET: 'Danh sách đoàn viên',
    EXPORT_TITLE: 'DANH SÁCH ĐOÀN VIÊN',
    EXPORT_COLUMN_BIRTH: 'Ngày sinh',
    EXPORT_COLUMN_GENDER: 'Giới tính',
    EXPORT_COLUMN_NATIONAL_ID: 'Số CCCD',
    EXPORT_COLUMN_ETHNICITY: 'Dân tộc',
    EXPORT_COLUMN_POSITION: 'Chức vụ',
    EXPORT_COLUMN_EMPLOYER: 'Đơn vị công tác',
    EXPORT_COLUMN_PHONE: 'Số điện thoại',
    EXPORT_COLUMN_JOINED: 'Ngày vào công đoàn',
    EXPORT_COLUMN_CARD: 'Số thẻ',
    EXPORT_COLUMN_STATUS: 'Trạng thái',
    EXPORT_TOTALS: 'Tổng cộng: {count} đoàn viên, trong đó nữ: {women}',
  },
  {
    EXPORT_SHEET: 'Members',
    EXPORT_TITLE: 'LIST OF MEMBERS',
    EXPORT_COLUMN_BIRTH: 'Date of birth',
    EXPORT_COLUMN_GENDER: 'Gender',
    EXPORT_COLUMN_NATIONAL_ID: 'National ID',
    EXPORT_COLUMN_ETHNICITY: 'Ethnicity',
    EXPORT_COLUMN_POSITION: 'Position',
    EXPORT_COLUMN_EMPLOYER: 'Workplace',
    EXPORT_COLUMN_PHONE: 'Phone',
    EXPORT_COLUMN_JOINED: 'Joined the union',
    EXPORT_COLUMN_CARD: 'Card number',
    EXPORT_COLUMN_STATUS: 'Status',
    EXPORT_TOTALS: 'Total: {count} members, of whom women: {women}',
  },
);
