/**
 * Bảng điều khiển: everything due, coloured by working days left. Every duty comes from the one agenda
 * (services/agenda): the entries table shows those of open items of upcoming meetings, the at-risk box
 * adds every other duty in the red of its kind, the week strip and the notifications list them all.
 */
import type { Database } from 'better-sqlite3';
import {
  dayNumber,
  isoFromDayNumber,
  weekdayNameEn,
  weekdayNameVi,
  weekdayOf,
} from '../../../shared/calendar/civilDate';
import type { AgendaEntry } from '../../../shared/contract/agenda';
import type { Dashboard, DashboardEntry } from '../../../shared/contract/dashboard';
import { AT_RISK_WORKING_DAYS } from '../../../shared/dossiers/urgency';
import * as queries from '../../db/repositories/dossierQueries';
import type { AppContext } from '../context';
import { buildAgenda } from './agenda/agendaService';
import type { DutySource } from './agenda/duty';
import { AGENDA_SOURCES } from './agenda/sources';
import { documentsToSign } from './documentsToSign';
import { type DeadlineContext, deadlineContext } from './dossierDeadlines';
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
  upcomingMeetings: string;
}

export const DASHBOARD_SQL: DashboardSql = {
  openItems: queries.OPEN_ITEMS_SQL,
  upcomingMeetings: queries.UPCOMING_MEETINGS_SQL,
};

/**
 * How far the dashboard looks: back far enough for every deadline of a meeting from today on (a deadline
 * falls under 100 days before its meeting) and for what slipped recently; ahead two years.
 */
const DAYS_BACK = 100;
const DAYS_AHEAD = 730;
const ITEM_RULES = new Set(['signed-documents', 'leader-opinion', 'coordination-answer']);

/**
 * The dashboard over `dc.today`. `sources` is the agenda's by default; tests and the benchmark pass sources
 * that ignore `openOnly` (reading every duty, done or not, as before) to compare the two paths.
 */
export function buildDashboard(
  db: Database,
  dc: DeadlineContext,
  sql: DashboardSql = DASHBOARD_SQL,
  sources: readonly DutySource[] = AGENDA_SOURCES,
): Dashboard {
  const todayDn = dayNumber(dc.today);
  // Every open duty comes from the one agenda; the entries table keeps its item view of them. Open duties
  // only: the sources read what is not done through partial indexes, not the whole range's history.
  const agenda = buildAgenda(
    db,
    dc,
    {
      from: isoFromDayNumber(todayDn - DAYS_BACK),
      to: isoFromDayNumber(todayDn + DAYS_AHEAD),
      openOnly: true,
    },
    sources,
  );
  const open = queries.openItemsFrom(db, dc.today, sql.openItems);
  const openById = new Map(open.map((i) => [i.id, i]));
  const entries: DashboardEntry[] = [];
  const signedDue = new Map<number, AgendaEntry>();

  for (const e of agenda) {
    if (!ITEM_RULES.has(e.rule) || e.ref.itemId === null) continue;
    const item = openById.get(e.ref.itemId);
    if (!item) continue;
    const rule =
      e.rule === 'signed-documents' || e.rule === 'leader-opinion' ? e.rule : 'coordination-answer';
    if (rule === 'signed-documents') signedDue.set(item.id, e);
    entries.push({
      key: rule === 'coordination-answer' ? `coordination:${e.ref.id}` : `${rule}:${item.id}`,
      rule,
      due: e.date,
      dueTime: e.time,
      workingDaysLeft: e.workingDaysLeft,
      calendarDaysLeft: e.calendarDaysLeft,
      urgency: e.urgency,
      overdue: e.state === 'overdue',
      provisional: e.provisional,
      explanation: e.explanation,
      meeting: item.meeting,
      item: {
        id: item.id,
        title: item.title,
        status: item.status,
        contentKind: item.contentKind,
        position: item.position,
      },
      coordination:
        rule === 'coordination-answer' && e.counterpart ? { id: e.ref.id, ...e.counterpart } : null,
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
      agendaKeys: agenda.filter((e) => e.date === date).map((e) => e.key),
      meetings: weekMeetings.filter((m) => m.date === date),
    };
  });

  const atRisk: Dashboard['atRisk'] = [];
  for (const item of open) {
    const d = signedDue.get(item.id);
    if (!d || d.workingDaysLeft > AT_RISK_WORKING_DAYS) continue;
    // The verdicts of the files, not the entries' states: "valid but not trusted" is not signed.
    const unsigned = documentsToSign(db, item.id);
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
      due: d.date,
      workingDaysLeft: d.workingDaysLeft,
      overdue: d.state === 'overdue',
      unsigned,
    });
  }
  atRisk.sort(
    (a, b) => compare(a.due, b.due) || a.meeting.id - b.meeting.id || a.item.position - b.item.position,
  );

  // Every other open duty in the red of its kind's thresholds (a task due tomorrow, an extension report,
  // the monthly report…): the signed documents are covered above, with their unsigned documents.
  const listed = new Set(atRisk.map((r) => r.item.id));
  const atRiskDuties = agenda.filter(
    (e) => e.urgency === 'red' && !(e.rule === 'signed-documents' && listed.has(e.ref.id)),
  );

  return {
    today: dc.today,
    thresholds: dc.thresholds,
    agenda,
    atRiskDuties,
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
