import { expect, test } from '@playwright/test';
import { startSampleApp } from './a11yWalk';
import { WorkProgramPage } from './workProgramPages';

// Wed 25/11/2026, Vietnam: the sample agency is built around this day and the app's clock is pinned to it.
const TODAY = '2026-11-25';
const SHOTS = 'test-results/screens';
test.describe.configure({ timeout: 180_000 });

test('the heading and signature saved from the work program’s document details show in the settings’ heading dialog, recipients one a line', async ({
  page,
}) => {
  const app = await startSampleApp(TODAY);
  try {
    await page.goto(app.url);
    const wp = new WorkProgramPage(page);
    await wp.open();
    await wp.tab('Báo cáo tháng');
    await page.getByRole('button', { name: 'Thông tin văn bản', exact: true }).click();
    const details = page.getByRole('dialog', {
      name: 'Thông tin ghi trên công văn, báo cáo (Nghị định 30/2020)',
    });
    const signer = details.locator('input[name=signerName]');
    await expect(signer).toBeVisible();
    await signer.fill('Nguyễn Thị Hoà');
    // Blank lines are dropped and each line is trimmed when saved.
    await details.locator('textarea').fill('Sở Tư pháp\n\n   Văn phòng UBND tỉnh  \n');
    await page.screenshot({ path: `${SHOTS}/document-settings-dialog.png` });
    await details.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(details).toHaveCount(0);

    await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await page.getByRole('button', { name: 'Phần đầu và chữ ký văn bản…' }).click();
    const heading = page.getByTestId('heading-dialog');
    await expect(heading.locator('input[name=signerName]')).toHaveValue('Nguyễn Thị Hoà');
    await expect(heading.locator('textarea')).toHaveValue('Sở Tư pháp\nVăn phòng UBND tỉnh');
    await page.screenshot({ path: `${SHOTS}/document-heading-dialog.png` });
    await heading.getByRole('button', { name: 'Đóng', exact: true }).click();
    await expect(heading).toHaveCount(0);
  } finally {
    await app.stop();
  }
});
