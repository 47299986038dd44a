// The whole reading of an uploaded file: the first sheet with a recognisable header, its layout, and every
// data row parsed. Pure CPU and memory work with no database, so it can run in a worker thread.
import { AppError } from '../../platform/errors.ts';
import { type CellValue, isBlank, type SheetRow } from './cells.ts';
import { HEADER_WINDOW, locateTable, type MappingOverride, rowKind, type TableLayout } from './layout.ts';
import { type ParsedRow, parseRow } from './row-parser.ts';
import { readSheets } from './sheet-reader.ts';

export interface ParseOptions {
  fileName: string;
  /** today in Vietnam: dates after it are refused */
  today: string;
  /** 1-based header row chosen by the user, on the first visible sheet */
  headerRow?: number;
  mapping?: MappingOverride;
  /** data rows allowed: one more answers 413 (the whole file is refused, never cut short) */
  maxRows?: number;
}

export interface ParsedLayout {
  sheetName: string;
  layout: TableLayout;
}

export interface ParsedFile extends ParsedLayout {
  rows: ParsedRow[];
}

/** Receives the parsed rows in batches, so a worker can pass them on while it reads. */
export interface ParseSink {
  layout(layout: ParsedLayout): void;
  rows(rows: ParsedRow[]): void;
}

const BATCH = 2000;

export async function parseFile(buffer: Uint8Array, options: ParseOptions): Promise<ParsedFile> {
  let found: ParsedLayout | undefined;
  const rows: ParsedRow[] = [];
  await parseFileInto(buffer, options, {
    layout: (layout) => {
      found = layout;
    },
    rows: (batch) => {
      for (const row of batch) rows.push(row);
    },
  });
  if (!found) throw new AppError(422, 'IMPORT_NO_HEADER');
  return { ...found, rows };
}

export async function parseFileInto(
  buffer: Uint8Array,
  options: ParseOptions,
  sink: ParseSink,
): Promise<void> {
  let done = false;
  let firstSheet = true;
  for await (const sheet of readSheets(buffer, options.fileName)) {
    if (done) {
      for await (const _ of sheet.rows);
      continue;
    }
    const headerRow = firstSheet ? options.headerRow : undefined;
    firstSheet = false;
    const windowSize = Math.max(HEADER_WINDOW, (headerRow ?? 0) + 1);
    const window: SheetRow[] = [];
    let table: TableReader | null = null;
    let located = false;
    const locate = () => {
      located = true;
      const dense: CellValue[][] = Array.from({ length: windowSize }, () => []);
      for (const row of window) dense[row.row - 1] = row.cells;
      const layout = locateTable(dense, { headerRow, mapping: options.mapping });
      if (!layout) return;
      if (!layout.columns.some((column) => column.field === 'fullName')) {
        throw new AppError(422, 'IMPORT_NAME_COLUMN_MISSING', { row: layout.headerRow });
      }
      sink.layout({ sheetName: sheet.name, layout });
      table = new TableReader(layout, options.today, sink, options.maxRows ?? Number.POSITIVE_INFINITY);
      for (const row of window) table.push(row);
    };
    for await (const row of sheet.rows) {
      if (!located && row.row <= windowSize) {
        window.push(row);
        continue;
      }
      if (!located) locate();
      (table as TableReader | null)?.push(row);
    }
    if (!located) locate();
    if (table) {
      (table as TableReader).flush();
      done = true;
    }
  }
  if (!done) throw new AppError(422, 'IMPORT_NO_HEADER');
}

/** Walks the rows below the header: data rows are parsed, the rest skipped, until the footer begins. */
class TableReader {
  private batch: ParsedRow[] = [];
  private count = 0;
  private footer = false;
  private readonly evidence: number[];

  constructor(
    private readonly layout: TableLayout,
    private readonly today: string,
    private readonly sink: ParseSink,
    private readonly maxRows: number,
  ) {
    // Cells that only a member row holds: below the footer they mean a member was left out of the table.
    this.evidence = layout.columns
      .filter((column) =>
        ['nationalId', 'dateOfBirth', 'yearOfBirthMale', 'yearOfBirthFemale'].includes(column.field ?? ''),
      )
      .map((column) => column.index);
  }

  push(row: SheetRow): void {
    if (row.row <= this.layout.lastHeaderRow) return;
    if (this.footer) {
      if (this.evidence.some((index) => !isBlank(row.cells[index] ?? null))) {
        const parsed = parseRow(row, this.layout, this.today);
        const name = this.layout.columns.find((column) => column.field === 'fullName')!;
        this.add({
          ...parsed,
          values: {},
          problems: [{ column: name.letter, code: 'IMPORT_ROW_BELOW_FOOTER' }],
        });
      }
      return;
    }
    const kind = rowKind(row, this.layout);
    if (kind === 'footer') this.footer = true;
    if (kind !== 'data') return;
    this.add(parseRow(row, this.layout, this.today));
  }

  private add(row: ParsedRow): void {
    this.count++;
    if (this.count > this.maxRows) throw new AppError(413, 'IMPORT_TOO_MANY_ROWS', { max: this.maxRows });
    this.batch.push(row);
    if (this.batch.length >= BATCH) this.flush();
  }

  flush(): void {
    if (this.batch.length === 0) return;
    this.sink.rows(this.batch);
    this.batch = [];
  }
}
