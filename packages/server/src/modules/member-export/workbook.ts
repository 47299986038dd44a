// The member list as unions print it, in the administrative layout (platform/xlsx.ts): issuing body and
// national motto, the title with its date, the numbered columns, the members, the totals and the signature
// block, in the requester's language.
import type { Locale } from '@congdoan/domain';
import { sayIn } from '../../platform/i18n.ts';
import type { MessageCode } from '../../platform/messages.ts';
import { administrativeWorkbook, asOfLine } from '../../platform/xlsx.ts';

/** One member line, already in the words and the language of the sheet. */
export type ExportLine = [
  fullName: string,
  dateOfBirth: string,
  gender: string,
  nationalId: string,
  ethnicity: string,
  position: string,
  employer: string,
  phone: string,
  joinedUnionOn: string,
  cardNumber: string,
  status: string,
];

export interface ExportHeading {
  /** the unit above the exported one ("LĐLĐ quận Long Biên"); null for the root */
  parentName: string | null;
  unitName: string;
  /** the date the list stands on, and the date it is signed */
  asOf: string;
  signedOn: string;
  total: number;
  women: number;
}

const COLUMNS: [MessageCode, number][] = [
  ['DOCUMENT_COLUMN_SEQUENCE', 6],
  ['DOCUMENT_COLUMN_FULL_NAME', 26],
  ['EXPORT_COLUMN_BIRTH', 12],
  ['EXPORT_COLUMN_GENDER', 9],
  ['EXPORT_COLUMN_NATIONAL_ID', 15],
  ['EXPORT_COLUMN_ETHNICITY', 10],
  ['EXPORT_COLUMN_POSITION', 16],
  ['EXPORT_COLUMN_EMPLOYER', 22],
  ['EXPORT_COLUMN_PHONE', 13],
  ['EXPORT_COLUMN_JOINED', 13],
  ['EXPORT_COLUMN_CARD', 12],
  ['EXPORT_COLUMN_STATUS', 15],
];
/** Text columns (dates, ID, phone, card) keep their exact characters: leading zeros stay. */
const AS_TEXT = new Set([3, 5, 9, 10, 11]);
/** Left-aligned columns: name, position, workplace. */
const LEFT = new Set([2, 7, 8]);
export async function memberListWorkbook(
  locale: Locale,
  heading: ExportHeading,
  lines: AsyncIterable<ExportLine[]>,
): Promise<Buffer> {
  const say = sayIn(locale);
  const columns = COLUMNS.map(([code, width], index) => ({
    title: say(code),
    width,
    left: LEFT.has(index + 1),
    text: AS_TEXT.has(index + 1),
  }));
  const workbook = administrativeWorkbook(locale);
  const sheet = workbook.sheet(say('EXPORT_SHEET'), columns, {
    parentName: heading.parentName,
    unitName: heading.unitName,
    title: say('EXPORT_TITLE'),
    subtitles: [heading.unitName, asOfLine(locale, heading.asOf)],
  });
  for await (const batch of lines) {
    for (const values of batch) await sheet.addRow(values);
  }
  sheet.end({
    totals: say('EXPORT_TOTALS', { count: heading.total, women: heading.women }),
    signedOn: heading.signedOn,
  });
  return workbook.finish();
}
