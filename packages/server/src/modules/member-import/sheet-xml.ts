// A worksheet's XML read straight into rows of plain cells. ExcelJS's streaming reader still opens the
// workbook (its parts, sheet names and states, shared strings and styles), but its worksheet reader builds a
// SAX event, a Row and a styled Cell object for every cell: on a 100,000-row list that was most of the
// import's reading time and of its garbage. This reads only what the import looks at — each cell's column,
// type, style (is it a date?) and value — with the same meaning as ExcelJS's values (see cellAt).
import { AppError } from '../../platform/errors.ts';
import type { CellValue, SheetRow } from './cells.ts';

/** What a worksheet's cells refer to, from the workbook read before it. */
export interface SheetContext {
  /** the workbook's shared strings: text, or ExcelJS's rich text */
  sharedStrings: readonly unknown[] | undefined;
  /** the number format of a cell style (its index in styles.xml's cellXfs) */
  numFmt(styleId: number): string | undefined;
  /** the workbook counts dates from 1904 (old Mac Excel) */
  date1904: boolean;
}

/** ExcelJS's test of a date format: a y, m, d, h, s or b outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/u.test(format.replace(/\[[^\]]*\]/gu, '').replace(/"[^"]*"/gu, ''));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five named entities and character references; anything else is not a workbook Excel writes. */
function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/gu, (_whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    const named = ENTITIES[name];
    if (named === undefined) throw new AppError(400, 'IMPORT_FILE_UNREADABLE');
    return named;
  });
}

/** The 0-based column of a cell reference ("AB12" → 27), or -1 if it has none. */
function columnOf(ref: string): number {
  let column = 0;
  let index = 0;
  for (; index < ref.length; index++) {
    const code = ref.charCodeAt(index);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
  }
  return index === 0 ? -1 : column - 1;
}

/** One attribute of a start tag's text (`c r="B2" s="3" t="s"`), XML-decoded; undefined if absent. */
function attribute(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(`${name}=`, from);
    if (at < 0) return undefined;
    const before = tag.charCodeAt(at - 1);
    from = at + name.length + 1;
    // a whole attribute name: preceded by white space (not "xr:r=" or "spans=")
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    const quote = tag[from];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = tag.indexOf(quote, from + 1);
    return end < 0 ? undefined : decode(tag.slice(from + 1, end));
  }
}

interface OpenCell {
  column: number;
  style: number;
  type: string | undefined;
  value: string | null;
  formula: boolean;
}

/**
 * The cell's value as ExcelJS's worksheet reader gives it, then cells.ts's cellValue: a formula's cached
 * result, a shared or inline string, an error's text, a boolean, a date (a number in a date format), or a
 * number; nothing for an empty string or a number that is not one.
 */
function cellAt(cell: OpenCell, context: SheetContext, rowStyle: number): CellValue {
  const text = cell.value;
  if (cell.formula) {
    if (text === null) return null;
    return cell.type === 'str' ? text || null : numberOf(text);
  }
  if (text === null) return null;
  switch (cell.type) {
    case 's': {
      const shared = context.sharedStrings?.[Number.parseInt(text, 10)];
      return sharedValue(shared);
    }
    case 'inlineStr':
    case 'str':
      return text || null;
    case 'e':
      return text;
    case 'b':
      return Number.parseInt(text, 10) !== 0;
    default: {
      const value = numberOf(text);
      if (value === null) return null;
      const style = cell.style || rowStyle;
      if (style && isDateFormat(context.numFmt(style))) {
        return new Date(Math.round((value - 25569 + (context.date1904 ? 1462 : 0)) * 86_400_000));
      }
      return value;
    }
  }
}

/** A shared string as ExcelJS caches it: text, or rich text whose runs are joined. */
function sharedValue(shared: unknown): CellValue {
  if (typeof shared === 'string') return shared || null;
  const runs = (shared as { richText?: { text?: unknown }[] } | undefined)?.richText;
  if (!Array.isArray(runs)) return null;
  return runs.map((run) => String(run.text ?? '')).join('') || null;
}

/** A start or end tag's local name: "x:row" → "row". */
function localName(tag: string, start: number): string {
  let end = start;
  while (end < tag.length) {
    const code = tag.charCodeAt(end);
    if (code === 32 || code === 47 || code === 9 || code === 10 || code === 13) break;
    end++;
  }
  const name = tag.slice(start, end);
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

interface XmlHandler {
  /** a start, end or empty tag: its local name and its text between < and > */
  tag(name: string, tag: string, closing: boolean, selfClosing: boolean): void;
  /** is text before the next tag wanted (inside an element whose text is read)? */
  capturing(): boolean;
  text(text: string): void;
}

const unreadable = () => new AppError(400, 'IMPORT_FILE_UNREADABLE');

/**
 * Tags and text of an XML document arriving in string chunks, for the few elements a part's reader wants:
 * no events built, no attributes parsed until asked for. Returns what is left unread (an incomplete tag).
 * A document type (which could declare entities) is refused: no workbook part has one.
 */
function scanXml(text: string, handler: XmlHandler): number {
  let pos = 0;
  for (;;) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) {
      if (handler.capturing()) handler.text(text.slice(pos));
      return text.length;
    }
    if (lt > pos && handler.capturing()) handler.text(text.slice(pos, lt));
    pos = lt;
    const second = text.charCodeAt(lt + 1);
    if (second === 33 /* ! */) {
      if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt + 4);
        if (end < 0) return pos;
        pos = end + 3;
        continue;
      }
      if (text.startsWith('<![CDATA[', lt)) {
        const end = text.indexOf(']]>', lt + 9);
        if (end < 0) return pos;
        if (handler.capturing()) handler.text(text.slice(lt + 9, end).replaceAll('&', '&amp;'));
        pos = end + 3;
        continue;
      }
      if (text.length - lt < 9) return pos;
      throw unreadable();
    }
    if (second === 63 /* ? */) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) return pos;
      pos = end + 2;
      continue;
    }
    // the tag's end: the first '>' outside quotes
    let gt = text.indexOf('>', lt + 1);
    if (gt < 0) return pos;
    let tag = text.slice(lt + 1, gt);
    if (tag.includes('"') || tag.includes("'")) {
      let quote = '';
      gt = -1;
      for (let index = lt + 1; index < text.length; index++) {
        const char = text[index];
        if (quote) {
          if (char === quote) quote = '';
        } else if (char === '"' || char === "'") quote = char;
        else if (char === '>') {
          gt = index;
          break;
        }
      }
      if (gt < 0) return pos;
      tag = text.slice(lt + 1, gt);
    }
    pos = gt + 1;
    const closing = tag.charCodeAt(0) === 47; /* / */
    const selfClosing = !closing && tag.charCodeAt(tag.length - 1) === 47;
    handler.tag(localName(tag, closing ? 1 : 0), tag, closing, selfClosing);
  }
}

/** Feeds every chunk to the scanner, keeping an incomplete tag for the next; false if the end was cut. */
async function* scanChunks(chunks: AsyncIterable<string>, handler: XmlHandler): AsyncGenerator<void> {
  let rest = '';
  for await (const chunk of chunks) {
    const text = rest ? rest + chunk : chunk;
    rest = text.slice(scanXml(text, handler));
    yield;
  }
  if (rest.trim() !== '') throw unreadable();
}

/**
 * The shared strings part as plain text, one per <si>: its <t>, or its rich text runs' <t>s joined (their
 * fonts are of no use to an import), without phonetic guides (<rPh>).
 */
export async function readSharedStrings(chunks: AsyncIterable<string>): Promise<string[]> {
  const strings: string[] = [];
  let item: string | null = null;
  let capture: string | null = null;
  let phonetic = false;
  const handler: XmlHandler = {
    capturing: () => capture !== null,
    text: (text) => {
      capture += text;
    },
    tag: (name, _tag, closing, selfClosing) => {
      if (name === 'si') {
        if (closing) {
          strings.push(item ?? '');
          item = null;
        } else if (selfClosing) strings.push('');
        else item = '';
      } else if (name === 't') {
        if (closing) {
          if (item !== null && capture !== null && !phonetic) item += decode(capture);
          capture = null;
        } else if (!selfClosing && item !== null) capture = '';
      } else if (name === 'rPh') phonetic = !closing && !selfClosing;
    },
  };
  for await (const _ of scanChunks(chunks, handler));
  if (item !== null) throw unreadable();
  return strings;
}

/** A numeric cell's text as a number; nothing when it is not one. */
function numberOf(text: string | null): number | null {
  const value = Number.parseFloat(text ?? '');
  return Number.isFinite(value) ? value : null;
}

/**
 * The worksheet's rows that hold a value, in order, each with Excel's row number and its cells by column
 * (trailing empty cells dropped). XML that is not a worksheet's — a tag left open, a document type, an
 * unknown entity — is refused as an unreadable file.
 */
export async function* worksheetXmlRows(
  chunks: AsyncIterable<string>,
  context: SheetContext,
): AsyncGenerator<SheetRow> {
  let rowNumber = 0;
  let rowStyle = 0;
  let cells: CellValue[] | null = null;
  let nextColumn = 0;
  let cell: OpenCell | null = null;
  /** inside a cell's <v>, <f> or a string's <t>: the text read so far */
  let capture: string | null = null;
  let captureInto: 'value' | 'formula' | 'text' = 'value';
  let inlineText: string | null = null;
  let phonetic = false;
  let ready: SheetRow[] = [];
  const handler: XmlHandler = {
    capturing: () => capture !== null,
    text: (text) => {
      capture += text;
    },
    tag: (name, tag, closing, selfClosing) => {
      if (closing) {
        switch (name) {
          case 'v':
          case 'f':
            if (cell && capture !== null) {
              if (captureInto === 'value') cell.value = decode(capture);
              capture = null;
            }
            break;
          case 't':
            if (cell && capture !== null) {
              if (!phonetic) inlineText = (inlineText ?? '') + decode(capture);
              capture = null;
            }
            break;
          case 'rPh':
            phonetic = false;
            break;
          case 'is':
            if (cell) cell.value = inlineText;
            break;
          case 'c':
            if (cell && cells) cells[cell.column] = cellAt(cell, context, rowStyle);
            cell = null;
            break;
          case 'row':
            if (cells) {
              while (cells.length > 0 && (cells[cells.length - 1] ?? null) === null) cells.pop();
              for (let column = 0; column < cells.length; column++) cells[column] ??= null;
              if (cells.length > 0) ready.push({ row: rowNumber, cells });
            }
            cells = null;
            break;
        }
        return;
      }
      switch (name) {
        case 'row': {
          const number = Number.parseInt(attribute(tag, 'r') ?? '', 10);
          rowNumber = Number.isFinite(number) && number > 0 ? number : rowNumber + 1;
          rowStyle = Number.parseInt(attribute(tag, 's') ?? '0', 10) || 0;
          cells = selfClosing ? null : [];
          nextColumn = 0;
          break;
        }
        case 'c': {
          if (!cells) break;
          const ref = attribute(tag, 'r');
          const column = ref ? columnOf(ref) : -1;
          const at = column >= 0 ? column : nextColumn;
          nextColumn = at + 1;
          if (selfClosing) {
            cells[at] = null;
            break;
          }
          cell = {
            column: at,
            style: Number.parseInt(attribute(tag, 's') ?? '0', 10) || 0,
            type: attribute(tag, 't'),
            value: null,
            formula: false,
          };
          inlineText = null;
          phonetic = false;
          break;
        }
        case 'v':
          if (cell && !selfClosing) {
            capture = '';
            captureInto = 'value';
          }
          break;
        case 'f':
          if (cell) cell.formula = true;
          if (cell && !selfClosing) {
            capture = '';
            captureInto = 'formula';
          }
          break;
        case 'rPh':
          phonetic = !selfClosing;
          break;
        case 't':
          if (cell && !selfClosing) capture = '';
          break;
      }
    },
  };
  for await (const _ of scanChunks(chunks, handler)) {
    if (ready.length > 0) {
      const rows = ready;
      ready = [];
      yield* rows;
    }
  }
  if (cells !== null || cell !== null) throw unreadable();
}
