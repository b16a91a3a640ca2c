import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { dayNumber, isoFromDayNumber, weekdayOf } from '../../../shared/calendar/civilDate';
import type { CalendarDayView, CalendarMonth } from '../../../shared/contract/calendar';
import type { AppErrorData } from '../../../shared/errors/appError';
import { formatDate, formatDateWithWeekday } from '../../../shared/format/dates';
import { formatMonth, weekdaysShort } from '../../../shared/format/locale';
import { ApiError } from '../../api/api';
import { ErrorBanner } from '../../components/ErrorBanner';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { useCalendarStore } from '../../stores/calendarStore';
import { OverridesPanel } from './OverridesPanel';

/** The colour class of a day: an agency override is told apart by whether the agency works that day. */
type Tone = CalendarDayView['kind'] | 'override-off' | 'override-working';

function toneOf(day: CalendarDayView): Tone {
  if (day.kind === 'override') return day.working ? 'override-working' : 'override-off';
  return day.kind;
}

const LEGEND: ReadonlyArray<{ tone: Tone; label: MessageKey }> = [
  { tone: 'workday', label: 'calendar.kind.workday' },
  { tone: 'weekend', label: 'calendar.kind.weekend' },
  { tone: 'holiday', label: 'calendar.kind.holiday' },
  { tone: 'day-off', label: 'calendar.kind.day-off' },
  { tone: 'swapped-working', label: 'calendar.kind.swapped-working' },
  { tone: 'override-off', label: 'calendar.kind.override-off' },
  { tone: 'override-working', label: 'calendar.kind.override-working' },
];

/** Settings > Lịch làm việc: the month view, the year's sources and the agency's own days. */
export function CalendarPanel() {
  const t = useT();
  const { status, language } = useAppStore();
  const { year, month, view, show, loadOverrides } = useCalendarStore();
  const [error, setError] = useState<AppErrorData | null>(null);
  const today = status?.today ?? '2026-01-01';

  // The month last shown (kept in the store across visits), or today's month on the first visit.
  const opened = useRef({ year, month });
  useEffect(() => {
    const { year: y, month: m } = opened.current;
    const start = y === 0 ? { y: Number(today.slice(0, 4)), m: Number(today.slice(5, 7)) } : { y, m };
    show(start.y, start.m).catch((e: unknown) => e instanceof ApiError && setError(e.data));
    loadOverrides().catch((e: unknown) => e instanceof ApiError && setError(e.data));
  }, [show, loadOverrides, today]);

  // The day that holds the grid's one Tab stop (roving tabindex); the keys move it.
  const [focusDate, setFocusDate] = useState(today);
  const moveFocus = useRef(false);

  function showMonthOf(iso: string) {
    setError(null);
    const y = Number(iso.slice(0, 4));
    const m = Number(iso.slice(5, 7));
    if (y !== year || m !== month) {
      show(y, m).catch((e: unknown) => e instanceof ApiError && setError(e.data));
    }
  }

  function focusDay(iso: string) {
    moveFocus.current = true;
    setFocusDate(iso);
    showMonthOf(iso);
  }

  /** The same day of the month `deltaMonths` away, clamped to that month's length. */
  function shiftMonths(iso: string, deltaMonths: number): string {
    const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + deltaMonths;
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const d = Math.min(Number(iso.slice(8, 10)), length);
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }

  function go(deltaMonths: number) {
    const anchor =
      focusDate.slice(0, 7) === `${year}-${String(month).padStart(2, '0')}`
        ? focusDate
        : `${year}-${String(month).padStart(2, '0')}-01`;
    const next = shiftMonths(anchor, deltaMonths);
    setFocusDate(next);
    showMonthOf(next);
  }

  function goToday() {
    setFocusDate(today);
    show(Number(today.slice(0, 4)), Number(today.slice(5, 7))).catch(
      (e: unknown) => e instanceof ApiError && setError(e.data),
    );
  }

  // After the keys moved the focus (possibly into another month), the new day takes it once rendered.
  useEffect(() => {
    if (!moveFocus.current || !view) return;
    const cell = document.querySelector<HTMLElement>(
      `[data-testid="month-grid"] td[data-date="${focusDate}"]`,
    );
    if (cell) {
      cell.focus();
      moveFocus.current = false;
    }
  }, [focusDate, view]);

  /** WAI-ARIA date grid keys: arrows a day or a week, Home/End the week's ends, PageUp/PageDown a month, with Shift a year. */
  function onKey(event: KeyboardEvent<HTMLTableElement>) {
    const dn = dayNumber(focusDate);
    const weekday = weekdayOf(dn);
    const byDays: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -7,
      ArrowDown: 7,
      Home: -weekday,
      End: 6 - weekday,
    };
    const days = byDays[event.key];
    if (days !== undefined) {
      event.preventDefault();
      focusDay(isoFromDayNumber(dn + days));
      return;
    }
    if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      const months = (event.key === 'PageUp' ? -1 : 1) * (event.shiftKey ? 12 : 1);
      focusDay(shiftMonths(focusDate, months));
    }
  }

  const title = year === 0 ? '' : formatMonth(`${year}-${String(month).padStart(2, '0')}`, language);

  return (
    <div className="calendar-settings">
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      <div className="calendar-layout">
        <div className="card month-card">
          <div className="month-nav">
            <button
              type="button"
              onClick={() => go(-12)}
              aria-label={t('calendar.prevYear')}
              title={t('calendar.prevYear')}
            >
              «
            </button>
            <button
              type="button"
              onClick={() => go(-1)}
              aria-label={t('calendar.prevMonth')}
              title={t('calendar.prevMonth')}
            >
              ‹
            </button>
            <h2 className="month-title" aria-live="polite" data-testid="month-title">
              {title}
              {view?.provisional && (
                <span className="provisional-badge" data-testid="provisional-badge">
                  {t('calendar.provisional')}
                </span>
              )}
            </h2>
            <button
              type="button"
              onClick={() => go(1)}
              aria-label={t('calendar.nextMonth')}
              title={t('calendar.nextMonth')}
            >
              ›
            </button>
            <button
              type="button"
              onClick={() => go(12)}
              aria-label={t('calendar.nextYear')}
              title={t('calendar.nextYear')}
            >
              »
            </button>
            <button type="button" className="link" onClick={goToday}>
              {t('calendar.thisMonth')}
            </button>
          </div>
          {view && (
            <MonthGrid
              view={view}
              today={today}
              language={language}
              onKeyDown={onKey}
              focusDate={focusDate}
              onFocusDay={setFocusDate}
              label={`${t('calendar.title')} ${title}`}
            />
          )}
          <p className="muted small">{t('calendar.keys')}</p>
        </div>
        <div className="calendar-side">
          {view && <YearSources view={view} />}
          <div className="card">
            <h2>{t('calendar.legend')}</h2>
            <ul className="legend">
              {LEGEND.map((item) => (
                <li key={item.tone}>
                  <span className={`swatch tone-${item.tone}`} aria-hidden="true" />
                  {t(item.label)}
                </li>
              ))}
            </ul>
          </div>
        </div>
      </div>
      <OverridesPanel />
    </div>
  );
}

/**
 * The month as a grid, Monday first. One day at a time holds the Tab stop (the focused date, or the
 * first of the month when that date is elsewhere); the keys move it day by day. Every day's name, state
 * and source are in its accessible text and tooltip.
 */
function MonthGrid(props: {
  view: CalendarMonth;
  today: string;
  language: 'vi' | 'en';
  label: string;
  focusDate: string;
  onFocusDay(iso: string): void;
  onKeyDown(event: KeyboardEvent<HTMLTableElement>): void;
}) {
  const { view, today, language } = props;
  const stop = view.days.some((d) => d.date === props.focusDate) ? props.focusDate : view.days[0]?.date;
  const first = view.days[0];
  const lead = first ? weekdayOf(dayNumber(first.date)) : 0;
  const cells: Array<CalendarDayView | null> = [...Array.from({ length: lead }, () => null), ...view.days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  return (
    <table
      className="month-grid"
      data-testid="month-grid"
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA date grid: its cells take the focus and the keys
      role="grid"
      aria-label={props.label}
      onKeyDown={props.onKeyDown}
    >
      <thead>
        <tr>
          {weekdaysShort(language).map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.find((d) => d)?.date ?? 'empty'}>
            {week.map((day, i) =>
              day ? (
                <DayCell
                  key={day.date}
                  day={day}
                  today={today}
                  language={language}
                  tabStop={day.date === stop}
                  onFocus={() => props.onFocusDay(day.date)}
                />
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: blank cells have no identity
                <td key={`blank-${i}`} className="blank" />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DayCell({
  day,
  today,
  language,
  tabStop,
  onFocus,
}: {
  day: CalendarDayView;
  today: string;
  language: 'vi' | 'en';
  tabStop: boolean;
  onFocus(): void;
}) {
  const t = useT();
  const tone = toneOf(day);
  const name = language === 'vi' ? day.name : day.nameEn || day.name;
  // Weekend days need no caption: the column says it. Named exceptions do.
  const caption = tone === 'workday' || tone === 'weekend' ? '' : name;
  const state = day.working ? t('calendar.dayWorking') : t('calendar.dayOff');
  const description = [formatDateWithWeekday(day.date, language), state, caption, day.source]
    .filter(Boolean)
    .join(' — ');
  return (
    <td
      className={`day tone-${tone}${day.date === today ? ' today' : ''}`}
      data-date={day.date}
      data-kind={day.kind}
      data-working={day.working}
      title={description}
      tabIndex={tabStop ? 0 : -1}
      aria-current={day.date === today ? 'date' : undefined}
      onFocus={onFocus}
    >
      <span className="day-number">{Number(day.date.slice(8))}</span>
      {caption && <span className="day-name">{caption}</span>}
      <span className="sr-only">{description}</span>
    </td>
  );
}

function YearSources({ view }: { view: CalendarMonth }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  return (
    <div className="card sources-card" data-testid="year-sources">
      <h2>
        {t('calendar.sources', { year: view.year })}{' '}
        {view.provisional ? (
          <span className="provisional-badge">{t('calendar.provisional')}</span>
        ) : (
          <span className="official-badge">{t('calendar.official')}</span>
        )}
      </h2>
      {view.provisional && (
        <p className="provisional-note">{t('calendar.provisionalNote', { year: view.year })}</p>
      )}
      <ul className="sources">
        {view.sources.map((s) => (
          <li key={`${s.document}-${s.covers}`}>
            <strong>{s.document}</strong>
            {(s.date || s.verification === 'as reported') && (
              <span className="muted">
                {' ('}
                {[
                  s.date ? t('calendar.sourceIssued', { date: formatDate(s.date) }) : '',
                  s.verification === 'as reported' ? t('calendar.asReported') : '',
                ]
                  .filter(Boolean)
                  .join('; ')}
                {')'}
              </span>
            )}
            <div className="source-covers">{language === 'vi' ? s.covers : s.coversEn}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
