/**
 * Bảng điều khiển: everything due for the agency's open items, coloured by working days left. Deadlines
 * are computed (never stored), once per meeting, from the engine; the database only supplies the open
 * items of upcoming meetings and the coordination answers still awaited (both by index, see dossierQueries).
 */
import type { Database } from 'better-sqlite3';
import {
  dayNumber,
  isoFromDayNumber,
  weekdayNameEn,
  weekdayNameVi,
  weekdayOf,
} from '../../../shared/calendar/civilDate';
import type { DossierDeadline } from '../../../shared/contract/agendaItems';
import type { Dashboard, DashboardEntry } from '../../../shared/contract/dashboard';
import { AT_RISK_WORKING_DAYS, urgencyOf } from '../../../shared/dossiers/urgency';
import { formatDate } from '../../../shared/format/dates';
import * as queries from '../../db/repositories/dossierQueries';
import type { AppContext } from '../context';
import { type DeadlineContext, deadlineContext, itemDeadlines, meetingDeadlines } from './dossierDeadlines';
import { requireDb } from './requireDb';

const RULE_ORDER: Record<DashboardEntry['rule'], number> = {
  'signed-documents': 0,
  'leader-opinion': 1,
  'coordination-answer': 2,
};
const UPCOMING_MEETINGS_SHOWN = 60;

export function getDashboard(ctx: AppContext): Dashboard {
  return buildDashboard(requireDb(ctx), deadlineContext(ctx));
}

/** The SQL of the dashboard's reads; the benchmark swaps in the same statements without indexes. */
export interface DashboardSql {
  openItems: string;
  openCoordination: string;
  upcomingMeetings: string;
}

export const DASHBOARD_SQL: DashboardSql = {
  openItems: queries.OPEN_ITEMS_SQL,
  openCoordination: queries.OPEN_COORDINATION_SQL,
  upcomingMeetings: queries.UPCOMING_MEETINGS_SQL,
};

export function buildDashboard(
  db: Database,
  dc: DeadlineContext,
  sql: DashboardSql = DASHBOARD_SQL,
): Dashboard {
  const todayDn = dayNumber(dc.today);
  const open = queries.openItemsFrom(db, dc.today, sql.openItems);
  const byMeeting = new Map<number, DossierDeadline[]>();
  const openById = new Map(open.map((i) => [i.id, i]));
  const entries: DashboardEntry[] = [];
  const signedDue = new Map<number, DossierDeadline>();

  for (const item of open) {
    let all = byMeeting.get(item.meeting.id);
    if (!all) {
      all = meetingDeadlines(dc, item.meeting);
      byMeeting.set(item.meeting.id, all);
    }
    for (const d of itemDeadlines(item.status, all)) {
      if (d.rule === 'signed-documents') signedDue.set(item.id, d);
      if (d.rule !== 'signed-documents' && d.rule !== 'leader-opinion') continue;
      entries.push({
        key: `${d.rule}:${item.id}`,
        rule: d.rule,
        due: d.due,
        dueTime: d.dueTime,
        workingDaysLeft: d.workingDaysLeft,
        calendarDaysLeft: d.calendarDaysLeft,
        urgency: d.urgency,
        overdue: d.overdue,
        provisional: d.provisional,
        explanation: d.explanation,
        meeting: item.meeting,
        item: {
          id: item.id,
          title: item.title,
          status: item.status,
          contentKind: item.contentKind,
          position: item.position,
        },
        coordination: null,
      });
    }
  }

  for (const c of queries.openCoordination(db, dc.today, sql.openCoordination)) {
    const item = openById.get(c.item_id);
    if (!item) continue;
    const dueDn = dayNumber(c.due_on);
    const workingDaysLeft = dc.calendar.workingDaysBetween(todayDn, dueDn);
    const who = c.person ? `${c.agency} (${c.person})` : c.agency;
    entries.push({
      key: `coordination:${c.id}`,
      rule: 'coordination-answer',
      due: c.due_on,
      dueTime: null,
      workingDaysLeft,
      calendarDaysLeft: dueDn - todayDn,
      urgency: urgencyOf(workingDaysLeft, dc.thresholds),
      overdue: dueDn < todayDn,
      provisional: dc.calendar.isProvisional(Number(c.due_on.slice(0, 4))),
      explanation: {
        vi: `Hạn ${who} trả lời ý kiến phối hợp: ${formatDate(c.due_on)}.`,
        en: `Deadline for ${who} to give its coordination opinion: ${c.due_on}.`,
      },
      meeting: item.meeting,
      item: {
        id: item.id,
        title: item.title,
        status: item.status,
        contentKind: item.contentKind,
        position: item.position,
      },
      coordination: { id: c.id, agency: c.agency, person: c.person },
    });
  }

  entries.sort(
    (a, b) =>
      compare(a.due, b.due) ||
      compare(a.meeting.date, b.meeting.date) ||
      a.meeting.id - b.meeting.id ||
      a.item.position - b.item.position ||
      RULE_ORDER[a.rule] - RULE_ORDER[b.rule] ||
      compare(a.key, b.key),
  );

  const counts = { red: 0, amber: 0, green: 0, overdue: 0, total: entries.length };
  for (const e of entries) {
    counts[e.urgency]++;
    if (e.overdue) counts.overdue++;
  }

  const meetings = queries
    .upcomingMeetings(db, dc.today, UPCOMING_MEETINGS_SHOWN, sql.upcomingMeetings)
    .map(({ meeting, items }) => {
      const mine = entries.filter((e) => e.meeting.id === meeting.id);
      return {
        meeting,
        items,
        open: open.filter((i) => i.meeting.id === meeting.id).length,
        red: mine.filter((e) => e.urgency === 'red').length,
        amber: mine.filter((e) => e.urgency === 'amber').length,
        green: mine.filter((e) => e.urgency === 'green').length,
        overdue: mine.filter((e) => e.overdue).length,
        nextDue: mine[0]?.due ?? null,
      };
    });

  const monday = todayDn - weekdayOf(todayDn);
  const weekMeetings = queries.meetingsBetween(db, isoFromDayNumber(monday), isoFromDayNumber(monday + 6));
  const days = Array.from({ length: 7 }, (_, i) => {
    const dn = monday + i;
    const date = isoFromDayNumber(dn);
    const info = dc.calendar.dayInfo(dn);
    return {
      date,
      weekdayVi: weekdayNameVi(dn),
      weekdayEn: weekdayNameEn(dn),
      working: info.working,
      dayName: info.kind === 'workday' ? '' : info.name,
      dayNameEn: info.kind === 'workday' ? '' : info.nameEn || info.name,
      today: dn === todayDn,
      entryKeys: entries.filter((e) => e.due === date).map((e) => e.key),
      meetings: weekMeetings.filter((m) => m.date === date),
    };
  });

  const atRisk: Dashboard['atRisk'] = [];
  for (const item of open) {
    const d = signedDue.get(item.id);
    if (!d || d.workingDaysLeft > AT_RISK_WORKING_DAYS) continue;
    const unsigned = queries.unsignedEntries(db, item.id);
    if (unsigned.length === 0) continue;
    atRisk.push({
      meeting: item.meeting,
      item: {
        id: item.id,
        title: item.title,
        status: item.status,
        contentKind: item.contentKind,
        position: item.position,
      },
      due: d.due,
      workingDaysLeft: d.workingDaysLeft,
      overdue: d.overdue,
      unsigned,
    });
  }
  atRisk.sort(
    (a, b) => compare(a.due, b.due) || a.meeting.id - b.meeting.id || a.item.position - b.item.position,
  );

  return {
    today: dc.today,
    thresholds: dc.thresholds,
    entries,
    counts,
    meetings,
    thisWeek: { from: isoFromDayNumber(monday), to: isoFromDayNumber(monday + 6), days },
    atRisk,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
