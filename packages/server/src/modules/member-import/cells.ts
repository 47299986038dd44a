// Cells as the import sees them: plain values whatever the file kind, column letters, and the form in
// which a rejected row's original cells are kept so they can be written back out unchanged.
import { formatDateVi } from '@congdoan/domain';

/** A cell's value: text, a number, an Excel date (a Date at UTC midnight), a boolean, or nothing. */
export type CellValue = string | number | boolean | Date | null;

/** One row of a sheet with its row number as Excel shows it (1-based); cells[0] is column A. */
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

/** A cell kept for the rejected-rows file: JSON-safe, dates as dd/mm/yyyy text. */
export type KeptCell = string | number | boolean | null;

/** ExcelJS gives rich text, hyperlinks, formulas and errors as objects; the import wants their value. */
export function cellValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return raw === '' ? null : raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw === 'boolean' || raw instanceof Date) return raw;
  if (typeof raw === 'object') {
    const cell = raw as {
      richText?: { text?: unknown }[];
      text?: unknown;
      formula?: unknown;
      sharedFormula?: unknown;
      result?: unknown;
      error?: unknown;
    };
    if (Array.isArray(cell.richText))
      return cellValue(cell.richText.map((run) => String(run.text ?? '')).join(''));
    if (cell.formula !== undefined || cell.sharedFormula !== undefined) return cellValue(cell.result);
    if (cell.text !== undefined) return cellValue(cell.text);
    // '#N/A' and friends stay visible, so the row is rejected for them rather than read as blank.
    if (typeof cell.error === 'string') return cell.error;
  }
  return null;
}

export function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function keptCell(cell: CellValue | undefined): KeptCell {
  if (cell === undefined) return null;
  if (cell instanceof Date) return formatDateVi(cell.toISOString().slice(0, 10));
  return cell;
}

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 'A' → 0, 'AA' → 26; null for anything that is not a column letter. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Z]{1,3}$/u.test(letters)) return null;
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** Header text on one line: merged header cells often hold line breaks and runs of spaces. */
export function headerText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  const text = cell instanceof Date ? formatDateVi(cell.toISOString().slice(0, 10)) : String(cell);
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}
