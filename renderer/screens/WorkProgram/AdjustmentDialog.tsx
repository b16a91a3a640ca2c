import { useState } from 'react';
import type { WorkProgramItemView } from '../../../shared/contract/workProgram';
import {
  ADJUSTMENT_GROUND_LABELS,
  ADJUSTMENT_GROUNDS,
  ADJUSTMENT_KIND_LABELS,
  type AdjustmentGround,
} from '../../../shared/workProgram/adjustmentGrounds';
import { TO_WHOM, TO_WHOM_LABELS, type ToWhom } from '../../../shared/workProgram/types';
import { call } from '../../api/api';
import { deliverFile } from '../../api/files';
import { useAction } from '../../api/useAction';
import { useHeadingGate } from '../../components/DocumentMaker';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { MonthPicker } from '../../components/MonthPicker';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { shownDate, shownMonth, typedDate } from './common';

type EntryKind = 'reschedule' | 'withdraw' | 'amend';

interface EntryDraft {
  item: WorkProgramItemView;
  kind: EntryKind;
  proposedMonth: string;
  title: string;
}

/**
 * Đề nghị điều chỉnh, bổ sung (§2b): the picked items (each rescheduled, withdrawn or amended), optionally
 * an item to add, one of the four grounds, and the reason, necessity and impact the directive requires.
 * Saving records the request and produces the letter (DOCX).
 */
export function AdjustmentDialog({
  items,
  onClose,
}: {
  items: WorkProgramItemView[];
  onClose(message?: string): void;
}) {
  const t = useT();
  const { language, status } = useAppStore();
  const [entries, setEntries] = useState<EntryDraft[]>(
    items.map((item) => ({ item, kind: 'reschedule', proposedMonth: '', title: item.title })),
  );
  const [addTitle, setAddTitle] = useState('');
  const [addMonth, setAddMonth] = useState('');
  const [addToWhom, setAddToWhom] = useState<ToWhom>('ppc');
  const [ground, setGround] = useState<AdjustmentGround | null>(null);
  const [reason, setReason] = useState('');
  const [necessity, setNecessity] = useState('');
  const [impact, setImpact] = useState('');
  const [date, setDate] = useState(shownDate(status?.today));
  const [number, setNumber] = useState('');
  const { error, setError, busy, run } = useAction();

  const setEntry = (i: number, patch: Partial<EntryDraft>) =>
    setEntries((list) => list.map((e, j) => (j === i ? { ...e, ...patch } : e)));

  // The shared document heading is asked for once, before the first document of any kind.
  const heading = useHeadingGate();
  async function save() {
    if (ground === null) {
      setError({ code: 'ground-required', vi: t('adj.groundRequired'), en: t('adj.groundRequired') });
      return;
    }
    await heading.gate(record);
  }

  async function record() {
    if (ground === null) return;
    const created = await run(async () => {
      const result = await call('adjustments.create', {
        date: typedDate(date, t('adj.date')),
        number,
        ground,
        reason,
        necessity,
        impact,
        entries: [
          ...entries.map((e) => ({
            kind: e.kind,
            itemId: e.item.id,
            proposedMonth: e.kind === 'reschedule' && e.proposedMonth !== '' ? e.proposedMonth : null,
            title: e.kind === 'amend' ? e.title : '',
          })),
          ...(addTitle.trim() === ''
            ? []
            : [
                { kind: 'add' as const, title: addTitle, proposedMonth: addMonth || null, toWhom: addToWhom },
              ]),
        ],
      });
      await deliverFile(result.file, status?.transport ?? 'browser');
      return result;
    });
    if (created) onClose(t('adj.created', { name: created.file.name }));
  }

  return (
    <Modal title={t('adj.title')} error={error} onClose={onClose} onSubmit={save} wide>
      {heading.dialog}
      <div className="two-col">
        <div>
          <table className="table compact" aria-label={t('adj.items')}>
            <thead>
              <tr>
                <th>{t('wp.col.title')}</th>
                <th>{t('wp.col.month')}</th>
                <th>{t('adj.kind')}</th>
                <th>{t('adj.proposed')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={e.item.id}>
                  <td>
                    {e.kind === 'amend' ? (
                      <input
                        aria-label={t('adj.newTitle')}
                        value={e.title}
                        onChange={(ev) => setEntry(i, { title: ev.target.value })}
                      />
                    ) : (
                      e.item.title
                    )}
                  </td>
                  <td className="nowrap">{shownMonth(e.item.targetMonth)}</td>
                  <td>
                    <select
                      aria-label={t('adj.kind')}
                      value={e.kind}
                      onChange={(ev) => setEntry(i, { kind: ev.target.value as EntryKind })}
                    >
                      {(['reschedule', 'withdraw', 'amend'] as const).map((k) => (
                        <option key={k} value={k}>
                          {ADJUSTMENT_KIND_LABELS[k][language]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {e.kind === 'reschedule' && (
                      <MonthPicker
                        ariaLabel={t('adj.proposedFor', { title: e.item.title })}
                        value={e.proposedMonth}
                        onChange={(v) => setEntry(i, { proposedMonth: v })}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <fieldset className="plain">
            <legend>{t('adj.add')}</legend>
            <label>
              {t('adj.addTitle')}
              <input value={addTitle} onChange={(e) => setAddTitle(e.target.value)} />
            </label>
            <div className="grid-2">
              <label>
                {t('adj.proposed')}
                <MonthPicker value={addMonth} onChange={setAddMonth} />
              </label>
              <label>
                {t('wp.col.toWhom')}
                <select value={addToWhom} onChange={(e) => setAddToWhom(e.target.value as ToWhom)}>
                  {TO_WHOM.map((w) => (
                    <option key={w} value={w}>
                      {TO_WHOM_LABELS[w][language]}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </fieldset>
          <div className="grid-2">
            <label>
              {t('adj.date')}
              <input value={date} onChange={(e) => setDate(e.target.value)} placeholder="dd/mm/yyyy" />
            </label>
            <label>
              {t('adj.number')}
              <input value={number} onChange={(e) => setNumber(e.target.value)} />
            </label>
          </div>
        </div>
        <div>
          <fieldset className="plain">
            <legend>{t('adj.ground')}</legend>
            {ADJUSTMENT_GROUNDS.map((g) => (
              <label className="inline ground" key={g}>
                <input type="radio" name="ground" checked={ground === g} onChange={() => setGround(g)} />{' '}
                {ADJUSTMENT_GROUND_LABELS[g][language]}
              </label>
            ))}
          </fieldset>
          <label>
            {t('adj.reason')}
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
          </label>
          <label>
            {t('adj.necessity')}
            <textarea value={necessity} onChange={(e) => setNecessity(e.target.value)} rows={2} />
          </label>
          <label>
            {t('adj.impact')}
            <textarea value={impact} onChange={(e) => setImpact(e.target.value)} rows={2} />
          </label>
        </div>
      </div>
      <FormActions onClose={onClose} submitLabel={t('adj.submit')} disabled={busy} />
    </Modal>
  );
}
