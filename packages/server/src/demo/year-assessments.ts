// Demo assessments of 2024 (issue #5 item 4): every grassroots union of Hà Nội alive on 31/12/2024 scored
// itself on the sheet of the year and submitted in January 2025; the union above reviewed by mid-March (a few
// not yet), and the review total graded by the thresholds in force on 31/12/2024 — most good or excellent,
// some completed, a few not completed. Written in bulk with the invariants of the assessments service
// (complete sheets, totals from scoreSheet, grade from gradeAssessment) and one audit entry.
import {
  type AssessmentGrade,
  type AssessmentScores,
  type AssessmentSheetDefinition,
  type AssessmentThresholds,
  addDays,
  gradeAssessment,
  scoreSheet,
} from '@congdoan/domain';
import type { Tx } from '../db/client.ts';
import { assessments } from '../db/schema/index.ts';
import { sheetOfYear, thresholdsOfYear } from '../modules/assessments/service.ts';
import { recordAudit } from '../platform/audit.ts';
import { HANOI } from './hanoi-data.ts';
import { LONG_BIEN } from './longbien.ts';
import { type Random, seededRandom, seedFromText } from './random.ts';
import { idOf, liveSubtree, type UnitCodes, vietnamTime } from './year-world.ts';

export const ASSESSMENT_YEAR = 2024;

/** The review's grade for each union (null: submitted, not reviewed yet), by share. */
const GRADE_SHARES: [AssessmentGrade | null, number][] = [
  ['excellent', 0.3],
  ['good', 0.52],
  ['completed', 0.09],
  ['notCompleted', 0.04],
  [null, 0.05],
];

function pickGrade(random: Random): AssessmentGrade | null {
  let left = random.next();
  for (const [grade, share] of GRADE_SHARES) {
    if (left < share) return grade;
    left -= share;
  }
  return 'good';
}

/** A total within the grade's band of thresholds (upper bands end at the sheet's maximum). */
function totalFor(grade: AssessmentGrade, t: AssessmentThresholds, max: number, random: Random): number {
  const band: Record<AssessmentGrade, [number, number]> = {
    excellent: [t.excellent, Math.min(max, t.excellent + 8)],
    good: [t.good, t.excellent - 1],
    completed: [t.completed, t.good - 1],
    notCompleted: [Math.max(0, t.completed - 15), t.completed - 1],
  };
  const [low, high] = band[grade];
  return random.int(Math.ceil(low), Math.floor(Math.max(low, high)));
}

/** Whole-point scores on every criterion adding up to `total`: regular criteria from their maxima down, bonus up. */
function scoresFor(sheet: AssessmentSheetDefinition, total: number, random: Random): AssessmentScores {
  const scores: AssessmentScores = {};
  const regular = sheet.sections.filter((section) => section.kind === 'regular').flatMap((s) => s.criteria);
  for (const criterion of regular) scores[criterion.code] = criterion.maxPoints;
  let sum = regular.reduce((acc, criterion) => acc + criterion.maxPoints, 0);
  for (const section of sheet.sections.filter((s) => s.kind === 'bonus')) {
    let sectionPoints = 0;
    for (const criterion of section.criteria) {
      const room = Math.min(criterion.maxPoints, section.maxPoints - sectionPoints, Math.max(0, total - sum));
      const given = Math.floor(room);
      scores[criterion.code] = given;
      sectionPoints += given;
      sum += given;
    }
  }
  while (sum > total) {
    const criterion = random.pick(regular);
    if ((scores[criterion.code] ?? 0) < 1) continue;
    scores[criterion.code] = (scores[criterion.code] ?? 0) - 1;
    sum -= 1;
  }
  return scores;
}

function checkedTotal(sheet: AssessmentSheetDefinition, scores: AssessmentScores): number {
  const result = scoreSheet(sheet, scores);
  if (!result.ok || result.score.unscored.length > 0)
    throw new Error('demo assessment: a sheet that does not score');
  return result.score.total;
}

export interface DemoAssessmentsSummary {
  assessed: number;
  reviewed: number;
  byGrade: Record<AssessmentGrade, number>;
}

export async function seedDemoAssessments(
  tx: Tx,
  users: { hanoi: number; longBien: number },
  codes: UnitCodes,
): Promise<DemoAssessmentsSummary> {
  const year = ASSESSMENT_YEAR;
  const { sheet } = await sheetOfYear(tx, year);
  const { thresholds } = await thresholdsOfYear(tx, year);
  const max = sheet.sections.reduce((sum, section) => sum + section.maxPoints, 0);
  const hanoiId = idOf(codes, HANOI.code);
  const longBienId = idOf(codes, LONG_BIEN.code);
  const units = (await liveSubtree(tx, hanoiId, `${year}-12-31`)).filter((unit) => unit.tier === 3);
  const summary: DemoAssessmentsSummary = {
    assessed: 0,
    reviewed: 0,
    byGrade: { excellent: 0, good: 0, completed: 0, notCompleted: 0 },
  };
  const rows = units.map((unit) => {
    const random = seededRandom(seedFromText(`assessment ${year} ${unit.code}`));
    const grade = pickGrade(random);
    const reviewTotal = totalFor(grade ?? 'good', thresholds, max, random);
    const reviewScores = scoresFor(sheet, reviewTotal, random);
    // units score themselves a little higher than the level above does
    const selfScores = scoresFor(sheet, Math.min(max, reviewTotal + random.int(0, 4)), random);
    const selfTotal = checkedTotal(sheet, selfScores);
    const submittedOn = addDays(`${year + 1}-01-02`, random.int(0, 18));
    const reviewedOn = addDays(submittedOn, random.int(14, 50));
    summary.assessed += 1;
    const reviewer = unit.path.includes(longBienId) ? users.longBien : users.hanoi;
    const base = {
      unitId: unit.unitId,
      year,
      selfScores,
      selfTotal: String(selfTotal),
      selfNote: null,
      submittedAt: vietnamTime(submittedOn, 9, random.int(0, 59)),
      submittedBy: null,
    };
    if (grade === null) {
      return { ...base, status: 'submitted', updatedAt: vietnamTime(submittedOn, 9) };
    }
    const total = checkedTotal(sheet, reviewScores);
    const graded = gradeAssessment(total, thresholds);
    if (graded !== grade) throw new Error(`demo assessment: ${total} grades ${graded}, not ${grade}`);
    summary.reviewed += 1;
    summary.byGrade[graded] += 1;
    return {
      ...base,
      status: 'reviewed',
      reviewScores,
      reviewTotal: String(total),
      reviewNote:
        graded === 'notCompleted' ? 'Chưa tổ chức Hội nghị người lao động; chưa ký thỏa ước.' : null,
      grade: graded,
      reviewedAt: vietnamTime(reviewedOn, 14, random.int(0, 59)),
      reviewedBy: reviewer,
      updatedAt: vietnamTime(reviewedOn, 14),
    };
  });
  for (let start = 0; start < rows.length; start += 500) {
    await tx.insert(assessments).values(rows.slice(start, start + 500));
  }
  await recordAudit(tx, null, {
    action: 'seed',
    entity: 'assessment',
    entityId: String(year),
    unitId: hanoiId,
    after: { year, thresholds, ...summary },
  });
  return summary;
}
