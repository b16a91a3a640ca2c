import { expect, test } from '@playwright/test';
import { startApp } from './appServer';
import { CalendarSettingsPage, MeetingDeadlines, RulesSettingsPage } from './calendarPages';
import { MeetingsPage, SetupPage } from './pages';

// Wed 25/11/2026, Vietnam: the clock of the app under test.
const TODAY = '2026-11-25';
const SHOTS = 'test-results/screens';

async function addMeeting(meetings: MeetingsPage, kind: string, date: string, title: string) {
  await meetings.startNew();
  await meetings.fill({
    kind,
    date,
    time: '08:00',
    title,
    chair: 'Chủ tịch UBND tỉnh',
    place: 'Phòng họp số 1',
  });
  await meetings.save();
  await expect(meetings.dialog).toBeHidden();
}

test('the calendar names Tết 2026, an agency day off moves a Chairman-session deadline, and the explanation lists the skipped days', async ({
  page,
}) => {
  const app = await startApp({ today: TODAY });
  try {
    await page.goto(app.url);
    await new SetupPage(page).setUp('Sở Tư pháp', 'STP');

    const calendar = new CalendarSettingsPage(page);
    await calendar.open();
    await expect(calendar.title).toHaveText('Tháng 11/2026');
    await calendar.goTo(2, 2026);
    // Tết Bính Ngọ: Tue 17/02/2026; the civil service is off Mon 16 – Fri 20/02 (Notice 9441/TB-BNV as reported).
    for (const iso of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
      await expect(calendar.day(iso)).toHaveAttribute('data-working', 'false');
      await expect(calendar.day(iso)).toContainText('Nghỉ Tết Nguyên đán');
    }
    await expect(calendar.day('2026-02-13')).toHaveAttribute('data-working', 'true');
    await expect(calendar.day('2026-02-23')).toHaveAttribute('data-working', 'true');
    // Monday-first: 01/02/2026 is a Sunday, so it sits in the 7th column of the first week.
    await expect(calendar.grid.locator('tbody tr').first().locator('td').nth(6)).toHaveAttribute(
      'data-date',
      '2026-02-01',
    );
    await expect(page.getByTestId('year-sources')).toContainText('9441/TB-BNV');
    await expect(page.getByTestId('year-sources')).toContainText('theo báo chí');
    await expect(page.getByTestId('provisional-badge')).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/calendar-feb-2026.png` });

    await calendar.goTo(12, 2026);
    await calendar.addOverride({
      date: '14/12/2026',
      name: 'Nghỉ kỷ niệm ngày thành lập Sở',
      source: 'Quyết định 12/QĐ-STP',
    });
    await expect(calendar.overrideRows()).toHaveCount(1);
    await expect(calendar.overrideRows().first()).toContainText('Thứ Hai, 14/12/2026');
    await expect(calendar.day('2026-12-14')).toHaveAttribute('data-kind', 'override');
    await expect(calendar.day('2026-12-14')).toHaveAttribute('data-working', 'false');
    await expect(calendar.day('2026-12-14')).toContainText('Nghỉ kỷ niệm ngày thành lập Sở');
    await page.screenshot({ path: `${SHOTS}/calendar-dec-2026-override.png` });

    const meetings = new MeetingsPage(page);
    await meetings.open();
    await addMeeting(meetings, 'Làm việc với Chủ tịch', '17/12/2026', 'Dự thảo Quy chế phối hợp');
    await addMeeting(meetings, 'Phiên họp UBND tỉnh thường kỳ', '22/12/2026', 'Phiên họp thường kỳ tháng 12');
    const deadlines = new MeetingDeadlines(page);
    const chairman = meetings.rows().filter({ hasText: 'Dự thảo Quy chế phối hợp' });
    const ppc = meetings.rows().filter({ hasText: 'Phiên họp thường kỳ tháng 12' });

    // Thu 17/12 − 3 working days, Mon 14/12 being the agency's day off: Wed 16, Tue 15, Fri 11/12.
    const signed = deadlines.signedBadge(chairman);
    await expect(signed).toHaveAttribute('data-due', '2026-12-11');
    await expect(signed).toContainText('Thứ Sáu, 11/12/2026');
    // (Wed 25/11, Fri 11/12]: 26, 27, 30/11, 1–4, 7–11/12 = 12 working days; 16 calendar days.
    await expect(signed).toContainText('còn 12 ngày làm việc (16 ngày)');
    await expect(signed).not.toContainText('Tạm tính');
    // PPC session Tue 22/12: signed documents Thu 17/12 (21, 18, 17); the leaders' opinion before 10/12: Wed 09/12.
    await expect(deadlines.signedBadge(ppc)).toHaveAttribute('data-due', '2026-12-17');
    await expect(deadlines.opinionBadge(ppc)).toHaveAttribute('data-due', '2026-12-09');
    await expect(deadlines.opinionBadge(ppc)).toContainText('Xin ý kiến lãnh đạo');
    await page.screenshot({ path: `${SHOTS}/meetings-deadlines.png` });

    await deadlines.explain(signed);
    const dialog = deadlines.explanation;
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
      'Bản ký, đóng dấu gửi Văn phòng UBND tỉnh',
    );
    await expect(dialog).toContainText('Thứ Sáu, 11/12/2026, trước 17:00');
    await expect(dialog).toContainText('Thứ Năm, 17/12/2026');
    const skipped = dialog.getByTestId('skipped-days').locator('li');
    await expect(skipped).toHaveText([
      /Thứ Bảy, 12\/12\/2026\s*Thứ bảy/,
      /Chủ nhật, 13\/12\/2026\s*Chủ nhật/,
      /Thứ Hai, 14\/12\/2026\s*Nghỉ kỷ niệm ngày thành lập Sở/,
    ]);
    await page.screenshot({ path: `${SHOTS}/deadline-explanation.png` });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(signed).toBeFocused();

    // Removing the day off brings the deadline back to Mon 14/12.
    await calendar.open();
    await page.getByRole('button', { name: 'Xóa ngày điều chỉnh Thứ Hai, 14/12/2026' }).click();
    await expect(calendar.overrideRows()).toHaveCount(0);
    await meetings.open();
    await expect(deadlines.signedBadge(chairman)).toHaveAttribute('data-due', '2026-12-14');
  } finally {
    await app.stop();
  }
});

test('a year without an announced schedule is marked provisional in the calendar and on its deadlines', async ({
  page,
}) => {
  const app = await startApp({ today: TODAY });
  try {
    await page.goto(app.url);
    await new SetupPage(page).setUp('Sở Nội vụ', 'SNV');
    const calendar = new CalendarSettingsPage(page);
    await calendar.open();
    await calendar.goTo(1, 2031);
    await expect(page.getByTestId('provisional-badge')).toHaveText('Tạm tính');
    await expect(page.getByTestId('year-sources')).toContainText('chưa có lịch nghỉ chính thức');
    // Tết 2031 is Thu 23/01/2031 (lunar 1/1 Tân Hợi): provisional days off come from the Labour Code.
    await expect(calendar.day('2031-01-23')).toHaveAttribute('data-working', 'false');
    await page.screenshot({ path: `${SHOTS}/calendar-provisional-2031.png` });

    const meetings = new MeetingsPage(page);
    await meetings.open();
    await addMeeting(meetings, 'Làm việc với Chủ tịch', '12/03/2031', 'Họp về kế hoạch năm 2031');
    const badge = new MeetingDeadlines(page).signedBadge(meetings.rows().first());
    await expect(badge).toContainText('Tạm tính');
    await badge.click();
    await expect(page.getByRole('dialog')).toContainText('chưa có lịch nghỉ chính thức');
    await page.keyboard.press('Escape');
  } finally {
    await app.stop();
  }
});

test('rule numbers and office hours are edited in Settings; the main process refuses bad values and names them', async ({
  page,
}) => {
  const app = await startApp({ today: TODAY });
  try {
    await page.goto(app.url);
    await new SetupPage(page).setUp('Sở Tài chính', 'STC');
    const meetings = new MeetingsPage(page);
    await meetings.open();
    await addMeeting(meetings, 'Làm việc với Chủ tịch', '17/12/2026', 'Dự toán ngân sách');

    const rules = new RulesSettingsPage(page);
    await rules.open();
    const chairmanDays = rules.signedDays('Làm việc với Chủ tịch');
    await expect(chairmanDays).toHaveValue('3');

    await chairmanDays.fill('0');
    await rules.save();
    await expect(rules.form.getByRole('alert')).toBeVisible();
    await expect(chairmanDays).toHaveAttribute('aria-invalid', 'true');
    // The banner names the field as its label reads; the message sits under the field, which it describes.
    await expect(rules.form.getByRole('alert')).toContainText('Làm việc với Chủ tịch');
    await expect(chairmanDays).toHaveAccessibleDescription(/.+/);
    await page.screenshot({ path: `${SHOTS}/rules-invalid.png` });

    await chairmanDays.fill('ba');
    await rules.save();
    await expect(rules.form.getByRole('alert')).toContainText('"ba" không phải số nguyên');

    await chairmanDays.fill('5');
    await rules.form.getByLabel('Giờ kết thúc làm việc (HH:mm)').fill('16:30');
    await rules.save();
    await expect(rules.form.getByRole('status')).toHaveText('Đã lưu quy tắc tính hạn.');
    await page.screenshot({ path: `${SHOTS}/rules-saved.png` });

    await meetings.open();
    const badge = new MeetingDeadlines(page).signedBadge(meetings.rows().first());
    // Five working days before Thu 17/12/2026: 16, 15, 14, 11, 10 → Thu 10/12, by 16:30.
    await expect(badge).toHaveAttribute('data-due', '2026-12-10');
    await badge.click();
    await expect(page.getByRole('dialog')).toContainText('Thứ Năm, 10/12/2026, trước 16:30');
  } finally {
    await app.stop();
  }
});
