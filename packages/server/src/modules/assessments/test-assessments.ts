// Test fixture for the annual assessment: full scores on the default sheet for a chosen total, and for the
// route walk (platform/scope.test.ts) sheets straight into `assessments` in Long Biên's A and Hoàng Mai's B:
// a complete draft (to submit) and submitted ones (to review, to return), each in its own year.
import { type AssessmentScores, DEFAULT_ASSESSMENT_SHEET } from '@congdoan/domain';
import { assessments } from '../../db/schema/index.ts';
import type { TestContext } from '../../test/context.ts';

/**
 * Scores every criterion of the default sheet so that the total is `total` (0–100): the regular criteria are
 * filled up in order to their maximum, then the bonus; whole points only for totals given in whole points.
 */
export function scoresFor(total: number): AssessmentScores {
  const scores: AssessmentScores = {};
  let left = total;
  const ordered = [...DEFAULT_ASSESSMENT_SHEET.sections].sort(
    (a, b) => Number(a.kind === 'bonus') - Number(b.kind === 'bonus'),
  );
  for (const section of ordered) {
    let sectionLeft = section.maxPoints;
    for (const criterion of section.criteria) {
      const points = Math.min(criterion.maxPoints, left, sectionLeft);
      scores[criterion.code] = points;
      left -= points;
      sectionLeft -= points;
    }
  }
  if (left > 0) throw new Error(`no sheet reaches ${total}`);
  return scores;
}

export async function insertScopeAssessments(
  ctx: TestContext,
  tree: { grassrootsA: number; grassrootsB: number },
) {
  const full = scoresFor(80);
  const row = (unitId: number, year: number, status: 'draft' | 'submitted') => ({
    unitId,
    year,
    status,
    selfScores: full,
    selfTotal: '80',
    submittedAt: status === 'submitted' ? new Date().toISOString() : null,
  });
  await ctx.database.db
    .insert(assessments)
    .values([
      row(tree.grassrootsA, 2023, 'draft'),
      row(tree.grassrootsA, 2022, 'submitted'),
      row(tree.grassrootsA, 2021, 'submitted'),
      row(tree.grassrootsB, 2023, 'draft'),
      row(tree.grassrootsB, 2022, 'submitted'),
      row(tree.grassrootsB, 2021, 'submitted'),
    ]);
  return { toSubmit: 2023, toReview: 2022, toReturn: 2021, toSave: 2024 };
}
