// Reads an uploaded member list, .xlsx or .csv, into rows of plain cells with Excel's row numbers. Workbooks
// are streamed (ExcelJS's reader) so a 100,000-row file stays a few hundred megabytes, not gigabytes.
import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors.ts';
import { type CellValue, cellValue, type SheetRow } from './cells.ts';

export interface SheetSource {
  name: string;
  /** Every row must be consumed, even of a sheet that is not used: the workbook is one stream. */
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

interface WorkbookModel {
  model?: { sheets?: { name: string; rId: string; state?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

/** The tab name and visibility of worksheet file sheetN.xml, from the workbook part read before it. */
function sheetInfo(reader: WorkbookModel, sheetNo: number): { name: string; hidden: boolean } {
  const rel = reader.workbookRels?.find(
    (r) => r.Target.replace(/^\/?xl\//u, '') === `worksheets/sheet${sheetNo}.xml`,
  );
  const sheet = reader.model?.sheets?.find((s) => s.rId === rel?.Id);
  return {
    name: sheet?.name ?? `Sheet${sheetNo}`,
    hidden: sheet?.state === 'hidden' || sheet?.state === 'veryHidden',
  };
}

async function* xlsxSheets(buffer: Uint8Array): AsyncGenerator<SheetSource> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(buffer)]), {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      const id = Number((worksheet as unknown as { id: string | number }).id);
      const info = sheetInfo(reader as unknown as WorkbookModel, id);
      const rows = worksheetRows(worksheet);
      if (info.hidden) {
        for await (const _ of rows);
        continue;
      }
      yield { name: info.name, rows };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(400, 'IMPORT_FILE_UNREADABLE');
  }
}

async function* worksheetRows(worksheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<SheetRow> {
  for await (const row of worksheet) {
    // row.values is 1-based (index 0 unused) and sparse.
    const values = row.values as unknown[];
    const cells: CellValue[] = [];
    for (let column = 1; column < values.length; column++) cells.push(cellValue(values[column]));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    yield { row: row.number, cells };
  }
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
