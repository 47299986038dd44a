// The organisation capability as a union officer uses it (issue #2): find without accents, found, move,
// see the history and the audit log; other accounts see it or are refused by scope; English works.
import { expect, test } from '@playwright/test';
import { openSearchResult, shot, signIn, signInThroughPage } from './helpers.ts';

test.describe.configure({ mode: 'serial' });

const suffix = String(Date.now() % 100_000);
const newName = `Công đoàn cơ sở Công ty TNHH Điện tử Ngọc Thụy ${suffix}`;
const newCode = `CDCS-NT-${suffix}`;
let siblingId = '';

test('longbien finds a grassroots union without accents, founds a new one and moves it', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-username').fill('longbien');
  await page.getByTestId('login-password').fill('sai-mat-khau');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');

  await signInThroughPage(page, 'longbien');
  await page.getByTestId('unit-search').fill('dau tu va phat trien long bien');
  const result = page.getByTestId('unit-search-result').first();
  await expect(result).toContainText('Đầu tư và Phát triển Long Biên');
  await shot(page, 'org-01-search-without-accents');

  await page.getByTestId('unit-search').fill('duc giang');
  const sibling = page.getByTestId('unit-search-result').filter({ hasText: 'Đức Giang' }).first();
  await expect(sibling).toBeVisible();
  siblingId = (await sibling.getAttribute('data-unit-id')) ?? '';
  expect(siblingId).not.toBe('');

  // Found a new grassroots union under LĐLĐ quận Long Biên.
  await openSearchResult(page, 'lien doan lao dong quan long bien', 'Liên đoàn Lao động quận Long Biên');
  await expect(page.getByTestId('unit-name')).toHaveText('Liên đoàn Lao động quận Long Biên');
  await page.getByTestId('action-found').click();
  await page.getByTestId('form-effective-date').fill('01/11/2026');
  await page.getByTestId('form-name').fill(newName);
  await page.getByTestId('form-code').fill(newCode);
  await page.getByTestId('form-reason').fill('Có 12 người lao động tự nguyện gia nhập');
  await page.getByTestId('form-document-number').fill('Quyết định số 15/QĐ-LĐLĐ');
  await page.getByTestId('event-next').click();
  await expect(page.getByTestId('event-summary')).toContainText(newName);
  await expect(page.getByTestId('event-summary')).toContainText('01/11/2026');
  await shot(page, 'org-02-found-confirmation');
  await page.getByTestId('event-confirm').click();
  await expect(page.getByTestId('unit-name')).toHaveText(newName);
  await expect(page.getByTestId('history-item').first()).toHaveAttribute('data-kind', 'found');

  // Move it under the district's education union.
  await page.getByTestId('action-move').click();
  await page.getByTestId('form-effective-date').fill('15/11/2026');
  await page.getByTestId('form-new-parent').fill('giao duc quan long bien');
  await page
    .getByRole('option', { name: /Công đoàn Giáo dục quận Long Biên/ })
    .first()
    .click();
  await page.getByTestId('form-reason').fill('Đơn vị chuyển sang khối giáo dục');
  await page.getByTestId('event-next').click();
  const summary = page.getByTestId('event-summary');
  await expect(summary).toContainText('Liên đoàn Lao động quận Long Biên');
  await expect(summary).toContainText('Công đoàn Giáo dục quận Long Biên');
  await expect(summary).toContainText('15/11/2026');
  await shot(page, 'org-03-move-confirmation');
  await page.getByTestId('event-confirm').click();

  // Both events in its history, newest first.
  await expect(page.getByTestId('history-item')).toHaveCount(2);
  await expect(page.getByTestId('history-item').nth(0)).toHaveAttribute('data-kind', 'move');
  await expect(page.getByTestId('history-item').nth(1)).toHaveAttribute('data-kind', 'found');
  await expect(page.getByTestId('history-description').nth(0)).toContainText(
    'Công đoàn Giáo dục quận Long Biên',
  );
  await expect(page.getByTestId('history-document').first()).toContainText('15/QĐ-LĐLĐ');
  await expect(page.getByTestId('unit-breadcrumb')).toContainText('Công đoàn Giáo dục quận Long Biên');
  await shot(page, 'org-04-history');

  // … and in the audit log of the unit.
  await page.getByTestId('unit-audit-link').click();
  await expect(page.getByTestId('audit-row').first()).toBeVisible();
  await expect(page.locator('[data-testid="audit-row"][data-action="move"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="audit-row"][data-action="found"]')).toHaveCount(1);
  await page.locator('[data-testid="audit-row"][data-action="move"]').click();
  await expect(page.getByTestId('audit-diff')).toBeVisible();
  await shot(page, 'org-05-audit');

  // Sign out through the menu.
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-sign-out').click();
  await page.waitForURL('**/login**');
});

test('hanoi sees the new unit where longbien put it', async ({ page }) => {
  await signIn(page, 'hanoi');
  await openSearchResult(page, `dien tu ngoc thuy ${suffix}`, newName);
  await expect(page.getByTestId('unit-name')).toHaveText(newName);
  await expect(page.getByTestId('unit-breadcrumb')).toContainText('Liên đoàn Lao động thành phố Hà Nội');
  await expect(page.getByTestId('unit-breadcrumb')).toContainText('Công đoàn Giáo dục quận Long Biên');
  await shot(page, 'org-06-hanoi-sees-it');
});

test('cdcs cannot open a sibling grassroots union, in Vietnamese and in English', async ({ page }) => {
  await signIn(page, 'cdcs');
  await page.goto(`/org/${siblingId}`);
  // Outside one's scope a unit answers as an unknown one would: nothing tells that it exists.
  await expect(page.getByTestId('unit-error')).toContainText('Không tìm thấy trong phạm vi của bạn');
  await shot(page, 'org-07-cdcs-refused');

  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('nav-org')).toContainText('Organisation');
  await page.reload();
  await expect(page.getByTestId('unit-error')).toContainText('Not found within your scope');
  await shot(page, 'org-08-english');
  await page.getByTestId('language-vi').click();
});

test('hanoi sees the 2024 tree with Hoàng Mai, dissolved today', async ({ page }) => {
  await signIn(page, 'hanoi');
  await page.getByTestId('unit-search').fill('lien doan lao dong quan hoang mai');
  await expect(page.getByTestId('unit-search-empty')).toBeVisible();

  await page.goto('/org?asOf=2024-01-01');
  await openSearchResult(page, 'lien doan lao dong quan hoang mai', 'Liên đoàn Lao động quận Hoàng Mai');
  await expect(page.getByTestId('unit-name')).toHaveText('Liên đoàn Lao động quận Hoàng Mai');
  await expect(page.getByTestId('unit-status')).toHaveAttribute('data-status', 'active');
  await expect(page.getByTestId('stat-grassroots')).not.toHaveText(/^0$/);
  await shot(page, 'org-09-hoang-mai-2024');

  await page.getByTestId('as-of-reset').click();
  await expect(page.getByTestId('unit-status')).toHaveAttribute('data-status', 'dissolved');
  await page.getByTestId('tab-history').click();
  await expect(page.locator('[data-testid="history-item"][data-kind="dissolve"]')).toHaveCount(1);
  await shot(page, 'org-10-hoang-mai-dissolved');
});

test('longbien dissolves a grassroots union and its members move to another union', async ({ page }) => {
  const memberFigure = async () => {
    const figure = page.getByTestId('member-stat-members');
    await expect(figure).toHaveAttribute('data-value', /^\d+$/u);
    return Number(await figure.getAttribute('data-value'));
  };
  await signIn(page, 'longbien');
  await openSearchResult(page, 'may mac sai dong', 'May mặc Sài Đồng');
  const receiving = await memberFigure();
  await openSearchResult(page, 'thuong mai dich vu bo de', 'Thương mại Dịch vụ Bồ Đề');
  const members = await memberFigure();
  expect(members).toBeGreaterThan(0);

  await page.getByTestId('action-dissolve').click();
  await page.getByTestId('form-reason').fill('Doanh nghiệp sáp nhập vào Công ty May mặc Sài Đồng');
  await expect(page.getByTestId('form-members-hint')).toContainText(`${members} đoàn viên`);
  // Nothing can go on until the members have somewhere to go.
  await page.getByTestId('event-next').click();
  await expect(page.getByTestId('event-summary')).toHaveCount(0);
  await page.getByTestId('form-members-to').fill('may mac sai dong');
  await page
    .getByRole('option', { name: /May mặc Sài Đồng/ })
    .first()
    .click();
  await page.getByTestId('event-next').click();
  const summary = page.getByTestId('event-summary');
  await expect(summary).toContainText(`${members} đoàn viên chuyển sang`);
  await expect(summary).toContainText('May mặc Sài Đồng');
  await shot(page, 'org-11-dissolve-members-confirmation');
  await page.getByTestId('event-confirm').click();

  await expect(page.getByTestId('unit-status')).toHaveAttribute('data-status', 'dissolved');
  await expect(page.getByTestId('history-description').first()).toContainText(
    `${members} đoàn viên chuyển sang Công đoàn cơ sở Công ty TNHH May mặc Sài Đồng`,
  );
  await shot(page, 'org-12-dissolve-members-history');
  await openSearchResult(page, 'may mac sai dong', 'May mặc Sài Đồng');
  await expect(page.getByTestId('member-stat-members')).toHaveAttribute(
    'data-value',
    String(receiving + members),
  );
});

test('a grassroots officer can work on a 390 px phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await signIn(page, 'longbien');
  await expect(page.getByTestId('nav-burger')).toBeVisible();
  await openSearchResult(page, 'long bien', 'Long Biên');
  await expect(page.getByTestId('unit-name')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(page, 'org-11-phone');
  await page.getByTestId('nav-burger').click();
  await expect(page.getByTestId('nav-audit')).toBeVisible();
  await shot(page, 'org-12-phone-menu');
  await context.close();
});
