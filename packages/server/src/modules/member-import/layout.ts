// Where the member table sits in a sheet: its header row(s), which column holds which field (as detected,
// then as the user corrected it), and what each later row is (data, blank, column numbers, the footer).
import {
  findHeaderRow,
  isColumnNumberRow,
  isTotalsOrSignatureRow,
  MEMBER_IMPORT_FIELDS,
  type MemberImportField,
  matchImportHeader,
  normalizeForSearch,
} from '@congdoan/domain';
import {
  type CellValue,
  columnIndex,
  columnLetter,
  headerText,
  isBlank,
  type KeptCell,
  keptCell,
  type SheetRow,
} from './cells.ts';

/** A column override: letter → field, or 'ignore' to read nothing from it. */
export type MappingOverride = Record<string, MemberImportField | 'ignore'>;

export interface ImportColumn {
  index: number;
  letter: string;
  header: string;
  field: MemberImportField | null;
}

export interface TableLayout {
  /** Excel row number of the (first) header row */
  headerRow: number;
  /** Excel row number of the last header row: data starts below it */
  lastHeaderRow: number;
  columns: ImportColumn[];
  /** the header row(s) as they were, for the rejected-rows file */
  headerCells: KeptCell[][];
}

/** Rows read before the header is looked for: the domain's search depth. */
export const HEADER_WINDOW = 30;

function matchField(cell: CellValue | undefined): MemberImportField | null {
  return isBlank(cell ?? null) ? null : matchImportHeader(cell);
}

/**
 * The table's layout from the first rows of a sheet (a dense array: window[i] is Excel row i + 1), or null
 * when no header is recognised. `headerRow` (1-based) forces the header row; `mapping` corrects columns.
 */
export function locateTable(
  window: CellValue[][],
  options: { headerRow?: number; mapping?: MappingOverride } = {},
): TableLayout | null {
  let first: number;
  let last: number;
  let detected: Record<number, MemberImportField>;
  // A header row the user points at may name too few known columns for the detector: read it cell by cell.
  let cellByCell = false;
  if (options.headerRow !== undefined) {
    first = options.headerRow - 1;
    const found = findHeaderRow(window.slice(first, first + 2));
    const usable = found !== null && found.firstIndex === 0;
    last = usable ? first + found.index : first;
    detected = usable ? { ...found.mapping } : {};
    cellByCell = !usable;
  } else {
    const found = findHeaderRow(window);
    if (!found) return null;
    first = found.firstIndex;
    last = found.index;
    detected = { ...found.mapping };
  }
  const top = window[first] ?? [];
  const bottom = window[last] ?? [];
  const width = Math.max(top.length, bottom.length);
  const taken = new Set(Object.values(detected));
  const columns: ImportColumn[] = [];
  let group = '';
  for (let index = 0; index < width; index++) {
    const above = headerText(top[index]);
    const below = last > first ? headerText(bottom[index]) : '';
    // A header merged over sub-columns ("Năm sinh" over "Nam" | "Nữ") names only its first cell.
    if (above) group = above;
    const header = below && below !== above ? [above || group, below].filter(Boolean).join(' / ') : above;
    let field = detected[index] ?? null;
    if (!field) {
      const extra = matchField(bottom[index]) ?? matchField(top[index]);
      if (extra && !taken.has(extra) && (cellByCell || extra === 'foreignContractMonths')) {
        field = extra;
        taken.add(extra);
      }
    }
    if (header || field) columns.push({ index, letter: columnLetter(index), header, field });
  }
  return {
    headerRow: first + 1,
    lastHeaderRow: last + 1,
    columns: applyOverride(columns, options.mapping),
    headerCells: window.slice(first, last + 1).map((row) => row.map(keptCell)),
  };
}

/**
 * A mapping sent by the user replaces the detected one: the columns it names get their field, every other
 * column is ignored (the preview's form sends the whole mapping, with unmapped columns left out).
 */
function applyOverride(columns: ImportColumn[], mapping: MappingOverride | undefined): ImportColumn[] {
  if (!mapping) return columns;
  const result = columns.map((column) => ({ ...column, field: null as MemberImportField | null }));
  for (const [letter, target] of Object.entries(mapping)) {
    const index = columnIndex(letter);
    if (index === null || target === 'ignore') continue;
    let column = result.find((candidate) => candidate.index === index);
    if (!column) {
      column = { index, letter, header: '', field: null };
      result.push(column);
    }
    column.field = target;
  }
  return result.sort((a, b) => a.index - b.index);
}

/** Validates a mapping override sent by a client: column letters to known fields, each field once. */
export function parseMappingOverride(raw: unknown): MappingOverride | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const mapping: MappingOverride = {};
  const seen = new Set<string>();
  for (const [key, value] of Object.entries(raw)) {
    const letter = key.trim().toUpperCase();
    if (columnIndex(letter) === null || typeof value !== 'string') return null;
    if (value !== 'ignore') {
      const field = MEMBER_IMPORT_FIELDS.find((known) => known === value);
      if (!field || seen.has(field)) return null;
      seen.add(field);
      mapping[letter] = field;
    } else {
      mapping[letter] = 'ignore';
    }
  }
  return mapping;
}

export type RowKind = 'data' | 'blank' | 'columnNumbers' | 'repeatedHeader' | 'footer';

/** "Tổng cộng: 25 đoàn viên" and "Tổng số: …" sit in one cell with the figures, past the domain's check. */
function startsTotals(cells: CellValue[]): boolean {
  const first = cells.find((cell) => !isBlank(cell));
  if (typeof first !== 'string') return false;
  return /^(tong cong|tong so|cong)\s*:/u.test(normalizeForSearch(first));
}

/**
 * What every footer row has, tested cheaply before the full test (which normalises every cell, a quarter
 * of reading a big list): a cell starting "tổng" or "cộng" (with or without accents), or only text (a
 * signature block; a number or date is never a signer's words).
 */
function mayBeFooter(cells: CellValue[]): boolean {
  let onlyText = true;
  for (const cell of cells) {
    if (typeof cell !== 'string') {
      if (!isBlank(cell)) onlyText = false;
      continue;
    }
    // "Tổng" and "Cộng" (in any Unicode form) begin with a t or a c: most cells need no more look
    const first = cell.trimStart().charCodeAt(0) | 0x20;
    if (first !== 0x74 && first !== 0x63) continue;
    const head = cell.trimStart().slice(0, 8).normalize('NFC').toLowerCase();
    if (/^(?:tổng|cộng|tong|cong)/u.test(head)) return true;
  }
  return onlyText;
}

export function rowKind(row: SheetRow, layout: TableLayout): RowKind {
  const mapped = layout.columns.filter((column) => column.field !== null);
  if (mapped.every((column) => isBlank(row.cells[column.index] ?? null))) return 'blank';
  if (isColumnNumberRow(row.cells)) return 'columnNumbers';
  const nameColumn = mapped.find((column) => column.field === 'fullName');
  if (nameColumn && matchImportHeader(row.cells[nameColumn.index]) === 'fullName') return 'repeatedHeader';
  if ((mayBeFooter(row.cells) && isTotalsOrSignatureRow(row.cells)) || startsTotals(row.cells))
    return 'footer';
  return 'data';
}
