import { expect, test } from '@playwright/test';
import { startApp } from './appServer';
import { SetupPage } from './pages';

const SHOTS = 'test-results/screens';

test('the start-up quick check runs after the window opens and its result shows in Settings', async ({
  page,
}) => {
  const app = await startApp({ today: '2026-11-25' });
  try {
    await page.goto(app.url);
    await new SetupPage(page).setUp('Sở Tư pháp', 'STP');
    await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await page.getByRole('tab', { name: 'Kiểm tra dữ liệu' }).click();
    const line = page.getByTestId('database-check-line');
    await expect(line).toContainText('Kiểm tra nhanh khi mở ứng dụng: đạt', { timeout: 20_000 });
    await expect(page.getByTestId('database-check-failed')).toHaveCount(0);
    await line.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/settings-database-check.png` });
  } finally {
    await app.stop();
  }
});
