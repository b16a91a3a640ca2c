import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { freshDataDir, startApp } from './appServer';
import { DashboardPage } from './dossierPages';

// Wed 25/11/2026, Vietnam: the sample agency is built around this day and the app's clock is pinned to it.
const TODAY = '2026-11-25';
const SHOTS = 'test-results/screens';

test('the dashboard lists the documents still to sign with their verdicts, and the item view says the same words, in Vietnamese and English', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const dataDir = freshDataDir();
  execFileSync(process.execPath, ['bin/dossier-desk.cjs', 'demo', '--data-dir', dataDir, '--today', TODAY], {
    stdio: 'pipe',
  });
  const app = await startApp({ dataDir, today: TODAY });
  try {
    await page.goto(app.url);
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    const documents = dashboard.atRisk.getByTestId('at-risk-document');
    // The sample's items at risk: a valid but untrusted appraisal report, a tờ trình signed with an expired
    // certificate, an unsigned scan marked signed, and documents with no PDF yet.
    const untrusted = documents.and(page.locator('[data-signature="untrusted"]')).first();
    const invalid = documents.and(page.locator('[data-signature="invalid"]')).first();
    const unsigned = documents.and(page.locator('[data-signature="unsigned"]')).first();
    await expect(untrusted).toContainText(
      'Báo cáo thẩm định của Sở Tư pháp (Chữ ký số hợp lệ nhưng chưa được tin cậy)',
    );
    await expect(invalid).toContainText('Tờ trình (Chữ ký số không hợp lệ)');
    await expect(unsigned).toContainText('Tờ trình (Chưa ký số)');
    await expect(documents.and(page.locator('[data-signature="no-pdf"]')).first()).toContainText(
      'chưa có tệp PDF',
    );
    // Never "signed" without a qualifier: no document at risk is called trusted.
    await expect(documents.and(page.locator('[data-signature="trusted"]'))).toHaveCount(0);
    await dashboard.atRisk.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/dashboard-signature-verdicts-vi.png` });

    // The item with the untrusted appraisal report, opened from the dashboard: the same words on its file.
    const item = dashboard.atRisk
      .getByTestId('at-risk-item')
      .filter({ has: page.locator('[data-signature="untrusted"]') });
    await item.getByRole('button').first().click();
    await expect(page.getByTestId('item-title')).toBeVisible();
    const verdicts = page.getByTestId('signature-status');
    await expect(verdicts.locator('[data-signature="untrusted"]')).toContainText(
      'Chữ ký số hợp lệ nhưng chưa được tin cậy',
    );
    await expect(verdicts.locator('[data-signature="unsigned"]').first()).toContainText(
      'PDF chưa có chữ ký số',
    );
    await verdicts.locator('[data-signature="untrusted"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/item-signature-verdicts-vi.png` });

    // English: the same lists, in the shared English words.
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
    await expect(verdicts.locator('[data-signature="untrusted"]')).toContainText(
      'Valid signature, but not trusted',
    );
    await page.screenshot({ path: `${SHOTS}/item-signature-verdicts-en.png` });
    await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
    await expect(untrusted).toContainText(
      'Báo cáo thẩm định của Sở Tư pháp (Valid signature, but not trusted)',
    );
    await expect(invalid).toContainText('(Invalid signature)');
    await expect(unsigned).toContainText('(Not signed)');
    await dashboard.atRisk.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/dashboard-signature-verdicts-en.png` });

    // The item whose tờ trình was signed with an expired certificate: invalid, with the reason.
    await invalid.locator('xpath=ancestor::li[1]').getByRole('button').first().click();
    await expect(verdicts.locator('[data-signature="invalid"]')).toContainText('Invalid signature');
    await expect(verdicts.locator('[data-signature="invalid"]')).toContainText('expired');
    await verdicts.locator('[data-signature="invalid"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/item-signature-invalid-en.png` });
  } finally {
    await app.stop();
  }
});
