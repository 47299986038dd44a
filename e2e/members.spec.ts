// The members capability as a union officer uses it (issue #3): import a messy sheet with errors, read the
// report, fix the file and import it again, find a member without accents, transfer them, print their card.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { openSearchResult, shot, signIn } from './helpers.ts';

test.describe.configure({ mode: 'serial' });

const folder = mkdtempSync(join(tmpdir(), 'congdoan-members-'));
let unitId = '';

type Row = [string, string | number | Date, string, string | number, string, string, string];
const GOOD_ROWS: Row[] = [
  ['nguyễn thị  HOA', '15/03/1990', 'Nữ', 1085912345, 'Kinh', '0912000001', '01/06/2015'],
  [
    'Tra\u0300n Va\u0306n Bi\u0300nh',
    new Date(Date.UTC(1988, 6, 20)),
    'Nam',
    '001088911111',
    'Tày',
    '0912000002',
    '2016',
  ],
  ['Hoàng Thị Én', '1993-11-05', 'nữ', '001193933333', 'Mường', '0912000005', '15/09/2018'],
  ['  vũ   văn   giang ', '02/09/1987', 'nam', '001087944444', 'Kinh', '0912000006', '20/05/2014'],
];
const BAD_DATE: Row = ['Lê Thị Cúc', '31/02/1992', 'Nữ', '001192922222', 'Kinh', '0912000003', '01/01/2019'];
const BAD_ID: Row = ['Phạm Văn Dũng', 1985, 'Nam', '12345', 'Kinh', '0912000004', '01/01/2017'];

/** A member list the way grassroots unions keep it: titles, motto, numbered columns, totals, signatures. */
async function buildSheet(path: string, rows: Row[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.mergeCells('A1:C1');
  sheet.getCell('A1').value = 'LĐLĐ QUẬN LONG BIÊN';
  sheet.mergeCells('E1:H1');
  sheet.getCell('E1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  sheet.mergeCells('A2:C2');
  sheet.getCell('A2').value = 'CĐCS CÔNG TY CP ĐẦU TƯ VÀ PHÁT TRIỂN LONG BIÊN';
  sheet.mergeCells('E2:H2');
  sheet.getCell('E2').value = 'Độc lập - Tự do - Hạnh phúc';
  sheet.mergeCells('A4:H4');
  sheet.getCell('A4').value = 'DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN NĂM 2026';
  sheet.getRow(6).values = [
    'STT',
    'Họ và tên',
    'Ngày sinh',
    'Giới tính',
    'Số CCCD',
    'Dân tộc',
    'Số điện thoại',
    'Ngày vào công đoàn',
  ];
  sheet.getRow(7).values = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'];
  rows.forEach((row, index) => {
    sheet.getRow(8 + index).values = [index + 1, ...row];
  });
  const after = 8 + rows.length;
  sheet.getRow(after).values = ['', `Tổng cộng: ${rows.length} đoàn viên`];
  sheet.getRow(after + 2).values = ['', '', '', '', '', 'Long Biên, ngày 20 tháng 11 năm 2026'];
  sheet.getRow(after + 3).values = ['', 'NGƯỜI LẬP BIỂU', '', '', '', 'TM. BAN CHẤP HÀNH'];
  await workbook.xlsx.writeFile(path);
}

test('an officer imports a messy sheet, reads the rejected rows, fixes the file and imports it again', async ({
  page,
}) => {
  const messy = join(folder, 'danh-sach-doan-vien.xlsx');
  const fixed = join(folder, 'danh-sach-doan-vien-da-sua.xlsx');
  // rows 10 and 11 of the sheet are wrong: a 31 February and a 5-digit national ID
  await buildSheet(messy, [GOOD_ROWS[0]!, GOOD_ROWS[1]!, BAD_DATE, BAD_ID, GOOD_ROWS[2]!, GOOD_ROWS[3]!]);
  await buildSheet(fixed, [
    GOOD_ROWS[0]!,
    GOOD_ROWS[1]!,
    ['Lê Thị Cúc', '28/02/1992', 'Nữ', '001192922222', 'Kinh', '0912000003', '01/01/2019'],
    ['Phạm Văn Dũng', 1985, 'Nam', '001085955555', 'Kinh', '0912000004', '01/01/2017'],
    GOOD_ROWS[2]!,
    GOOD_ROWS[3]!,
  ]);

  await signIn(page, 'longbien');
  await openSearchResult(page, 'dau tu va phat trien long bien', 'Đầu tư và Phát triển Long Biên');
  unitId = /\/org\/(\d+)/u.exec(page.url())?.[1] ?? '';
  expect(unitId).not.toBe('');

  await page.goto(`/members/import?unitId=${unitId}`);
  await page.getByTestId('import-file').setInputFiles(messy);
  await page.getByTestId('import-dry-run').click();
  await expect(page.getByTestId('import-counts')).toBeVisible();
  await expect(page.getByTestId('import-count-rows')).toHaveAttribute('data-value', '6');
  await expect(page.getByTestId('import-count-imported')).toHaveAttribute('data-value', '4');
  await expect(page.getByTestId('import-count-rejected')).toHaveAttribute('data-value', '2');
  await expect(page.locator('[data-testid="import-error-row"][data-row="10"]')).toBeVisible();
  await expect(page.locator('[data-testid="import-error-row"][data-row="11"]')).toBeVisible();
  await shot(page, 'members-01-import-preview');

  // The import runs as a background job with a progress bar; the result replaces it when it is done.
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('import-count-imported')).toHaveAttribute('data-value', '4');
  await expect(page.getByTestId('import-rejected-download')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('import-rejected-download').click(),
  ]);
  const rejectedPath = join(folder, 'rejected.xlsx');
  await download.saveAs(rejectedPath);
  const rejected = new ExcelJS.Workbook();
  await rejected.xlsx.readFile(rejectedPath);
  const text = JSON.stringify(rejected.worksheets[0]?.getSheetValues());
  expect(text).toContain('Lê Thị Cúc');
  expect(text).toContain('Phạm Văn Dũng');
  expect(text).not.toContain('Hoàng Thị Én');
  await shot(page, 'members-02-import-done');

  // The officer fixes the two rows and imports the whole file again: only they are new.
  await page.getByTestId('import-again').click();
  await page.getByTestId('import-file').setInputFiles(fixed);
  await page.getByTestId('import-dry-run').click();
  await expect(page.getByTestId('import-count-imported')).toHaveAttribute('data-value', '2');
  await expect(page.getByTestId('import-count-unchanged')).toHaveAttribute('data-value', '4');
  await expect(page.getByTestId('import-count-rejected')).toHaveAttribute('data-value', '0');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('import-count-imported')).toHaveAttribute('data-value', '2');
  await shot(page, 'members-03-reimport-done');
});

test('the officer finds a member without accents, transfers them and prints their card', async ({ page }) => {
  await signIn(page, 'longbien');
  await page.goto(`/members?unitId=${unitId}`);
  await page.getByTestId('members-search').fill('vu van giang');
  const row = page.getByTestId('member-row').filter({ hasText: 'Vũ Văn Giang' });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-national-id', '001087944444');
  await shot(page, 'members-04-search-without-accents');
  await row.getByTestId('member-link').click();
  await expect(page.getByTestId('member-name')).toHaveText('Vũ Văn Giang');

  await page.getByTestId('member-transfer').click();
  await page.getByTestId('transfer-target').fill('duc giang');
  await page
    .getByRole('option', { name: /Đức Giang/ })
    .first()
    .click();
  await page.getByTestId('transfer-date').fill('20/11/2026');
  await page.getByTestId('transfer-reason').fill('Chuyển công tác sang Bệnh viện Đa khoa Đức Giang');
  await page.getByTestId('transfer-decision').fill('Quyết định số 27/QĐ-CĐCS');
  await page.getByTestId('transfer-modal-next').click();
  await expect(page.getByTestId('transfer-modal-summary')).toContainText('Đức Giang');
  await expect(page.getByTestId('transfer-modal-summary')).toContainText('20/11/2026');
  await shot(page, 'members-05-transfer-confirmation');
  await page.getByTestId('transfer-modal-confirm').click();
  await expect(page.getByTestId('member-unit')).toContainText('Đức Giang');
  // imported into the old unit, transferred out of it and into Đức Giang on the same day
  await expect(page.locator('[data-testid="history-event"][data-kind="import"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="history-event"][data-kind="transferOut"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="history-event"][data-kind="transferIn"]')).toHaveCount(1);
  await shot(page, 'members-06-after-transfer');

  await page.getByTestId('member-card-link').click();
  await expect(page.getByTestId('card-name')).toContainText('Vũ Văn Giang');
  await expect(page.getByTestId('card-unit')).toContainText('Đức Giang');
  await expect(page.getByTestId('card-qr').locator('svg')).toBeVisible();
  await expect(page.getByTestId('card-print')).toBeVisible();
  await shot(page, 'members-07-card');

  // The QR code leads anyone, signed in or not, to a check of the card against the server.
  const verifyUrl = (await page.getByTestId('card-verify-url').textContent())?.trim() ?? '';
  expect(verifyUrl).toContain('token=');
  await page.context().clearCookies();
  await page.goto(verifyUrl.replace(/^https?:\/\/[^/]+/u, ''));
  await expect(page.getByTestId('verify-result')).toHaveAttribute('data-valid', 'true');
  await expect(page.getByTestId('verify-verdict')).toBeVisible();
  await shot(page, 'members-08-card-verified');
});

test('hanoi finds Nguyễn Văn An of Long Biên typing "nguyen van an"', async ({ page }) => {
  await signIn(page, 'hanoi');
  await page.goto('/members');
  await page.getByTestId('members-search').fill('nguyen van an');
  await expect(page.getByTestId('member-row').filter({ hasText: 'Nguyễn Văn An' }).first()).toBeVisible();
  await shot(page, 'members-09-hanoi-search');
});
