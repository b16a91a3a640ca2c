/**
 * Lịch hạn: every dated duty the app records, in one typed list (shared/contract/agenda). The dashboard's
 * at-risk box and week strip, the desktop notifications, the Lịch hạn screen, the CLI `agenda` and the
 * .ics export all read `buildAgenda`; a new kind of duty is a new source in sources/index.ts.
 */
import type { Database } from 'better-sqlite3';
import { AGENDA_KINDS, type AgendaKind } from '../../../../shared/agenda/kinds';
import { dayNumber, isoFromDayNumber } from '../../../../shared/calendar/civilDate';
import type { ParsedArgs } from '../../../../shared/contract';
import type { AgendaEntry, AgendaThresholds, AgendaView } from '../../../../shared/contract/agenda';
import type { MeetingRef } from '../../../../shared/contract/agendaItems';
import type { ThresholdsView } from '../../../../shared/contract/dashboard';
import { foldVietnamese } from '../../../../shared/dossiers/searchText';
import { thresholdProblem } from '../../../../shared/dossiers/urgency';
import { appError } from '../../../../shared/errors/appError';
import { formatDate } from '../../../../shared/format/dates';
import { setMonthlyReportSent } from '../../../db/repositories/agendaQueries';
import { readSetting, writeSetting } from '../../../db/repositories/settingRepository';
import type { AppContext } from '../../context';
import { type DeadlineContext, deadlineContext } from '../dossierDeadlines';
import { asciiSlug, writeExport } from '../exportFiles';
import { requireDb } from '../requireDb';
import { requireAgency } from '../workProgramService';
import { agendaIcs } from './agendaIcs';
import type { DutySource, DutySourceInput } from './duty';
import { AGENDA_SOURCES } from './sources';

export const AGENDA_THRESHOLDS_SETTING = 'agenda-thresholds';
/** Default range: a month back (what just slipped) to a year ahead. */
export const DEFAULT_DAYS_BACK = 31;
export const DEFAULT_DAYS_AHEAD = 365;

const KIND_ORDER = new Map<AgendaKind, number>(AGENDA_KINDS.map((k, i) => [k, i]));

export function defaultRange(today: string): { from: string; to: string } {
  const t = dayNumber(today);
  return { from: isoFromDayNumber(t - DEFAULT_DAYS_BACK), to: isoFromDayNumber(t + DEFAULT_DAYS_AHEAD) };
}

/** Every duty due in [from, to] (only those not done with `openOnly`), by date, then time, then kind. */
export function buildAgenda(
  db: Database,
  dc: DeadlineContext,
  range: { from: string; to: string; openOnly?: boolean },
  sources: readonly DutySource[] = AGENDA_SOURCES,
): AgendaEntry[] {
  const openOnly = range.openOnly ?? false;
  const input: DutySourceInput = {
    db,
    calendar: dc.calendar,
    rules: dc.rules,
    today: dc.today,
    from: range.from,
    to: range.to,
    thresholds: readAgendaThresholds(db, dc.thresholds),
    openOnly,
    cache: {},
  };
  const all = sources.flatMap((source) => source(input));
  const entries = openOnly ? all.filter((e) => e.state === 'pending' || e.state === 'overdue') : all;
  return entries.sort(
    (a, b) =>
      compare(a.date, b.date) ||
      compare(a.time ?? '99:99', b.time ?? '99:99') ||
      (KIND_ORDER.get(a.rule) ?? 0) - (KIND_ORDER.get(b.rule) ?? 0) ||
      compare(a.key, b.key),
  );
}

export function agendaFor(ctx: AppContext, range: { from: string; to: string }): AgendaEntry[] {
  return buildAgenda(requireDb(ctx), deadlineContext(ctx), range);
}

export function checkedRange(
  today: string,
  from: string | null,
  to: string | null,
): { from: string; to: string } {
  const d = defaultRange(today);
  const range = { from: from ?? d.from, to: to ?? d.to };
  if (range.from > range.to) {
    throw appError(
      'invalid-range',
      `Khoảng ngày không hợp lệ: từ ${range.from} đến ${range.to} (ngày bắt đầu sau ngày kết thúc).`,
      `Invalid date range: from ${range.from} to ${range.to} (the start is after the end).`,
      { field: 'from', from: range.from, to: range.to },
    );
  }
  if (dayNumber(range.to) - dayNumber(range.from) > 366 * 5) {
    throw appError(
      'range-too-long',
      'Khoảng ngày dài quá 5 năm: hãy chọn khoảng ngắn hơn.',
      'The date range is longer than 5 years: choose a shorter one.',
      { field: 'to', from: range.from, to: range.to },
    );
  }
  return range;
}

export function listAgenda(ctx: AppContext, args: ParsedArgs<'agenda.list'>): AgendaView {
  const dc = deadlineContext(ctx);
  const range = checkedRange(dc.today, args.from, args.to);
  const all = buildAgenda(requireDb(ctx), dc, range);
  const people = [...new Set(all.map((e) => e.person).filter((p) => p !== ''))].sort((a, b) =>
    a.localeCompare(b, 'vi'),
  );
  const meetings = new Map<number, MeetingRef>();
  for (const e of all) if (e.meeting) meetings.set(e.meeting.id, e.meeting);
  const person = foldVietnamese(args.person.trim());
  const entries = all.filter(
    (e) =>
      (args.kinds.length === 0 || args.kinds.includes(e.rule)) &&
      (args.states.length === 0 || args.states.includes(e.state)) &&
      (args.meetingId === null || e.meetingId === args.meetingId) &&
      (person === '' || foldVietnamese(e.person).includes(person)),
  );
  return {
    today: dc.today,
    from: range.from,
    to: range.to,
    entries,
    people,
    meetings: [...meetings.values()].sort((a, b) => compare(a.date, b.date) || a.id - b.id),
  };
}

// ---- thresholds per kind -----------------------------------------------------------------------------

/** The per-kind thresholds stored in Settings; a kind without its own uses the dashboard's (`general`). */
export function readAgendaThresholds(db: Database, general: ThresholdsView): AgendaThresholds {
  const stored = readSetting(db, AGENDA_THRESHOLDS_SETTING);
  const byKind: AgendaThresholds['byKind'] = {};
  if (typeof stored === 'object' && stored !== null) {
    for (const kind of AGENDA_KINDS) {
      const value: unknown = Reflect.get(stored, kind);
      if (typeof value !== 'object' || value === null) continue;
      const candidate = {
        red: Number(Reflect.get(value, 'red')),
        amber: Number(Reflect.get(value, 'amber')),
      };
      if (!thresholdProblem(candidate)) byKind[kind] = candidate;
    }
  }
  return { general, byKind };
}

export function getAgendaThresholds(ctx: AppContext): AgendaThresholds {
  const dc = deadlineContext(ctx);
  return readAgendaThresholds(requireDb(ctx), dc.thresholds);
}

export function saveAgendaThresholds(
  ctx: AppContext,
  args: ParsedArgs<'agenda.thresholds.set'>,
): AgendaThresholds {
  for (const [kind, t] of Object.entries(args.byKind)) {
    const problem = t ? thresholdProblem(t) : null;
    if (problem) throw appError('invalid-thresholds', problem.vi, problem.en, { field: kind, ...t });
  }
  const db = requireDb(ctx);
  db.transaction(() => writeSetting(db, AGENDA_THRESHOLDS_SETTING, args.byKind, ctx.now().toISOString()))();
  return getAgendaThresholds(ctx);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---- the .ics export and the monthly report's "sent" mark ---------------------------------------------

export function exportAgendaIcs(
  ctx: AppContext,
  args: ParsedArgs<'agenda.exportIcs'>,
): { path: string; name: string; size: number; events: number } {
  const dc = deadlineContext(ctx);
  const range = checkedRange(dc.today, args.from, args.to);
  const db = requireDb(ctx);
  const agency = requireAgency(db);
  const entries = buildAgenda(db, dc, range);
  const text = agendaIcs(entries, {
    agencyCode: agency.code,
    agencyName: agency.name,
    officeHoursEnd: dc.rules.officeHoursEnd,
    now: ctx.now(),
  });
  const file = writeExport(
    ctx.dataDir,
    `lich-han-${asciiSlug(agency.code)}-${range.from}-${range.to}.ics`,
    Buffer.from(text, 'utf8'),
  );
  return { ...file, events: entries.length };
}

export function markMonthlyReportSent(
  ctx: AppContext,
  args: ParsedArgs<'agenda.monthlyReportSent'>,
): { month: string; sentOn: string | null } {
  if (args.sentOn !== null && args.sentOn > deadlineContext(ctx).today) {
    throw appError(
      'sent-in-future',
      `Ngày gửi ${formatDate(args.sentOn)} ở sau hôm nay.`,
      `The day sent, ${formatDate(args.sentOn)}, is after today.`,
      { field: 'sentOn' },
    );
  }
  const db = requireDb(ctx);
  db.transaction(() => setMonthlyReportSent(db, args.month, args.sentOn, ctx.now().toISOString()))();
  return { month: args.month, sentOn: args.sentOn };
}
