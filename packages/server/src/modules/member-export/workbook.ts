// The member list as unions print it: issuing body and national motto, the title with its date, a header
// and a row of column numbers, the members, the totals, the place and date, and the signature block.
// Written with ExcelJS's streaming writer, so 100,000 rows cost their output, not a workbook in memory.
import { PassThrough } from 'node:stream';
import { formatDateVi } from '@congdoan/domain';
import ExcelJS from 'exceljs';
import { translate } from '../../platform/i18n.ts';
import type { MessageCode } from '../../platform/messages.ts';

/** One member line, already in the words of the sheet. */
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
  ['EXPORT_COLUMN_SEQUENCE', 6],
  ['EXPORT_COLUMN_NAME', 26],
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
const LAST = COLUMNS.length;
/** Row numbers of the header and of the column numbers, repeated on every printed page. */
const HEADER_ROW = 8;
const FONT = 'Times New Roman';
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
/** Text columns (dates, ID, phone, card) keep their exact characters: leading zeros stay. */
const AS_TEXT = new Set([3, 5, 9, 10, 11]);
/** Left-aligned columns: name, position, workplace. */
const LEFT = new Set([2, 7, 8]);
/**
 * One style object per column, shared by every row: ExcelJS registers a style once per object, so a
 * hundred thousand rows cost their values only (styling cell by cell took six times as long).
 */
const DATA_STYLES: Partial<ExcelJS.Style>[] = COLUMNS.map((_, index) => ({
  font: { name: FONT, size: 12 },
  border: THIN,
  alignment: { horizontal: LEFT.has(index + 1) ? 'left' : 'center', vertical: 'middle' },
  ...(AS_TEXT.has(index + 1) ? { numFmt: '@' } : {}),
}));

/** Official documents are in Vietnamese whatever the reader's language. */
const say = (code: MessageCode, params?: Record<string, string | number>) => translate('vi', code, params);

export async function memberListWorkbook(
  heading: ExportHeading,
  lines: AsyncIterable<ExportLine[]>,
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => out.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(say('EXPORT_SHEET'), {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW + 1}`,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: [{ state: 'frozen', ySplit: HEADER_ROW + 1 }],
  });
  sheet.columns = COLUMNS.map(([, width]) => ({ width }));

  const line = (row: number, text: string, from: number, to: number, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    cell.value = text;
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  };
  // Issuing body on the left (the unit above, then the unit), national motto on the right.
  if (heading.parentName) line(1, heading.parentName.toUpperCase(), 1, 5, {});
  line(heading.parentName ? 2 : 1, heading.unitName.toUpperCase(), 1, 5, { bold: true });
  line(1, say('EXPORT_MOTTO'), 7, LAST, { bold: true });
  line(2, say('EXPORT_MOTTO_SUBTITLE'), 7, LAST, { bold: true, underline: true });
  line(4, say('EXPORT_TITLE'), 1, LAST, { bold: true, size: 14 });
  line(5, heading.unitName, 1, LAST, { bold: true });
  line(6, say('EXPORT_AS_OF', { date: formatDateVi(heading.asOf) }), 1, LAST, { italic: true });
  for (let row = 1; row < HEADER_ROW; row++) sheet.getRow(row).commit();

  const header = sheet.getRow(HEADER_ROW);
  const numbers = sheet.getRow(HEADER_ROW + 1);
  header.height = 32;
  COLUMNS.forEach(([code], index) => {
    const cell = header.getCell(index + 1);
    cell.value = say(code);
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
    const number = numbers.getCell(index + 1);
    number.value = `(${index + 1})`;
    number.font = { name: FONT, size: 11, italic: true };
    number.alignment = { horizontal: 'center' };
    number.border = THIN;
  });
  header.commit();
  numbers.commit();

  let sequence = 0;
  let row = HEADER_ROW + 2;
  for await (const batch of lines) {
    for (const values of batch) {
      sequence++;
      const excelRow = sheet.getRow(row++);
      [sequence, ...values].forEach((value, index) => {
        const cell = excelRow.getCell(index + 1);
        cell.value = value === '' ? null : value;
        cell.style = DATA_STYLES[index]!;
      });
      excelRow.commit();
      // Let other requests in now and then: building a big sheet is seconds of work.
      if (sequence % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  line(row, say('EXPORT_TOTALS', { count: heading.total, women: heading.women }), 1, 6, { bold: true });
  sheet.getCell(row, 1).alignment = { horizontal: 'left' };
  sheet.getRow(row).commit();
  const [year, month, day] = heading.signedOn.split('-');
  line(row + 2, say('EXPORT_PLACE_DATE', { day: day!, month: month!, year: year! }), 7, LAST, {
    italic: true,
  });
  line(row + 3, say('EXPORT_PREPARER'), 1, 4, { bold: true });
  line(row + 3, say('EXPORT_COMMITTEE'), 7, LAST, { bold: true });
  line(row + 4, say('EXPORT_PREPARER_HINT'), 1, 4, { italic: true });
  line(row + 4, say('EXPORT_COMMITTEE_HINT'), 7, LAST, { italic: true });
  for (let footer = row + 1; footer <= row + 4; footer++) sheet.getRow(footer).commit();
  sheet.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}
