// Reads an uploaded member list, .xlsx or .csv, into rows of plain cells with Excel's row numbers.
// Workbooks are streamed, one row at a time, with ExcelJS's streaming reader made to decode UTF-8 across
// chunk boundaries (see Utf8WorkbookReader). Uploads are capped (20 MB), their zip sizes checked
// (zip-limits.ts) and parsed in a worker thread with a heap limit.

import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors.ts';
import { cellValue, type SheetRow } from './cells.ts';
import { readSharedStrings, type SheetContext, worksheetXmlRows } from './sheet-xml.ts';
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

/**
 * ExcelJS's streaming reader decodes each inflated chunk on its own (exceljs#2084): a character whose bytes
 * straddle two chunks comes out as U+FFFD. Here every part is decoded as one UTF-8 stream instead: the zip
 * entries with setEncoding (Node's StringDecoder keeps a split character's bytes for the next chunk), and a
 * worksheet that waited in a temporary file (it came before the shared strings) through a streaming
 * TextDecoder. ExcelJS passes string chunks to its XML parser untouched.
 */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {}
type EntryParser = (this: unknown, entry: NodeJS.ReadableStream) => unknown;
type SheetParser = (this: unknown, iterator: AsyncIterable<unknown>, sheetNo: string) => unknown;
const readerMethods = Utf8WorkbookReader.prototype as unknown as Record<string, EntryParser | SheetParser>;
const parent = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as Record<
  string,
  EntryParser | SheetParser
>;
for (const name of ['_parseRels', '_parseWorkbook', '_parseStyles']) {
  const inherited = parent[name] as EntryParser;
  readerMethods[name] = function (this: unknown, entry: NodeJS.ReadableStream) {
    entry.setEncoding('utf8');
    return inherited.call(this, entry);
  };
}
// The shared strings as plain text, read by sheet-xml.ts: ExcelJS builds a SAX event per tag and an object per
// rich text run, the slowest part of opening a real workbook (Excel keeps every text cell there).
// ExcelJS delegates to it with yield*, so it answers an iterable that ends once they are read.
(readerMethods as Record<string, unknown>)._parseSharedStrings = function (
  this: { sharedStrings?: string[] },
  entry: NodeJS.ReadableStream,
): AsyncIterable<never> {
  entry.setEncoding('utf8');
  const next = async (): Promise<IteratorResult<never>> => {
    this.sharedStrings = await readSharedStrings(entry as AsyncIterable<string>);
    return { done: true, value: undefined };
  };
  return { [Symbol.asyncIterator]: () => ({ next }) };
};
const parseWorksheet = parent._parseWorksheet as SheetParser;
readerMethods._parseWorksheet = function (this: unknown, iterator: AsyncIterable<unknown>, sheetNo: string) {
  return parseWorksheet.call(this, decodedChunks(iterator), sheetNo);
};

async function* decodedChunks(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    yield typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function* xlsxSheets(buffer: Uint8Array): AsyncGenerator<SheetSource> {
  // The reader inflates as it goes: first make sure no part is bigger than the zip's directory says.
  await verifyZipSizes(buffer);
  const reader = new Utf8WorkbookReader(Readable.from(slices(buffer)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of readOrRefuse(reader)) {
      const { state, name } = worksheet as unknown as { state?: string; name: string };
      const rows = worksheetRows(worksheet, sheetContext(reader));
      if (state === 'hidden' || state === 'veryHidden') {
        for await (const _ of rows);
        continue;
      }
      yield { name, rows };
    }
  } finally {
    (reader as unknown as { stream?: Readable }).stream?.destroy();
  }
}

/** The upload in 64 kB views, not copied: the unzipper reads it as from a file, at its own pace. */
function* slices(buffer: Uint8Array): Generator<Buffer> {
  for (let start = 0; start < buffer.length; start += 65_536) {
    const end = Math.min(start + 65_536, buffer.length);
    yield Buffer.from(buffer.buffer, buffer.byteOffset + start, end - start);
  }
}

/** The reader's worksheets; a file that is no workbook at all is refused as unreadable. */
async function* readOrRefuse(reader: ExcelJS.stream.xlsx.WorkbookReader) {
  const iterator = reader[Symbol.asyncIterator]();
  for (;;) {
    let next: IteratorResult<ExcelJS.stream.xlsx.WorksheetReader>;
    try {
      next = await iterator.next();
    } catch {
      throw new AppError(400, 'IMPORT_FILE_UNREADABLE');
    }
    if (next.done) return;
    yield next.value;
  }
}

/** The workbook's shared strings, styles and date system, as the worksheets' cells refer to them. */
function sheetContext(reader: ExcelJS.stream.xlsx.WorkbookReader): SheetContext {
  const workbook = reader as unknown as {
    sharedStrings?: unknown[];
    styles?: { getStyleModel?(id: number): { numFmt?: unknown } | null };
    properties?: { model?: { date1904?: boolean } };
  };
  const formats = new Map<number, string | undefined>();
  return {
    sharedStrings: workbook.sharedStrings,
    numFmt: (styleId) => {
      if (!formats.has(styleId)) {
        const format = workbook.styles?.getStyleModel?.(styleId)?.numFmt;
        formats.set(styleId, typeof format === 'string' ? format : undefined);
      }
      return formats.get(styleId);
    },
    date1904: workbook.properties?.model?.date1904 === true,
  };
}

/** The worksheet's rows, read from its XML (sheet-xml.ts); a part that is no worksheet is unreadable. */
async function* worksheetRows(
  worksheet: ExcelJS.stream.xlsx.WorksheetReader,
  context: SheetContext,
): AsyncGenerator<SheetRow> {
  const chunks = (worksheet as unknown as { iterator: AsyncIterable<string> }).iterator;
  try {
    yield* worksheetXmlRows(chunks, context);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(400, 'IMPORT_FILE_UNREADABLE');
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
