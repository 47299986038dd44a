// A national ID held outside one's scope (issue #9): Long Biên types the national ID of a member of another
// Hà Nội union, is told only "already a member elsewhere", sends a request from the admission form, sees the
// national ID and "waiting"; Hà Nội, above both, sees the member, approves, and Long Biên then has them.
import { expect, type Page, test } from '@playwright/test';
import { shot, signIn } from './helpers.ts';

test.describe.configure({ mode: 'serial' });

const PERSON = { fullName: 'Trịnh Thị Hòa Bình', nationalId: '001191077701' };

interface Unit {
  id: number;
  name: string;
  path: number[];
  validTo: string | null;
}

async function api<T>(page: Page, method: 'GET' | 'POST', url: string, data?: object): Promise<T> {
  const origin = new URL(page.url()).origin;
  const response =
    method === 'GET'
      ? await page.request.get(url)
      : await page.request.post(url, { data, headers: { origin, referer: `${origin}/` } });
  expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** A modal's part in view: a full-page shot of a long form shows the page behind it instead. */
async function viewShot(page: Page, name: string, part: ReturnType<Page['getByTestId']>): Promise<void> {
  await part.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `e2e/screenshots/${name}.png` });
}

let ownUnit: Unit;
let holdingUnit: Unit;

test('Hà Nội has a member in one of its unions outside Long Biên', async ({ page }) => {
  await signIn(page, 'hanoi', null);
  const { user: me } = await api<{ user: { unit: { id: number } } }>(page, 'GET', '/api/auth/me');
  const longBien = (
    await api<{ items: Unit[] }>(
      page,
      'GET',
      `/api/org-units?q=${encodeURIComponent('Long Biên')}&type=district`,
    )
  ).items[0]!;
  const grassroots = async (query: string) =>
    (
      await api<{ items: Unit[] }>(page, 'GET', `/api/org-units?type=grassroots&pageSize=200&${query}`)
    ).items.filter((unit) => unit.validTo === null && unit.path.includes(me.unit.id));
  ownUnit = (await grassroots(`parentId=${longBien.id}`))[0]!;
  // A grassroots union right under Hà Nội: outside Long Biên, inside Hà Nội.
  holdingUnit = (await grassroots(`parentId=${me.unit.id}`))[0]!;
  expect(ownUnit && holdingUnit).toBeTruthy();
  await api(page, 'POST', '/api/members', {
    ...PERSON,
    gender: 'female',
    dateOfBirth: '1991-04-12',
    unitId: holdingUnit.id,
    admittedOn: '2021-03-01',
  });
});

test('Long Biên is told only "a member elsewhere" and sends a request', async ({ page }) => {
  await signIn(page, 'longbien', `/members?unitId=${ownUnit.id}`);
  await page.getByTestId('members-admit').click();
  await page.getByTestId('member-field-fullName').fill(PERSON.fullName);
  await page.getByTestId('member-field-gender').getByText('Nữ').click();
  await page.getByTestId('member-field-nationalId').fill(PERSON.nationalId);
  await page.getByTestId('admit-submit').click();
  const notice = page.getByTestId('admit-held-elsewhere');
  await expect(notice).toBeVisible();
  // Nothing of the record: not its union, not its status.
  await expect(page.getByTestId('admit-modal')).not.toContainText(holdingUnit.name);
  await viewShot(page, 'member-requests-01-held-elsewhere', notice);

  await page.getByTestId('admit-send-request').click();
  await page.getByTestId('request-send-reason').fill('Chị chuyển về làm việc tại công ty từ tháng này');
  await page.getByTestId('request-send-modal-next').click();
  await expect(page.getByTestId('request-send-modal-summary')).toContainText(PERSON.nationalId);
  await expect(page.getByTestId('request-send-modal-summary')).toContainText(ownUnit.name);
  await viewShot(
    page,
    'member-requests-02-send-confirmation',
    page.getByTestId('request-send-modal-summary'),
  );
  await page.getByTestId('request-send-modal-confirm').click();
  await expect(page.getByTestId('admit-modal')).toBeHidden();

  await page.getByTestId('members-requests').click();
  await page.getByTestId('requests-tab-outgoing').click();
  const sent = page.getByTestId('requests-outgoing').getByRole('row').filter({ hasText: PERSON.nationalId });
  await expect(sent).toHaveCount(1);
  await expect(sent.getByTestId('request-status')).toHaveAttribute('data-status', 'pending');
  await expect(sent).not.toContainText(PERSON.fullName);
  await shot(page, 'member-requests-03-sent');
});

test('Hà Nội, above both unions, sees the member and approves; Long Biên then has them', async ({ page }) => {
  await signIn(page, 'hanoi', '/members/requests');
  const received = page
    .getByTestId('requests-incoming')
    .getByRole('row')
    .filter({ hasText: PERSON.fullName });
  await expect(received).toHaveCount(1);
  await expect(received).toContainText(holdingUnit.name);
  await shot(page, 'member-requests-04-received');
  await received.getByTestId('request-approve').click();
  const summary = page.getByTestId('request-approve-modal-summary');
  await expect(summary).toContainText(PERSON.fullName);
  await expect(summary).toContainText(ownUnit.name);
  await shot(page, 'member-requests-05-approve-confirmation');
  await page.getByTestId('request-approve-modal-confirm').click();
  await expect(received.getByTestId('request-status')).toHaveAttribute('data-status', 'approved');

  await signIn(page, 'longbien', '/members/requests');
  await page.getByTestId('requests-tab-outgoing').click();
  const approved = page
    .getByTestId('requests-outgoing')
    .getByRole('row')
    .filter({ hasText: PERSON.nationalId });
  await expect(approved.getByTestId('request-status')).toHaveAttribute('data-status', 'approved');
  await approved.getByRole('link', { name: PERSON.fullName }).click();
  await expect(page.getByTestId('member-name')).toHaveText(PERSON.fullName);
  await expect(page.getByTestId('member-unit')).toContainText(ownUnit.name);
  await shot(page, 'member-requests-06-member-arrived');
});
