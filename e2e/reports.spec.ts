// Periodic reports in a real browser: Hà Nội opens the 2026 six-month period; a Long Biên grassroots union
// fills its report and submits it; Long Biên returns it with a comment; the union corrects and resubmits;
// Long Biên approves it; the roll-up of Long Biên follows each step; the Word report downloads.
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { shot, signIn } from './helpers';

test.describe.configure({ mode: 'serial' });

/** Long Biên's rolled-up figure of an indicator on the period's roll-up tab, as the page prints it. */
async function rolledUp(page: Page, periodPath: string, code: string): Promise<string> {
  await page.goto(`${periodPath}?tab=rollup`);
  const row = page.locator(`[data-testid="rollup-row"][data-code="${code}"]`);
  await expect(row).toBeVisible();
  return (await row.getByTestId('rollup-value').innerText()).trim();
}

test('a grassroots report goes up, is returned, corrected, approved, and rolls up into Long Biên', async ({
  page,
}) => {
  test.setTimeout(120_000);

  // Hà Nội opens the period; the dates come from the rules (31/5 cut-off).
  await signIn(page, 'hanoi', '/reports');
  await page.getByTestId('report-period-open').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: '6 tháng đầu năm' }).check();
  await dialog.getByRole('textbox', { name: 'Năm' }).fill('2026');
  await page.getByTestId('report-period-form-next').click();
  await expect(page.getByTestId('report-period-form-summary')).toBeVisible();
  await page.getByTestId('report-period-form-confirm').click();
  await page.waitForURL(/\/reports\/\d+/);
  const periodPath = new URL(page.url()).pathname;
  await expect(page.getByText('31/05/2026').first()).toBeVisible();
  await shot(page, 'reports-1-period-opened');

  // The grassroots officer fills in the figures the records do not reach, and submits.
  await signIn(page, 'cdcs', periodPath);
  await page.getByTestId('own-report-open').click();
  await expect(page.getByTestId('unit-report')).toHaveAttribute('data-status', 'missing');
  // Members come from the records, not typed.
  await expect(page.locator('[data-testid="report-line"][data-code="MEMBERS"]')).toHaveAttribute(
    'data-source',
    'computed',
  );
  await page.getByRole('textbox', { name: 'Số lao động', exact: true }).fill('150');
  await page.getByRole('textbox', { name: 'Số lao động nữ', exact: true }).fill('80');
  await page
    .getByRole('textbox', { name: 'Kết quả đạt được' })
    .fill('Tổ chức 2 cuộc đối thoại định kỳ; kết nạp đoàn viên mới theo chỉ tiêu.');
  await page.getByTestId('unit-report-save').click();
  await expect(page.getByText('Đã lưu nháp')).toBeVisible();
  await expect(page.getByTestId('unit-report')).toHaveAttribute('data-status', 'draft');
  await shot(page, 'reports-2-draft');
  await page.getByTestId('unit-report-submit').click();
  await page.getByTestId('unit-report-submit-modal-next').click();
  await page.getByTestId('unit-report-submit-modal-confirm').click();
  await expect(page.getByTestId('unit-report')).toHaveAttribute('data-status', 'submitted');
  const reportPath = new URL(page.url()).pathname;

  // Long Biên sees it in its roll-up, then returns it with a comment.
  await signIn(page, 'longbien', periodPath);
  expect(await rolledUp(page, periodPath, 'WORKERS')).toBe('150');
  await shot(page, 'reports-3-rollup-submitted');
  await page.goto(reportPath);
  await page.getByTestId('unit-report-return').click();
  await page
    .getByTestId('unit-report-return-comment')
    .fill('Số lao động chưa khớp danh sách đóng bảo hiểm, đề nghị kiểm tra lại.');
  await page.getByTestId('unit-report-return-modal-next').click();
  await page.getByTestId('unit-report-return-modal-confirm').click();
  await expect(page.getByTestId('unit-report')).toHaveAttribute('data-status', 'returned');
  // A returned report's figures are no longer counted.
  expect(await rolledUp(page, periodPath, 'WORKERS')).not.toBe('150');

  // The officer reads the comment, corrects the figure and submits again.
  await signIn(page, 'cdcs', reportPath);
  await expect(page.getByTestId('unit-report-returned')).toContainText('bảo hiểm');
  await shot(page, 'reports-4-returned');
  await page.getByRole('textbox', { name: 'Số lao động', exact: true }).fill('160');
  await page.getByTestId('unit-report-submit').click();
  await page.getByTestId('unit-report-submit-modal-next').click();
  await page.getByTestId('unit-report-submit-modal-confirm').click();
  await expect(page.getByTestId('unit-report')).toHaveAttribute('data-status', 'submitted');

  // Long Biên approves; the roll-up now carries the corrected figure; the Word report downloads.
  await signIn(page, 'longbien', reportPath);
  await page.getByTestId('unit-report-approve').click();
  await page.getByTestId('unit-report-approve-modal-next').click();
  await page.getByTestId('unit-report-approve-modal-confirm').click();
  await expect(page.getByTestId('unit-report')).toHaveAttribute('data-status', 'approved');
  await expect(page.getByTestId('unit-report-history')).toContainText('bảo hiểm');
  await shot(page, 'reports-5-approved');
  const download = page.waitForEvent('download');
  await page.getByTestId('unit-report-docx').click();
  const file = await (await download).path();
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);

  expect(await rolledUp(page, periodPath, 'WORKERS')).toBe('160');
  await page.getByTestId('report-tab-completeness').click();
  await expect(page.getByTestId('completeness')).toBeVisible();
  await shot(page, 'reports-6-completeness');

  // The home dashboard shows the period's completeness.
  await page.goto('/');
  await expect(page.getByTestId('dashboard-page')).toBeVisible();
  await shot(page, 'reports-7-dashboard');
});
