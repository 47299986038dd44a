// The exported member list: its sheet, title and totals (its columns are the member fields' names).
import { messageSet } from '../../platform/message-set.ts';

export const memberExportMessages = messageSet(
  {
    EXPORT_SHEET: 'Danh sách đoàn viên',
    EXPORT_TITLE: 'DANH SÁCH ĐOÀN VIÊN',
    EXPORT_TOTALS: 'Tổng cộng: {count} đoàn viên, trong đó nữ: {women}',
  },
  {
    EXPORT_SHEET: 'Members',
    EXPORT_TITLE: 'LIST OF MEMBERS',
    EXPORT_TOTALS: 'Total: {count} members, of whom women: {women}',
  },
);
