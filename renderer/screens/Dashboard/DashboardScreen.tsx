import { useCallback, useEffect, useState } from 'react';
import type { AgendaEntry } from '../../../shared/contract/agenda';
import type { DeadlineView } from '../../../shared/contract/calendar';
import type { Dashboard, DashboardEntry } from '../../../shared/contract/dashboard';
import { STATUS_LABELS } from '../../../shared/dossiers/itemStatus';
import type { AppErrorData } from '../../../shared/errors/appError';
import { formatDate, formatDateWithWeekday } from '../../../shared/format/dates';
import { plural } from '../../../shared/format/locale';
import { call } from '../../api/api';
import { asErrorData } from '../../api/useAction';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { useDeadlinesStore } from '../../stores/deadlinesStore';
import { useDossierNav } from '../../stores/dossierStore';
import { useBilingual } from '../Dossiers/common';
import { AtRiskDocuments } from './AtRiskDocuments';
import { CoordinationDueBadge } from './CoordinationDueBadge';
import { OpinionRequestsDue } from './OpinionRequestsDue';
import { SearchBox } from './SearchBox';

/**
 * Bảng điều khiển, the start screen: what is at risk of being struck (first, in red), this week, and
 * everything due by date with its colour (the agency's thresholds, computed by the main process), then the
 * upcoming meetings with their counts. The search box is at the top (/ or Ctrl+K).
 */
export function DashboardScreen() {
  const t = useT();
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const loadDeadlines = useDeadlinesStore((s) => s.loadForMeetings);

  const load = useCallback(async () => {
    try {
      const value = await call('dashboard.get', {});
      setDashboard(value);
      // The explanation behind each badge (rule, skipped days) comes from the engine, per meeting.
      const ids = [...new Set(value.entries.filter((e) => e.coordination === null).map((e) => e.meeting.id))];
      await loadDeadlines(ids, true);
    } catch (e) {
      setError(asErrorData(e));
    }
  }, [loadDeadlines]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="dashboard">
      <header className="screen-head">
        <h1>{t('dashboard.title')}</h1>
        <SearchBox />
      </header>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {!dashboard ? (
        !error && <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <AtRisk dashboard={dashboard} />
          <OpinionRequestsDue />
          <WeekStrip dashboard={dashboard} />
          <div className="dash-grid">
            <DueList dashboard={dashboard} />
            <MeetingCounts dashboard={dashboard} />
          </div>
        </>
      )}
    </section>
  );
}

/** Items whose documents to sign are still unsigned with ≤ 3 working days left: shown first, loudly. */
function AtRisk({ dashboard }: { dashboard: Dashboard }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const openItem = useDossierNav((s) => s.openItem);
  const openDuty = useOpenDuty();
  if (dashboard.atRisk.length === 0 && dashboard.atRiskDuties.length === 0) return null;
  return (
    <div className="card at-risk" role="alert" data-testid="at-risk">
      {dashboard.atRisk.length > 0 && (
        <>
          <h2>{t('dashboard.atRisk.title', { n: dashboard.atRisk.length })}</h2>
          <p className="at-risk-why">{t('dashboard.atRisk.why')}</p>
        </>
      )}
      <ul>
        {dashboard.atRisk.map((r) => (
          <li key={r.item.id} data-testid="at-risk-item">
            <button type="button" className="link" onClick={() => openItem(r.item.id, r.meeting.id)}>
              {r.item.title}
            </button>
            <span className="at-risk-when">
              {r.overdue
                ? t('dashboard.atRisk.overdue', { date: formatDate(r.due) })
                : r.workingDaysLeft === 0
                  ? t('dashboard.atRisk.today', { date: formatDate(r.due) })
                  : t('dashboard.atRisk.left', { n: r.workingDaysLeft, date: formatDate(r.due) })}
            </span>
            <span className="at-risk-where">
              <AtRiskDocuments documents={r.unsigned} />
              <span className="muted">
                {' '}
                · {formatDateWithWeekday(r.meeting.date, language)} · {r.meeting.title}
              </span>
            </span>
          </li>
        ))}
      </ul>
      {dashboard.atRiskDuties.length > 0 && (
        <>
          <h2>{t('dashboard.atRiskDuties.title')}</h2>
          <ul>
            {dashboard.atRiskDuties.map((d) => (
              <li key={d.key} data-testid="at-risk-duty" data-rule={d.rule}>
                <button type="button" className="link" onClick={() => openDuty(d)}>
                  {language === 'vi' ? d.title : d.titleEn}
                </button>
                <span className="at-risk-when">
                  {d.state === 'overdue'
                    ? t('dashboard.atRisk.overdue', { date: formatDate(d.date) })
                    : d.workingDaysLeft <= 0
                      ? t('dashboard.atRisk.today', { date: formatDate(d.date) })
                      : t('dashboard.atRisk.left', { n: d.workingDaysLeft, date: formatDate(d.date) })}
                </span>
                {d.person && <span className="muted"> · {d.person}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Where a duty is handled: its dossier, the tasks, the work program, or the agenda. */
function useOpenDuty(): (d: AgendaEntry) => void {
  const openItem = useDossierNav((s) => s.openItem);
  const setScreen = useAppStore((s) => s.setScreen);
  return (d) => {
    if (d.ref.itemId !== null) openItem(d.ref.itemId, d.meetingId ?? undefined);
    else if (d.ref.type === 'task') setScreen('tasks');
    else if (d.ref.type === 'program-item' || d.ref.type === 'month') setScreen('workProgram');
    else setScreen('agenda');
  };
}

/** Monday to Sunday of this week: days off greyed, today outlined, what falls due and which meetings. */
function WeekStrip({ dashboard }: { dashboard: Dashboard }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const openMeeting = useDossierNav((s) => s.openMeeting);
  const openDuty = useOpenDuty();
  const byKey = new Map(dashboard.agenda.map((e) => [e.key, e]));
  const { counts } = dashboard;
  return (
    <div className="card week-card">
      <div className="week-head">
        <h2>
          {t('dashboard.week.title', {
            from: formatDate(dashboard.thisWeek.from),
            to: formatDate(dashboard.thisWeek.to),
          })}
        </h2>
        <div className="count-chips" data-testid="urgency-counts">
          <span
            className="count-chip urgency-red"
            title={t('dashboard.count.redHint', { n: dashboard.thresholds.red })}
          >
            {t('dashboard.count.red', { n: counts.red })}
          </span>
          <span
            className="count-chip urgency-amber"
            title={t('dashboard.count.amberHint', { n: dashboard.thresholds.amber })}
          >
            {t('dashboard.count.amber', { n: counts.amber })}
          </span>
          <span className="count-chip urgency-green">{t('dashboard.count.green', { n: counts.green })}</span>
          {counts.overdue > 0 && (
            <span className="count-chip overdue">{t('dashboard.count.overdue', { n: counts.overdue })}</span>
          )}
        </div>
      </div>
      <ol className="week-strip" data-testid="week-strip">
        {dashboard.thisWeek.days.map((day) => {
          const due = day.agendaKeys
            .map((k) => byKey.get(k))
            .filter((e): e is AgendaEntry => e !== undefined);
          return (
            <li
              key={day.date}
              className={`week-day${day.working ? '' : ' off'}${day.today ? ' today' : ''}`}
              data-date={day.date}
              aria-current={day.today ? 'date' : undefined}
            >
              <div className="week-day-head">
                <strong>{language === 'vi' ? day.weekdayVi : day.weekdayEn}</strong>{' '}
                <span>{formatDate(day.date).slice(0, 5)}</span>
              </div>
              {day.dayName && (
                <div className="week-day-name">
                  {language === 'vi' ? day.dayName : day.dayNameEn || day.dayName}
                </div>
              )}
              {day.meetings.map((m) => (
                <button
                  key={`m${m.id}`}
                  type="button"
                  className="week-meeting"
                  onClick={() => openMeeting(m.id)}
                  title={m.title}
                >
                  {t('dashboard.week.meeting')}: {m.title}
                </button>
              ))}
              {due.map((e) => (
                <button
                  key={e.key}
                  type="button"
                  className={`week-due urgency-${e.urgency}`}
                  data-rule={e.rule}
                  onClick={() => openDuty(e)}
                  title={language === 'vi' ? e.title : e.titleEn}
                >
                  {e.subject}
                </button>
              ))}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

type Translate = ReturnType<typeof useT>;

function ruleLabel(t: Translate, e: DashboardEntry): string {
  if (e.coordination) return t('dashboard.rule.coordination', { agency: e.coordination.agency });
  return t(e.rule === 'leader-opinion' ? 'dashboard.rule.leaderOpinion' : 'dashboard.rule.signed');
}

/** Everything due, ordered by due date; a click (or Enter) on a row opens the item. */
function DueList({ dashboard }: { dashboard: Dashboard }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const bilingual = useBilingual();
  const openItem = useDossierNav((s) => s.openItem);
  const openMeeting = useDossierNav((s) => s.openMeeting);
  return (
    <div className="card table-card due-card">
      <h2>{t('dashboard.due.title', { n: dashboard.entries.length })}</h2>
      {dashboard.entries.length === 0 ? (
        <p className="muted empty-pad">{t('dashboard.due.empty')}</p>
      ) : (
        <table
          className="table due-table"
          aria-label={t('dashboard.due.title', { n: dashboard.entries.length })}
        >
          <thead>
            <tr>
              <th>{t('dashboard.due.col.due')}</th>
              <th>{t('dashboard.due.col.what')}</th>
              <th>{t('dashboard.due.col.meeting')}</th>
            </tr>
          </thead>
          <tbody>
            {dashboard.entries.map((e) => (
              <tr
                key={e.key}
                className="clickable"
                data-testid="due-entry"
                data-urgency={e.urgency}
                data-key={e.key}
                tabIndex={0}
                onClick={(event) => {
                  // The badge and the links inside the row do their own thing.
                  if ((event.target as HTMLElement).closest('button')) return;
                  openItem(e.item.id, e.meeting.id);
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && event.target === event.currentTarget)
                    openItem(e.item.id, e.meeting.id);
                }}
              >
                <td className="deadline-cell">
                  <EntryBadge entry={e} />
                </td>
                <td>
                  <button
                    type="button"
                    className="link strong-link"
                    onClick={() => openItem(e.item.id, e.meeting.id)}
                  >
                    {e.item.title}
                  </button>
                  <div className="muted small">
                    {ruleLabel(t, e)}
                    {e.coordination?.person ? ` (${e.coordination.person})` : ''} ·{' '}
                    {bilingual(STATUS_LABELS[e.item.status])}
                  </div>
                </td>
                <td>
                  <button type="button" className="link" onClick={() => openMeeting(e.meeting.id)}>
                    {formatDateWithWeekday(e.meeting.date, language)}
                  </button>
                  <div className="muted small clamp-2">
                    {t(`meetingKind.${e.meeting.kind}`)} · {e.meeting.title}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The engine's badge with its explanation for a meeting deadline; the coordination badge otherwise. */
function EntryBadge({ entry }: { entry: DashboardEntry }) {
  const t = useT();
  const cached = useDeadlinesStore((s) => s.byMeeting[entry.meeting.id]);
  if (entry.coordination) return <CoordinationDueBadge entry={entry} />;
  const full: DeadlineView | undefined =
    cached?.state === 'ready' ? cached.deadlines.find((d) => d.rule === entry.rule) : undefined;
  const deadline: DeadlineView = full
    ? { ...full, workingDaysLeft: entry.workingDaysLeft, calendarDaysLeft: entry.calendarDaysLeft }
    : {
        rule: entry.rule === 'leader-opinion' ? 'leader-opinion' : 'signed-documents',
        due: entry.due,
        dueTime: entry.dueTime ?? '',
        provisional: entry.provisional,
        from: entry.meeting.date,
        skipped: [],
        explanation: entry.explanation,
        workingDaysLeft: entry.workingDaysLeft,
        calendarDaysLeft: entry.calendarDaysLeft,
      };
  return (
    <DeadlineBadge
      deadline={deadline}
      urgency={entry.urgency}
      label={entry.rule === 'leader-opinion' ? t('deadline.leaderOpinionShort') : undefined}
    />
  );
}

/** Upcoming meetings, soonest first, with how many items and in which colours. */
function MeetingCounts({ dashboard }: { dashboard: Dashboard }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const openMeeting = useDossierNav((s) => s.openMeeting);
  return (
    <div className="card meetings-card">
      <h2>{t('dashboard.meetings.title')}</h2>
      {dashboard.meetings.length === 0 ? (
        <p className="muted">{t('dashboard.none')}</p>
      ) : (
        <ul className="meeting-counts">
          {dashboard.meetings.map((m) => (
            <li key={m.meeting.id} data-testid="meeting-count">
              <button type="button" className="meeting-count" onClick={() => openMeeting(m.meeting.id)}>
                <span className="meeting-count-date">{formatDateWithWeekday(m.meeting.date, language)}</span>
                <span className="meeting-count-title">{m.meeting.title}</span>
                <span className="muted small">{t(`meetingKind.${m.meeting.kind}`)}</span>
                <span className="meeting-count-nums">
                  <span className="muted small">
                    {t('dashboard.meetings.items', {
                      n: plural(m.items, { vi: 'nội dung', en: { one: 'item', other: 'items' } }, language),
                      open: m.open,
                    })}
                  </span>
                  {(['red', 'amber', 'green'] as const).map((tone) =>
                    m[tone] > 0 ? (
                      // The colour alone says nothing to a screen reader or a colour-blind reader: the label does.
                      <span
                        key={tone}
                        className={`dot-count urgency-${tone}`}
                        role="img"
                        aria-label={t(`dashboard.dots.${tone}`, { n: m[tone] })}
                        title={t(`dashboard.dots.${tone}`, { n: m[tone] })}
                      >
                        {m[tone]}
                      </span>
                    ) : null,
                  )}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
