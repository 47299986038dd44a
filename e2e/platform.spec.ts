import { expect, test } from '@playwright/test';

test('the app answers and names its database', async ({ page, request }) => {
  const health = await request.get('/api/health');
  expect(await health.json()).toEqual({ status: 'ok', db: 'pglite' });
  await page.goto('/');
  await expect(page.locator('body')).toContainText('Công Đoàn Số');
  await page.screenshot({ path: 'e2e/screenshots/platform-home.png' });
});
