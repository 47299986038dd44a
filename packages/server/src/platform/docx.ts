// The pieces of the Vietnamese administrative layout every Word document shares (the election minutes, the
// committee meetings' minutes and resolutions, the unit's report): Times New Roman 13 pt, A4 with the official
// margins, the two-column header of issuing body and national motto, and the signature block.
import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Say } from './i18n.ts';

export const FONT = 'Times New Roman';
/** Half-points: 13 pt body text, as official correspondence is set. */
export const SIZE = 26;
const MM = 56.7;

export type RunStyle = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };
export type ParaStyle = RunStyle & { align?: 'center' | 'left' | 'right' | 'both'; before?: number };

export const run = (text: string, style: RunStyle = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: style.size ?? SIZE,
    bold: style.bold ?? false,
    italics: style.italics ?? false,
    ...(style.underline ? { underline: {} } : {}),
  });

export const para = (text: string, style: ParaStyle = {}) =>
  new Paragraph({
    alignment:
      style.align === 'center'
        ? AlignmentType.CENTER
        : style.align === 'right'
          ? AlignmentType.RIGHT
          : style.align === 'both'
            ? AlignmentType.JUSTIFIED
            : AlignmentType.LEFT,
    spacing: { before: style.before ?? 0, after: 60 },
    children: [run(text, style)],
  });

export const cell = (children: Paragraph[], width: number) =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlignTable.TOP,
  });

/** Two borderless columns side by side, as the header and the signature block are laid out. */
export function twoColumns(left: Paragraph[], right: Paragraph[], leftWidth = 45) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, 100 - leftWidth)] })],
  });
}

/** A bordered table with a bold header row; widths in percent. */
export function gridTable(header: [string, number][], rows: string[][]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map(([text, width]) => cell([para(text, { align: 'center', bold: true })], width)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            children: row.map((text, index) => cell([para(text)], header[index]?.[1] ?? 10)),
          }),
      ),
    ],
  });
}

/**
 * The header: the issuing body (its parent above it) on the left, the national motto and the place and date
 * on the right, in the document's language. An unknown place is left blank for the signer to write in.
 */
export function administrativeHeader(
  say: Say,
  facts: { parentName: string | null; unitName: string; place: string | null; date: string },
) {
  const [year, month, day] = facts.date.split('-');
  const placeDate = say('DOCUMENT_PLACE_DATE', {
    place: facts.place ?? '……………',
    day: day ?? '',
    month: month ?? '',
    year: year ?? '',
  });
  return twoColumns(
    [
      ...(facts.parentName ? [para(facts.parentName.toUpperCase(), { align: 'center' })] : []),
      para(facts.unitName.toUpperCase(), { align: 'center', bold: true }),
      para('———', { align: 'center' }),
    ],
    [
      para(say('DOCUMENT_MOTTO'), { align: 'center', bold: true }),
      para(say('DOCUMENT_MOTTO_SUBTITLE'), { align: 'center', bold: true, underline: true }),
      para(placeDate, { align: 'center', italics: true, before: 120 }),
    ],
  );
}

/** A4 with the margins of official correspondence (top and bottom 20 mm, left 30 mm, right 15 mm). */
export const A4_PAGE = {
  page: {
    size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
    margin: {
      top: Math.round(20 * MM),
      bottom: Math.round(20 * MM),
      left: Math.round(30 * MM),
      right: Math.round(15 * MM),
    },
  },
};
