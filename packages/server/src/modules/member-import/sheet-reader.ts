// Reads an uploaded member list, .xlsx or .csv, into rows of plain cells with Excel's row numbers.
// Workbooks are loaded whole, not streamed: ExcelJS's streaming reader splits multi-byte UTF-8 characters
// at chunk boundaries ("Vi�t Nam", exceljs#2084) and such text would be stored without an error.
// Uploads are capped (20 MB), their zip sizes checked (zip-limits.ts) and parsed in a worker thread with a
// heap limit, so the memory this takes stays bounded.
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors.ts';
import { type CellValue, cellValue, type SheetRow } from './cells.ts';
import { verifyZipSizes } from './zip-limits.ts';

export interface SheetSource {
  name: string;
  rows: AsyncIterable<SheetRow>;
}

export type FileKind = 'xlsx' | 'csv';

/** The file's kind from its first bytes, then its name; a legacy .xls or anything else is refused. */
export function fileKindOf(buffer: Uint8Array, fileName: string): FileKind {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => buffer[i] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) throw new AppError(415, 'IMPORT_LEGACY_XLS');
  if (buffer.length === 0) throw new AppError(400, 'IMPORT_FILE_EMPTY');
  if (/\.(csv|txt|tsv)$/iu.test(fileName) || !buffer.subarray(0, 4096).includes(0)) return 'csv';
  throw new AppError(415, 'IMPORT_FILE_TYPE');
}

export async function* readSheets(buffer: Uint8Array, fileName: string): AsyncGenerator<SheetSource> {
  if (fileKindOf(buffer, fileName) === 'csv') {
    yield { name: fileName, rows: csvRows(buffer) };
    return;
  }
  yield* xlsxSheets(buffer);
}

async function* xlsxSheets(buffer: Uint8Array): AsyncGenerator<SheetSource> {
  // ExcelJS inflates each part whole: first make sure none is bigger than the directory (already checked) says.
  await verifyZipSizes(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(buffer) as unknown as ArrayBuffer);
  } catch {
    throw new AppError(400, 'IMPORT_FILE_UNREADABLE');
  }
  for (const worksheet of workbook.worksheets) {
    if (worksheet.state === 'hidden' || worksheet.state === 'veryHidden') continue;
    yield { name: worksheet.name, rows: worksheetRows(worksheet) };
  }
}

async function* worksheetRows(worksheet: ExcelJS.Worksheet): AsyncGenerator<SheetRow> {
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      // A merged range holds its value in its first cell only, as a sheet shows it.
      cells[column - 1] = cell.type === ExcelJS.ValueType.Merge ? null : cellValue(cell.value);
    });
    for (let column = 0; column < cells.length; column++) cells[column] ??= null;
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    rows.push({ row: row.number, cells });
  });
  yield* rows;
}

/** UTF-8 with or without BOM, or UTF-16 with a BOM (Excel's "Unicode text"); anything else is refused. */
function decodeText(buffer: Uint8Array): string {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => buffer[i] === byte);
  try {
    if (starts(0xff, 0xfe)) return new TextDecoder('utf-16le', { fatal: true }).decode(buffer.subarray(2));
    if (starts(0xfe, 0xff)) return new TextDecoder('utf-16be', { fatal: true }).decode(buffer.subarray(2));
    const body = starts(0xef, 0xbb, 0xbf) ? buffer.subarray(3) : buffer;
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new AppError(400, 'IMPORT_CSV_ENCODING');
  }
}

/** ',' or ';' (Excel in a Vietnamese or European locale) or tab: the one that splits some line the most. */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/u, 50);
  let best = ',';
  let bestCount = 0;
  for (const delimiter of [',', ';', '\t']) {
    const count = Math.max(0, ...lines.map((line) => line.split(delimiter).length - 1));
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

async function* csvRows(buffer: Uint8Array): AsyncGenerator<SheetRow> {
  const text = decodeText(buffer);
  let records: string[][];
  try {
    records = parseCsv(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      // Blank lines are rows too: Excel numbers them, and the row numbers in the report must match.
      skip_empty_lines: false,
    }) as string[][];
  } catch {
    throw new AppError(400, 'IMPORT_FILE_UNREADABLE');
  }
  for (let index = 0; index < records.length; index++) {
    const cells = (records[index] ?? []).map(cellValue);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    yield { row: index + 1, cells };
  }
}
