import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { flipByteInEntry, readZip } from '../integration/packages/zipBytes';
import { startSampleApp } from './a11yWalk';
import { PackagesPage } from './packagesPages';

// Wed 25/11/2026, Vietnam: the sample agency is built around this day and the app's clock is pinned to it.
const TODAY = '2026-11-25';
const SHOTS = 'test-results/screens';

test('round trip: export a meeting package from the sample data, download it, verify it, flip one byte, and verify names the file', async ({
  page,
}) => {
  // The sample agency's data folder, made by the command line exactly as a user would (`dossier-desk demo`).
  const app = await startSampleApp(TODAY);
  try {
    await page.goto(app.url);
    const packages = new PackagesPage(page);
    await packages.open();

    // Export: the first upcoming meeting is chosen; the pre-flight lists its warnings.
    await packages.startMeetingExport();
    await expect(packages.findings.first()).toBeVisible();
    await expect(packages.findings.filter({ hasText: 'phải là bản ký, đóng dấu' }).first()).toBeVisible();
    // Nothing leaves without the explicit confirmation.
    await expect(packages.exportButton).toBeDisabled();
    await page.screenshot({ path: `${SHOTS}/packages-preflight.png` });
    await packages.confirmWarnings();
    await expect(packages.exportButton).toBeEnabled();
    await packages.exportButton.click();
    const path = await packages.exportedPath();
    expect(path.startsWith(join(app.dataDir, 'exports'))).toBe(true);
    expect(existsSync(path)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/packages-exported.png` });

    // Browser mode hands the file over through the download route.
    const downloadPromise = page.waitForEvent('download');
    await packages.dialog.getByRole('button', { name: 'Tải gói về máy' }).click();
    const download = await downloadPromise;
    const work = mkdtempSync(join(tmpdir(), 'dossier-e2e-pkg-'));
    const downloaded = join(work, download.suggestedFilename());
    await download.saveAs(downloaded);
    expect(basename(downloaded)).toBe(basename(path));
    await packages.dialog.getByRole('button', { name: 'Đóng' }).click();

    // Verify the downloaded package: valid, every file intact.
    await packages.tab('Kiểm tra và nhận gói');
    await packages.verify(downloaded);
    await expect(packages.report).toHaveAttribute('data-verdict', 'valid');
    await expect(packages.report).toContainText('HỢP LỆ');
    await expect(packages.report).toContainText('Sở Nông nghiệp và Môi trường');
    await expect(page.getByTestId('verify-files').locator('tr[data-status="ok"]')).toHaveCount(
      (await readZip(downloaded)).size,
    );
    await page.screenshot({ path: `${SHOTS}/packages-verify-valid.png` });

    // Flip one byte of the tờ trình inside a copy: the verdict names that file.
    const entries = await readZip(downloaded);
    const victim = [...entries.keys()].find((p) => p.endsWith('.pdf') && p.includes('/01-Tờ trình/'));
    if (!victim) throw new Error('no tờ trình in the package');
    const tampered = join(work, 'goi-bi-sua.zip');
    copyFileSync(downloaded, tampered);
    await flipByteInEntry(tampered, victim);
    await packages.verify(tampered);
    await expect(packages.report).toHaveAttribute('data-verdict', 'invalid');
    await expect(packages.report).toContainText('KHÔNG HỢP LỆ');
    await expect(page.getByTestId('verify-problems')).toContainText(victim);
    await expect(packages.fileRow(victim)).not.toHaveAttribute('data-status', 'ok');
    await expect(page.getByTestId('verify-files').locator('tr:not([data-status="ok"])')).toHaveCount(2); // header + victim
    await expect(page.getByRole('button', { name: 'Nhận gói vào hồ sơ đã nhận' })).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/packages-verify-tampered.png` });

    // The valid one is imported as a read-only received dossier.
    await packages.verify(downloaded);
    await page.getByRole('button', { name: 'Nhận gói vào hồ sơ đã nhận' }).click();
    await expect(page.getByTestId('received-detail')).toBeVisible();
    await expect(page.getByText(`Đã nhận gói hồ sơ "${basename(downloaded)}".`)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/packages-received.png` });
    await page.getByRole('button', { name: '← Danh sách gói đã nhận' }).click();
    await expect(page.getByTestId('received-list').locator('tbody tr')).toHaveCount(1);
  } finally {
    await app.stop();
  }
});
