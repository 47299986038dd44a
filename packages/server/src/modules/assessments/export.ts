// The assessment list of a subtree as the .xlsx unions file: each grassroots union with its self and review
// totals and its grade, and the shares at each grade, in the administrative layout (platform/xlsx.ts) and the
// requester's language.
import { type Locale, label, todayInVietnam } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { sayIn } from '../../platform/i18n.ts';
import { administrativeWorkbook } from '../../platform/xlsx.ts';
import { assessedUnit, assessedUnits, assessmentOverview } from './service.ts';

/** A share to one decimal, with the language's decimal mark: 12,5 in Vietnamese, 12.5 in English. */
const percent = (locale: Locale, value: number) => {
  const text = (Math.round(value * 10) / 10).toString();
  return locale === 'vi' ? text.replace('.', ',') : text;
};

export async function exportAssessments(
  tx: Tx,
  unitId: number,
  year: number,
  locale: Locale,
): Promise<{ workbook: Buffer; fileName: string }> {
  const say = sayIn(locale);
  const overview = await assessmentOverview(tx, unitId, year, undefined);
  const unit = await assessedUnit(tx, unitId, year);
  const parent = unit.parentId === null ? null : await assessedUnit(tx, unit.parentId, year);
  const [code] = await queryRows<{ code: string }>(tx, sql`select code from org_units where id = ${unitId}`);
  const book = administrativeWorkbook(locale);
  const sheet = book.sheet(
    String(year),
    [
      { title: say('DOCUMENT_COLUMN_SEQUENCE'), width: 6 },
      { title: say('ASSESSMENT_EXPORT_UNIT'), width: 48, left: true },
      { title: say('ASSESSMENT_EXPORT_STATUS'), width: 18 },
      { title: say('ASSESSMENT_EXPORT_SELF'), width: 12 },
      { title: say('ASSESSMENT_EXPORT_REVIEW'), width: 12 },
      { title: say('ASSESSMENT_EXPORT_GRADE'), width: 30 },
    ],
    {
      parentName: parent?.name ?? null,
      unitName: unit.name,
      title: say('ASSESSMENT_EXPORT_TITLE', { year }),
      subtitles: [unit.name],
    },
  );
  // Every union of the subtree, not the overview's page: the file is streamed row by row.
  for (const row of await assessedUnits(tx, unitId, year)) {
    await sheet.addRow([
      row.unitName,
      label(locale, 'assessmentStatus', row.status ?? 'none'),
      row.selfTotal,
      row.reviewTotal,
      row.grade === null ? null : label(locale, 'assessmentGrade', row.grade),
    ]);
  }
  const { byGrade } = overview.shares;
  sheet.end({
    totals: say('ASSESSMENT_EXPORT_TOTALS', {
      units: overview.shares.units,
      notGraded: overview.shares.notGraded,
      excellent: byGrade.excellent.count,
      excellentPercent: percent(locale, byGrade.excellent.percent),
      good: byGrade.good.count,
      goodPercent: percent(locale, byGrade.good.percent),
      completed: byGrade.completed.count,
      completedPercent: percent(locale, byGrade.completed.percent),
      notCompleted: byGrade.notCompleted.count,
      notCompletedPercent: percent(locale, byGrade.notCompleted.percent),
    }),
    signedOn: todayInVietnam(),
  });
  return {
    workbook: await book.finish(),
    fileName: `danh-gia-xep-loai-cdcs-${code?.code ?? unitId}-${year}.xlsx`,
  };
}
