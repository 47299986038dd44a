// Platform pages beyond the tree: health contract, rules table, users and roles, audit log.
import { expect, test } from '@playwright/test';
import { shot, signIn } from './helpers.ts';

test('the server answers health and OpenAPI', async ({ request }) => {
  expect(await (await request.get('/api/health')).json()).toEqual({ status: 'ok', db: 'pglite' });
  const openapi = await (await request.get('/api/openapi.json')).json();
  expect(Object.keys(openapi.paths)).toContain('/api/org-units/{id}/move');
});

test('the administrator reads the rules table with its history', async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByTestId('nav-rules').click();
  const dues = page.locator('[data-testid="rule-row"][data-key="dues.rate"]');
  await expect(dues.getByTestId('rule-value-in-force')).toContainText('0,5');
  await dues.getByTestId('rule-toggle').click();
  const history = page.getByTestId('rule-history');
  await expect(history.filter({ hasText: '0,5 %' })).toHaveCount(1);
  await expect(history.filter({ hasText: /^1 %/ })).toHaveCount(1);
  await shot(page, 'platform-01-rules');
});

test('longbien manages accounts within Long Biên only', async ({ page }) => {
  await signIn(page, 'longbien');
  await page.getByTestId('nav-users').click();
  await expect(page.locator('[data-testid="user-row"][data-username="longbien"]')).toBeVisible();
  await expect(page.locator('[data-testid="user-row"][data-username="cdcs"]')).toBeVisible();
  await expect(page.locator('[data-testid="user-row"][data-username="hanoi"]')).toHaveCount(0);
  await shot(page, 'platform-02-users');
});
