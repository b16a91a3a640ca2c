import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { makeSamplePdf } from '../../electron/pdf/samplePdf';
import { signPdf } from '../../electron/pdf/signPdf';
import { startApp } from './appServer';
import { CoordinationPanel, DashboardPage, DossierPage, ItemPage, shotScrolled } from './dossierPages';
import { MeetingsPage, SetupPage } from './pages';

const SHOTS = 'test-results/screens';

/**
 * The Chairman's working session on Thu 17/12/2026: signed documents are due Mon 14/12/2026 (the 3rd working
 * day before; no holiday in December 2026). Working days left, counted by hand on the calendar:
 *   Tue 01/12 → 9 (2, 3, 4, 7, 8, 9, 10, 11, 14): green (default thresholds red ≤ 1, amber ≤ 3);
 *   Wed 09/12 → 3 (10, 11, 14): amber, and an unsigned submission is "at risk";
 *   Mon 14/12 → 0 (due today): red, and it sits on Monday of the "this week" strip.
 */
const MEETING = { date: '17/12/2026', title: 'Làm việc với Chủ tịch UBND tỉnh về công tác tư pháp' };
const DECISION = 'Dự thảo Quyết định ban hành Quy chế phối hợp quản lý cụm công nghiệp';
const REPORT = 'Báo cáo tình hình thực hiện kế hoạch năm 2026';

/** A signed and an unsigned PDF with Vietnamese names, made the way the app's own tests make them. */
async function samplePdfs(): Promise<{ signed: string; unsigned: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-pdf-'));
  const createdAt = new Date('2026-11-30T02:00:00Z');
  const submission = await makeSamplePdf({
    title: 'Tờ trình số 25/TTr-STP',
    lines: ['Kính gửi: Ủy ban nhân dân tỉnh', 'Về việc ban hành Quy chế phối hợp quản lý cụm công nghiệp.'],
    createdAt,
  });
  const signed = await signPdf(submission, {
    signerName: 'Giám đốc Sở Tư pháp',
    signingTime: new Date('2026-11-30T08:30:00Z'),
  });
  const appraisal = await makeSamplePdf({ title: 'Báo cáo thẩm định số 40/BC-STP', createdAt });
  const paths = {
    signed: join(dir, 'Tờ trình đã ký.pdf'),
    unsigned: join(dir, 'Báo cáo thẩm định chưa ký.pdf'),
  };
  writeFileSync(paths.signed, signed);
  writeFileSync(paths.unsigned, appraisal);
  return paths;
}

/** The app asks in its own dialog (never window.confirm); these tests answer yes whenever it appears. */
function acceptConfirmations(page: Page) {
  void page.addLocatorHandler(page.getByTestId('confirm-dialog'), async (dialog) => {
    await dialog.locator('button[type=submit]').click();
  });
}

test('a secretary prepares two items, attaches a signed and an unsigned PDF, records an answer, and watches the dashboard turn from green to amber to red', async ({
  page,
}) => {
  test.setTimeout(120_000);
  acceptConfirmations(page);
  const pdfs = await samplePdfs();
  const app = await startApp({ today: '2026-12-01' });
  try {
    await page.goto(app.url);
    await new SetupPage(page).setUp('Sở Tư pháp', 'STP');

    const meetings = new MeetingsPage(page);
    await meetings.open();
    await meetings.startNew();
    await meetings.fill({
      kind: 'Làm việc với Chủ tịch',
      date: MEETING.date,
      time: '08:00',
      title: MEETING.title,
    });
    await meetings.save();
    await expect(meetings.dialog).toBeHidden();
    await meetings.rows().first().getByRole('button', { name: 'Hồ sơ', exact: true }).click();

    const dossier = new DossierPage(page);
    await expect(page.getByTestId('meeting-title')).toHaveText(MEETING.title);
    await expect(page.getByText('Cuộc họp chưa có nội dung trình nào')).toBeVisible();
    await dossier.addItem({
      title: DECISION,
      kind: 'Quyết định cá biệt, chủ trương',
      leadOfficer: 'Nguyễn Văn An',
      leaderInCharge: 'Phó Giám đốc Lê Thị Bình',
    });
    // A (not typing anywhere) opens the same form.
    await page.keyboard.press('a');
    await dossier.fillItem({ title: REPORT, kind: 'Báo cáo, kế hoạch, đề án' });
    await expect(dossier.items()).toHaveCount(2);
    await expect(dossier.items().nth(0)).toContainText('Quyết định cá biệt, chủ trương');
    await expect(dossier.items().nth(0)).toContainText('Chuyên viên chủ trì: Nguyễn Văn An');
    await expect(dossier.items().nth(1)).toContainText('Báo cáo, kế hoạch, đề án');
    // Mon 14/12, 9 working days from Tue 01/12: green on every open item.
    const firstBadge = dossier.items().nth(0).getByTestId('deadline-signed-documents');
    await expect(firstBadge).toHaveAttribute('data-due', '2026-12-14');
    await expect(firstBadge).toHaveClass(/urgency-green/);
    await expect(firstBadge).toContainText('còn 9 ngày làm việc (13 ngày)');
    await page.screenshot({ path: `${SHOTS}/dossier-meeting.png` });

    await dossier.openItem(DECISION);
    const item = new ItemPage(page);
    // The template of an individual decision: submission, draft, appraisal (optional), opinions + 4 requirements.
    await expect(item.entries()).toHaveCount(8);
    await item.tick('Căn cứ pháp lý');
    await item.tick('Căn cứ thực tiễn');
    await item.tick('Trình tự, thủ tục và thẩm quyền ban hành');
    await item.tick('Ý kiến tham mưu, đề xuất rõ ràng');
    await item.setState('Dự thảo quyết định', 'Bản hoàn chỉnh');

    await item.attach('Tờ trình', pdfs.signed);
    await expect(item.attachments('Tờ trình')).toHaveCount(1);
    const signedFile = item.attachments('Tờ trình').first();
    await expect(signedFile).toContainText('Tờ trình đã ký.pdf');
    await expect(signedFile).toContainText('1 trang');
    await expect(signedFile).toContainText(/\d+(,\d)? KB/);
    // Signed by a self-signed test certificate the agency never imported: intact, but never plain "signed".
    await expect(signedFile.getByTestId('signature-status')).toContainText(
      'Chữ ký số hợp lệ nhưng chưa được tin cậy · người ký: Giám đốc Sở Tư pháp',
    );
    // 08:30 UTC is 15:30 in Vietnam.
    await expect(signedFile.getByTestId('signature-status')).toContainText('30/11/2026 15:30');
    await expect(signedFile.getByTestId('signature-status')).toContainText('Chứng thư số tự ký');
    await expect(item.warnings('Tờ trình')).toContainText('hợp lệ nhưng chưa được tin cậy');
    await item.setState('Tờ trình', 'Đã ký, đóng dấu');

    const appraisal = 'Ý kiến thẩm định hoặc thẩm tra (nếu phải thẩm định)';
    await item.attach(appraisal, pdfs.unsigned);
    await expect(item.attachments(appraisal)).toHaveCount(1);
    await expect(item.attachments(appraisal).getByTestId('signature-status')).toHaveText(
      'PDF chưa có chữ ký số',
    );
    await expect(item.warnings(appraisal)).toContainText(
      'Tệp "Báo cáo thẩm định chưa ký.pdf" chưa có chữ ký số, trong khi "Ý kiến thẩm định hoặc thẩm tra (nếu phải thẩm định)" phải là bản ký, đóng dấu.',
    );
    await expect(page.getByTestId('checklist-warning-count')).toHaveText('2 cảnh báo chữ ký');

    const coordination = new CoordinationPanel(page);
    await coordination.add({
      agency: 'Sở Tài chính',
      person: 'Bà Trần Thị Hương',
      askedOn: '01/12/2026',
      dueOn: '08/12/2026',
    });
    await coordination.add({
      agency: 'Sở Nội vụ',
      person: 'Ông Phạm Văn Cường',
      askedOn: '01/12/2026',
      dueOn: '04/12/2026',
    });
    await coordination.answer('Sở Tài chính', {
      answer: 'Đồng ý, có ý kiến bổ sung',
      text: 'Đề nghị bổ sung nguồn kinh phí thực hiện tại Điều 5.',
      answeredOn: '01/12/2026',
    });
    await expect(coordination.row('Sở Tài chính').getByTestId('coordination-answer')).toHaveText(
      'Đồng ý, có ý kiến bổ sung',
    );
    await expect(coordination.row('Sở Tài chính')).toContainText('Điều 5');
    await expect(coordination.row('Sở Nội vụ')).toContainText('Chưa trả lời');
    await expect(coordination.row('Sở Nội vụ').getByTestId('overdue-mark')).toHaveCount(0);
    // 4 requirements + the final draft + the signed submission are done; 8 entries in all.
    await expect(page.getByTestId('checklist-progress').first()).toContainText('6/8 mục xong');
    await shotScrolled(page, `${SHOTS}/item-checklist.png`, 0);
    await shotScrolled(page, `${SHOTS}/item-checklist-bottom.png`, 'bottom');

    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await expect(dashboard.signedEntry(DECISION)).toHaveAttribute('data-urgency', 'green');
    await expect(dashboard.signedEntry(REPORT)).toHaveAttribute('data-urgency', 'green');
    // Sở Nội vụ's answer, due Fri 04/12: 3 working days (2, 3, 4) → amber; Sở Tài chính answered, so not listed.
    const awaited = dashboard.entries().filter({ hasText: 'Ý kiến phối hợp của Sở Nội vụ' });
    await expect(awaited).toHaveAttribute('data-urgency', 'amber');
    await expect(dashboard.entries().filter({ hasText: 'Sở Tài chính' })).toHaveCount(0);
    await expect(dashboard.atRisk).toHaveCount(0);
    // Ordered by due date: the answer (04/12) before the signed documents (14/12).
    await expect(dashboard.entries().first()).toHaveAttribute('data-key', /^coordination:/);
    await page.screenshot({ path: `${SHOTS}/dashboard-green.png` });
  } finally {
    await app.stop();
  }

  // Wed 09/12: 3 working days left — amber; the report's submission is still unsigned, so it is at risk.
  const wednesday = await startApp({ dataDir: app.dataDir, today: '2026-12-09' });
  try {
    await page.goto(wednesday.url);
    const dashboard = new DashboardPage(page);
    await expect(dashboard.signedEntry(DECISION)).toHaveAttribute('data-urgency', 'amber');
    await expect(dashboard.signedEntry(REPORT)).toHaveAttribute('data-urgency', 'amber');
    await expect(dashboard.signedEntry(REPORT).getByTestId('deadline-signed-documents')).toContainText(
      'còn 3 ngày làm việc (5 ngày)',
    );
    await expect(dashboard.atRisk.getByTestId('at-risk-item').filter({ hasText: REPORT })).toContainText(
      'còn 3 ngày làm việc (hạn 14/12/2026)',
    );
    await expect(dashboard.atRisk.getByTestId('at-risk-item').filter({ hasText: REPORT })).toContainText(
      'Tờ trình',
    );
    // The explanation is one click away.
    await dashboard.signedEntry(REPORT).getByTestId('deadline-signed-documents').click();
    await expect(page.getByRole('dialog')).toContainText('Thứ Hai, 14/12/2026, trước 17:00');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.screenshot({ path: `${SHOTS}/dashboard-amber-at-risk.png` });

    // Vietnamese-aware search: no diacritics, lower case.
    await dashboard.search.fill('bao cao tinh hinh');
    await expect(dashboard.hits().filter({ hasText: REPORT })).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}/dashboard-search.png` });
    await dashboard.search.press('Enter');
    await expect(new ItemPage(page).title).toHaveText(REPORT);

    // "/" from anywhere comes back to the search; a file name is found the same way.
    await page.keyboard.press('/');
    await expect(dashboard.search).toBeFocused();
    await page.keyboard.type('to trinh da ky');
    const fileHit = dashboard.hits().filter({ hasText: 'Tờ trình đã ký.pdf' });
    await expect(fileHit).toHaveAttribute('data-kind', 'attachment');
    await fileHit.click();
    const item = new ItemPage(page);
    await expect(item.title).toHaveText(DECISION);
    // Sở Nội vụ was due Fri 04/12 and has not answered: Mon 07, Tue 08, Wed 09 are 3 working days late
    // (5 calendar days).
    await expect(new CoordinationPanel(page).row('Sở Nội vụ').getByTestId('overdue-mark')).toHaveText(
      'Quá hạn 3 ngày làm việc (5 ngày)',
    );
  } finally {
    await wednesday.stop();
  }

  // Mon 14/12: due today — red, on Monday of this week's strip.
  const monday = await startApp({ dataDir: app.dataDir, today: '2026-12-14' });
  try {
    await page.goto(monday.url);
    const dashboard = new DashboardPage(page);
    await expect(dashboard.signedEntry(DECISION)).toHaveAttribute('data-urgency', 'red');
    await expect(dashboard.signedEntry(DECISION)).toContainText('hạn là hôm nay');
    const mondayCell = dashboard.weekStrip.locator('[data-date="2026-12-14"]');
    await expect(mondayCell).toHaveAttribute('aria-current', 'date');
    await expect(mondayCell.locator('.week-due.urgency-red[data-rule="signed-documents"]')).toHaveCount(2);
    // The same Monday the report on 11/2026 is due (before 15/12): the strip shows every duty of the agenda.
    await expect(mondayCell.locator('.week-due[data-rule="monthly-report"]')).toContainText('11/2026');
    await expect(dashboard.weekStrip.locator('[data-date="2026-12-17"]')).toContainText(MEETING.title);
    await page.screenshot({ path: `${SHOTS}/dashboard-red-week.png` });

    // Clicking a due entry opens its item.
    await dashboard.signedEntry(REPORT).locator('td').nth(2).click();
    await expect(new ItemPage(page).title).toHaveText(REPORT);
  } finally {
    await monday.stop();
  }
});

test('an edited template shapes new items only; thresholds recolour the dashboard; the data check finds nothing wrong', async ({
  page,
}) => {
  acceptConfirmations(page);
  const app = await startApp({ today: '2026-12-09' });
  try {
    await page.goto(app.url);
    await new SetupPage(page).setUp('Sở Tài chính', 'STC');
    const meetings = new MeetingsPage(page);
    await meetings.open();
    await meetings.startNew();
    await meetings.fill({ kind: 'Làm việc với Chủ tịch', date: MEETING.date, title: MEETING.title });
    await meetings.save();
    await expect(meetings.dialog).toBeHidden();

    const dossier = new DossierPage(page);
    await dossier.open();
    await dossier.addItem({ title: 'Kế hoạch đầu tư công năm 2027', kind: 'Báo cáo, kế hoạch, đề án' });

    await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await page.getByRole('tab', { name: 'Mẫu danh mục' }).click();
    await expect(page.getByText('Danh mục của các nội dung đã tạo không thay đổi.')).toBeVisible();
    await page.getByRole('button', { name: 'Báo cáo, kế hoạch, đề án' }).click();
    await page.getByRole('button', { name: 'Thêm mục' }).click();
    const rows = page.getByTestId('template-entry');
    const added = rows.last();
    await added.getByRole('textbox').fill('Phụ lục số liệu chi tiết');
    await page.getByRole('button', { name: 'Lưu mẫu' }).click();
    await expect(page.getByText('Đã lưu mẫu.')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/settings-templates.png` });

    await dossier.open();
    await dossier.addItem({ title: 'Đề án phát triển kinh tế số', kind: 'Báo cáo, kế hoạch, đề án' });
    await dossier.openItem('Đề án phát triển kinh tế số');
    const item = new ItemPage(page);
    await expect(item.entry('Phụ lục số liệu chi tiết')).toHaveCount(1);
    // A file dropped on the entry is stored and listed, whatever its name's normal form (NFD here).
    await item.drop(
      'Phụ lục số liệu chi tiết',
      'Phụ lục số liệu.xlsx'.normalize('NFD'),
      'Số liệu chi tiết năm 2027',
    );
    await expect(item.attachments('Phụ lục số liệu chi tiết')).toHaveCount(1);
    await expect(item.attachments('Phụ lục số liệu chi tiết')).toContainText(
      'Phụ lục số liệu.xlsx'.normalize('NFC'),
    );
    await expect(item.position).toHaveText('Nội dung 2/2');
    await page.keyboard.press('k');
    await expect(item.title).toHaveText('Kế hoạch đầu tư công năm 2027');
    await expect(item.entry('Phụ lục số liệu chi tiết')).toHaveCount(0);

    // 3 working days left: amber by default, green once amber is lowered to 2.
    const dashboard = new DashboardPage(page);
    await dashboard.open();
    await expect(dashboard.entries().first()).toHaveAttribute('data-urgency', 'amber');
    await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await page.getByRole('tab', { name: 'Ngưỡng cảnh báo' }).click();
    await page.getByLabel('Vàng khi còn tối đa (ngày làm việc)').fill('0');
    await page.getByRole('button', { name: 'Lưu quy tắc' }).click();
    await expect(page.getByRole('alert')).toContainText('Ngưỡng đỏ (1) không được lớn hơn ngưỡng vàng (0).');
    await page.getByLabel('Vàng khi còn tối đa (ngày làm việc)').fill('2');
    await page.getByRole('button', { name: 'Lưu quy tắc' }).click();
    await expect(page.getByText('Đã lưu ngưỡng cảnh báo.')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/settings-thresholds.png` });
    await dashboard.open();
    await expect(dashboard.entries().first()).toHaveAttribute('data-urgency', 'green');

    await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await page.getByRole('tab', { name: 'Kiểm tra dữ liệu' }).click();
    await page.getByLabel(/Kiểm tra sâu/).check();
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await expect(page.getByTestId('data-check-report')).toContainText(
      'Dữ liệu nhất quán, không phát hiện vấn đề.',
    );
    await page.screenshot({ path: `${SHOTS}/settings-data-check.png` });
  } finally {
    await app.stop();
  }
});

test('the sample data button fills a first run, and the workspace is driven from the keyboard in both languages', async ({
  page,
}) => {
  test.setTimeout(120_000);
  acceptConfirmations(page);
  const app = await startApp({ today: '2026-11-25' });
  try {
    await page.goto(app.url);
    await expect(page.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/setup-sample-button.png` });
    await page.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click();
    const dashboard = new DashboardPage(page);
    await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Sở Nông nghiệp và Môi trường', { exact: true })).toBeVisible();
    await expect(dashboard.entries().first()).toBeVisible();
    expect(await dashboard.entries().count()).toBeGreaterThan(5);
    for (const colour of ['red', 'amber', 'green']) {
      await expect(
        dashboard
          .entries()
          .and(page.locator(`[data-urgency="${colour}"]`))
          .first(),
      ).toBeVisible();
    }
    await expect(dashboard.atRisk).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/dashboard-sample.png` });
    await shotScrolled(page, `${SHOTS}/dashboard-sample-due.png`, 640);

    // ? opens the shortcuts, Esc closes them; Ctrl+K focuses the search.
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Phím tắt' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/shortcuts.png` });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.keyboard.press('Control+k');
    await expect(dashboard.search).toBeFocused();
    await page.keyboard.press('Escape');

    // Alt+3: Dossiers; J/K move, Enter opens, J/K go through items, Esc back to the meeting.
    await page.keyboard.press('Alt+3');
    const dossier = new DossierPage(page);
    await expect(dossier.items().first()).toBeVisible();
    await page.keyboard.press('j');
    await expect(dossier.items().nth(1)).toHaveAttribute('aria-selected', 'true');
    const second = (await dossier.items().nth(1).getByRole('button').first().textContent()) ?? '';
    const third = (await dossier.items().nth(2).getByRole('button').first().textContent()) ?? '';
    await page.screenshot({ path: `${SHOTS}/dossier-sample.png` });
    await page.keyboard.press('Enter');
    const item = new ItemPage(page);
    await expect(item.title).toHaveText(second);
    await expect(item.position).toHaveText(/^Nội dung 2\//);
    await page.keyboard.press('j');
    await expect(item.title).toHaveText(third);
    await page.keyboard.press('Alt+ArrowUp');
    await expect(item.title).toHaveText(second);
    await page.screenshot({ path: `${SHOTS}/item-sample.png` });
    await shotScrolled(page, `${SHOTS}/item-sample-bottom.png`, 'bottom');
    await page.keyboard.press('Escape');
    await expect(dossier.items().first()).toBeVisible();
    await page.keyboard.press('a');
    await expect(dossier.itemForm).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/item-form.png` });
    await page.keyboard.press('Escape');
    await expect(dossier.itemForm).toBeHidden();

    // An item at risk, opened from the dashboard, shows its unsigned documents.
    await dashboard.open();
    await dashboard.atRisk.getByTestId('at-risk-item').first().getByRole('button').click();
    await expect(item.title).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/item-at-risk.png` });

    // English: the same screens, nothing broken.
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
    await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    await expect(page.getByText(/At risk of being struck/)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/dashboard-en.png` });
    // The Dossiers screen comes back where it was left (the item at risk); Esc goes up to its meeting.
    await page.getByRole('button', { name: 'Dossiers', exact: true }).click();
    await expect(item.title).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: 'Dossiers', level: 1 })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/dossier-en.png` });
    await dossier.items().first().getByRole('button').first().click();
    await expect(page.getByRole('heading', { name: 'Dossier checklist' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/item-en.png` });
    await shotScrolled(page, `${SHOTS}/item-en-bottom.png`, 'bottom');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('tab', { name: 'Checklist templates' }).click();
    await page.screenshot({ path: `${SHOTS}/settings-templates-en.png` });
  } finally {
    await app.stop();
  }
});
