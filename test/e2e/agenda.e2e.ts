import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { type RunningApp, startApp } from './appServer';
import { SetupPage } from './pages';

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

    const download = page.waitForEvent('download');
    await page.getByTestId('agenda-ics').click();
    const file = await (await download).path();
    const events = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    const agenda = (await api(app, 'agenda.list', {})) as {
      entries: Array<{ key: string; title: string; date: string; time: string | null }>;
    };
    expect(events.map((e) => e.summary)).toEqual(agenda.entries.map((e) => e.title));
    expect(events.map((e) => e.uid)).toEqual(agenda.entries.map((e) => `${e.key}.STP@dossier-desk`));
    const task = events.find((e) => e.summary.includes(TASK) && e.uid.startsWith('task-deadline'));
    // Thu 26/02/2026 17:00 in Vietnam = 10:00 UTC.
    expect(task?.startDate.toJSDate().toISOString()).toBe('2026-02-26T10:00:00.000Z');
    await expect(page.getByRole('status')).toContainText(`Đã xuất ${events.length} hạn`);
  } finally {
    await app.stop();
  }
});
