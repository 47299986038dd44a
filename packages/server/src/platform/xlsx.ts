// Cells of exported sheets that no spreadsheet will take for a formula. A member named "=HYPERLINK(…)"
// is text in the file we write, but becomes a live formula once someone edits the cell or saves the sheet
// as CSV and opens it again; the OWASP remedy is a leading apostrophe, which keeps the text readable.

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
