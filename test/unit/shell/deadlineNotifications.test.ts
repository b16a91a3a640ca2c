import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toNotifiableDeadlines } from '../../../electron/shell/notifications/dashboardDeadlines';
import {
  composeNotifications,
  type DeadlineAlert,
  forgetStale,
  isOfficeTime,
  type NotifiableDeadline,
  notificationsToSend,
  type OfficeHours,
  recordSent,
} from '../../../electron/shell/notifications/deadlineNotifications';
import {
  type NotifierDeps,
  notifyDueDeadlines,
} from '../../../electron/shell/notifications/deadlineNotifier';
// Aliased: biome reads a top-level `use…` call as a React hook.
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

/** Mon–Fri working days, except 2026-09-02 (Quốc khánh), 07:30–17:00. */
const officeHours: OfficeHours = {
  start: '07:30',
  end: '17:00',
  isWorkingDay: (date) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && date !== '2026-09-02';
  },
};

/** An instant given in Vietnam time. */
const at = (local: string) => new Date(`${local}+07:00`);
const wednesdayMorning = at('2026-11-25T09:00:00');

function aDeadline(overrides: Partial<NotifiableDeadline> = {}): NotifiableDeadline {
  return {
    key: 'item:1/signed-documents',
    level: 'amber',
    title: 'Tờ trình đề án',
    due: '2026-11-30',
    ...overrides,
  };
}

describe('office hours', () => {
  it.each([
    ['2026-11-25T07:29:59', false],
    ['2026-11-25T07:30:00', true],
    ['2026-11-25T16:59:00', true],
    ['2026-11-25T17:00:00', false],
    ['2026-11-28T10:00:00', false], // Saturday
    ['2026-09-02T10:00:00', false], // National Day
  ])('%s in Hà Nội is office time: %s', (local, expected) => {
    expect(isOfficeTime(at(local), officeHours)).toBe(expected);
  });

  it('reads the time in Vietnam whatever the instant’s UTC date', () => {
    // 2026-11-25 01:00 UTC is 08:00 in Hà Nội on the same Wednesday; 2026-11-24 23:00 UTC is 06:00.
    expect(isOfficeTime(new Date('2026-11-25T01:00:00Z'), officeHours)).toBe(true);
    expect(isOfficeTime(new Date('2026-11-24T23:00:00Z'), officeHours)).toBe(false);
  });
});

describe('which deadlines to notify', () => {
  it('notifies an amber or red deadline, not a green one', () => {
    const items = [
      aDeadline({ key: 'a', level: 'green' }),
      aDeadline({ key: 'b' }),
      aDeadline({ key: 'c', level: 'red' }),
    ];
    expect(notificationsToSend(items, {}, wednesdayMorning, officeHours).map((a) => a.key)).toEqual([
      'c',
      'b',
    ]);
  });

  it('notifies each item once per threshold: amber once, then red once', () => {
    let sent = {};
    const rounds = [
      aDeadline({ level: 'amber' }),
      aDeadline({ level: 'amber' }),
      aDeadline({ level: 'red' }),
      aDeadline({ level: 'red' }),
    ].map((item) => {
      const alerts = notificationsToSend([item], sent, wednesdayMorning, officeHours);
      sent = recordSent(sent, alerts, wednesdayMorning);
      return alerts.map((a) => a.level);
    });
    expect(rounds).toEqual([['amber'], [], ['red'], []]);
  });

  it('does not notify amber after red (a deadline pushed back after an extension)', () => {
    const sent = { 'item:1/signed-documents': { red: '2026-11-24T02:00:00.000Z' } };
    expect(notificationsToSend([aDeadline({ level: 'amber' })], sent, wednesdayMorning, officeHours)).toEqual(
      [],
    );
  });

  it('stays quiet outside office hours and tells at the next office hour', () => {
    const items = [aDeadline({ level: 'red' })];
    expect(notificationsToSend(items, {}, at('2026-11-27T22:00:00'), officeHours)).toEqual([]);
    expect(notificationsToSend(items, {}, at('2026-11-29T10:00:00'), officeHours)).toEqual([]);
    expect(notificationsToSend(items, {}, at('2026-11-30T07:30:00'), officeHours)).toHaveLength(1);
  });

  it('orders red before amber, then by due date, and counts a repeated key once', () => {
    const items = [
      aDeadline({ key: 'x', level: 'amber', due: '2026-11-27' }),
      aDeadline({ key: 'y', level: 'red', due: '2026-11-30' }),
      aDeadline({ key: 'z', level: 'red', due: '2026-11-26' }),
      aDeadline({ key: 'z', level: 'red', due: '2026-11-26' }),
    ];
    expect(notificationsToSend(items, {}, wednesdayMorning, officeHours).map((a) => a.key)).toEqual([
      'z',
      'y',
      'x',
    ]);
  });

  it('forgets old records of deadlines no longer listed, and never a listed one', () => {
    const sent = {
      gone: { red: '2026-08-01T00:00:00.000Z' },
      recent: { amber: '2026-11-20T00:00:00.000Z' },
      listed: { amber: '2026-01-01T00:00:00.000Z' },
    };
    expect(Object.keys(forgetStale(sent, new Set(['listed']), wednesdayMorning))).toEqual([
      'recent',
      'listed',
    ]);
  });
});

describe('notification text', () => {
  const alert = (key: string, level: DeadlineAlert['level']): DeadlineAlert => ({
    key,
    level,
    title: `Hồ sơ ${key}`,
    due: '2026-12-14',
  });

  it('names each deadline with its due date written dd/MM/yyyy', () => {
    expect(composeNotifications([alert('A', 'red')], 'vi')).toEqual([
      { title: 'Hạn nộp sắp hết (đỏ)', body: 'Hồ sơ A — hạn 14/12/2026' },
    ]);
    expect(composeNotifications([alert('A', 'amber')], 'en')).toEqual([
      { title: 'Deadline approaching (amber)', body: 'Hồ sơ A — due 14/12/2026' },
    ]);
  });

  it('sums up more than three at once in a single notification', () => {
    const alerts = [
      alert('A', 'red'),
      alert('B', 'red'),
      alert('C', 'amber'),
      alert('D', 'amber'),
      alert('E', 'amber'),
    ];
    expect(composeNotifications(alerts, 'vi')).toEqual([
      { title: '5 hạn nộp cần chú ý', body: '2 mục đỏ, 3 mục vàng. Mở Tổng quan để xem chi tiết.' },
    ]);
  });
});

describe('the notifier', () => {
  function aNotifier(overrides: Partial<NotifierDeps> = {}) {
    const shown: Array<{ title: string; body: string }> = [];
    const deps: NotifierDeps = {
      deadlines: () => [aDeadline({ level: 'red' })],
      officeHours: () => officeHours,
      now: () => wednesdayMorning,
      language: () => 'vi',
      show: (n) => shown.push(n),
      file: join(tempDir(), 'notifications-sent.json'),
      ...overrides,
    };
    return { deps, shown };
  }

  it('shows once and remembers it across restarts through its file', () => {
    const { deps, shown } = aNotifier();
    expect(notifyDueDeadlines(deps)).toBe(1);
    expect(notifyDueDeadlines({ ...deps })).toBe(0);
    expect(shown).toHaveLength(1);
    expect(JSON.parse(readFileSync(deps.file, 'utf8'))).toEqual({
      'item:1/signed-documents': { red: wednesdayMorning.toISOString() },
    });
  });

  it('treats a damaged record as empty rather than failing', () => {
    const { deps, shown } = aNotifier();
    writeFileSync(deps.file, '{not json');
    expect(notifyDueDeadlines(deps)).toBe(1);
    expect(shown).toHaveLength(1);
  });

  it('shows nothing and writes nothing when nothing is due', () => {
    const { deps, shown } = aNotifier({ deadlines: () => [] });
    expect(notifyDueDeadlines(deps)).toBe(0);
    expect(shown).toEqual([]);
    expect(() => readFileSync(deps.file)).toThrow();
  });
});

describe('deadlines from the agenda', () => {
  it('key each duty by the agenda’s key and its due date, keep its colour, and say what is due', () => {
    const entry = {
      key: 'signed-documents:item:7',
      urgency: 'amber' as const,
      date: '2026-12-14',
      title: 'Nộp bản ký, đóng dấu: Tờ trình dự thảo Nghị quyết',
      titleEn: 'Signed documents due: Tờ trình dự thảo Nghị quyết',
    };
    expect(toNotifiableDeadlines([entry], 'vi')).toEqual([
      {
        key: 'signed-documents:item:7@2026-12-14',
        level: 'amber',
        title: 'Nộp bản ký, đóng dấu: Tờ trình dự thảo Nghị quyết',
        due: '2026-12-14',
      },
    ]);
    expect(toNotifiableDeadlines([entry], 'en')[0]?.title).toBe(
      'Signed documents due: Tờ trình dự thảo Nghị quyết',
    );
  });

  it('treats a deadline that moved as a new one, so it is announced again when it turns amber or red', () => {
    const before = {
      key: 'task-deadline:task:3',
      urgency: 'red' as const,
      date: '2026-03-16',
      title: 'Hạn nhiệm vụ được giao: T',
      titleEn: 'Assigned task due: T',
    };
    const extended = { ...before, date: '2026-04-15' };
    const [a] = toNotifiableDeadlines([before], 'vi');
    const [b] = toNotifiableDeadlines([extended], 'vi');
    expect(a?.key).not.toBe(b?.key);
  });
});
