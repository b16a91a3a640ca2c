import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { type RunningApp, startApp } from './appServer';
import { MeetingsPage, SetupPage } from './pages';

const SHOTS = 'test-results/screens';
mkdirSync(SHOTS, { recursive: true });

async function api(app: RunningApp, channel: string, args: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${app.port}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': app.token },
    body: JSON.stringify({ channel, args }),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const TASK = 'Báo cáo tình hình giải ngân vốn đầu tư công quý I';
const ITEM = 'Dự thảo Nghị quyết quy định mức thu phí thẩm định đề án';

/**
 * Today Wed 25/02/2026. A task due Thu 26/02 (tomorrow) is in the red (1 working day left ≤ red 1); the
 * PPC session of Thu 05/03/2026 has its signed documents due Mon 02/03 and the leaders' opinion capped to
 * the same day (the 9th rule would give Mon 09/03, after the session).
 */
test('a task due tomorrow shows in the at-risk box; the agenda exported as .ics re-parses to the same events', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = await startApp({ today: '2026-02-25' });
  try {
    await page.goto(app.url);
    await new SetupPage(page).setUp('Sở Tư pháp', 'STP');
    const meeting = (await api(app, 'meetings.create', {
      kind: 'ppc',
      date: '2026-03-05',
      time: '08:00',
      title: 'Phiên họp UBND tỉnh thường kỳ tháng 3/2026',
    })) as { id: number };
    await api(app, 'agendaItems.create', {
      meetingId: meeting.id,
      title: ITEM,
      contentKind: 'legal-normative',
      leadOfficer: 'Nguyễn Thị Mai',
      leaderInCharge: 'Phó Giám đốc Bùi Thị Hạnh',
    });
    await api(app, 'tasks.create', {
      sourceDocument: 'Thông báo số 12/TB-UBND',
      content: TASK,
      deadline: '2026-02-26',
      leader: 'Phó Giám đốc Trần Văn Hùng',
    });
    await page.reload();

    const atRisk = page.getByTestId('at-risk');
    await expect(atRisk.locator('[data-testid="at-risk-duty"][data-rule="task-deadline"]')).toContainText(
      `Hạn nhiệm vụ được giao: ${TASK}`,
    );
    await expect(page.getByTestId('week-strip').locator('[data-date="2026-02-26"]')).toContainText(TASK);
    await page.screenshot({ path: `${SHOTS}/agenda-dashboard-at-risk.png`, fullPage: true });

    await page.getByRole('button', { name: 'Lịch hạn', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Lịch hạn', level: 1 })).toBeVisible();
    const opinion = page.locator('[data-testid="agenda-row"][data-rule="leader-opinion"]');
    await expect(opinion).toContainText('02/03/2026');
    await opinion.getByRole('button', { name: ITEM }).click();
    await expect(page.locator('.agenda-explanation')).toContainText('không muộn hơn hạn nộp bản ký');
    await page.screenshot({ path: `${SHOTS}/agenda-screen.png`, fullPage: true });

    await page.getByRole('button', { name: 'Báo cáo tháng', exact: true }).click();
    await expect(page.locator('[data-testid="agenda-row"]').first()).toHaveAttribute(
      'data-rule',
      'monthly-report',
    );
    await page.screenshot({ path: `${SHOTS}/agenda-filtered.png`, fullPage: true });
    await page.getByRole('button', { name: 'Báo cáo tháng', exact: true }).click();

    // The item: moving it to "submitted" asks when the documents reached the Office; 25:00 is refused.
    const item = (await api(app, 'agenda.list', { kinds: ['signed-documents'] })) as {
      entries: Array<{ ref: { itemId: number } }>;
    };
    const itemId = item.entries[0]?.ref.itemId ?? 0;
    for (const status of ['awaiting-signature', 'signed'])
      await api(app, 'agendaItems.setStatus', { id: itemId, status });
    // The explanation opened above is still open: its button leads to the dossier.
    await page.locator('.agenda-explanation').getByRole('button', { name: 'Mở hồ sơ' }).click();
    await page.getByTestId('status-select').selectOption({ label: '→ Đã gửi Văn phòng UBND tỉnh' });
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Giờ (HH:mm)').fill('25:00');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toContainText('không phải giờ hợp lệ');
    await page.screenshot({ path: `${SHOTS}/agenda-submission-refused.png` });
    await dialog.getByLabel('Giờ (HH:mm)').fill('08:30');
    await dialog.getByLabel('Lý do chính đáng nếu nộp chậm').fill('');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('submission-record')).toContainText('08:30 25/02/2026');
    await page.screenshot({ path: `${SHOTS}/agenda-item-records.png` });
    await page.getByRole('button', { name: 'Lịch hạn', exact: true }).click();

    const download = page.waitForEvent('download');
    await page.getByTestId('agenda-ics').click();
    const file = await (await download).path();
    const events = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    const agenda = (await api(app, 'agenda.list', {})) as {
      entries: Array<{ key: string; title: string; date: string; time: string | null }>;
    };
    // A duty already done carries its state in front of the title ("[Đã hoàn thành] …").
    expect(events.map((e) => e.summary.replace(/^\[[^\]]+\] /, ''))).toEqual(
      agenda.entries.map((e) => e.title),
    );
    expect(events.filter((e) => e.summary.startsWith('[Đã hoàn thành] Nộp bản ký'))).toHaveLength(1);
    expect(events.map((e) => e.uid)).toEqual(agenda.entries.map((e) => `${e.key}.STP@dossier-desk`));
    const task = events.find((e) => e.summary.includes(TASK) && e.uid.startsWith('task-deadline'));
    // Thu 26/02/2026 17:00 in Vietnam = 10:00 UTC.
    expect(task?.startDate.toJSDate().toISOString()).toBe('2026-02-26T10:00:00.000Z');
    await expect(page.getByRole('status')).toContainText(`Đã xuất ${events.length} hạn`);
  } finally {
    await app.stop();
  }
});

/**
 * The sample data (today Tue 01/12/2026) shows every new duty and record: the agenda, the per-kind
 * thresholds, the scorecard by meeting kind, an extended task, a past meeting saved after a confirmation,
 * and a time like 25:00 refused with a message in both languages.
 */
test('the sample data shows the new duties and records; past meetings and bad times ask or refuse', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = await startApp({ today: '2026-12-01' });
  try {
    await page.goto(app.url);
    await new SetupPage(page).setUp('Sở Nông nghiệp và Môi trường', 'SNNMT');
    await api(app, 'demo.fill', {}).catch(() => undefined);
    const meetings = (await api(app, 'meetings.list', {})) as unknown[];
    if (meetings.length === 0) throw new Error('the sample data was not filled');
    await page.reload();

    await page.getByRole('button', { name: 'Lịch hạn', exact: true }).click();
    await expect(page.locator('[data-testid="agenda-row"]').first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/agenda-demo.png`, fullPage: false });

    await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await page.getByRole('tab', { name: 'Ngưỡng cảnh báo' }).click();
    const kinds = page.getByTestId('kind-thresholds');
    await kinds.getByLabel('Báo cáo tháng — Đỏ').fill('3');
    await kinds.getByLabel('Báo cáo tháng — Vàng').fill('7');
    await kinds.getByRole('button', { name: 'Lưu ngưỡng theo loại' }).click();
    await expect(kinds).toContainText('Đã lưu.');
    await kinds.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/agenda-thresholds-by-kind.png`, fullPage: true });

    await page.getByRole('button', { name: 'Chương trình công tác', exact: true }).click();
    await page.getByRole('tab', { name: 'Kết quả theo dõi', exact: true }).click();
    const byKind = page.getByTestId('score-by-kind');
    await expect(byKind).toContainText('2 chậm (1 có lý do)');
    await byKind.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/agenda-scorecard-by-kind.png`, fullPage: true });

    await page.getByRole('button', { name: 'Nhiệm vụ được giao', exact: true }).click();
    await expect(page.getByTestId('task-extension')).toContainText('hạn cũ');
    await page.screenshot({ path: `${SHOTS}/agenda-task-extended.png`, fullPage: true });

    // A past meeting: the app asks, then saves it when confirmed.
    const m = new MeetingsPage(page);
    await m.open();
    await m.startNew();
    await m.fill({
      kind: 'Họp Ban cán sự đảng UBND tỉnh',
      date: '10/11/2026',
      title: 'Phiên họp Ban cán sự đảng tháng 11',
    });
    await m.save();
    await expect(m.dialog).toContainText('đã qua');
    await page.screenshot({ path: `${SHOTS}/agenda-meeting-past-confirm.png` });
    await m.dialog.getByTestId('meeting-confirm').click();
    await expect(m.dialog).toBeHidden();

    // 25:00 is refused in both languages, and nothing is written.
    const item = (await api(app, 'agenda.list', { kinds: ['signed-documents'], states: ['pending'] })) as {
      entries: Array<{ ref: { itemId: number } }>;
    };
    const itemId = item.entries[0]?.ref.itemId ?? 0;
    const refused = await fetch(`http://127.0.0.1:${app.port}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Dossier-Token': app.token },
      body: JSON.stringify({
        channel: 'agendaItems.recordSubmission',
        args: { id: itemId, submittedOn: '2026-12-01', submittedTime: '25:00' },
      }),
    }).then((r) => r.json() as Promise<{ ok: boolean; error?: { vi: string; en: string } }>);
    expect(refused.ok).toBe(false);
    expect(refused.error?.vi).not.toBe(refused.error?.en);
  } finally {
    await app.stop();
  }
});
