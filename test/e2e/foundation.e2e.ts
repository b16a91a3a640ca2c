import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { freshDataDir, startApp } from './appServer';
import { MeetingsPage, SetupPage } from './pages';

const TODAY = '2026-11-25';

test('a new agency sets up, adds a meeting, and finds it again after a restart', async ({ page }) => {
  const app = await startApp({ today: TODAY });
  try {
    await page.goto(app.url);
    await expect(page.getByText(app.dataDir)).toBeVisible();
    await new SetupPage(page).setUp('Sở Tư pháp', 'STP');

    const meetings = new MeetingsPage(page);
    await meetings.open();
    await expect(page.getByText('Chưa có cuộc họp nào')).toBeVisible();
    await meetings.startNew();
    await meetings.fill({
      kind: 'Làm việc với Chủ tịch',
      date: '17/12/2026',
      time: '08:00',
      title: 'Dự thảo Quyết định ban hành Quy chế phối hợp',
      chair: 'Chủ tịch UBND tỉnh',
      place: 'Phòng họp số 1',
    });
    await meetings.save();
    await expect(meetings.dialog).toBeHidden();
    await expect(meetings.rows()).toHaveCount(1);
    await expect(meetings.rows().first()).toContainText('Thứ Năm, 17/12/2026');
    await expect(meetings.rows().first()).toContainText('Làm việc với Chủ tịch');
    await page.screenshot({ path: 'test-results/screens/meetings-list.png' });
  } finally {
    await app.stop();
  }

  const again = await startApp({ dataDir: app.dataDir, today: TODAY });
  try {
    await page.goto(again.url);
    const meetings = new MeetingsPage(page);
    await meetings.open();
    await expect(meetings.rows()).toHaveCount(1);
    await expect(meetings.rows().first()).toContainText('Dự thảo Quyết định ban hành Quy chế phối hợp');
  } finally {
    await again.stop();
  }
});

test('invalid meetings get a clear Vietnamese message and nothing is written', async ({ page }) => {
  const app = await startApp({ today: TODAY });
  try {
    await page.goto(app.url);
    await new SetupPage(page).setUp('Sở Kế hoạch và Đầu tư', 'SKHĐT');
    const meetings = new MeetingsPage(page);
    await meetings.open();
    await meetings.startNew();

    await meetings.fill({ date: '17/12/2026', title: '' });
    await meetings.save();
    await expect(meetings.dialog.getByRole('alert')).toContainText('không được để trống');

    await meetings.fill({ date: '31/02/2026', title: 'Họp về kế hoạch năm' });
    await meetings.save();
    await expect(meetings.dialog.getByRole('alert')).toContainText('không phải ngày hợp lệ');

    await meetings.fill({ date: '24/11/2026' });
    await meetings.save();
    await expect(meetings.dialog.getByRole('alert')).toContainText('Ngày họp 24/11/2026 đã qua');
    await page.screenshot({ path: 'test-results/screens/meeting-invalid.png' });

    await page.keyboard.press('Escape');
    await expect(meetings.dialog).toBeHidden();
    await expect(page.getByText('Chưa có cuộc họp nào')).toBeVisible();
  } finally {
    await app.stop();
  }
});

test('a foreign file at the data path is refused, shown, and left untouched', async ({ page }) => {
  const dataDir = freshDataDir();
  mkdirSync(dataDir, { recursive: true });
  const dbPath = join(dataDir, 'dossier-desk.db');
  writeFileSync(dbPath, 'not a database, a spreadsheet export\n');
  const app = await startApp({ dataDir, today: TODAY });
  try {
    await page.goto(app.url);
    await expect(page.getByRole('alert')).toContainText('không phải cơ sở dữ liệu SQLite');
    await expect(page.getByText(dbPath, { exact: true })).toBeVisible();
  } finally {
    await app.stop();
  }
  expect(readFileSync(dbPath, 'utf8')).toBe('not a database, a spreadsheet export\n');
});

test('the app is usable in English too', async ({ page }) => {
  const app = await startApp({ today: TODAY });
  try {
    await page.goto(app.url);
    await page.getByRole('combobox').first().selectOption('en');
    await expect(page.getByRole('heading', { name: 'First-run setup' })).toBeVisible();
  } finally {
    await app.stop();
  }
});
