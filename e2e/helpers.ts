// Shared steps for the browser tests: sign in through the page, take a named screenshot.
import { expect, type Page } from '@playwright/test';

/**
 * Signs in on the login page, which lands on the home dashboard; then opens `to` (the organisation page by
 * default, where most tests start; null stays on the dashboard).
 */
export async function signIn(
  page: Page,
  username: string,
  password = 'demo1234',
  to: string | null = '/org',
): Promise<void> {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('dashboard-page')).toBeVisible();
  if (to === null) return;
  await page.goto(to);
  if (to === '/org') await expect(page.getByTestId('unit-search')).toBeVisible();
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

/** Types an accent-free query in the unit search and opens the result whose name contains `expected`. */
export async function openSearchResult(page: Page, query: string, expected: string): Promise<void> {
  await page.getByTestId('unit-search').fill(query);
  const result = page.getByTestId('unit-search-result').filter({ hasText: expected }).first();
  await expect(result).toBeVisible();
  await result.getByRole('link').click();
  await expect(page.getByTestId('unit-name')).toContainText(expected);
}
