// Congresses and elections as a superior union and a grassroots union use them (issue #4): issue a plan for
// Long Biên's subtree, record one grassroots congress with its election count, download the counting
// minutes as .docx, and see the progress page move.
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { openSearchResult, shot, signIn } from './helpers.ts';

test.describe.configure({ mode: 'serial' });

const CYCLE = '2025-2030';

async function fillDate(page: Page, testId: string, value: string) {
  await page.getByTestId(testId).fill(value);
  // Tab closes the date picker; Escape would close the modal.
  await page.getByTestId(testId).press('Tab');
}

async function grassrootsHeld(page: Page) {
  const level = page.getByTestId('progress-level-grassroots');
  await expect(level).toHaveAttribute('data-held', /^\d+$/u);
  return {
    held: Number(await level.getAttribute('data-held')),
    total: Number(await level.getAttribute('data-total')),
  };
}

/** Active Vietnamese members of the unit who joined long ago: eligible for any seat. */
async function eligibleMembers(page: Page, unitId: string, count: number) {
  const list = await page.request.get(
    `/api/members?unitId=${unitId}&subtree=false&status=active&joinedTo=2019-12-31&pageSize=40`,
  );
  const items: { id: number; fullName: string }[] = (await list.json()).items;
  const chosen: { id: number; fullName: string }[] = [];
  for (const item of items) {
    const detail = await (await page.request.get(`/api/members/${item.id}`)).json();
    const sameName = chosen.some((other) => other.fullName === item.fullName);
    if (detail.nationality === 'VN' && item.fullName !== 'Nguyễn Văn An' && !sameName) chosen.push(item);
    if (chosen.length === count) break;
  }
  expect(chosen).toHaveLength(count);
  return chosen;
}

test('longbien plans the 2025–2030 congresses, records one with its election, and the progress moves', async ({
  page,
}) => {
  await signIn(page, 'longbien');
  await openSearchResult(page, 'lien doan lao dong quan long bien', 'Liên đoàn Lao động quận Long Biên');
  const longBienId = page.url().match(/\/org\/(\d+)/u)?.[1] ?? '';
  expect(longBienId).not.toBe('');

  // The progress page of Long Biên for the new cycle, before anything is recorded.
  await page.goto(`/congresses?unitId=${longBienId}&cycle=${CYCLE}`);
  const before = await grassrootsHeld(page);
  expect(before.total).toBeGreaterThan(before.held);

  // Issue the plan for the district's subtree.
  await page.getByTestId('plan-issue').click();
  await page.getByTestId('plan-cycle').fill(CYCLE);
  await page.getByTestId('plan-title').fill('Kế hoạch tổ chức Đại hội Công đoàn cơ sở nhiệm kỳ 2025–2030');
  await page.getByTestId('plan-document').fill('Kế hoạch số 12/KH-LĐLĐ');
  await fillDate(page, 'plan-issued-on', '02/11/2026');
  await fillDate(page, 'plan-deadline-grassroots', '31/03/2027');
  await page.getByTestId('plan-modal-next').click();
  await expect(page.getByTestId('plan-modal-confirm')).toBeVisible();
  await shot(page, 'congress-01-plan-confirmation');
  await page.getByTestId('plan-modal-confirm').click();
  await expect(page.getByTestId('progress-plan-title')).toContainText(
    'Đại hội Công đoàn cơ sở nhiệm kỳ 2025–2030',
  );
  await shot(page, 'congress-02-progress-with-plan');

  // The grassroots union of the `cdcs` account creates its congress for the cycle.
  await page.goto('/org');
  await openSearchResult(page, 'dau tu va phat trien long bien', 'Đầu tư và Phát triển Long Biên');
  const unitId = page.url().match(/\/org\/(\d+)/u)?.[1] ?? '';
  await page.getByTestId('tab-congress').click();
  await page.getByTestId('congress-create').click();
  await page.getByTestId('congress-create-cycle').fill(CYCLE);
  await page.getByTestId('congress-create-modal-next').click();
  await page.getByTestId('congress-create-modal-confirm').click();
  await expect(page.getByTestId('congress-status')).toHaveAttribute('data-status', 'planned');

  // Held on 20/11/2026 with 60 convened and 55 present: above two thirds.
  await page.getByTestId('congress-hold').click();
  await fillDate(page, 'hold-held-on', '20/11/2026');
  await page.getByTestId('hold-place').fill('Hội trường tầng 3, trụ sở công ty');
  await page.getByTestId('hold-convened').fill('60');
  await page.getByTestId('hold-present').fill('55');
  await page.getByTestId('hold-modal-next').click();
  await shot(page, 'congress-03-hold-confirmation');
  await page.getByTestId('hold-modal-confirm').click();
  await expect(page.getByTestId('congress-status')).toHaveAttribute('data-status', 'held');
  await expect(page.getByTestId('congress-check-quorum-met')).toHaveAttribute('data-met', 'true');

  // The executive committee: 3 seats, 4 candidates.
  const candidates = await eligibleMembers(page, unitId, 4);
  await page.getByTestId('election-create').click();
  await page.getByTestId('election-seats').fill('3');
  for (const candidate of candidates) {
    await page.getByTestId('election-member-search').fill(candidate.fullName);
    await page.getByTestId('member-option').filter({ hasText: candidate.fullName }).first().click();
  }
  await expect(page.getByTestId('election-candidate')).toHaveCount(4);
  await page.getByTestId('election-save').click();
  const card = page.getByTestId('election-card').first();
  await expect(card).toHaveAttribute('data-status', 'nominating');

  // The counting board's figures: 50 issued, 48 collected, 1 invalid; more than half of 48 wins.
  await card.getByTestId('election-count').click();
  await page.getByTestId('count-issued').fill('50');
  await page.getByTestId('count-collected').fill('48');
  await page.getByTestId('count-invalid').fill('1');
  const votes = [45, 40, 30, 10];
  for (const [index, candidate] of candidates.entries()) {
    await page.getByTestId(`count-votes-${candidate.id}`).fill(String(votes[index]));
  }
  await expect(page.getByTestId('count-preview')).toBeVisible();
  await shot(page, 'congress-04-count-preview');
  await page.getByTestId('count-save').click();
  await expect(card).toHaveAttribute('data-status', 'counted');
  await expect(card.getByTestId('election-threshold')).toContainText('25');
  await expect(card.locator('[data-testid="election-result-row"][data-outcome="elected"]')).toHaveCount(3);
  await expect(card.locator('[data-testid="election-result-row"][data-outcome="notElected"]')).toHaveCount(1);
  await shot(page, 'congress-05-election-result');

  // The counting minutes, as a Word file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByTestId('election-minutes').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/u);
  const file = await readFile((await download.path()) ?? '');
  expect(file.subarray(0, 2).toString()).toBe('PK');

  // The progress of Long Biên has moved by one grassroots congress.
  await page.goto(`/congresses?unitId=${longBienId}&cycle=${CYCLE}`);
  await expect(page.getByTestId('progress-level-grassroots')).toHaveAttribute(
    'data-held',
    String(before.held + 1),
  );
  await shot(page, 'congress-06-progress-moved');
});
