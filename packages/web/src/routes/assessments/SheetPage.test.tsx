// A grassroots union saving its own scores when the server refuses one the page could not foresee (the sheet
// it checks against changed since the page loaded): the server's sentence for that criterion shows under its
// score, as the server wrote it in the UI language, not a code.
import { DEFAULT_ASSESSMENT_SHEET, filledAssessment } from '@congdoan/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, refusal } from '../../test/network.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { SheetPage } from './SheetPage.tsx';

const DRAFT = filledAssessment.parse({
  id: 5,
  unitId: 42,
  unitName: 'Công đoàn cơ sở Công ty May 10',
  parentUnitId: 1,
  year: 2024,
  sheet: DEFAULT_ASSESSMENT_SHEET,
  status: 'draft',
  selfScores: {},
  selfTotal: 0,
  selfNote: null,
  submittedAt: null,
  reviewScores: null,
  reviewTotal: null,
  reviewNote: null,
  reviewedAt: null,
  reviewedByUnitId: null,
  grade: null,
  can: { edit: true, submit: false, review: false, return: false },
});

const OVER_MAX = 'Có điểm vượt mức tối đa của tiêu chí (7).';

describe('saving the scores of an assessment sheet', () => {
  it("shows the server's reason for refusing a score under that criterion's score", async () => {
    const network = mockApi({
      'GET /api/assessments/sheet': {
        year: 2024,
        sheetYear: 2024,
        sheet: DEFAULT_ASSESSMENT_SHEET,
        maxPoints: 100,
        thresholds: { excellent: 90, good: 75, completed: 50 },
        thresholdsUnconfirmed: false,
      },
      'GET /api/org-units/42/assessments/2024': DRAFT,
      'PUT /api/org-units/42/assessments/2024': refusal(
        422,
        'ASSESSMENT_SCORES_INVALID',
        'Điểm chấm chưa hợp lệ: hãy xem lại các tiêu chí được đánh dấu',
        [{ path: 'scores.collectiveAgreement', message: OVER_MAX }],
      ),
    });
    const { user } = renderWithProviders(<SheetPage />, {
      route: { path: 'assessments/$unitId/$year', url: '/assessments/42/2024' },
    });
    const score = await screen.findByTestId('self-score-collectiveAgreement');
    await user.type(score, '8');
    await user.click(screen.getByTestId('assessment-save'));

    expect(await screen.findByText(OVER_MAX)).toBeInTheDocument();
    expect(score).toHaveAccessibleDescription(OVER_MAX);
    expect(screen.getByTestId('self-score-workplaceDialogue')).not.toHaveAccessibleDescription(OVER_MAX);
    expect(network.sentTo('PUT /api/org-units/42/assessments/2024')[0]?.body).toMatchObject({
      scores: { collectiveAgreement: 8 },
    });
  });
});
