import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startApp } from './appServer';
import { SetupPage } from './pages';

test('Settings › Chung shows where the log is, and the browser mode writes it there', async ({ page }) => {
  const app = await startApp({ today: '2026-11-25' });
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(app.url);
    await new SetupPage(page).setUp('Sở Tư pháp', 'STP');
    await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await page.getByRole('tab', { name: 'Chung' }).click();
    const folder = join(app.dataDir, 'logs');
    await expect(page.getByTestId('log-folder')).toHaveText(folder);
    await expect(page.getByText('Nhật ký hoạt động')).toBeVisible();
    await expect(page.getByText(/không chứa mã PIN/)).toBeVisible();
    // The browser mode cannot open a folder on the desktop: the path is shown to copy instead.
    await expect(page.getByRole('button', { name: 'Mở thư mục nhật ký' })).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screens/settings-general-log.png' });
    expect(existsSync(join(folder, 'main.log'))).toBe(true);
    expect(readFileSync(join(folder, 'main.log'), 'utf8')).toContain('browser mode start');
  } finally {
    await app.stop();
  }
});
