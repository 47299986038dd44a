// Shared steps for the browser tests: sign in (with a saved session, or through the page), take a named
// screenshot, open a unit from the search.
import { type BrowserContext, expect, type Page } from '@playwright/test';

/** The environment variable global-setup.ts leaves the demo accounts' session cookies in, by username. */
export const SESSIONS_ENV = 'CONGDOAN_E2E_SESSIONS';

type Cookies = Parameters<BrowserContext['addCookies']>[0];

/**
 * Opens `to` (the organisation page by default, where most tests start; null: the home dashboard) as a demo
 * account, with the session global-setup.ts got for it on the login page. Signing in on the page in every
 * test cost a page load, the dashboard and a password check each time, about 15 % of the browser tests'
 * CPU; the tests about signing in and out use `signInThroughPage`.
 */
export async function signIn(page: Page, username: string, to: string | null = '/org'): Promise<void> {
  const cookies = (JSON.parse(process.env[SESSIONS_ENV] ?? '{}') as Record<string, Cookies>)[username];
  if (!cookies) {
    throw new Error(`No saved session for ${username}: add it to global-setup.ts, or use signInThroughPage`);
  }
  await page.context().clearCookies();
  await page.context().addCookies(cookies);
  await page.goto(to ?? '/');
  if (to === null) await expect(page.getByTestId('dashboard-page')).toBeVisible();
  if (to === '/org') await expect(page.getByTestId('unit-search')).toBeVisible();
}

/**
 * Signs in on the login page, which lands on the home dashboard; then opens `to` (the organisation page by
 * default; null stays on the dashboard). For the tests about signing in, and for accounts a test creates.
 */
export async function signInThroughPage(
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
