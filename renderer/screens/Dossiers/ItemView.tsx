import { useCallback, useEffect, useState } from 'react';
import type { AgendaItemDetail } from '../../../shared/contract/agendaItems';
import type { ChecklistView } from '../../../shared/contract/checklists';
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
import { ItemActionsSlot } from './actionSlots';
import { ChecklistPanel } from './ChecklistPanel';
import { CoordinationPanel } from './CoordinationPanel';
import { useBilingual } from './common';
import { DeadlineRecords, SubmissionDialog } from './DeadlineRecords';
import { ItemDeadlines } from './ItemDeadlines';
import { ItemForm } from './ItemForm';
import { ChecklistProgress, CoordinationSummary } from './MeetingDossier';
import { StatusSelect } from './StatusSelect';

const NO_SIBLINGS: number[] = [];

/**
 * One agenda item: what it is, its status and deadlines, its checklist with the files, and the
 * coordinating agencies. J/K (Alt+↓/↑) go to the next/previous item of the meeting, Esc back to the meeting.
 */
export function ItemView({ itemId }: { itemId: number }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const bilingual = useBilingual();
  const { openItem, openMeeting, backToMeeting } = useDossierNav();
  const [detail, setDetail] = useState<AgendaItemDetail | null>(null);
  const [checklist, setChecklist] = useState<ChecklistView | null>(null);
  const allSiblings = useDossierNav((s) => s.siblings);
  const siblings = allSiblings.includes(itemId) ? allSiblings : NO_SIBLINGS;
  const setSiblings = useDossierNav((s) => s.setSiblings);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [editing, setEditing] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const reload = useCallback(async () => {
    try {
      const [d, c] = await Promise.all([
        call('agendaItems.get', { id: itemId }),
        call('checklist.get', { itemId }),
      ]);
      setDetail(d);
      setChecklist(c);
    } catch (e) {
      setError(asErrorData(e));
    }
  }, [itemId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const meetingId = detail?.meetingId;
  useEffect(() => {
    if (meetingId === undefined) return;
    call('agendaItems.list', { meetingId })
      .then((list) => setSiblings(list.items.map((i) => i.id)))
      .catch(() => setSiblings([]));
  }, [meetingId, setSiblings]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || isTyping(event.target) || dialogOpen()) return;
      const down = event.key === 'j' || event.key === 'J' || (event.altKey && event.key === 'ArrowDown');
      const up = event.key === 'k' || event.key === 'K' || (event.altKey && event.key === 'ArrowUp');
      if (event.key === 'Escape') {
        backToMeeting();
        return;
      }
      if (!down && !up) return;
      const at = siblings.indexOf(itemId);
      const next = siblings[at + (down ? 1 : -1)];
      if (at >= 0 && next !== undefined) {
        event.preventDefault();
        openItem(next, meetingId);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [siblings, itemId, meetingId, openItem, backToMeeting]);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      await reload();
    } catch (e) {
      setError(asErrorData(e));
    }
  }

  async function remove() {
    if (!detail) return;
    if (
      !(await askConfirm({ message: t('dossier.item.deleteConfirm', { title: detail.title }), danger: true }))
    )
      return;
    try {
      await call('agendaItems.delete', { id: detail.id });
      openMeeting(detail.meetingId);
    } catch (e) {
      setError(asErrorData(e));
    }
  }

  if (!detail || !checklist) {
    return (
      <section>
        <button type="button" className="link back-link" onClick={backToMeeting}>
          ← {t('dossier.backToMeeting')}
        </button>
        {error ? <ErrorBanner error={error} /> : <p className="muted">{t('app.loading')}</p>}
      </section>
    );
  }

  const at = siblings.indexOf(itemId);
  return (
    <section className="item-view" data-testid="item-view">
      <nav className="crumbs" aria-label={t('dossier.crumbs')}>
        <button type="button" className="link back-link" onClick={() => openMeeting(detail.meetingId)}>
          ← {formatDateWithWeekday(detail.meeting.date, language)} · {detail.meeting.title}
        </button>
        {at >= 0 && (
          <span className="muted small">
            <span data-testid="item-position">
              {t('dossier.itemOf', { n: at + 1, total: siblings.length })}
            </span>
            <button
              type="button"
              className="icon"
              disabled={at <= 0}
              onClick={() => openItem(siblings[at - 1] ?? itemId, detail.meetingId)}
              aria-label={t('dossier.prevItem')}
              title={`${t('dossier.prevItem')} (K)`}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon"
              disabled={at >= siblings.length - 1}
              onClick={() => openItem(siblings[at + 1] ?? itemId, detail.meetingId)}
              aria-label={t('dossier.nextItem')}
              title={`${t('dossier.nextItem')} (J)`}
            >
              ↓
            </button>
          </span>
        )}
      </nav>
      <header className="item-head card">
        <div className="item-head-main">
          <h1 data-testid="item-title">{detail.title}</h1>
          <div className="item-meta">
            <span className="tag kind-tag">{bilingual(CONTENT_KIND_LABELS[detail.contentKind])}</span>
            {detail.leadOfficer && (
              <span>
                <span className="muted">{t('dossier.item.leadOfficer')}:</span> {detail.leadOfficer}
              </span>
            )}
            {detail.leaderInCharge && (
              <span>
                <span className="muted">{t('dossier.item.leaderInCharge')}:</span> {detail.leaderInCharge}
              </span>
            )}
          </div>
          {detail.notes && <p className="item-notes">{detail.notes}</p>}
          <DeadlineRecords item={detail} onChanged={() => void reload()} />
          <div className="item-status-row">
            <span className="muted">{t('dossier.col.status')}</span>
            <StatusSelect
              item={detail}
              onChange={(status) =>
                status === 'submitted'
                  ? setSubmitting(true)
                  : run(() => call('agendaItems.setStatus', { id: detail.id, status }))
              }
            />
            <ChecklistProgress item={detail} />
            <CoordinationSummary item={detail} />
          </div>
        </div>
        <div className="item-head-side">
          <ItemDeadlines deadlines={detail.deadlines} emptyText={t('dossier.noDeadlines')} />
          <div className="item-head-actions">
            <ItemActionsSlot itemId={detail.id} />
            <button type="button" onClick={() => setEditing(true)}>
              {t('meetings.edit')}
            </button>
            <button type="button" className="link danger" onClick={() => void remove()}>
              {t('dossier.delete')}
            </button>
          </div>
        </div>
      </header>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      <ChecklistPanel checklist={checklist} onChanged={reload} onError={setError} />
      <CoordinationPanel itemId={detail.id} onChanged={reload} />
      {submitting && (
        <SubmissionDialog
          item={detail}
          submit
          onClose={() => {
            setSubmitting(false);
            void reload();
          }}
        />
      )}
      {editing && (
        <ItemForm
          meetingId={detail.meetingId}
          item={detail}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void reload();
          }}
        />
      )}
    </section>
  );
}
