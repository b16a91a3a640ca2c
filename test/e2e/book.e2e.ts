import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readZip } from '../integration/packages/zipBytes';
import { startSampleApp } from './a11yWalk';
import { DossierPage } from './dossierPages';

// Wed 25/11/2026, Vietnam: the sample agency is built around this day and the app's clock is pinned to it.
const TODAY = '2026-11-25';
const SHOTS = 'test-results/screens';
// Each test makes the sample data folder first (the CLI's demo) and then a book or a package: on a busy
// machine that alone can take most of the default minute.
test.describe.configure({ timeout: 180_000 });

test('the meeting dossier makes the session book from the sample data, with progress, and lists what could not go in', async ({
  page,
}) => {
  const app = await startSampleApp(TODAY);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(app.url);
    const dossier = new DossierPage(page);
    await dossier.open();
    await page.screenshot({ path: `${SHOTS}/book-meeting-button.png` });
    await page.getByTestId('make-book').first().click();
    const dialog = page.getByTestId('book-dialog');
    await expect(dialog).toContainText('bản để đọc');
    await page.screenshot({ path: `${SHOTS}/book-dialog.png` });
    await dialog.getByRole('button', { name: 'Tạo sổ', exact: true }).click();
    await expect(dialog.getByTestId('book-result')).toBeVisible({ timeout: 60_000 });
    const path = (await dialog.getByTestId('book-path').textContent()) ?? '';
    expect(path.startsWith(join(app.dataDir, 'exports'))).toBe(true);
    expect(existsSync(path)).toBe(true);
    // The sample attaches DOCX drafts: they are named with the reason, not hidden.
    await expect(dialog.getByTestId('book-left-out')).toContainText('không phải tệp PDF');
    await page.screenshot({ path: `${SHOTS}/book-done.png` });
    const downloadPromise = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Tải sổ về máy' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^so-tai-lieu-.*\.pdf$/);
    await dialog.getByRole('button', { name: 'Đóng' }).click();

    // And on one item.
    await dossier.items().first().getByRole('button').first().click();
    await page.getByTestId('make-book').last().click();
    await expect(page.getByTestId('book-dialog')).toContainText('Sổ tài liệu của nội dung trình');
    await page.screenshot({ path: `${SHOTS}/book-item-dialog.png` });
  } finally {
    await app.stop();
  }
});

test('the export dialog binds the book into the package when its box is ticked', async ({ page }) => {
  const app = await startSampleApp(TODAY);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(app.url);
    await new DossierPage(page).open();
    await page.getByRole('button', { name: 'Xuất gói hồ sơ' }).first().click();
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog.getByRole('heading', { name: 'Kiểm tra trước khi xuất' })).toBeVisible();
    await dialog.getByRole('checkbox', { name: /Kèm sổ tài liệu/ }).check();
    const confirm = dialog.getByRole('checkbox', { name: /Tôi đã xem các cảnh báo/ });
    if (await confirm.count()) await confirm.check();
    await page.screenshot({ path: `${SHOTS}/book-export-option.png` });
    await dialog.getByRole('button', { name: 'Xuất gói', exact: true }).click();
    await expect(dialog.getByTestId('export-result')).toBeVisible({ timeout: 60_000 });
    const path = (await dialog.getByTestId('export-path').textContent()) ?? '';
    const entries = await readZip(path);
    expect(entries.has('data/00-so-tai-lieu.pdf')).toBe(true);
    expect((entries.get('manifest-sha256.txt') ?? Buffer.alloc(0)).toString()).toContain(
      'data/00-so-tai-lieu.pdf',
    );
  } finally {
    await app.stop();
  }
});
