// The rejected rows of an import as an .xlsx: the sheet's own header and cells, with the reasons beside
// each row, so the officer fixes the rows in place and imports this file again.
import { PassThrough } from 'node:stream';
import { type Locale, SENSITIVE_MEMBER_FIELDS, type SensitiveMemberField } from '@congdoan/domain';
import ExcelJS from 'exceljs';
import { translate } from '../../platform/i18n.ts';
import { safeCell } from '../../platform/xlsx.ts';
import type { StoredResult } from './jobs.ts';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };
const REASON_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDECEA' } };

export async function rejectedRowsWorkbook(result: StoredResult, locale: Locale): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(translate(locale, 'IMPORT_REJECTED_SHEET'), {
    views: [{ state: 'frozen', ySplit: result.headerCells.length }],
  });
  const width = Math.max(
    ...result.headerCells.map((row) => row.length),
    ...result.rejectedRows.map((row) => row.cells.length),
    ...result.columns.map((column) => columnNumber(column.column)),
  );
  sheet.columns = [
    ...Array.from({ length: width }, (_, index) => ({ width: widthOf(result, index) })),
    { width: 60 },
    { width: 12 },
  ];

  result.headerCells.forEach((cells, index) => {
    const last = index === result.headerCells.length - 1;
    const values = [...padded(cells, width), last ? translate(locale, 'IMPORT_REJECTED_REASON') : null];
    values.push(last ? translate(locale, 'IMPORT_REJECTED_ROW') : null);
    const row = sheet.addRow(values);
    row.font = { bold: true };
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    });
    row.commit();
  });

  const reasons = new Map<number, string[]>();
  for (const problem of result.problems) {
    const column = result.columns.find((candidate) => candidate.column === problem.column);
    const label = column?.header ? `${problem.column} (${column.header})` : problem.column;
    const list = reasons.get(problem.row) ?? [];
    list.push(`${label}: ${translate(locale, problem.code, problem.params)}`);
    reasons.set(problem.row, list);
  }
  for (const rejected of result.rejectedRows) {
    const row = sheet.addRow([
      ...padded(rejected.cells, width),
      (reasons.get(rejected.row) ?? []).join('; '),
      rejected.row,
    ]);
    // Text stays text: an ID such as 001085012345 must not become a number again.
    for (let index = 1; index <= width; index++) row.getCell(index).numFmt = '@';
    const reason = row.getCell(width + 1);
    reason.fill = REASON_FILL;
    reason.alignment = { wrapText: true, vertical: 'top' };
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** The sheet's columns the import mapped to a sensitive member field, by zero-based index. */
export function sensitiveColumns(result: StoredResult): Map<number, SensitiveMemberField> {
  const found = new Map<number, SensitiveMemberField>();
  for (const column of result.columns) {
    const field = SENSITIVE_MEMBER_FIELDS.find((candidate) => candidate === column.field);
    if (field) found.set(columnNumber(column.column) - 1, field);
  }
  return found;
}

/** The sensitive fields the rejected rows actually carry (an empty cell reveals nothing). */
export function sensitiveFieldsInRows(
  result: StoredResult,
  columns: Map<number, SensitiveMemberField>,
): SensitiveMemberField[] {
  const held = new Set<SensitiveMemberField>();
  for (const { cells } of result.rejectedRows) {
    for (const [index, field] of columns) {
      const cell = cells[index];
      if (cell !== null && cell !== undefined && cell !== '') held.add(field);
    }
  }
  return SENSITIVE_MEMBER_FIELDS.filter((field) => held.has(field));
}

/**
 * The result as a role without the need may download it: the sensitive columns' cells emptied, and the
 * reasons given for them no longer quoting the value ("Dân tộc "…" không có trong danh mục").
 */
export function withoutSensitiveCells(
  result: StoredResult,
  columns: Map<number, SensitiveMemberField>,
): StoredResult {
  const letters = new Set(
    result.columns.filter((column) => columns.has(columnNumber(column.column) - 1)).map((c) => c.column),
  );
  return {
    ...result,
    rejectedRows: result.rejectedRows.map((row) => ({
      ...row,
      cells: row.cells.map((cell, index) => (columns.has(index) ? null : cell)),
    })),
    problems: result.problems.map((problem) =>
      letters.has(problem.column) && problem.params && 'value' in problem.params
        ? { ...problem, params: { ...problem.params, value: '…' } }
        : problem,
    ),
  };
}

/** The row's cells to its width, text that would read as a formula behind an apostrophe. */
function padded<T>(cells: (T | null)[], width: number): (T | string | null)[] {
  return Array.from({ length: width }, (_, index) => safeCell(cells[index] ?? null));
}

function columnNumber(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index;
}

function widthOf(result: StoredResult, index: number): number {
  const field = result.columns.find((column) => columnNumber(column.column) === index + 1)?.field;
  if (field === 'fullName' || field === 'address' || field === 'employer') return 28;
  if (field === 'sequence') return 6;
  return 16;
}
