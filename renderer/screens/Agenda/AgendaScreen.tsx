import { Fragment, useCallback, useEffect, useId, useState } from 'react';
import { AGENDA_KINDS, AGENDA_STATES, type AgendaKind, type AgendaState } from '../../../shared/agenda/kinds';
import type { AgendaEntry, AgendaView } from '../../../shared/contract/agenda';
import { formatDate, formatDateWithWeekday, parseExistingDate } from '../../../shared/format/dates';
import { call } from '../../api/api';
import { deliverFile } from '../../api/files';
import { useAction } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FieldMessage } from '../../components/FieldErrors';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { useDossierNav } from '../../stores/dossierStore';
import './agenda.css';

const KIND_KEYS: Record<AgendaKind, MessageKey> = {
  'signed-documents': 'agenda.kind.signed-documents',
  'leader-opinion': 'agenda.kind.leader-opinion',
  'coordination-answer': 'agenda.kind.coordination-answer',
  'task-deadline': 'agenda.kind.task-deadline',
  'task-extension-report': 'agenda.kind.task-extension-report',
  'monthly-report': 'agenda.kind.monthly-report',
  'plan-step': 'agenda.kind.plan-step',
  'opinion-request': 'agenda.kind.opinion-request',
};

const STATE_KEYS: Record<AgendaState, MessageKey> = {
  pending: 'agenda.state.pending',
  overdue: 'agenda.state.overdue',
  done: 'agenda.state.done',
  'done-late': 'agenda.state.done-late',
};

/**
 * Lịch hạn: every deadline the app records, in date order, filterable by kind, meeting, person and state;
 * each row opens its explanation (which rule, from which date, which days were skipped). The same list
 * feeds the dashboard, the notifications, the CLI `agenda` and the .ics file exported here.
 */
export function AgendaScreen() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const transport = useAppStore((s) => s.status?.transport ?? 'browser');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kinds, setKinds] = useState<AgendaKind[]>([]);
  const [state, setState] = useState<AgendaState | ''>('');
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [person, setPerson] = useState('');
  const [view, setView] = useState<AgendaView | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const { error, setError, busy, run } = useAction();

  const load = useCallback(async () => {
    const value = await run(() =>
      call('agenda.list', {
        from: from || null,
        to: to || null,
        kinds,
        states: state ? [state] : [],
        meetingId,
        person,
      }),
    );
    if (value) {
      setView(value);
      if (!from) setFrom(value.from);
      if (!to) setTo(value.to);
    }
  }, [run, from, to, kinds, state, meetingId, person]);

  useEffect(() => {
    void load();
  }, [load]);

  async function exportIcs() {
    const file = await run(() => call('agenda.exportIcs', { from: from || null, to: to || null }));
    if (file) {
      await run(() => deliverFile(file, transport));
      setExported(t('agenda.exported', { n: file.events, name: file.name }));
    }
  }

  async function markSent(e: AgendaEntry) {
    if (!e.ref.month || !view) return;
    const month = e.ref.month;
    const done = await run(() => call('agenda.monthlyReportSent', { month, sentOn: view.today }));
    if (done) await load();
  }

  const toggleKind = (k: AgendaKind) =>
    setKinds((current) => (current.includes(k) ? current.filter((x) => x !== k) : [...current, k]));

  return (
    <section className="agenda-screen">
      <header className="screen-head">
        <h1>{t('agenda.title')}</h1>
        <button
          type="button"
          className="primary"
          onClick={exportIcs}
          disabled={busy}
          data-testid="agenda-ics"
        >
          {t('agenda.exportIcs')}
        </button>
      </header>
      <p className="muted">{t('agenda.intro')}</p>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {exported && (
        <p className="notice" role="status">
          {exported}
        </p>
      )}
      <div className="filters agenda-filters">
        <DateField label={t('agenda.from')} value={from} onChange={setFrom} />
        <DateField label={t('agenda.to')} value={to} onChange={setTo} />
        <label>
          {t('agenda.state')}
          <select value={state} onChange={(e) => setState(e.target.value as AgendaState | '')}>
            <option value="">{t('agenda.all')}</option>
            {AGENDA_STATES.map((s) => (
              <option key={s} value={s}>
                {t(STATE_KEYS[s])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('agenda.meeting')}
          <select
            value={meetingId ?? ''}
            onChange={(e) => setMeetingId(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">{t('agenda.all')}</option>
            {view?.meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {formatDate(m.date)} — {m.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('agenda.person')}
          <input
            list="agenda-people"
            value={person}
            onChange={(e) => setPerson(e.target.value)}
            placeholder={t('agenda.personHint')}
          />
          <datalist id="agenda-people">
            {view?.people.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        </label>
      </div>
      <fieldset className="chips" aria-label={t('agenda.kind')}>
        {AGENDA_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            className={kinds.includes(k) ? 'chip active' : 'chip'}
            aria-pressed={kinds.includes(k)}
            onClick={() => toggleKind(k)}
          >
            {t(KIND_KEYS[k])}
          </button>
        ))}
      </fieldset>
      {view && view.entries.length === 0 && <p className="muted empty">{t('agenda.empty')}</p>}
      {view && view.entries.length > 0 && (
        <div className="card table-card">
          <table className="table compact agenda-table" aria-label={t('agenda.title')}>
            <thead>
              <tr>
                <th>{t('agenda.col.due')}</th>
                <th>{t('agenda.col.kind')}</th>
                <th>{t('agenda.col.what')}</th>
                <th>{t('agenda.col.person')}</th>
                <th>{t('agenda.col.state')}</th>
              </tr>
            </thead>
            <tbody>
              {view.entries.map((e) => (
                <Fragment key={e.key}>
                  <tr
                    className={`agenda-row ${e.state} ${e.urgency}`}
                    data-testid="agenda-row"
                    data-rule={e.rule}
                  >
                    <td className="nowrap">
                      {formatDateWithWeekday(e.date, language)}
                      {e.time && <span className="muted"> {e.time}</span>}
                      {e.provisional && <span className="tag">{t('report.provisional')}</span>}
                    </td>
                    <td>{t(KIND_KEYS[e.rule])}</td>
                    <td>
                      <button
                        type="button"
                        className="link"
                        aria-expanded={open === e.key}
                        onClick={() => setOpen(open === e.key ? null : e.key)}
                      >
                        {e.subject}
                      </button>
                      {e.meeting && (
                        <div className="muted small">
                          {formatDate(e.meeting.date)} · {e.meeting.title}
                        </div>
                      )}
                    </td>
                    <td>{e.person}</td>
                    <td className="nowrap">
                      <StateBadge entry={e} />
                    </td>
                  </tr>
                  {open === e.key && (
                    <tr className="agenda-explanation">
                      <td colSpan={5}>
                        <p>{language === 'vi' ? e.explanation.vi : e.explanation.en}</p>
                        <Actions entry={e} onMarkSent={() => markSent(e)} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** A dd/mm/yyyy field: the range changes when what is typed is a whole, real date. */
function DateField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange(iso: string): void;
}) {
  const t = useT();
  const messageId = useId();
  const [text, setText] = useState(value ? formatDate(value) : '');
  useEffect(() => setText(value ? formatDate(value) : ''), [value]);
  const invalid = text !== '' && parseExistingDate(text) === null;
  // A filter has no submit: it says at once, under the field, why the range did not change.
  return (
    <div className="field">
      <label>
        {label}
        <input
          value={text}
          placeholder="dd/mm/yyyy"
          inputMode="numeric"
          className="date-input"
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? messageId : undefined}
          onChange={(e) => {
            setText(e.target.value);
            const iso = parseExistingDate(e.target.value);
            if (iso) onChange(iso);
          }}
        />
      </label>
      <FieldMessage id={messageId} message={invalid ? t('field.notADate', { text }) : undefined} />
    </div>
  );
}

function StateBadge({ entry }: { entry: AgendaEntry }) {
  const t = useT();
  if (entry.state === 'done' || entry.state === 'done-late') {
    return (
      <span className={`count-chip ${entry.state === 'done' ? 'urgency-green' : 'urgency-amber'}`}>
        {t(STATE_KEYS[entry.state])}
        {entry.doneOn ? ` ${formatDate(entry.doneOn)}` : ''}
      </span>
    );
  }
  const when =
    entry.state === 'overdue'
      ? t('agenda.overdueBy', { n: -entry.calendarDaysLeft })
      : entry.calendarDaysLeft === 0
        ? t('agenda.today')
        : t('agenda.left', { n: entry.workingDaysLeft });
  return (
    <span
      className={entry.state === 'overdue' ? 'count-chip overdue' : `count-chip urgency-${entry.urgency}`}
    >
      {when}
    </span>
  );
}

function Actions({ entry, onMarkSent }: { entry: AgendaEntry; onMarkSent(): void }) {
  const t = useT();
  const openItem = useDossierNav((s) => s.openItem);
  const setScreen = useAppStore((s) => s.setScreen);
  const buttons = [];
  if (entry.ref.itemId !== null) {
    const itemId = entry.ref.itemId;
    buttons.push(
      <button key="item" type="button" onClick={() => openItem(itemId, entry.meetingId ?? undefined)}>
        {t('agenda.openItem')}
      </button>,
    );
  }
  if (entry.ref.type === 'task') {
    buttons.push(
      <button key="task" type="button" onClick={() => setScreen('tasks')}>
        {t('agenda.openTasks')}
      </button>,
    );
  }
  if (entry.ref.type === 'program-item' || entry.ref.type === 'month') {
    buttons.push(
      <button key="wp" type="button" onClick={() => setScreen('workProgram')}>
        {t('agenda.openWorkProgram')}
      </button>,
    );
  }
  if (entry.ref.type === 'opinion-request') {
    buttons.push(
      <button key="requests" type="button" onClick={() => setScreen('requests')}>
        {t('agenda.openRequests')}
      </button>,
    );
  }
  if (entry.rule === 'monthly-report' && entry.state !== 'done' && entry.state !== 'done-late') {
    buttons.push(
      <button key="sent" type="button" className="primary" onClick={onMarkSent}>
        {t('agenda.markSent')}
      </button>,
    );
  }
  return <div className="row-actions">{buttons}</div>;
}
