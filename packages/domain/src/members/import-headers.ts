// Column headers of the member lists unions keep in Excel, recognised in their many wordings.
import { normalizeForSearch } from '../text/normalize.ts';
import { MEMBER_ENTRY_FIELDS, MEMBER_FIELD_HEADERS } from './fields.ts';

/** The import's own columns, which are no member field; their wordings as `headerKey` leaves them. */
const IMPORT_ONLY_HEADERS = {
  sequence: ['stt', 'tt', 's t t', 't t', 'so tt', 'so thu tu', 'thu tu'],
  yearOfBirthMale: ['nam'],
  yearOfBirthFemale: ['nu'],
};

/**
 * The columns of an import, in the order the mapping offers them: the row number (STT), a member's fields
 * with their header wordings (members/fields.ts), and the "Nam" / "Nữ" columns of sheets that give gender
 * by which of the two holds the year of birth.
 */
export const MEMBER_IMPORT_FIELDS = [
  'sequence',
  ...MEMBER_ENTRY_FIELDS,
  'yearOfBirthMale',
  'yearOfBirthFemale',
] as const;
export type MemberImportField = (typeof MEMBER_IMPORT_FIELDS)[number];

const HEADERS: Record<MemberImportField, readonly string[]> = {
  ...MEMBER_FIELD_HEADERS,
  ...IMPORT_ONLY_HEADERS,
};

const BY_KEY = new Map<string, MemberImportField>();
for (const field of MEMBER_IMPORT_FIELDS) {
  for (const wording of HEADERS[field]) if (!BY_KEY.has(wording)) BY_KEY.set(wording, field);
}

/** The text of a cell as ExcelJS or a CSV parser gives it: plain values, rich text, hyperlinks, formulas. */
export function importCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const cell = value as { richText?: { text?: unknown }[]; text?: unknown; result?: unknown };
    if (Array.isArray(cell.richText)) return cell.richText.map((run) => importCellText(run.text)).join('');
    if (cell.text !== undefined) return importCellText(cell.text);
    if (cell.result !== undefined) return importCellText(cell.result);
  }
  return '';
}

/**
 * A header's matching key: accent-free, lower case, footnote marks such as "(1)" or "(*)" and other
 * parenthesised hints ("(dd/mm/yyyy)") dropped, punctuation and line breaks turned into single spaces.
 */
export function headerKey(header: string): string {
  return normalizeForSearch(header.replace(/\([^)]*\)/gu, ' '))
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

/**
 * The field a column header names ("Họ và tên", "Ngày, tháng, năm sinh", "Số CCCD/CMND (2)"…), or null.
 * "Nam" and "Nữ" alone are the year-of-birth-by-gender columns; "Năm" (year) alone is the date of birth,
 * the one place where the accents decide.
 */
export function matchImportHeader(header: unknown): MemberImportField | null {
  const text = importCellText(header);
  const key = headerKey(text);
  if (key === 'nam') {
    return /^\s*năm\b/iu.test(text.normalize('NFC').replace(/\([^)]*\)/gu, ''))
      ? 'dateOfBirth'
      : 'yearOfBirthMale';
  }
  return BY_KEY.get(key) ?? null;
}
