import { useEffect, useState } from 'react';
import type { Meeting } from '../../../shared/contract/meetings';
import type { AppErrorData } from '../../../shared/errors/appError';
import { formatDateWithWeekday } from '../../../shared/format/dates';
import { ApiError } from '../../api/api';
import { askConfirm } from '../../components/ConfirmDialog';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useKeyShortcut } from '../../components/useKeyShortcut';
import { errorText, useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { useDeadlinesStore } from '../../stores/deadlinesStore';
import { useDossierNav } from '../../stores/dossierStore';
import { useMeetingsStore } from '../../stores/meetingsStore';
import { MeetingForm } from './MeetingForm';

type Editing = { mode: 'new' } | { mode: 'edit'; meeting: Meeting } | null;

export function MeetingsScreen() {
  const t = useT();
  const { language, status } = useAppStore();
  const { meetings, load, includeCancelled, setIncludeCancelled, cancel } = useMeetingsStore();
  const loadDeadlines = useDeadlinesStore((s) => s.loadForMeetings);
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const today = status?.today ?? '';

  useEffect(() => {
    load().catch((e: unknown) => e instanceof ApiError && setError(e.data));
  }, [load]);

  useEffect(() => {
    // Recomputed whenever the list changes (a meeting moved, a new one): due dates follow the meeting date.
    const ids = meetings.filter((m) => m.status !== 'cancelled' && m.date >= today).map((m) => m.id);
    loadDeadlines(ids, true).catch((e: unknown) => e instanceof ApiError && setError(e.data));
  }, [meetings, today, loadDeadlines]);

  // N opens the new-meeting form, as long as the user is not typing somewhere.
  useKeyShortcut('n', () => setEditing({ mode: 'new' }), { enabled: !editing });

  async function onCancel(meeting: Meeting) {
    if (!(await askConfirm({ message: t('meetings.cancelConfirm', { title: meeting.title }), danger: true })))
      return;
    try {
      await cancel(meeting.id);
    } catch (e) {
      if (e instanceof ApiError) setError(e.data);
    }
  }

  const upcoming = meetings.filter((m) => m.date >= today);
  const past = meetings.filter((m) => m.date < today);

  return (
    <section>
      <header className="screen-head">
        <h1>{t('meetings.title')}</h1>
        <label className="inline">
          <input
            type="checkbox"
            checked={includeCancelled}
            onChange={(e) => void setIncludeCancelled(e.target.checked)}
          />{' '}
          {t('meetings.showCancelled')}
        </label>
        <button type="button" className="primary" onClick={() => setEditing({ mode: 'new' })} title="N">
          {t('meetings.new')}
        </button>
      </header>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {meetings.length === 0 ? (
        <p className="muted empty">{t('meetings.empty')}</p>
      ) : (
        <>
          <MeetingTable
            title={t('meetings.upcoming')}
            rows={upcoming}
            onEdit={(m) => setEditing({ mode: 'edit', meeting: m })}
            onCancel={onCancel}
            language={language}
            showDeadlines
          />
          {past.length > 0 && (
            <MeetingTable
              title={t('meetings.past')}
              rows={past}
              onEdit={(m) => setEditing({ mode: 'edit', meeting: m })}
              onCancel={onCancel}
              language={language}
            />
          )}
        </>
      )}
      {editing && (
        <MeetingForm
          meeting={editing.mode === 'edit' ? editing.meeting : null}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function MeetingTable(props: {
  title: string;
  rows: Meeting[];
  language: 'vi' | 'en';
  /** The deadline column: for upcoming meetings (past ones are over and done). */
  showDeadlines?: boolean;
  onEdit(meeting: Meeting): void;
  onCancel(meeting: Meeting): void;
}) {
  const t = useT();
  return (
    <div className="card table-card">
      <h2>{props.title}</h2>
      <table className="table" aria-label={props.title}>
        <thead>
          <tr>
            <th>{t('meetings.col.date')}</th>
            <th>{t('meetings.col.kind')}</th>
            <th>{t('meetings.col.title')}</th>
            {props.showDeadlines && <th>{t('deadline.column')}</th>}
            <th>{t('meetings.col.chair')}</th>
            <th>{t('meetings.col.place')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {props.rows.map((m) => (
            <tr
              key={m.id}
              className={m.status === 'cancelled' ? 'cancelled' : undefined}
              data-testid="meeting-row"
            >
              <td className="nowrap">
                {formatDateWithWeekday(m.date, props.language)}
                {m.time && <span className="muted"> · {m.time}</span>}
              </td>
              <td>
                {t(`meetingKind.${m.kind}`)}
                {m.viceChairman && <span className="muted"> ({m.viceChairman})</span>}
              </td>
              <td>
                {m.title}
                {m.status === 'cancelled' && <span className="tag">{t('meetings.cancelled')}</span>}
              </td>
              {props.showDeadlines && (
                <td className="deadline-cell">
                  <MeetingDeadlines meeting={m} />
                </td>
              )}
              <td>{m.chair}</td>
              <td>{m.place}</td>
              <td className="actions">
                <button
                  type="button"
                  className="link"
                  onClick={() => useDossierNav.getState().openMeeting(m.id)}
                >
                  {t('dossier.open')}
                </button>
                {m.status !== 'cancelled' && (
                  <>
                    <button type="button" className="link" onClick={() => props.onEdit(m)}>
                      {t('meetings.edit')}
                    </button>
                    <button type="button" className="link danger" onClick={() => props.onCancel(m)}>
                      {t('meetings.cancel')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The signed-documents deadline, and for PPC sessions the leader-opinion one, each one click from its explanation. */
function MeetingDeadlines({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const entry = useDeadlinesStore((s) => s.byMeeting[meeting.id]);
  if (meeting.status === 'cancelled') return <span className="muted">—</span>;
  if (!entry) return <span className="muted">{t('deadline.loading')}</span>;
  if (entry.state === 'error') return <span className="error-text">{errorText(entry.error, language)}</span>;
  const signed = entry.deadlines.find((d) => d.rule === 'signed-documents');
  const opinion = entry.deadlines.find((d) => d.rule === 'leader-opinion');
  return (
    <div className="deadline-stack">
      {signed ? <DeadlineBadge deadline={signed} /> : <span className="muted">{t('deadline.none')}</span>}
      {opinion && <DeadlineBadge deadline={opinion} label={t('deadline.leaderOpinionShort')} />}
    </div>
  );
}
