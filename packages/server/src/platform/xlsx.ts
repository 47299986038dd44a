// Writing Excel files. Cells no spreadsheet will take for a formula, and the administrative layout of the
// sheets unions print and file (the member list, congress progress, assessments, report roll-ups): issuing
// body and national motto, the title with its date, a header and a row of column numbers repeated on every
// page, the rows, the totals, the place and date, and the signature block, its fixed words in the
// requester's language. Written with ExcelJS's streaming writer, so a hundred thousand rows cost their
// output, not a workbook in memory.
import { PassThrough } from 'node:stream';
import { formatDateVi, type Locale } from '@congdoan/domain';
import ExcelJS from 'exceljs';
import { type Say, sayIn, translate } from './i18n.ts';

// A member named "=HYPERLINK(…)" is text in the file we write, but becomes a live formula once someone edits
// the cell or saves the sheet as CSV and opens it again; the OWASP remedy is a leading apostrophe, which keeps
// the text readable.

/** First characters that start a formula (or, for tab and CR, hide one in the next field of a CSV). */
const FORMULA_START = /^[=+\-@\t\r]/u;
/**
 * Text of digits and separators only ("+84 912 345 678", "-", "-12,5") computes nothing even as a formula,
 * and keeps its meaning unquoted: phone numbers stay dialable.
 */
const PLAIN_FIGURE = /^[+-][\d\s.,()/+-]*$/u;

/** The value to write into a cell: numbers, dates and nulls as they are, risky text behind an apostrophe. */
export function safeCell<T>(value: T): T | string {
  if (typeof value !== 'string' || !FORMULA_START.test(value) || PLAIN_FIGURE.test(value)) return value;
  return `'${value}`;
}

export interface LayoutColumn {
  title: string;
  width: number;
  /** left-aligned (names, places); centred otherwise */
  left?: boolean;
  /** kept as text, so dates, IDs and phone numbers keep their exact characters */
  text?: boolean;
}

export interface LayoutHeading {
  /** the unit above the issuing one ("LĐLĐ quận Long Biên"); null for the root */
  parentName: string | null;
  unitName: string;
  /** the title in capitals, and the lines under it (the unit, the date the figures stand on) */
  title: string;
  subtitles: string[];
}

export interface LayoutFooter {
  /** the totals line under the rows, or null */
  totals: string | null;
  /** the day the sheet is signed */
  signedOn: string;
}

/** Row number of the column header; the column numbers are the row under it. */
const HEADER_ROW = 8;
const FONT = 'Times New Roman';
/** Where the place goes on a printed sheet: left for the signer to write in. */
const BLANK_PLACE = '……………';
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export interface AdministrativeSheet {
  /** Writes one row: the sequence number (1, 2, …) and the values, styled by column. */
  addRow(values: (string | number | null)[]): Promise<void>;
  /** The totals, the place and date and the signature block; closes the sheet. */
  end(footer: LayoutFooter): void;
}

export interface AdministrativeWorkbook {
  sheet(name: string, columns: LayoutColumn[], heading: LayoutHeading): AdministrativeSheet;
  finish(): Promise<Buffer>;
}

/** A workbook of administrative sheets whose fixed words (motto, date line, signatures) are in `locale`. */
export function administrativeWorkbook(locale: Locale): AdministrativeWorkbook {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => out.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  return {
    sheet: (name, columns, heading) => administrativeSheet(workbook, sayIn(locale), name, columns, heading),
    async finish() {
      await workbook.commit();
      await done;
      return Buffer.concat(chunks);
    },
  };
}

function administrativeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  words: Say,
  name: string,
  columns: LayoutColumn[],
  heading: LayoutHeading,
): AdministrativeSheet {
  const last = columns.length;
  // The blocks of the page: issuing body on the left, motto (and place, date, committee) on the right.
  const leftEnd = Math.floor((last * 5) / 12);
  const rightStart = last - Math.ceil(last / 2) + 1;
  const sheet = workbook.addWorksheet(name, {
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
  sheet.columns = columns.map((column) => ({ width: column.width }));
  /**
   * One style object per column, shared by every row: ExcelJS registers a style once per object, so a
   * hundred thousand rows cost their values only (styling cell by cell took six times as long).
   */
  const styles: Partial<ExcelJS.Style>[] = columns.map((column) => ({
    font: { name: FONT, size: 12 },
    border: THIN,
    alignment: { horizontal: column.left ? 'left' : 'center', vertical: 'middle' },
    ...(column.text ? { numFmt: '@' } : {}),
  }));

  const line = (row: number, text: string, from: number, to: number, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    // Headings carry unit names, which are typed in by people: never a formula.
    cell.value = safeCell(text);
    cell.font = { name: FONT, size: 12, ...font };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  };
  if (heading.parentName) line(1, heading.parentName.toUpperCase(), 1, leftEnd, {});
  line(heading.parentName ? 2 : 1, heading.unitName.toUpperCase(), 1, leftEnd, { bold: true });
  line(1, words('DOCUMENT_MOTTO'), rightStart, last, { bold: true });
  line(2, words('DOCUMENT_MOTTO_SUBTITLE'), rightStart, last, { bold: true, underline: true });
  line(4, heading.title, 1, last, { bold: true, size: 14 });
  heading.subtitles.slice(0, HEADER_ROW - 6).forEach((subtitle, index) => {
    const isDateLine = index === heading.subtitles.length - 1 && index > 0;
    line(5 + index, subtitle, 1, last, isDateLine ? { italic: true } : { bold: true });
  });
  for (let row = 1; row < HEADER_ROW; row++) sheet.getRow(row).commit();

  const header = sheet.getRow(HEADER_ROW);
  const numbers = sheet.getRow(HEADER_ROW + 1);
  header.height = 32;
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = safeCell(column.title);
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
  return {
    async addRow(values) {
      sequence++;
      const excelRow = sheet.getRow(row++);
      [sequence, ...values].forEach((value, index) => {
        const cell = excelRow.getCell(index + 1);
        cell.value = value === '' ? null : safeCell(value);
        cell.style = styles[index]!;
      });
      excelRow.commit();
      // Let other requests in now and then: building a big sheet is seconds of work.
      if (sequence % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
    },
    end(footer) {
      if (footer.totals !== null) {
        line(row, footer.totals, 1, Math.floor(last / 2), { bold: true });
        sheet.getCell(row, 1).alignment = { horizontal: 'left' };
      }
      sheet.getRow(row).commit();
      const [year, month, day] = footer.signedOn.split('-');
      const placeDate = words('DOCUMENT_PLACE_DATE', {
        place: BLANK_PLACE,
        day: day!,
        month: month!,
        year: year!,
      });
      line(row + 2, placeDate, rightStart, last, { italic: true });
      const preparerEnd = Math.floor(last / 3);
      line(row + 3, words('DOCUMENT_PREPARER'), 1, preparerEnd, { bold: true });
      line(row + 3, words('DOCUMENT_COMMITTEE'), rightStart, last, { bold: true });
      line(row + 4, words('DOCUMENT_SIGNATURE_HINT'), 1, preparerEnd, { italic: true });
      line(row + 4, words('DOCUMENT_SEAL_HINT'), rightStart, last, { italic: true });
      for (let footerRow = row + 1; footerRow <= row + 4; footerRow++) sheet.getRow(footerRow).commit();
      sheet.commit();
    },
  };
}

/** "(Tính đến ngày dd/mm/yyyy)": the line under a title saying the date the figures stand on. */
export const asOfLine = (locale: Locale, asOf: string) =>
  translate(locale, 'DOCUMENT_AS_OF', { date: formatDateVi(asOf) });
