import { useCallback, useEffect, useRef, useState } from 'react';
import type { AgendaItemList, AgendaItemView } from '../../../shared/contract/agendaItems';
import type { Meeting } from '../../../shared/contract/meetings';
import { CONTENT_KIND_LABELS } from '../../../shared/dossiers/contentKinds';
import type { AppErrorData } from '../../../shared/errors/appError';
import { formatDateWithWeekday } from '../../../shared/format/dates';
import { call } from '../../api/api';
import { asErrorData } from '../../api/useAction';
import { askConfirm } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { dialogOpen, isTyping } from '../../components/useKeyShortcut';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { useDossierNav } from '../../stores/dossierStore';
import { MeetingActionsSlot } from './actionSlots';
import { useBilingual } from './common';
import { ItemDeadlines } from './ItemDeadlines';
import { ItemForm } from './ItemForm';
import { StatusSelect } from './StatusSelect';

/**
 * One meeting's dossier: its deadlines, and its agenda items in program order with status, deadlines,
 * checklist progress and coordination. Keys: A adds an item, J/K (or Alt+↓/↑) move the selection, Enter
 * opens the selected item.
 */
export function MeetingDossier(props: {
  meeting: Meeting;
  meetings: Meeting[];
  today: string;
  onNewMeeting(): void;
}) {
  const { meeting } = props;
  const t = useT();
  const language = useAppStore((s) => s.language);
  const bilingual = useBilingual();
  const { openMeeting, openItem, setSiblings } = useDossierNav();
  const [list, setList] = useState<AgendaItemList | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [editing, setEditing] = useState<{ item: AgendaItemView | null } | null>(null);
  const [selected, setSelected] = useState(0);
  const rows = useRef<Array<HTMLTableRowElement | null>>([]);

  const reload = useCallback(async () => {
    try {
      const value = await call('agendaItems.list', { meetingId: meeting.id });
      setList(value);
      setSiblings(value.items.map((i) => i.id));
    } catch (e) {
      setError(asErrorData(e));
    }
  }, [meeting.id, setSiblings]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const items = list?.items ?? [];
  const cancelled = meeting.status === 'cancelled';

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || isTyping(event.target) || dialogOpen()) return;
      const down = event.key === 'j' || event.key === 'J' || (event.altKey && event.key === 'ArrowDown');
      const up = event.key === 'k' || event.key === 'K' || (event.altKey && event.key === 'ArrowUp');
      if (event.altKey && !down && !up) return;
      if ((event.key === 'a' || event.key === 'A') && !cancelled) {
        event.preventDefault();
        setEditing({ item: null });
      } else if (down || up) {
        event.preventDefault();
        setSelected((s) => {
          const next = Math.max(0, Math.min(items.length - 1, s + (down ? 1 : -1)));
          rows.current[next]?.focus();
          return next;
        });
      } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
        const item = items[selected];
        if (item) {
          event.preventDefault();
          openItem(item.id, meeting.id);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, selected, cancelled, openItem, meeting.id]);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      await reload();
    } catch (e) {
      setError(asErrorData(e));
    }
  }

  function move(index: number, step: -1 | 1) {
    const ids = items.map((i) => i.id);
    const other = index + step;
    const a = ids[index];
    const b = ids[other];
    if (a === undefined || b === undefined) return;
    ids[index] = b;
    ids[other] = a;
    setSelected(other);
    void run(() => call('agendaItems.reorder', { meetingId: meeting.id, itemIds: ids }));
  }

  async function remove(item: AgendaItemView) {
    if (
      !(await askConfirm({ message: t('dossier.item.deleteConfirm', { title: item.title }), danger: true }))
    )
      return;
    void run(() => call('agendaItems.delete', { id: item.id }));
  }

  const upcoming = props.meetings.filter((m) => m.date >= props.today);
  const past = props.meetings.filter((m) => m.date < props.today);
  const meetingOption = (m: Meeting) => (
    <option key={m.id} value={m.id}>
      {formatDateWithWeekday(m.date, language)} — {m.title}
      {m.status === 'cancelled' ? ` (${t('meetings.cancelled')})` : ''}
    </option>
  );

  return (
    <section className="dossier">
      <header className="screen-head">
        <h1>{t('nav.dossiers')}</h1>
        <label className="inline meeting-picker">
          <span>{t('dossier.meeting')}</span>
          <select
            value={meeting.id}
            onChange={(e) => openMeeting(Number(e.target.value))}
            data-testid="meeting-picker"
          >
            {upcoming.length > 0 && (
              <optgroup label={t('meetings.upcoming')}>{upcoming.map(meetingOption)}</optgroup>
            )}
            {past.length > 0 && <optgroup label={t('meetings.past')}>{past.map(meetingOption)}</optgroup>}
          </select>
        </label>
        <button type="button" onClick={props.onNewMeeting} title="N">
          {t('meetings.new')}
        </button>
      </header>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}

      <div className="card meeting-head">
        <div className="meeting-head-main">
          <h2 data-testid="meeting-title">{meeting.title}</h2>
          <div className="muted">
            {formatDateWithWeekday(meeting.date, language)}
            {meeting.time ? ` · ${meeting.time}` : ''} · {t(`meetingKind.${meeting.kind}`)}
            {meeting.viceChairman ? ` (${meeting.viceChairman})` : ''}
            {meeting.chair ? ` · ${t('meetings.col.chair')}: ${meeting.chair}` : ''}
            {meeting.place ? ` · ${meeting.place}` : ''}
          </div>
          {cancelled && <p className="error-text">{t('dossier.meetingCancelled')}</p>}
        </div>
        <div className="meeting-head-deadlines">
          {list && <ItemDeadlines deadlines={list.deadlines} emptyText={t('deadline.none')} />}
        </div>
        <div className="meeting-head-actions">
          <MeetingActionsSlot meetingId={meeting.id} />
          {!cancelled && (
            <button type="button" className="primary" onClick={() => setEditing({ item: null })} title="A">
              {t('dossier.item.add')}
            </button>
          )}
        </div>
      </div>

      {list && items.length === 0 && (
        <div className="card empty-state">
          <p>{t(cancelled ? 'dossier.noItemsCancelled' : 'dossier.noItems')}</p>
        </div>
      )}
      {items.length > 0 && (
        <div className="card table-card">
          <h2>{t('dossier.items', { n: items.length })}</h2>
          <table className="table items-table" aria-label={t('dossier.items', { n: items.length })}>
            <thead>
              <tr>
                <th className="num">#</th>
                <th>{t('dossier.col.item')}</th>
                <th>{t('dossier.col.status')}</th>
                <th>{t('dossier.col.deadlines')}</th>
                <th>{t('dossier.col.checklist')}</th>
                <th>{t('dossier.col.coordination')}</th>
                <th>
                  <span className="sr-only">{t('dossier.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => (
                <tr
                  key={item.id}
                  ref={(el) => {
                    rows.current[index] = el;
                  }}
                  tabIndex={-1}
                  className={index === selected ? 'selected' : undefined}
                  data-testid="item-row"
                  aria-selected={index === selected}
                  onFocus={() => setSelected(index)}
                >
                  <td className="num">{item.position}</td>
                  <td className="item-cell">
                    <button
                      type="button"
                      className="link strong-link"
                      onClick={() => openItem(item.id, meeting.id)}
                    >
                      {item.title}
                    </button>
                    <div className="muted small">{bilingual(CONTENT_KIND_LABELS[item.contentKind])}</div>
                    {(item.leadOfficer || item.leaderInCharge) && (
                      <div className="muted small">
                        {item.leadOfficer && `${t('dossier.item.leadOfficer')}: ${item.leadOfficer}`}
                        {item.leadOfficer && item.leaderInCharge && ' · '}
                        {item.leaderInCharge && `${t('dossier.item.leaderInCharge')}: ${item.leaderInCharge}`}
                      </div>
                    )}
                  </td>
                  <td>
                    <StatusSelect
                      item={item}
                      onChange={(status) => run(() => call('agendaItems.setStatus', { id: item.id, status }))}
                    />
                  </td>
                  <td className="deadline-cell">
                    <ItemDeadlines deadlines={item.deadlines} emptyText={t('dossier.noDeadlines')} />
                  </td>
                  <td>
                    <ChecklistProgress item={item} />
                  </td>
                  <td className="coord-cell">
                    <CoordinationSummary item={item} />
                  </td>
                  <td className="actions">
                    <button
                      type="button"
                      className="icon"
                      onClick={() => move(index, -1)}
                      disabled={index === 0}
                      aria-label={t('dossier.item.moveUp', { title: item.title })}
                      title={t('dossier.item.moveUpShort')}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="icon"
                      onClick={() => move(index, 1)}
                      disabled={index === items.length - 1}
                      aria-label={t('dossier.item.moveDown', { title: item.title })}
                      title={t('dossier.item.moveDownShort')}
                    >
                      ↓
                    </button>
                    <button type="button" className="link" onClick={() => setEditing({ item })}>
                      {t('meetings.edit')}
                    </button>
                    <button type="button" className="link danger" onClick={() => remove(item)}>
                      {t('dossier.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint table-hint">{t('dossier.keysHint')}</p>
        </div>
      )}
      {editing && (
        <ItemForm
          meetingId={meeting.id}
          item={editing.item}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void reload();
          }}
        />
      )}
    </section>
  );
}

/** "7/12 xong", a bar, and what still blocks: required entries missing, documents not yet signed. */
export function ChecklistProgress({ item }: { item: AgendaItemView }) {
  const t = useT();
  const c = item.checklist;
  const pct = c.total === 0 ? 0 : Math.round((c.done / c.total) * 100);
  return (
    <div className="progress-cell" data-testid="checklist-progress">
      <div className="progress-text">{t('dossier.progress', { done: c.done, total: c.total })}</div>
      <div className="progress-bar" aria-hidden="true">
        <span style={{ width: `${pct}%` }} />
      </div>
      {c.missingRequired > 0 && (
        <div className="small warn-text">{t('dossier.missingRequired', { n: c.missingRequired })}</div>
      )}
      {c.unsignedMustSign > 0 && (
        <div className="small warn-text">{t('dossier.unsignedMustSign', { n: c.unsignedMustSign })}</div>
      )}
    </div>
  );
}

export function CoordinationSummary({ item }: { item: AgendaItemView }) {
  const t = useT();
  const c = item.coordination;
  if (c.total === 0) return <span className="muted small">{t('dossier.coord.none')}</span>;
  return (
    <div className="small" data-testid="coordination-summary">
      <div>{t('dossier.coord.answered', { answered: c.answered, total: c.total })}</div>
      {c.overdue > 0 && <div className="error-text">{t('dossier.coord.overdue', { n: c.overdue })}</div>}
      {c.disagree > 0 && <div className="warn-text">{t('dossier.coord.disagree', { n: c.disagree })}</div>}
    </div>
  );
}
