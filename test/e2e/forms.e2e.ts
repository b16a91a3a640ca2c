/**
 * Every form marks what is wrong the same way (issue 15): each invalid control has aria-invalid and is
 * described by its own message next to it, and the banner names every invalid field at once, in the
 * words of the field's label. Free text shows its length while typing and cannot pass its limit.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { axeFindings, screenshot, seedSampleData } from './a11yWalk';
import { freshDataDir, type RunningApp, startApp } from './appServer';

const TODAY = '2026-12-02';

let app: RunningApp;

test.beforeAll(async () => {
  const dataDir = freshDataDir();
  seedSampleData(dataDir, TODAY);
  app = await startApp({ dataDir, today: TODAY });
});
test.afterAll(async () => {
  await app?.stop();
});

/** Each named field is marked invalid, described by a message, and named in the banner by its label. */
async function expectMarked(scope: Locator, labels: string[]): Promise<void> {
  const banner = scope.getByRole('alert').first();
  await expect(banner).toBeVisible();
  for (const label of labels) {
    const field = scope.getByLabel(label, { exact: true });
    await expect(field, label).toHaveAttribute('aria-invalid', 'true');
    await expect(field, label).toHaveAccessibleDescription(/\S/);
    await expect(banner, label).toContainText(label);
  }
}

/** Typing past the limit stops at it, and the counter under the field says so. */
async function expectLimited(scope: Locator, label: string, max: number): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  await field.fill('');
  await field.pressSequentially('abc');
  await expect(field).toHaveAccessibleDescription(new RegExp(`3/${max} ký tự`));
  await field.fill('x'.repeat(max + 7));
  expect((await field.inputValue()).length).toBe(max);
  await expect(field).toHaveAccessibleDescription(new RegExp(`${max}/${max} ký tự`));
}

async function go(page: Page, nav: string, tab?: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: nav, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  if (tab) await page.getByRole('main').getByRole('tab', { name: tab, exact: true }).click();
}

test('the first-run form marks an empty agency name and code and names both', async ({ page }) => {
  const fresh = await startApp({ today: TODAY });
  try {
    await page.goto(fresh.url);
    const form = page.getByRole('form', { name: 'Thiết lập ban đầu' });
    await form.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
    await expectMarked(form, ['Tên cơ quan, đơn vị', 'Ký hiệu viết tắt']);
    await expectLimited(form, 'Ký hiệu viết tắt', 20);
    await screenshot(page, 'forms-setup-invalid');
  } finally {
    await fresh.stop();
  }
});

test('settings forms mark every invalid field: agency, calendar days, thresholds, templates, requests, backups', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(app.url);
  await go(page, 'Cài đặt', 'Chung');
  const agency = page.getByRole('form', { name: 'Thông tin cơ quan' });
  await agency.getByLabel('Tên cơ quan, đơn vị', { exact: true }).fill('');
  await agency.getByLabel('Ký hiệu viết tắt', { exact: true }).fill('');
  await agency.getByRole('button', { name: 'Lưu thông tin cơ quan' }).click();
  await expectMarked(agency, ['Tên cơ quan, đơn vị', 'Ký hiệu viết tắt']);
  await expectLimited(agency, 'Tên cơ quan, đơn vị', 200);
  await screenshot(page, 'forms-agency-invalid');

  await go(page, 'Cài đặt', 'Lịch làm việc');
  const days = page.getByRole('form', { name: 'Ngày điều chỉnh của cơ quan' });
  await days.getByLabel('Ngày (dd/mm/yyyy)', { exact: true }).fill('31/02/2027');
  await days.getByRole('button', { name: 'Thêm ngày' }).click();
  await expectMarked(page.locator('.overrides-card'), ['Ngày (dd/mm/yyyy)', 'Tên ngày']);
  await expectLimited(days, 'Tên ngày', 200);
  await days.scrollIntoViewIfNeeded();
  await screenshot(page, 'forms-overrides-invalid');

  await go(page, 'Cài đặt', 'Ngưỡng cảnh báo');
  const general = page.locator('form.thresholds').first();
  await general.getByLabel('Đỏ khi còn tối đa (ngày làm việc)').fill('ba');
  await general.getByLabel('Vàng khi còn tối đa (ngày làm việc)').fill('99');
  await general.getByRole('button', { name: 'Lưu quy tắc' }).click();
  await expect(general.getByRole('alert')).toBeVisible();
  for (const label of ['Đỏ khi còn tối đa (ngày làm việc)', 'Vàng khi còn tối đa (ngày làm việc)']) {
    await expect(general.getByLabel(label)).toHaveAttribute('aria-invalid', 'true');
    await expect(general.getByLabel(label)).toHaveAccessibleDescription(/số nguyên từ 0 đến 60/);
  }
  await screenshot(page, 'forms-thresholds-invalid');

  await go(page, 'Cài đặt', 'Mẫu danh mục');
  await page.getByLabel('Tên mục 2', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Lưu mẫu' }).click();
  await expectMarked(page.locator('.templates-panel'), ['Tên mục 2']);
  await expectLimited(page.locator('.templates-panel'), 'Tên mục 1', 500);
  await screenshot(page, 'forms-templates-invalid');

  await go(page, 'Cài đặt', 'Xin ý kiến đến');
  const requestDays = page.getByRole('spinbutton');
  await requestDays.fill('0');
  await page.getByRole('main').getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(requestDays).toHaveAttribute('aria-invalid', 'true');
  await expect(requestDays).toHaveAccessibleDescription(/\S/);

  await go(page, 'Cài đặt', 'Sao lưu');
  const keep = page.getByLabel('Số bản sao lưu tự động được giữ:');
  await keep.fill('0');
  await page.getByTestId('backup-panel').getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(keep).toHaveAttribute('aria-invalid', 'true');
  await expect(keep).toHaveAccessibleDescription(/\S/);
});

test('opinion requests, tasks and the work program mark every empty required field at once', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(app.url);
  await go(page, 'Xin ý kiến đến');
  await page.getByRole('button', { name: 'Thêm văn bản xin ý kiến' }).click();
  const request = page.getByRole('dialog');
  await request.getByLabel('Ngày nhận (dd/mm/yyyy)', { exact: true }).fill('');
  await request.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expectMarked(request, ['Cơ quan gửi', 'Trích yếu (dự thảo xin ý kiến)', 'Ngày nhận (dd/mm/yyyy)']);
  await expectLimited(request, 'Cơ quan gửi', 300);
  // The marks themselves pass axe (every aria-describedby names an element that exists).
  expect(await axeFindings(page, 'request form, invalid')).toEqual([]);
  await screenshot(page, 'forms-request-invalid');
  await page.keyboard.press('Escape');

  await go(page, 'Nhiệm vụ được giao');
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const task = page.getByRole('dialog');
  await task.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expectMarked(task, ['Văn bản giao', 'Nội dung nhiệm vụ', 'Thời hạn (dd/mm/yyyy)']);
  await expectLimited(task, 'Văn bản giao', 500);
  await screenshot(page, 'forms-task-invalid');
  await page.keyboard.press('Escape');

  await go(page, 'Chương trình công tác');
  await page.getByRole('button', { name: 'Thêm nội dung' }).click();
  const item = page.getByRole('dialog');
  await item.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expectMarked(item, ['Nội dung', 'Tháng trình']);
  await screenshot(page, 'forms-work-program-invalid');
  await page.keyboard.press('Escape');
});

test('the English interface names the fields in English', async ({ page }) => {
  await page.goto(app.url);
  await page.locator('.language-switch select').selectOption('en');
  await go(page, 'Assigned tasks');
  await page.getByRole('button', { name: 'New task' }).click();
  const task = page.getByRole('dialog');
  await task.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(task.getByRole('alert')).toContainText('Not saved yet — please fix:');
  await expect(task.getByRole('alert')).toContainText('Source document: must not be empty');
  await expect(task.getByLabel('Source document', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'forms-task-invalid-en');
  await page.keyboard.press('Escape');
  await page.locator('.language-switch select').selectOption('vi');
});

test('English mode: the monthly report heading, the schedule sources and counts read in English', async ({
  page,
}) => {
  await page.goto(app.url);
  await page.locator('.language-switch select').selectOption('en');
  try {
    await go(page, 'Work program', 'Monthly report');
    await expect(page.getByRole('heading', { name: /^Work program results for / })).toBeVisible();
    await screenshot(page, 'english-monthly-report');

    await go(page, 'Settings', 'Working calendar');
    const sources = page.getByTestId('year-sources');
    await expect(sources).toContainText('Lunar New Year (Tết) 14/02–22/02/2026');
    await expect(sources).not.toContainText('Tết Nguyên đán');
    await screenshot(page, 'english-calendar');

    await go(page, 'Dashboard');
    await expect(page.getByRole('main')).not.toContainText(/\b1 (items|tasks|rows|days|working days)\b/);
    await screenshot(page, 'english-dashboard');
  } finally {
    await page.locator('.language-switch select').selectOption('vi');
  }
});

test('a dossier item’s dialogs mark their fields: coordination request, checklist entry, submission record', async ({
  page,
}) => {
  await page.goto(app.url);
  await go(page, 'Hồ sơ trình');
  await page.getByTestId('item-row').first().getByRole('button').first().click();
  await expect(page.getByTestId('item-title')).toBeVisible();

  await page.getByRole('button', { name: 'Thêm cơ quan phối hợp' }).click();
  const coordination = page.getByRole('dialog');
  await coordination.getByLabel('Ngày xin ý kiến (dd/mm/yyyy)', { exact: true }).fill('32/13/2026');
  await coordination.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expectMarked(coordination, [
    'Cơ quan phối hợp',
    'Ngày xin ý kiến (dd/mm/yyyy)',
    'Hạn trả lời (dd/mm/yyyy)',
  ]);
  await expectLimited(coordination, 'Cơ quan phối hợp', 300);
  await screenshot(page, 'forms-coordination-invalid');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Thêm mục' }).click();
  const entry = page.getByRole('dialog');
  await entry.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expectMarked(entry, ['Tên văn bản, tài liệu']);
  expect(await axeFindings(page, 'checklist entry form, invalid')).toEqual([]);
  await screenshot(page, 'forms-entry-invalid');
  await page.keyboard.press('Escape');
});

test('the adjustment request names the missing ground, reason, necessity and impact together', async ({
  page,
}) => {
  await page.goto(app.url);
  await go(page, 'Chương trình công tác', 'Chương trình');
  await page.getByRole('main').getByRole('checkbox').nth(1).check();
  await page.getByRole('button', { name: /^Đề nghị điều chỉnh \(1 nội dung đã chọn\)/ }).click();
  const dialog = page.getByRole('dialog').last();
  await dialog.getByRole('button', { name: 'Lập công văn (DOCX)' }).click();
  // The shared heading is asked for first when it has not been confirmed yet.
  const heading = page.getByTestId('heading-dialog');
  if (await heading.isVisible()) await heading.getByRole('button', { name: /Lưu/ }).click();
  await expectMarked(dialog, ['Lý do', 'Sự cần thiết', 'Đánh giá ảnh hưởng đến công tác chỉ đạo, điều hành']);
  await expect(dialog.getByRole('alert')).toContainText('Căn cứ đề nghị: chưa chọn');
  await expect(dialog.getByRole('radio').first()).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'forms-adjustment-invalid');
  await page.keyboard.press('Escape');
});

test('a vote with an unreadable date is marked; the member list counts each name while typing (English)', async ({
  page,
}) => {
  await page.goto(app.url);
  await page.locator('.language-switch select').selectOption('en');
  try {
    await go(page, 'Assigned tasks', 'PPC members’ votes');
    const form = page.getByRole('form', { name: 'Record a vote' });
    await form.getByLabel('Member', { exact: true }).selectOption({ index: 1 });
    await form.getByLabel('Vote date (dd/mm/yyyy)', { exact: true }).fill('yesterday');
    await form.getByRole('button', { name: 'Record', exact: true }).click();
    await expectMarked(page.getByRole('main'), ['Vote date (dd/mm/yyyy)']);
    await expect(page.getByRole('main').getByRole('alert')).toContainText('is not a valid date');
    await screenshot(page, 'forms-vote-invalid-en');

    await page.getByRole('button', { name: /^Member list/ }).click();
    const members = page.getByRole('dialog');
    await expect(members.locator('.char-counter').first()).toContainText(/\d+\/200 characters/);
    await screenshot(page, 'forms-members-en');
    await page.keyboard.press('Escape');
  } finally {
    await page.locator('.language-switch select').selectOption('vi');
  }
});

test('the deadline list’s date filter says why an unreadable date changes nothing', async ({ page }) => {
  await page.goto(app.url);
  await go(page, 'Lịch hạn');
  // The range arrives with the first list; typing before it would be overwritten by it.
  await expect(page.getByRole('main').getByRole('table').getByRole('row').nth(2)).toBeVisible();
  const from = page.getByRole('main').getByLabel('Từ ngày', { exact: true });
  await expect(from).not.toHaveValue('');
  await from.fill('31/02/2026');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveAccessibleDescription('"31/02/2026" không phải ngày có thật (dd/mm/yyyy).');
  await screenshot(page, 'forms-agenda-filter-invalid');
});

test('the document heading names a recipients line that is too long by its line number', async ({ page }) => {
  await page.goto(app.url);
  await go(page, 'Cài đặt', 'Chung');
  await page.getByRole('button', { name: 'Phần đầu và chữ ký văn bản…' }).click();
  const dialog = page.getByTestId('heading-dialog');
  const recipients = dialog.getByRole('textbox', { name: /^Nơi nhận/ });
  await recipients.fill(`Như trên;\n${'x'.repeat(301)}`);
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(recipients).toHaveAttribute('aria-invalid', 'true');
  await expect(recipients).toHaveAccessibleDescription(/quá dài \(tối đa 300\)/);
  await expect(dialog.getByRole('alert')).toContainText('Nơi nhận, dòng 2: quá dài (tối đa 300)');
  await expectLimited(dialog, 'Địa danh', 100);
  await screenshot(page, 'forms-heading-invalid');
});
