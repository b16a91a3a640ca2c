import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type FileChooser, type Locator, type Page, test } from '@playwright/test';
import { makeSamplePdf } from '../../electron/pdf/samplePdf';
import { type AxeFinding, axeFindings, screenshot } from './a11yWalk';
import { freshDataDir, startApp } from './appServer';
import { SetupPage } from './pages';

/** Presses Tab (no mouse, no programmatic focus) until `target` has the focus. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

test('from the keyboard alone: add a meeting, add an item, attach a file, export the package; dialogs keep the focus and pass axe', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dataDir = freshDataDir();
  const pdf = join(dataDir, 'Tờ trình đã ký.pdf');
  writeFileSync(pdf, await makeSamplePdf({ title: 'Tờ trình số 15/TTr-SNV' }));
  const app = await startApp({ dataDir, today: '2026-12-01' });
  const findings: AxeFinding[] = [];
  // Listening from the start: Playwright turns file-chooser interception on when the first listener is
  // added, and on a loaded machine a listener added just before the key press could miss the chooser.
  const choosers: FileChooser[] = [];
  page.on('filechooser', (c) => choosers.push(c));
  try {
    await page.goto(app.url);
    await new SetupPage(page).setUp('Sở Nội vụ', 'SNV');

    // Meetings (Alt+2) → "Thêm cuộc họp".
    await page.keyboard.press('Alt+2');
    await tabTo(page, page.getByRole('button', { name: 'Thêm cuộc họp' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    findings.push(...(await axeFindings(page, 'meeting dialog')));

    // Saved empty: every invalid field is named at once and marked, by its label on screen.
    await tabTo(page, dialog.getByRole('button', { name: 'Lưu' }));
    await page.keyboard.press('Enter');
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('Ngày họp (dd/mm/yyyy): không phải ngày hợp lệ');
    await expect(alert).toContainText('Nội dung / tiêu đề: không được để trống');
    await expect(alert).not.toContainText('[');
    await expect(dialog.getByLabel('Ngày họp (dd/mm/yyyy)')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByLabel('Nội dung / tiêu đề')).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, 'keyboard-meeting-invalid');

    // Focus stays in the dialog: many Tabs never reach the page behind it.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const inside = await dialog.evaluate(
        (d) => d.contains(document.activeElement) || document.activeElement === document.body,
      );
      expect(inside).toBe(true);
    }

    await tabTo(page, dialog.getByLabel('Loại cuộc họp'));
    await page.keyboard.press('ArrowDown'); // PPC regular → PPC thematic
    await tabTo(page, dialog.getByLabel('Ngày họp (dd/mm/yyyy)'));
    await page.keyboard.type('17/12/2026');
    await tabTo(page, dialog.getByLabel('Giờ (HH:mm)'));
    await page.keyboard.type('08:00');
    await tabTo(page, dialog.getByLabel('Nội dung / tiêu đề'));
    await page.keyboard.type('Phiên họp chuyên đề về tổ chức bộ máy');
    await expect(dialog.getByText('37/500 ký tự')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();

    // Dossiers (Alt+3) → "Thêm nội dung trình".
    await page.keyboard.press('Alt+3');
    await tabTo(page, page.getByRole('button', { name: 'Thêm nội dung trình' }));
    await page.keyboard.press('Enter');
    const form = page.getByTestId('item-form');
    await expect(form).toBeVisible();
    findings.push(...(await axeFindings(page, 'item dialog')));
    await tabTo(page, form.getByLabel('Tên nội dung trình'));
    await page.keyboard.type('Đề án sắp xếp tổ chức bộ máy');
    await page.keyboard.press('Enter');
    await expect(form).toBeHidden();
    await tabTo(page, page.getByRole('button', { name: 'Đề án sắp xếp tổ chức bộ máy', exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('item-title')).toHaveText('Đề án sắp xếp tổ chức bộ máy');

    // Attach: the entry's button opens the file chooser from the keyboard.
    const entry = page.locator('[data-testid="checklist-entry"][data-label="Tờ trình"]');
    await tabTo(page, entry.getByRole('button', { name: 'Đính kèm tệp…' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => choosers.length, { timeout: 30_000 }).toBe(1);
    await choosers[0]?.setFiles(pdf);
    await expect(entry).toContainText('Tờ trình đã ký.pdf');
    // A file on an entry still marked "Chưa có" moves it on.
    await expect(entry).not.toHaveAttribute('data-state', 'missing');

    // Packages (Alt+7) → export the meeting.
    await page.keyboard.press('Alt+7');
    await tabTo(page, page.getByRole('button', { name: 'Xuất gói cả cuộc họp' }));
    await page.keyboard.press('Enter');
    const exportDialog = page.getByTestId('export-dialog');
    await expect(exportDialog.getByRole('heading', { name: 'Kiểm tra trước khi xuất' })).toBeVisible();
    findings.push(...(await axeFindings(page, 'export dialog')));
    const confirm = exportDialog.getByRole('checkbox', { name: /Tôi đã xem các cảnh báo/ });
    if (await confirm.count()) {
      await tabTo(page, confirm);
      await page.keyboard.press('Space');
    }
    await tabTo(page, exportDialog.getByRole('button', { name: 'Xuất gói', exact: true }));
    const started = Date.now();
    await page.keyboard.press('Enter');
    await expect(exportDialog.getByTestId('export-result')).toBeVisible({ timeout: 30_000 });
    const seconds = (Date.now() - started) / 1000;
    console.log(`keyboard export: ${seconds.toFixed(2)} s from Enter to the result`);
    await screenshot(page, 'keyboard-export-done');
    await page.keyboard.press('Escape');
    await expect(exportDialog).toBeHidden();
    // Focus went back to the button that opened the dialog.
    await expect(page.getByRole('button', { name: 'Xuất gói cả cuộc họp' })).toBeFocused();
  } finally {
    await app.stop();
  }
  expect(findings.map((f) => `${f.where}: ${f.id} ${f.targets.join(' | ')}`)).toEqual([]);
});
