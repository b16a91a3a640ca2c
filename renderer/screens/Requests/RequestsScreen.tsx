import { useCallback, useEffect, useState } from 'react';
import type { OpinionRequestView } from '../../../shared/contract/opinionRequests';
import type { OpinionRequestState, RequesterKind } from '../../../shared/opinionRequests/register';
import { REQUESTER_KINDS } from '../../../shared/opinionRequests/register';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { askConfirm } from '../../components/ConfirmDialog';
import { MadeNotice, useDocumentMaker } from '../../components/DocumentMaker';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useKeyShortcut } from '../../components/useKeyShortcut';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { RegisterImportDialog } from '../Import/RegisterImportDialog';
import { shownDate } from '../WorkProgram/common';
import { AnswerDialog } from './AnswerDialog';
import { RequestForm } from './RequestForm';
import '../WorkProgram/workProgram.css';

type StateFilter = 'all' | 'open' | OpinionRequestState;
type Dialog =
  | { kind: 'new' }
  | { kind: 'import' }
  | { kind: 'edit' | 'answer'; request: OpinionRequestView }
  | null;

const STATE_FILTERS: Record<StateFilter, OpinionRequestState[]> = {
  all: [],
  open: ['received', 'drafting', 'overdue'],
  received: ['received'],
  drafting: ['drafting'],
  overdue: ['overdue'],
  answered: ['answered'],
};

function stateClass(r: OpinionRequestView): string {
  if (r.state === 'overdue') return 'status bad';
  if (r.state === 'answered') return 'status good';
  return r.dueSoon ? 'status warn' : 'status';
}

/** Xin ý kiến đến (§3a, §3b): the register, its warnings, and the answer letter of each request. */
export function RequestsScreen() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [text, setText] = useState('');
  const [stateFilter, setStateFilter] = useState<StateFilter>('all');
  const [kind, setKind] = useState<RequesterKind | ''>('');
  const [data, setData] = useState<{
    requests: OpinionRequestView[];
    overdue: number;
    dueSoon: number;
  } | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { error, setError, run } = useAction();
  const documents = useDocumentMaker();

  const load = useCallback(async () => {
    const list = await run(() =>
      call('opinionRequests.list', {
        text,
        states: STATE_FILTERS[stateFilter],
        requesterKind: kind === '' ? null : kind,
      }),
    );
    if (list) setData(list);
  }, [text, stateFilter, kind, run]);
  useEffect(() => {
    void load();
  }, [load]);
  useKeyShortcut('n', () => setDialog({ kind: 'new' }), { enabled: !dialog });

  const close = () => {
    setDialog(null);
    void load();
  };
  async function remove(r: OpinionRequestView) {
    if (!(await askConfirm({ message: t('req.confirmDelete', { subject: r.subject }), danger: true })))
      return;
    await run(() => call('opinionRequests.delete', { id: r.id }));
    void load();
  }
  async function reopen(r: OpinionRequestView) {
    await run(() => call('opinionRequests.reopen', { id: r.id }));
    void load();
  }

  const requests = data?.requests ?? [];
  return (
    <section>
      <header className="screen-head">
        <h1>{t('req.title')}</h1>
      </header>
      <p className="muted">{t('req.intro')}</p>
      {data && data.overdue > 0 && (
        <div className="error-banner" role="alert" data-testid="requests-overdue">
          {t('req.overdueWarning', { n: data.overdue })}
        </div>
      )}
      {data && data.dueSoon > 0 && (
        <p className="warn-text" role="status">
          {t('req.dueSoonWarning', { n: data.dueSoon })}
        </p>
      )}
      <div className="filters">
        <label>
          {t('req.search')}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          {t('req.state')}
          <select value={stateFilter} onChange={(e) => setStateFilter(e.target.value as StateFilter)}>
            {(Object.keys(STATE_FILTERS) as StateFilter[]).map((s) => (
              <option key={s} value={s}>
                {t(`req.state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('req.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as RequesterKind | '')}>
            <option value="">{t('req.kind.all')}</option>
            {REQUESTER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`req.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => setDialog({ kind: 'new' })} title="N">
          {t('req.new')}
        </button>
        <button type="button" onClick={() => setDialog({ kind: 'import' })}>
          {t('req.import')}
        </button>
      </div>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {documents.error && <ErrorBanner error={documents.error} onDismiss={() => documents.setError(null)} />}
      <MadeNotice file={documents.made} />
      {data && requests.length === 0 ? (
        <p className="muted empty">
          {text || stateFilter !== 'all' || kind ? t('req.noMatch') : t('req.empty')}
        </p>
      ) : (
        <div className="card table-card">
          <table className="table compact" aria-label={t('req.title')}>
            <thead>
              <tr>
                <th>{t('req.col.from')}</th>
                <th>{t('req.col.subject')}</th>
                <th>{t('req.col.received')}</th>
                <th>{t('req.col.due')}</th>
                <th>{t('req.col.assignee')}</th>
                <th>{t('req.col.answer')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id} data-testid="request-row">
                  <td>
                    <div>{r.requester}</div>
                    <div className="muted">
                      {r.theirNumber}
                      {r.theirDate ? ` · ${shownDate(r.theirDate)}` : ''}
                    </div>
                  </td>
                  <td className="wide">{r.subject}</td>
                  <td className="nowrap">{shownDate(r.received)}</td>
                  <td
                    className="nowrap"
                    title={language === 'vi' ? r.dueExplanation.vi : r.dueExplanation.en}
                    data-testid="request-due"
                  >
                    {shownDate(r.due)}
                    {r.provisional && <span className="badge">{t('req.provisional')}</span>}
                    {r.workingDaysLeft !== null && (
                      <div className="muted">
                        {r.workingDaysLeft > 0
                          ? t('req.daysLeft', { n: r.workingDaysLeft })
                          : r.workingDaysLeft === 0
                            ? t('req.dueToday')
                            : t('req.daysLate', { n: -r.workingDaysLeft })}
                      </div>
                    )}
                  </td>
                  <td>{r.assignee}</td>
                  <td>
                    <span className={`${stateClass(r)} wrap`} data-testid="request-state">
                      {t(`req.state.${r.state}`)}
                    </span>
                    {r.answer && (
                      <div className="muted">
                        {r.answer.number} · {shownDate(r.answer.date)} · {t(`req.stance.${r.answer.stance}`)}
                      </div>
                    )}
                    {r.file && (
                      <button
                        type="button"
                        className="link"
                        onClick={() =>
                          void documents.make(() => call('opinionRequests.answerFile', { id: r.id }))
                        }
                      >
                        {r.file.name}
                      </button>
                    )}
                  </td>
                  <td className="actions stacked">
                    <button
                      type="button"
                      className="link"
                      onClick={() => setDialog({ kind: 'edit', request: r })}
                    >
                      {t('wp.edit')}
                    </button>
                    {r.storedState === 'answered' ? (
                      <button type="button" className="link" onClick={() => void reopen(r)}>
                        {t('req.reopen')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="link"
                        onClick={() => setDialog({ kind: 'answer', request: r })}
                      >
                        {t('req.answer')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="link"
                      disabled={documents.busy}
                      onClick={() =>
                        void documents.make(() => call('opinionRequests.answerLetter', { id: r.id }))
                      }
                    >
                      {t('req.letter')}
                    </button>
                    <button type="button" className="link" onClick={() => void remove(r)}>
                      {t('req.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog?.kind === 'new' && <RequestForm request={null} onClose={close} />}
      {dialog?.kind === 'edit' && <RequestForm request={dialog.request} onClose={close} />}
      {dialog?.kind === 'answer' && <AnswerDialog request={dialog.request} onClose={close} />}
      {dialog?.kind === 'import' && <RegisterImportDialog target="opinion-requests" onClose={close} />}
      {documents.dialog}
    </section>
  );
}
