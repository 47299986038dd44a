// Before the browser tests: signs each demo account the tests use in once, through the real login page, and
// hands the session cookies to the tests (helpers.ts `signIn`) in an environment variable.
import { chromium, expect, type FullConfig } from '@playwright/test';
import { SESSIONS_ENV } from './helpers.ts';

const ACCOUNTS = ['longbien', 'hanoi', 'cdcs', 'admin'];

export default async function globalSetup(config: FullConfig): Promise<void> {
  const { baseURL, launchOptions, locale, timezoneId } = config.projects[0]!.use;
  const browser = await chromium.launch(launchOptions);
  try {
    const context = await browser.newContext({ baseURL, locale, timezoneId });
    const page = await context.newPage();
    const sessions: Record<string, unknown> = {};
    for (const username of ACCOUNTS) {
      await context.clearCookies();
      await page.goto('/login');
      await page.getByTestId('login-username').fill(username);
      await page.getByTestId('login-password').fill('demo1234');
      await page.getByTestId('login-submit').click();
      // Outside a test, expect's timeout is not the config's: the first sign-in waits for a busy server.
      await expect(page.getByTestId('dashboard-page')).toBeVisible({ timeout: 60_000 });
      sessions[username] = (await context.storageState()).cookies;
    }
    process.env[SESSIONS_ENV] = JSON.stringify(sessions);
  } finally {
    await browser.close();
  }
}
