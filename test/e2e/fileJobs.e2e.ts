import { expect, type Page, test } from '@playwright/test';
import { startSampleApp } from './a11yWalk';
import { DossierPage } from './dossierPages';
import { PackagesPage } from './packagesPages';

// Wed 25/11/2026, Vietnam: the sample agency is built around this day and the app's clock is pinned to it.
const TODAY = '2026-11-25';
const SHOTS = 'test-results/screens';
test.describe.configure({ timeout: 180_000 });

/**
 * The book and the export of the sample data finish in a second or two, too fast to see or cancel. The
 * test starts the real job, then answers the dialog's progress polls itself with a job still running
 * (and its cancel with a cancelled job), so the running and cancelled states of the shared progress UI
 * (Packages/FileJob.tsx) are shown for as long as the test needs.
 */
async function holdJob(page: Page, answers: { progress: object; cancel: object }) {
  await page.route('**/api/invoke', async (route) => {
    const body: unknown = route.request().postDataJSON();
    const channel = typeof body === 'object' && body !== null && 'channel' in body ? body.channel : null;
    const args = typeof body === 'object' && body !== null && 'args' in body ? body.args : null;
    const jobId = typeof args === 'object' && args !== null && 'jobId' in args ? args.jobId : null;
    const answer =
      channel === 'book.progress' || channel === 'packages.progress'
        ? answers.progress
        : channel === 'book.cancel' || channel === 'packages.cancel'
          ? answers.cancel
          : null;
    if (answer === null) return route.fallback();
    return route.fulfill({ json: { ok: true, value: { ...answer, jobId } } });
  });
}

test('the book dialog shows a running book with its bar, counts and cancel, keeps itself open, and says a cancelled book wrote nothing', async ({
  page,
}) => {
  const app = await startSampleApp(TODAY);
  try {
    const running = {
      state: 'running',
      documentsDone: 1,
      documentsTotal: 3,
      pagesDone: 4,
      current: 'Tờ trình.pdf',
      result: null,
      error: null,
    };
    await holdJob(page, {
      progress: running,
      cancel: {
        ...running,
        state: 'cancelled',
        current: null,
        error: { code: 'book-cancelled', vi: 'Đã hủy.', en: 'Cancelled.' },
      },
    });
    await page.goto(app.url);
    await new DossierPage(page).open();
    await page.getByTestId('make-book').first().click();
    const dialog = page.getByTestId('book-dialog');
    await dialog.getByRole('button', { name: 'Tạo sổ', exact: true }).click();
    const bar = dialog.getByRole('progressbar', { name: 'Đang tạo sổ tài liệu…' });
    await expect(bar).toHaveAttribute('value', '33');
    await expect(dialog).toContainText('33% — 1/3 tài liệu — 4 trang — Tờ trình.pdf');
    await page.screenshot({ path: `${SHOTS}/filejob-book-running.png` });
    // A running job's dialog does not close on Escape: the job would run on unseen.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Hủy tạo sổ' }).click();
    await expect(dialog).toContainText('Đã hủy; không có tệp nào được ghi.');
    await expect(bar).toHaveCount(0);
    // No file: nothing to download or show, only the way out.
    await expect(dialog.getByRole('button', { name: 'Tải sổ về máy' })).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/filejob-book-cancelled.png` });
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await expect(dialog).toHaveCount(0);
  } finally {
    await app.stop();
  }
});

test('the export dialog shows the phase, the bytes and the file being written, and a cancelled export', async ({
  page,
}) => {
  const app = await startSampleApp(TODAY);
  try {
    const running = {
      state: 'running',
      phase: 'writing',
      bytesDone: 250_000,
      bytesTotal: 1_000_000,
      file: 'data/1-to-trinh/to-trinh.pdf',
      result: null,
      error: null,
    };
    await holdJob(page, {
      progress: running,
      cancel: {
        ...running,
        state: 'cancelled',
        error: {
          code: 'bag-export-cancelled',
          vi: 'Đã huỷ xuất gói hồ sơ.',
          en: 'The package export was cancelled.',
        },
      },
    });
    await page.goto(app.url);
    const packages = new PackagesPage(page);
    await packages.open();
    await packages.startMeetingExport();
    await packages.confirmWarnings();
    await packages.exportButton.click();
    const dialog = packages.dialog;
    const bar = dialog.getByRole('progressbar', { name: 'Đang xuất gói…' });
    await expect(bar).toHaveAttribute('value', '25');
    await expect(dialog).toContainText('Đang ghi tài liệu vào gói…');
    await expect(dialog).toContainText(/25% — .+ \/ .+ — data\/1-to-trinh\/to-trinh\.pdf/);
    await page.screenshot({ path: `${SHOTS}/filejob-export-running.png` });
    await dialog.getByRole('button', { name: 'Hủy xuất' }).click();
    await expect(dialog).toContainText('Đã hủy xuất gói. Không có tệp nào được để lại.');
    await expect(dialog.getByRole('button', { name: 'Tải gói về máy' })).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Đóng' })).toBeVisible();
  } finally {
    await app.stop();
  }
});
