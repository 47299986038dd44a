// Personal data as the law asks (issue 9), as an administrator and a viewer use it: the register, a member's
// sensitive fields hidden from a viewer and logged when an administrator reads them, the member's own export,
// a correction request recorded and accepted, and a breach past its 72-hour notification deadline.
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { shot, signIn, signInThroughPage } from './helpers.ts';

test.describe.configure({ mode: 'serial' });

let memberId = 0;
let memberName = '';

test('the register lists what is kept, sensitive fields marked, with the retention in force', async ({
  page,
}) => {
  await signIn(page, 'admin', '/privacy');
  await expect(page.getByTestId('privacy-title')).toHaveText('Dữ liệu cá nhân');
  await expect(page.getByTestId('nav-privacy')).toBeVisible();
  const members = page.getByTestId('register-members');
  await expect(members.getByTestId('register-field-members-ethnicity')).toHaveAttribute(
    'data-category',
    'sensitive',
  );
  await expect(members.getByTestId('register-field-members-nationalId')).toHaveAttribute(
    'data-category',
    'basic',
  );
  await expect(page.getByTestId('retention-readLog')).toContainText('730 ngày');
  await shot(page, 'privacy-register');

  // A member of Long Biên with sensitive fields held: the religion is set through the API for the test.
  const list = await page.request.get('/api/members?q=nguyen&status=active&pageSize=1');
  const [first] = (await list.json()).items as { id: number; fullName: string }[];
  memberId = first!.id;
  memberName = first!.fullName;
  const patched = await page.request.patch(`/api/members/${memberId}`, {
    data: { religion: 'Phật giáo', salaryBasis: 7_200_000 },
  });
  expect(patched.status()).toBe(200);
  // A viewer account for the masking check below.
  const unitId = (await patched.json()).unit.id as number;
  const viewer = await page.request.post('/api/users', {
    data: { username: 'xem.riengtu', fullName: 'Người xem', password: 'demo1234', role: 'viewer', unitId },
  });
  expect(viewer.status()).toBe(201);
});

test('a viewer sees the sensitive fields hidden, and nothing is logged for them', async ({ page }) => {
  await signInThroughPage(page, 'xem.riengtu', 'demo1234', `/members/${memberId}`);
  await expect(page.getByTestId('member-name')).toHaveText(memberName);
  await expect(page.getByTestId('member-religion')).toHaveText('Ẩn (dữ liệu nhạy cảm)');
  await expect(page.getByTestId('member-salaryBasis')).toHaveText('Ẩn (dữ liệu nhạy cảm)');
  await expect(page.getByTestId('member-hidden-note')).toBeVisible();
  await expect(page.getByTestId('member-export-xlsx')).toHaveCount(0);
  await expect(page.getByTestId('nav-privacy')).toHaveCount(0);
  await shot(page, 'privacy-viewer-hidden');
});

test('an administrator reads them, exports the member’s data and records a correction', async ({ page }) => {
  await signIn(page, 'admin', `/members/${memberId}`);
  await expect(page.getByTestId('member-religion')).toHaveText('Phật giáo');

  const download = page.waitForEvent('download');
  await page.getByTestId('member-export-xlsx').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`du-lieu-ca-nhan-${memberId}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Lượt xem dữ liệu nhạy cảm');
  const profile = workbook.getWorksheet('Hồ sơ')!.getSheetValues().flat().map(String);
  expect(profile).toContain(memberName);
  expect(profile).toContain('Phật giáo');

  await page.getByTestId('member-request-correction').click();
  await page.getByTestId('correction-requested-by').fill(`${memberName} (chính chủ)`);
  await page.getByTestId('correction-field').click();
  await page.getByRole('option', { name: 'Điện thoại', exact: true }).click();
  await page.getByTestId('correction-value').fill('0988777666');
  await page.getByTestId('correction-modal-next').click();
  await expect(page.getByTestId('correction-modal-summary')).toContainText('0988777666');
  await page.getByTestId('correction-modal-confirm').click();
  await expect(page.getByTestId('correction-status').first()).toHaveText('Chờ xử lý');
  await shot(page, 'privacy-member-correction');
});

test('the correction is accepted from the personal-data page and the read log names the reads', async ({
  page,
}) => {
  await signIn(page, 'admin', '/privacy?tab=corrections');
  const row = page.getByTestId('correction-row').filter({ hasText: memberName }).first();
  await expect(row.getByTestId('correction-values')).toContainText('0988777666');
  await row.getByTestId('correction-accept').click();
  await page.getByTestId('correction-decide-modal-next').click();
  await page.getByTestId('correction-decide-modal-confirm').click();
  await page.getByTestId('corrections-status').click();
  await page.getByRole('option', { name: 'Đã chấp nhận' }).click();
  await expect(page.getByTestId('correction-row').filter({ hasText: memberName }).first()).toContainText(
    'Đã chấp nhận',
  );

  await page.getByTestId('privacy-tab-reads').click();
  const reads = page.getByTestId('read-row').filter({ hasText: memberName });
  await expect(reads.filter({ hasText: 'Trích xuất cho chủ thể' }).first()).toBeVisible();
  await expect(reads.filter({ hasText: 'GET /api/members/:id' }).first()).toContainText('Tôn giáo');
  // The viewer's visit showed no sensitive value, so it left no row.
  await expect(page.getByTestId('read-row').filter({ hasText: 'xem.riengtu' })).toHaveCount(0);
  await shot(page, 'privacy-read-log');

  await page.goto(`/members/${memberId}`);
  await expect(page.getByTestId('member-phone')).toHaveText('0988777666');
});

test('a breach discovered 80 hours ago and not yet notified shows as overdue', async ({ page }) => {
  await signIn(page, 'admin', '/privacy?tab=breaches');
  await page.getByTestId('breach-new').click();
  const discovered = new Date(Date.now() - 80 * 3600_000 + 7 * 3600_000).toISOString().slice(0, 16);
  await page.getByTestId('breach-discovered').fill(discovered);
  await page.getByTestId('breach-description').fill('Danh sách đoàn viên gửi nhầm địa chỉ thư');
  await page.getByTestId('breach-categories').fill('họ tên');
  await page.keyboard.press('Enter');
  await page.getByTestId('breach-categories').fill('số điện thoại');
  await page.keyboard.press('Enter');
  await page.getByTestId('breach-people').fill('42');
  await page.getByTestId('breach-measures').fill('Thu hồi thư, đề nghị người nhận xóa');
  await page.getByTestId('breach-modal-next').click();
  await page.getByTestId('breach-modal-confirm').click();
  const row = page.getByTestId('breach-row').first();
  await expect(row.getByTestId('breach-state')).toHaveText('Quá hạn, chưa thông báo');

  await row.getByTestId('breach-edit').click();
  const now = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 16);
  await page.getByTestId('breach-authority-at').fill(now);
  await page.getByTestId('breach-parties').fill('Cục A05 Bộ Công an');
  await page.getByTestId('breach-modal-next').click();
  await page.getByTestId('breach-modal-confirm').click();
  await expect(page.getByTestId('breach-row').first().getByTestId('breach-state')).toHaveText(
    'Thông báo trễ hạn',
  );
  await shot(page, 'privacy-breaches');
});
