// The assessment list of a subtree as the .xlsx unions file: each grassroots union with its self and review
// totals and its grade, and the shares at each grade, in the administrative layout of member-export.
import { type AssessmentGrade, type AssessmentStatus, todayInVietnam } from '@congdoan/domain';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import type { MessageCode } from '../../platform/messages.ts';
import { administrativeWorkbook, say } from '../member-export/layout.ts';
import { assessedUnit, assessmentOverview } from './service.ts';

const STATUS: Record<AssessmentStatus | 'none', MessageCode> = {
  none: 'ASSESSMENT_STATUS_NONE',
  draft: 'ASSESSMENT_STATUS_DRAFT',
  submitted: 'ASSESSMENT_STATUS_SUBMITTED',
  reviewed: 'ASSESSMENT_STATUS_REVIEWED',
};
const GRADE: Record<AssessmentGrade, MessageCode> = {
  excellent: 'ASSESSMENT_GRADE_EXCELLENT',
  good: 'ASSESSMENT_GRADE_GOOD',
  completed: 'ASSESSMENT_GRADE_COMPLETED',
  notCompleted: 'ASSESSMENT_GRADE_NOT_COMPLETED',
};
const percent = (value: number) => (Math.round(value * 10) / 10).toString().replace('.', ',');

export async function exportAssessments(
  tx: Tx,
  unitId: number,
  year: number,
): Promise<{ workbook: Buffer; fileName: string }> {
  const overview = await assessmentOverview(tx, unitId, year, undefined);
  const unit = await assessedUnit(tx, unitId, year);
  const parent = unit.parentId === null ? null : await assessedUnit(tx, unit.parentId, year);
  const [code] = await queryRows<{ code: string }>(tx, sql`select code from org_units where id = ${unitId}`);
  const book = administrativeWorkbook();
  const sheet = book.sheet(
    String(year),
    [
      { title: say('EXPORT_COLUMN_SEQUENCE'), width: 6 },
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
  for (const row of overview.units) {
    await sheet.addRow([
      row.unitName,
      say(STATUS[row.status ?? 'none']),
      row.selfTotal,
      row.reviewTotal,
      row.grade === null ? null : say(GRADE[row.grade]),
    ]);
  }
  const { byGrade } = overview.shares;
  sheet.end({
    totals: say('ASSESSMENT_EXPORT_TOTALS', {
      units: overview.shares.units,
      notGraded: overview.shares.notGraded,
      excellent: byGrade.excellent.count,
      excellentPercent: percent(byGrade.excellent.percent),
      good: byGrade.good.count,
      goodPercent: percent(byGrade.good.percent),
      completed: byGrade.completed.count,
      completedPercent: percent(byGrade.completed.percent),
      notCompleted: byGrade.notCompleted.count,
      notCompletedPercent: percent(byGrade.notCompleted.percent),
    }),
    signedOn: todayInVietnam(),
  });
  return {
    workbook: await book.finish(),
    fileName: `danh-gia-xep-loai-cdcs-${code?.code ?? unitId}-${year}.xlsx`,
  };
}
