// A unit's report for a period as a Word document in the administrative layout (platform/docx.ts): the
// issuing body and motto, the title, the results with the key figures in sentences and a table of every
// line of the unit's form with last year's figure beside, the shortcomings, the direction, the recipients
// and the committee's signature block, in the requester's language (the narrative stays as it was written).
import {
  formatDateVi,
  indicatorMeasureLabel,
  indicatorName,
  type Locale,
  type ReportNarrative,
  todayInVietnam,
} from '@congdoan/domain';
import { Document, Packer } from 'docx';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { A4_PAGE, administrativeHeader, gridTable, para, twoColumns } from '../../platform/docx.ts';
import { type Say, sayIn } from '../../platform/i18n.ts';
import { figureText, parentNameOn } from './export.ts';
import { figuresFor, lastYearFiguresFor, ownFormValues, type PeriodRow } from './figures.ts';

const paragraphs = (say: Say, text: string) => {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return lines.length === 0
    ? [para(say('REPORT_DOC_EMPTY'), { italics: true })]
    : lines.map((line) => para(line, { align: 'both' }));
};

/** The Word report of `unitId` for `period` (the unit must be in the period's tree: the caller checks). */
export async function reportDocument(
  tx: Tx,
  period: PeriodRow,
  unitId: number,
  locale: Locale,
): Promise<{ document: Buffer; fileName: string }> {
  const say = sayIn(locale);
  const figures = await figuresFor(tx, period, unitId);
  const last = await lastYearFiguresFor(tx, period, unitId);
  const [report] = await queryRows<{ narrative: Partial<ReportNarrative> | null }>(
    tx,
    sql`select narrative from unit_reports where period_id = ${period.id} and unit_id = ${unitId}`,
  );
  const [unit] = await queryRows<{ code: string }>(tx, sql`select code from org_units where id = ${unitId}`);
  const narrative = report?.narrative ?? {};
  const codes = figures.level === 'grassroots' ? period.grassrootsCodes : period.superiorCodes;
  const values = ownFormValues(figures);
  const value = (code: string) => figureText(locale, code, values[code]);
  const header = administrativeHeader(say, {
    parentName: await parentNameOn(tx, unitId, period.cutOff),
    unitName: figures.unitName,
    place: null,
    date: todayInVietnam(),
  });
  const sentences = [
    say('REPORT_DOC_MEMBERS', {
      date: formatDateVi(period.cutOff),
      unit: figures.unitName,
      members: value('MEMBERS'),
      women: value('WOMEN_MEMBERS'),
      admitted: value('NEW_MEMBERS'),
      left: value('MEMBERS_LEAVING'),
    }),
    ...(codes.includes('GRASSROOTS_UNIONS')
      ? [
          say('REPORT_DOC_GRASSROOTS', {
            unions: value('GRASSROOTS_UNIONS'),
            founded: value('NEW_GRASSROOTS_UNIONS'),
            dissolved: value('DISSOLVED_GRASSROOTS_UNIONS'),
          }),
        ]
      : []),
    say('REPORT_DOC_WORKERS', { workers: value('WORKERS'), rate: value('MEMBERSHIP_RATE') }),
  ];
  const table = gridTable(
    [
      [say('DOCUMENT_COLUMN_SEQUENCE'), 7],
      [say('REPORT_ROLLUP_COLUMN_INDICATOR'), 45],
      [say('REPORT_ROLLUP_COLUMN_MEASURE'), 12],
      [say('REPORT_DOC_COLUMN_THIS_PERIOD'), 18],
      [say('REPORT_ROLLUP_COLUMN_LAST_YEAR'), 18],
    ],
    codes.map((code, index) => [
      String(index + 1),
      indicatorName(code, locale),
      indicatorMeasureLabel(code, locale),
      value(code),
      figureText(locale, code, last?.figures.values[code]),
    ]),
  );
  const document = new Document({
    creator: 'Công Đoàn Số',
    title: `${say('REPORT_DOC_TITLE')} ${period.name}`,
    sections: [
      {
        properties: A4_PAGE,
        children: [
          header,
          para(say('REPORT_DOC_TITLE'), { align: 'center', bold: true, size: 28, before: 360 }),
          para(period.name, { align: 'center', bold: true }),
          para(say('REPORT_DOC_SUBJECT'), { align: 'center', italics: true }),
          para(say('REPORT_DOC_RESULTS'), { bold: true, before: 240 }),
          ...sentences.map((sentence) => para(sentence, { align: 'both' })),
          ...(narrative.results?.trim() ? paragraphs(say, narrative.results) : []),
          para(say('REPORT_DOC_TABLE_INTRO'), { italics: true, before: 120 }),
          table,
          para(say('REPORT_DOC_SHORTCOMINGS'), { bold: true, before: 240 }),
          ...paragraphs(say, narrative.shortcomings ?? ''),
          para(say('REPORT_DOC_DIRECTION'), { bold: true, before: 240 }),
          ...paragraphs(say, narrative.direction ?? ''),
          twoColumns(
            [
              para(say('REPORT_DOC_RECIPIENTS'), { bold: true, italics: true, size: 24, before: 240 }),
              para(say('REPORT_DOC_FILING'), { size: 22 }),
            ],
            [
              para(say('DOCUMENT_COMMITTEE'), { align: 'center', bold: true, before: 240 }),
              para(say('DOCUMENT_SEAL_HINT'), { align: 'center', italics: true }),
            ],
            50,
          ),
        ],
      },
    ],
  });
  return {
    document: await Packer.toBuffer(document),
    fileName: `bao-cao-${unit?.code ?? unitId}-${period.kind}-${period.year}.docx`,
  };
}
