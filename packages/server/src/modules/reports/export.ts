// The roll-up of a report period as the .xlsx a union files, in the administrative layout (platform/xlsx.ts)
// and the requester's language: one row per indicator with its name and unit of measure, and the columns the
// unit, the same period last year, the change, then each reporting child. Percentages are printed ×100.
import {
  findIndicator,
  indicatorMeasureLabel,
  indicatorName,
  type Locale,
  type ReportRollup,
  todayInVietnam,
} from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { sayIn } from '../../platform/i18n.ts';
import { administrativeWorkbook, asOfLine } from '../../platform/xlsx.ts';
import { treeOn, unitName } from '../org/index.ts';
import type { PeriodRow } from './figures.ts';

/** A figure as printed: percentages ×100 to two decimals, money and counts as they are. */
export function printedFigure(code: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  return findIndicator(code)?.measure === 'percent' ? Math.round(value * 10_000) / 100 : value;
}

/** A figure in a sentence: 1.234.567 and 12,5% in Vietnamese, 1,234,567 and 12.5% in English, "-" for none. */
export function figureText(locale: Locale, code: string, value: number | null | undefined): string {
  const printed = printedFigure(code, value);
  if (printed === null) return '-';
  const text = printed.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
  return findIndicator(code)?.measure === 'percent' ? `${text}%` : text;
}

const change = (code: string, value: number | null | undefined, last: number | null | undefined) => {
  const now = printedFigure(code, value);
  const before = printedFigure(code, last);
  return now === null || before === null ? null : Math.round((now - before) * 100) / 100;
};

/** The parent of `unitId` on `day`, for the issuing-body lines. */
export async function parentNameOn(tx: Tx, unitId: number, day: string): Promise<string | null> {
  const [row] = await queryRows<{ name: string }>(
    tx,
    sql`select ${unitName(sql`v.parent_id`, day)} as name from ${treeOn(day)} v where v.unit_id = ${unitId}`,
  );
  return row?.name ?? null;
}

export async function exportRollup(
  tx: Tx,
  period: PeriodRow,
  rollup: ReportRollup,
  locale: Locale,
): Promise<{ workbook: Buffer; fileName: string }> {
  const say = sayIn(locale);
  const parentName = await parentNameOn(tx, rollup.unitId, period.cutOff);
  const [unit] = await queryRows<{ code: string }>(
    tx,
    sql`select code from org_units where id = ${rollup.unitId}`,
  );
  const book = administrativeWorkbook(locale);
  const sheet = book.sheet(
    say('REPORT_ROLLUP_SHEET'),
    [
      { title: say('DOCUMENT_COLUMN_SEQUENCE'), width: 6 },
      { title: say('REPORT_ROLLUP_COLUMN_INDICATOR'), width: 48, left: true },
      { title: say('REPORT_ROLLUP_COLUMN_MEASURE'), width: 12 },
      { title: rollup.unitName, width: 18 },
      { title: say('REPORT_ROLLUP_COLUMN_LAST_YEAR'), width: 16 },
      { title: say('REPORT_ROLLUP_COLUMN_CHANGE'), width: 14 },
      ...rollup.children.map((child) => ({ title: child.unitName, width: 18 })),
    ],
    {
      parentName,
      unitName: rollup.unitName,
      title: say('REPORT_ROLLUP_TITLE'),
      subtitles: [period.name, asOfLine(locale, period.cutOff)],
    },
  );
  for (const code of rollup.indicatorCodes) {
    const last = rollup.lastYear?.indicators[code];
    await sheet.addRow([
      indicatorName(code, locale),
      indicatorMeasureLabel(code, locale),
      printedFigure(code, rollup.indicators[code]),
      printedFigure(code, last),
      change(code, rollup.indicators[code], last),
      ...rollup.children.map((child) => printedFigure(code, child.indicators[code])),
    ]);
  }
  const submitted = rollup.children.filter(
    (child) => child.status === 'submitted' || child.status === 'approved',
  ).length;
  sheet.end({
    totals: say('REPORT_ROLLUP_TOTALS', { submitted, children: rollup.children.length }),
    signedOn: todayInVietnam(),
  });
  return {
    workbook: await book.finish(),
    fileName: `tong-hop-bao-cao-${unit?.code ?? rollup.unitId}-${period.kind}-${period.year}.xlsx`,
  };
}
