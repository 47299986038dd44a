// Finding the member table inside a sheet laid out the way unions lay theirs out: titles above the header,
// maybe a two-row header, a column-number row below it, and a totals row and signature block at the end.
import { normalizeForSearch } from '../text/normalize.ts';
import { importCellText, type MemberImportField, matchImportHeader } from './import-headers.ts';

export interface HeaderRow {
  /** the last header row (0-based): data starts after it */
  index: number;
  /** the first header row: `index - 1` for a two-row header, else `index` */
  firstIndex: number;
  /** column index (0-based, as in the row arrays) → field */
  mapping: Record<number, MemberImportField>;
}

/** How far down a sheet the header is looked for: title blocks are a few rows, never dozens. */
const HEADER_SEARCH_ROWS = 30;

function rowMapping(row: unknown[]): Record<number, MemberImportField> {
  const mapping: Record<number, MemberImportField> = {};
  const taken = new Set<MemberImportField>();
  row.forEach((cell, column) => {
    const field = matchImportHeader(cell);
    // A merged cell repeated across its span, or a second ID column: the first column wins.
    if (field && !taken.has(field)) {
      mapping[column] = field;
      taken.add(field);
    }
  });
  return mapping;
}

const isBlank = (cell: unknown) => importCellText(cell).trim() === '';

/** Header cells that group sub-columns: "Năm sinh" over "Nam" | "Nữ", "Giới tính" over "Nam" | "Nữ". */
const GROUP_FIELDS = new Set<MemberImportField>(['dateOfBirth', 'gender']);

/** Sub-headers carry no figures; a row with a number in it (STT, a year, an ID) is data. */
const holdsFigures = (cell: unknown) => /\d/u.test(importCellText(cell).replace(/\([^)]*\)/gu, ''));

/**
 * Folds the row below the header into it when it is the second row of a two-row header: it names columns
 * that the first row leaves blank or only groups (a merged "Năm sinh" repeats its text or leaves the
 * cells it spans blank), and it holds no member (no figures, no name under "Họ và tên").
 */
function withSubHeader(
  header: Record<number, MemberImportField>,
  headerRow: unknown[],
  below: unknown[] | undefined,
): Record<number, MemberImportField> | null {
  if (!below || below.some(holdsFigures)) return null;
  const nameColumn = Number(Object.entries(header).find(([, field]) => field === 'fullName')?.[0]);
  const nameCell = below[nameColumn];
  if (!isBlank(nameCell) && matchImportHeader(nameCell) !== 'fullName') return null;
  const merged = { ...header };
  const used = new Set(Object.values(header));
  let added = 0;
  below.forEach((cell, column) => {
    const field = matchImportHeader(cell);
    // A vertically merged header repeats its text on the second row; it names nothing new.
    if (!field || used.has(field)) return;
    const above = header[column] ?? matchImportHeader(headerRow[column]);
    const fits = above === null ? isBlank(headerRow[column]) : GROUP_FIELDS.has(above);
    if (!fits) return;
    merged[column] = field;
    used.add(field);
    added++;
  });
  return added > 0 ? merged : null;
}

/**
 * The header of the member table among the first 30 rows: the row naming the most known columns, with
 * at least the full name and one other; a merged "Năm sinh" over "Nam" | "Nữ" on the row below is read
 * as a two-row header. Null when no row qualifies.
 */
export function findHeaderRow(rows: unknown[][]): HeaderRow | null {
  let best: HeaderRow | null = null;
  let bestScore = 0;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const single = rowMapping(row);
    const fields = Object.values(single);
    if (!fields.includes('fullName') || fields.length < 2) return;
    const double = withSubHeader(single, row, rows[index + 1]);
    const candidate: HeaderRow = double
      ? { index: index + 1, firstIndex: index, mapping: double }
      : { index, firstIndex: index, mapping: single };
    const score = Object.keys(candidate.mapping).length;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  });
  return best;
}

const COLUMN_NUMBER = /^\(?\s*(\d{1,2})\s*\)?$/u;

/**
 * The row under the header that numbers the columns: "(1) (2) (3) …" or "1 2 3 …", at least three
 * numbers counting up by one (a merged cell may repeat its number).
 */
export function isColumnNumberRow(row: unknown[]): boolean {
  const numbers: number[] = [];
  for (const cell of row) {
    const text = importCellText(cell).trim();
    if (text === '') continue;
    const match = COLUMN_NUMBER.exec(text);
    if (!match) return false;
    numbers.push(Number(match[1]));
  }
  if (new Set(numbers).size < 3) return false;
  return numbers.every((value, i) => i === 0 || value === numbers[i - 1] || value === numbers[i - 1]! + 1);
}

const cellKey = (cell: unknown) =>
  normalizeForSearch(importCellText(cell))
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();

/**
 * "Tổng cộng", "Tổng số đoàn viên: 125", "Cộng: 40", matched with their accents because without them
 * "Tống Văn Hùng" (a surname) and "Cộng hòa…" (the national motto) would look the same; text typed
 * without any accent is matched without them.
 */
const TOTALS = /^(?:tổng cộng|tổng số|cộng số)(?!\p{L})|^(?:tổng|cộng)\s*(?::.*|[\d\s.,]*)$/u;
const TOTALS_UNACCENTED = /^(?:tong cong|tong so|cong so)(?!\p{L})|^(?:tong|cong)\s*(?::.*|[\d\s.,]*)$/u;

function isTotalsLabel(cell: unknown): boolean {
  const text = importCellText(cell).normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
  if (text === '') return false;
  return TOTALS.test(text) || (/^[\x20-\x7e]*$/u.test(text) && TOTALS_UNACCENTED.test(text));
}

/** Opening words of the signature block; a row of nothing else is the end of the table. */
const SIGNATURE = [
  'nguoi lap bieu',
  'nguoi lap bang',
  'nguoi lap',
  'chu tich',
  'pho chu tich',
  'kt chu tich',
  'tm ban chap hanh',
  'tm bch',
  'tm cong doan',
  'xac nhan',
  'thu truong',
  'giam doc',
  'ke toan',
  'truong ban',
  'ky ghi ro ho ten',
  'ky ten',
  'ky va ghi ro ho ten',
  'ky ho ten',
  'ky dong dau',
  'da ky',
  'noi nhan',
];

/** "Hà Nội, ngày 15 tháng 3 năm 2024" or the blank form "…, ngày … tháng … năm 20…". */
const DATE_LINE = /(^|\s)ngay(\s.*)?\sthang(\s.*)?\snam(\s|$)/u;

function isFooterText(cell: string): boolean {
  // "T/M" (thay mặt, on behalf of) is also written "TM." and "TM".
  const key = cell.replace(/^t m /u, 'tm ');
  return SIGNATURE.some((words) => key === words || key.startsWith(`${words} `)) || DATE_LINE.test(key);
}

/**
 * A row after the member data: a totals row ("Tổng cộng", "Cộng" beside the sums) or a row of the
 * signature block (every non-blank cell a signer's title, "(Ký, ghi rõ họ tên)", "Xác nhận…" or the date
 * line). A member whose position is "Chủ tịch" is not one: the rest of the row is data. The signers'
 * names follow the block, so readers stop at the first such row rather than skip it.
 */
export function isTotalsOrSignatureRow(row: unknown[]): boolean {
  if (row.some(isTotalsLabel)) return true;
  const keys = row.map(cellKey).filter((key) => key !== '');
  return keys.length > 0 && keys.every(isFooterText);
}
