// A year plan with a target and the annual assessment (issue #5, items 2 and 4): Long Biên issues its 2026 plan
// with a target for every grassroots union and reads each one's progress; a grassroots union scores itself,
// submits, and Long Biên reviews and grades it.
import { expect, type Page, test } from '@playwright/test';
import { openSearchResult, shot, signIn } from './helpers.ts';

test.describe.configure({ mode: 'serial' });

async function fillDate(page: Page, testId: string, value: string) {
  await page.getByTestId(testId).fill(value);
  await page.getByTestId(testId).press('Tab');
}

async function unitIdOf(page: Page, query: string, name: string) {
  await page.goto('/org');
  await openSearchResult(page, query, name);
  return page.url().match(/\/org\/(\d+)/u)?.[1] ?? '';
}

test('longbien issues its 2026 plan with a target and reads the progress of each union', async ({ page }) => {
  await signIn(page, 'longbien');
  const longBien = await unitIdOf(
    page,
    'lien doan lao dong quan long bien',
    'Liên đoàn Lao động quận Long Biên',
  );
  await page.goto(`/plans?unitId=${longBien}&year=2026`);
  await page.getByTestId('plan-issue').click();
  await page.getByTestId('plan-form-year').fill('2026');
  await fillDate(page, 'plan-form-issued-on', '10/01/2026');
  await page.getByTestId('plan-form-document').fill('Chương trình số 01/CTr-LĐLĐ');
  await page.getByTestId('plan-form-theme').fill('Năm nâng cao chất lượng hoạt động công đoàn cơ sở');
  await page.getByTestId('plan-form-key-tasks').fill('Phát triển đoàn viên\nChăm lo Tết cho đoàn viên');
  await page.getByTestId('plan-form-add-target').click();
  await page.getByTestId('plan-form-indicator').click();
  await page.getByTestId('plan-form-indicator').fill('kết nạp mới');
  await page.getByRole('option', { name: 'Số đoàn viên kết nạp mới' }).click();
  await page.getByTestId('plan-form-value').fill('5');
  await page.getByTestId('plan-form-next').click();
  await expect(page.getByTestId('plan-form-summary')).toBeVisible();
  await shot(page, 'plans-01-issue-confirmation');
  await page.getByTestId('plan-form-confirm').click();
  await expect(page.getByTestId('plan-theme')).toContainText('nâng cao chất lượng');
  await expect(page.getByTestId('plan-target-NEW_MEMBERS')).toBeVisible();

  await page.getByTestId('plan-progress-link').first().click();
  const target = page.getByTestId('progress-target-NEW_MEMBERS');
  await expect(target).toBeVisible();
  await expect(target.getByTestId('progress-assigned').first()).toContainText('5');
  await expect(target.getByTestId('progress-bar').first()).toHaveAttribute('data-value', /^\d+$/u);
  await shot(page, 'plans-02-progress');
});

test('a grassroots union scores its 2026 sheet, submits it, and Long Biên reviews and grades it', async ({
  page,
}) => {
  await signIn(page, 'cdcs');
  const unit = await unitIdOf(page, 'dau tu va phat trien long bien', 'Đầu tư và Phát triển Long Biên');
  const sheet = await (await page.request.get('/api/assessments/sheet?year=2026')).json();
  await page.goto(`/assessments/${unit}/2026`);
  await expect(page.getByTestId('assessment-sheet')).toBeVisible();
  // Full marks on every regular criterion and the bonus up to its cap: 95 + 5.
  for (const section of sheet.sheet.sections) {
    let room = section.maxPoints;
    for (const criterion of section.criteria) {
      const points = Math.min(criterion.maxPoints, room);
      room -= points;
      await page.getByTestId(`self-score-${criterion.code}`).fill(String(points));
    }
  }
  await expect(page.getByTestId('self-tally-total')).toHaveAttribute('data-total', '100');
  await expect(page.getByTestId('self-tally-grade')).toHaveAttribute('data-grade', 'excellent');
  await page.getByTestId('assessment-submit').click();
  await page.getByTestId('assessment-submit-modal-next').click();
  await page.getByTestId('assessment-submit-modal-confirm').click();
  await expect(page.getByTestId('assessment-sheet')).toHaveAttribute('data-status', 'submitted');
  await shot(page, 'assessments-01-submitted');

  // Long Biên reviews: the bonus for a creative model is not confirmed, 3 points off.
  await signIn(page, 'longbien');
  await page.goto(`/assessments/${unit}/2026`);
  await expect(page.getByTestId('review-tally')).toBeVisible();
  await page.getByTestId('review-score-creativeModel').fill('0');
  await expect(page.getByTestId('review-tally-total')).toHaveAttribute('data-total', '97');
  await page.getByTestId('assessment-review').click();
  await page.getByTestId('assessment-review-modal-next').click();
  await page.getByTestId('assessment-review-modal-confirm').click();
  await expect(page.getByTestId('assessment-sheet')).toHaveAttribute('data-status', 'reviewed');
  await expect(page.getByTestId('assessment-grade')).toHaveAttribute('data-grade', 'excellent');
  await shot(page, 'assessments-02-reviewed');

  const longBien = await unitIdOf(
    page,
    'lien doan lao dong quan long bien',
    'Liên đoàn Lao động quận Long Biên',
  );
  await page.goto(`/assessments?unitId=${longBien}&year=2026`);
  await expect(page.locator('[data-testid="grade-count"][data-grade="excellent"]')).toContainText('1');
  await shot(page, 'assessments-03-overview');
});
