// A committee session as a superior union records it (issue #5, item 1): the session with its attendance and
// conclusion, a resolution with a task, the Word minutes; the overdue task on the unit's home until it is done.
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { openSearchResult, shot, signIn } from './helpers.ts';

async function fillDate(page: Page, testId: string, value: string) {
  await page.getByTestId(testId).fill(value);
  await page.getByTestId(testId).press('Tab');
}

test('longbien records a committee session with a resolution, and follows its task until done', async ({
  page,
}) => {
  await signIn(page, 'longbien');
  await openSearchResult(page, 'lien doan lao dong quan long bien', 'Liên đoàn Lao động quận Long Biên');
  await page.getByTestId('tab-congress').click();
  const committee = page.getByTestId('committee-meetings').first();
  await committee.getByTestId('meeting-record-open').click();

  await fillDate(page, 'meeting-held-on', '02/10/2026');
  await page.getByTestId('meeting-place').fill('Hội trường LĐLĐ quận Long Biên');
  const convened = Number(await page.getByTestId('meeting-convened').inputValue());
  expect(convened).toBeGreaterThan(0);
  await page.getByTestId('meeting-present').fill(String(convened));
  await expect(page.getByTestId('meeting-quorum')).toHaveAttribute('data-met', 'true');
  await page
    .getByTestId('meeting-agenda')
    .fill('Báo cáo kết quả 9 tháng năm 2026\nNhiệm vụ trọng tâm quý IV');
  await page.getByTestId('meeting-opinions').fill('16');
  await page.getByTestId('meeting-conclusion').fill('Thống nhất thông qua báo cáo; giao nhiệm vụ quý IV.');
  await page.getByTestId('resolution-add').click();
  await page.getByTestId('resolution-number').fill('07/NQ-BCH');
  await page.getByTestId('resolution-title').fill('Nghị quyết về nhiệm vụ quý IV năm 2026');
  await page.getByTestId('task-add').click();
  await page.getByTestId('task-description').fill('Tổng hợp danh sách đoàn viên khó khăn dịp Tết');
  await page.getByTestId('task-owner-kind').getByText('Cá nhân').click();
  await page.getByTestId('task-owner-name').fill('Phó Chủ tịch phụ trách chăm lo');
  await fillDate(page, 'task-deadline', '31/10/2026');
  await page.getByTestId('meeting-record-next').click();
  await expect(page.getByTestId('meeting-record-summary')).toBeVisible();
  await shot(page, 'meetings-01-record-confirmation');
  await page.getByTestId('meeting-record-confirm').click();

  const row = committee.getByTestId('meeting-row').first();
  await expect(row).toContainText('02/10/2026');
  await row.getByTestId('meeting-link').click();
  await expect(page.getByTestId('meeting-conclusion-value')).toContainText('giao nhiệm vụ quý IV');
  await expect(page.getByTestId('meeting-opinions-value')).toHaveAttribute('data-count', '16');
  const task = page.getByTestId('task-row').first();
  await expect(task).toHaveAttribute('data-state', 'overdue');
  await shot(page, 'meetings-02-session');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('meeting-minutes').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/u);
  expect((await readFile((await download.path()) ?? '')).subarray(0, 2).toString()).toBe('PK');

  // The overdue task is on Long Biên's home until it is reported done.
  await page.goto('/org');
  await openSearchResult(page, 'lien doan lao dong quan long bien', 'Liên đoàn Lao động quận Long Biên');
  const overdue = page.getByTestId('overdue-task').filter({ hasText: 'đoàn viên khó khăn dịp Tết' });
  await expect(overdue).toHaveCount(1);
  await shot(page, 'meetings-03-overdue-on-home');
  await overdue.getByTestId('overdue-task-meeting').click();
  await page.getByTestId('task-mark-done').first().click();
  await fillDate(page, 'task-done-on', '05/11/2026');
  await page.getByTestId('task-done-next').click();
  await page.getByTestId('task-done-confirm').click();
  await expect(page.getByTestId('task-row').first()).toHaveAttribute('data-state', 'done');
  await page.goto('/org');
  await openSearchResult(page, 'lien doan lao dong quan long bien', 'Liên đoàn Lao động quận Long Biên');
  await expect(page.getByTestId('member-stat-members')).toBeVisible();
  await expect(
    page.getByTestId('overdue-task').filter({ hasText: 'đoàn viên khó khăn dịp Tết' }),
  ).toHaveCount(0);
});
