// The running total of a sheet as it is typed: scores the sheet cannot take are named in the catalogue's
// words (the same texts the server keys by the problem's code), once each, instead of a total.
import { DEFAULT_ASSESSMENT_SHEET, scoreSheet } from '@congdoan/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { Tally } from './SheetScores.tsx';

describe('the running total of a sheet', () => {
  it('names what is wrong with the scores, with the maximum and the cap, once each', () => {
    // Two criteria of 8 points scored 9, a bonus criterion over the bonus section's cap of 5.
    const result = scoreSheet(DEFAULT_ASSESSMENT_SHEET, {
      collectiveAgreement: 9,
      workplaceDialogue: 9,
      creativeModel: 3,
      commendation: 2,
      targetExceeded: 2,
    });
    expect(result.ok).toBe(false);
    renderWithProviders(
      <Tally
        sheet={DEFAULT_ASSESSMENT_SHEET}
        result={result}
        thresholds={undefined}
        testId="self"
        title="Tự chấm"
      />,
    );
    expect(screen.getByTestId('self-problems')).toHaveTextContent(
      'Có điểm vượt mức tối đa của tiêu chí (8). Điểm thưởng vượt mức tối đa 5 điểm.',
    );
    expect(screen.queryByTestId('self-total')).toBeNull();
  });
});
