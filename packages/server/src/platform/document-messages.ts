// The words every Excel and Word file shares, in the administrative layout (platform/xlsx.ts,
// platform/docx.ts): the national motto, the place and date, the sequence column, the signature blocks.
import { messageSet } from './message-set.ts';

export const documentMessages = messageSet(
  {
    DOCUMENT_MOTTO: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    DOCUMENT_MOTTO_SUBTITLE: 'Độc lập - Tự do - Hạnh phúc',
    DOCUMENT_AS_OF: '(Tính đến ngày {date})',
    DOCUMENT_COLUMN_SEQUENCE: 'STT',
    DOCUMENT_PREPARER: 'NGƯỜI LẬP BIỂU',
    DOCUMENT_COMMITTEE: 'TM. BAN CHẤP HÀNH',
    DOCUMENT_SIGNATURE_HINT: '(Ký, ghi rõ họ tên)',
    DOCUMENT_SEAL_HINT: '(Ký tên, đóng dấu)',
    DOCUMENT_PLACE_DATE: '{place}, ngày {day} tháng {month} năm {year}',
  },
  {
    DOCUMENT_MOTTO: 'SOCIALIST REPUBLIC OF VIETNAM',
    DOCUMENT_MOTTO_SUBTITLE: 'Independence - Freedom - Happiness',
    DOCUMENT_AS_OF: '(As of {date})',
    DOCUMENT_COLUMN_SEQUENCE: 'No.',
    DOCUMENT_PREPARER: 'PREPARED BY',
    DOCUMENT_COMMITTEE: 'FOR THE EXECUTIVE COMMITTEE',
    DOCUMENT_SIGNATURE_HINT: '(Signature, full name)',
    DOCUMENT_SEAL_HINT: '(Signature, seal)',
    DOCUMENT_PLACE_DATE: '{place}, {day}/{month}/{year}',
  },
);
