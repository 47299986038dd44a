// The Content Security Policy the server sends (platform/headers.ts) fits the web app: the main pages open
// with no violation reported, so a dependency that starts to need eval, an inline script or an outside
// host shows up here rather than as a blank page in production.
import { expect, test } from '@playwright/test';
import { signInThroughPage } from './helpers';

test('the main pages load under the content security policy without a violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().startsWith('CSP violation')) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const home = await page.request.get('/');
  expect(home.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(home.headers()['x-content-type-options']).toBe('nosniff');

  await signInThroughPage(page, 'longbien', undefined, null);
  for (const path of ['/org', '/members', '/congresses', '/reports', '/plans', '/assessments', '/audit']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});
