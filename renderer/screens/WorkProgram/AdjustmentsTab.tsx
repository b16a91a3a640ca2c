import { useCallback, useEffect, useState } from 'react';
import { ADJUSTMENT_TEXT_LIMITS, type AdjustmentRequestView } from '../../../shared/contract/workProgram';
import {
  ADJUSTMENT_GROUND_LABELS,
  ADJUSTMENT_KIND_LABELS,
} from '../../../shared/workProgram/adjustmentGrounds';
import { call } from '../../api/api';
import { deliverFile } from '../../api/files';
import { useAction } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DateField, Field, TextField, useFieldErrors } from '../../components/FieldErrors';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { shownDate, shownMonth, typedDate } from './common';

/** The requests filed, their letters, and the PPC's answer to each (recorded once). */
export function AdjustmentsTab() {
  const t = useT();
  const { language, status } = useAppStore();
  const [requests, setRequests] = useState<AdjustmentRequestView[]>([]);
  const [answering, setAnswering] = useState<AdjustmentRequestView | null>(null);
  const { error, setError, run } = useAction();

  const load = useCallback(async () => {
    const list = await run(() => call('adjustments.list', {}));
    if (list) setRequests(list);
  }, [run]);
  useEffect(() => {
    void load();
  }, [load]);

  const outcomeText = (r: AdjustmentRequestView) =>
    r.outcome === 'pending'
      ? t('adj.pending')
      : t(r.outcome === 'approved' ? 'adj.approvedOn' : 'adj.rejectedOn', { date: shownDate(r.outcomeOn) });

  return (
    <div>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      <p className="muted">{t('adj.help')}</p>
      {requests.length === 0 ? (
        <p className="muted empty">{t('adj.empty')}</p>
      ) : (
        <div className="card table-card">
          <table className="table compact" aria-label={t('wp.tab.adjustments')}>
            <thead>
              <tr>
                <th>{t('adj.date')}</th>
                <th>{t('adj.number')}</th>
                <th>{t('adj.items')}</th>
                <th>{t('adj.ground')}</th>
                <th>{t('adj.outcome')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id} data-testid="adjustment-row">
                  <td className="nowrap">{shownDate(r.date)}</td>
                  <td className="nowrap">{`${r.number === '' ? '…' : r.number}/${r.symbol}`}</td>
                  <td>
                    {r.entries.map((e) => (
                      <div key={`${e.kind}-${e.itemId ?? e.title}`}>
                        <strong>{ADJUSTMENT_KIND_LABELS[e.kind][language]}:</strong> {e.title}
                        {e.proposedMonth && (
                          <span className="muted">
                            {' '}
                            ({shownMonth(e.currentMonth)} → {shownMonth(e.proposedMonth)})
                          </span>
                        )}
                      </div>
                    ))}
                  </td>
                  <td className="muted">{ADJUSTMENT_GROUND_LABELS[r.ground][language]}</td>
                  <td>
                    <span
                      className={
                        r.outcome === 'approved'
                          ? 'status good'
                          : r.outcome === 'rejected'
                            ? 'status bad'
                            : 'status warn'
                      }
                    >
                      {outcomeText(r)}
                    </span>
                    {r.outcomeNote && <div className="muted">{r.outcomeNote}</div>}
                  </td>
                  <td className="actions">
                    <button
                      type="button"
                      className="link"
                      onClick={() =>
                        void run(async () =>
                          deliverFile(
                            await call('adjustments.letterDocx', { id: r.id }),
                            status?.transport ?? 'browser',
                          ),
                        )
                      }
                    >
                      {t('adj.letter')}
                    </button>
                    {r.outcome === 'pending' && (
                      <button type="button" className="link" onClick={() => setAnswering(r)}>
                        {t('adj.recordOutcome')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {answering && (
        <OutcomeDialog
          request={answering}
          onClose={() => {
            setAnswering(null);
            void load();
          }}
        />
      )}
    </div>
  );
}

function OutcomeDialog({ request, onClose }: { request: AdjustmentRequestView; onClose(): void }) {
  const t = useT();
  const today = useAppStore((s) => s.status?.today);
  const [outcome, setOutcome] = useState<'approved' | 'rejected'>('approved');
  const [on, setOn] = useState(shownDate(today));
  const [note, setNote] = useState('');
  const { error, busy, run } = useAction();
  const labels = { outcome: t('adj.outcome'), outcomeOn: t('adj.outcomeOn'), note: t('adj.outcomeNote') };
  const fe = useFieldErrors(error, labels);
  async function save() {
    const saved = await run(() =>
      call('adjustments.setOutcome', {
        id: request.id,
        outcome,
        outcomeOn: typedDate(on),
        note,
      }),
    );
    if (saved) onClose();
  }
  return (
    <Modal title={t('adj.recordOutcome')} error={fe.summary} onClose={onClose} onSubmit={save}>
      <Field label={labels.outcome} name="outcome" errors={fe}>
        {(p) => (
          <select
            {...p}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as 'approved' | 'rejected')}
            autoFocus
          >
            <option value="approved">{t('adj.approved')}</option>
            <option value="rejected">{t('adj.rejected')}</option>
          </select>
        )}
      </Field>
      <DateField label={labels.outcomeOn} name="outcomeOn" value={on} onChange={setOn} errors={fe} />
      <TextField
        label={labels.note}
        name="note"
        value={note}
        onChange={setNote}
        max={ADJUSTMENT_TEXT_LIMITS.outcomeNote}
        errors={fe}
      />
      <p className="muted">{t('adj.outcomeHelp')}</p>
      <FormActions onClose={onClose} disabled={busy} />
    </Modal>
  );
}
