import { expect, test } from '@playwright/test';
import { type AxeFinding, axeFindings, screenshot, seedSampleData } from './a11yWalk';
import { freshDataDir, type RunningApp, startApp } from './appServer';

const TODAY = '2026-12-02';
const NAV = {
  vi: [
    'Tổng quan',
    'Cuộc họp',
    'Hồ sơ trình',
    'Chương trình công tác',
    'Nhiệm vụ được giao',
    'Cài đặt',
    'Gói hồ sơ',
  ],
  en: ['Dashboard', 'Meetings', 'Dossiers', 'Work program', 'Assigned tasks', 'Settings', 'Packages'],
} as const;

let app: RunningApp;

test.beforeAll(async () => {
  const dataDir = freshDataDir();
  seedSampleData(dataDir, TODAY);
  app = await startApp({ dataDir, today: TODAY });
});
test.afterAll(async () => {
  await app?.stop();
});

for (const language of ['vi', 'en'] as const) {
  test(`every screen and tab has no serious or critical axe violation (${language})`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(app.url);
    await expect(page.getByRole('navigation')).toBeVisible();
    if (language === 'en') {
      await page.locator('.language-switch select').selectOption('en');
      // The choice survives a reload, and <html lang> follows it from the first paint.
      await page.reload();
      await expect(page.getByRole('navigation')).toBeVisible();
    }
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const findings: AxeFinding[] = [];
    for (const [i, name] of NAV[language].entries()) {
      await page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await page.waitForTimeout(300);
      findings.push(...(await axeFindings(page, `${language}/${name}`)));
      await screenshot(page, `a11y-${language}-${i + 1}`);
      const tabs = page.getByRole('main').getByRole('tab');
      const count = await tabs.count();
      for (let k = 1; k < count; k++) {
        await tabs.nth(k).click();
        await page.waitForTimeout(300);
        const label = (await tabs.nth(k).textContent()) ?? String(k);
        findings.push(...(await axeFindings(page, `${language}/${name}/${label}`)));
        await screenshot(page, `a11y-${language}-${i + 1}-tab${k}`);
      }
    }
    // Open dialogs: a form (new meeting) and the shortcuts help; each is a modal <dialog> and passes axe.
    await page.getByRole('navigation').getByRole('button', { name: NAV[language][1], exact: true }).click();
    await page.getByRole('button', { name: language === 'vi' ? 'Thêm cuộc họp' : 'New meeting' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    findings.push(...(await axeFindings(page, `${language}/meeting dialog`)));
    await screenshot(page, `a11y-${language}-dialog-meeting`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    findings.push(...(await axeFindings(page, `${language}/shortcuts dialog`)));
    await page.keyboard.press('Escape');
    console.log(JSON.stringify(findings, null, 1));
    expect(findings.map((f) => `${f.where}: ${f.id} ${f.targets.join(' | ')}`)).toEqual([]);
  });
}

test('browser mode: the token leaves the address, a reload keeps working, a bookmark gets the bilingual way back, the favicon is served', async ({
  page,
  browser,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('navigation')).toBeVisible();
  expect(page.url()).not.toContain('token');
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  const favicon = await page.request.get(new URL('/favicon.png', app.url).href);
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toBe('image/png');

  // A bookmark: the same address in a fresh tab, which has no session storage.
  const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const other = await fresh.newPage();
  await other.goto(new URL('/', app.url).href);
  const alert = other.getByRole('alert');
  await expect(alert).toContainText('Địa chỉ này chưa mở được Dossier Desk');
  await expect(alert).toContainText('This address cannot open Dossier Desk yet');
  await expect(alert).not.toContainText('invalid-token');
  await screenshot(other, 'session-missing');
  const findings = await axeFindings(other, 'session page');
  expect(findings.map((f) => `${f.where}: ${f.id}`)).toEqual([]);
  await fresh.close();
});
