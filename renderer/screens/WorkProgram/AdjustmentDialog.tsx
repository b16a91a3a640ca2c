import { useState } from 'react';
import { ADJUSTMENT_TEXT_LIMITS, type WorkProgramItemView } from '../../../shared/contract/workProgram';
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
import { DateField, Field, FieldMessage, TextField, useFieldErrors } from '../../components/FieldErrors';
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
  const { error, busy, run } = useAction();
  const labels: Record<string, string> = {
    date: t('adj.date'),
    number: t('adj.number'),
    ground: t('adj.ground'),
    reason: t('adj.reason'),
    necessity: t('adj.necessity'),
    impact: t('adj.impact'),
  };
  entries.forEach((e, i) => {
    labels[`entries.${i}.title`] = `${t('adj.newTitle')} — ${e.item.title}`;
    labels[`entries.${i}.proposedMonth`] = t('adj.proposedFor', { title: e.item.title });
  });
  labels[`entries.${entries.length}.title`] = t('adj.addTitle');
  labels[`entries.${entries.length}.proposedMonth`] = `${t('adj.add')} — ${t('adj.proposed')}`;
  const fe = useFieldErrors(error, labels);
  const L = ADJUSTMENT_TEXT_LIMITS;
  const added = entries.length;

  const setEntry = (i: number, patch: Partial<EntryDraft>) =>
    setEntries((list) => list.map((e, j) => (j === i ? { ...e, ...patch } : e)));

  // The shared document heading is asked for once, before the first document of any kind.
  const heading = useHeadingGate();
  async function save() {
    await heading.gate(record);
  }

  async function record() {
    const created = await run(async () => {
      const result = await call('adjustments.create', {
        date: typedDate(date),
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
    <Modal title={t('adj.title')} error={fe.summary} onClose={onClose} onSubmit={save} wide>
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
                      <>
                        <input
                          aria-label={t('adj.newTitle')}
                          value={e.title}
                          maxLength={L.title}
                          onChange={(ev) => setEntry(i, { title: ev.target.value })}
                          {...fe.aria(`entries.${i}.title`)}
                        />
                        <FieldMessage
                          id={fe.messageId(`entries.${i}.title`)}
                          message={fe.message(`entries.${i}.title`)}
                        />
                      </>
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
                      <>
                        <MonthPicker
                          ariaLabel={t('adj.proposedFor', { title: e.item.title })}
                          value={e.proposedMonth}
                          onChange={(v) => setEntry(i, { proposedMonth: v })}
                          {...fe.aria(`entries.${i}.proposedMonth`)}
                        />
                        <FieldMessage
                          id={fe.messageId(`entries.${i}.proposedMonth`)}
                          message={fe.message(`entries.${i}.proposedMonth`)}
                        />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <fieldset className="plain">
            <legend>{t('adj.add')}</legend>
            <TextField
              label={t('adj.addTitle')}
              name={`entries.${added}.title`}
              controlName="addTitle"
              value={addTitle}
              onChange={setAddTitle}
              max={L.title}
              errors={fe}
            />
            <div className="grid-2">
              <Field label={t('adj.proposed')} name={`entries.${added}.proposedMonth`} errors={fe}>
                {(p) => <MonthPicker {...p} value={addMonth} onChange={setAddMonth} />}
              </Field>
              <Field label={t('wp.col.toWhom')} name={`entries.${added}.toWhom`} errors={fe}>
                {(p) => (
                  <select {...p} value={addToWhom} onChange={(e) => setAddToWhom(e.target.value as ToWhom)}>
                    {TO_WHOM.map((w) => (
                      <option key={w} value={w}>
                        {TO_WHOM_LABELS[w][language]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
          </fieldset>
          <div className="grid-2">
            <DateField label={labels.date ?? ''} name="date" value={date} onChange={setDate} errors={fe} />
            <TextField
              label={labels.number ?? ''}
              name="number"
              value={number}
              onChange={setNumber}
              max={L.number}
              errors={fe}
            />
          </div>
        </div>
        <div>
          <fieldset className="plain">
            <legend>{t('adj.ground')}</legend>
            {ADJUSTMENT_GROUNDS.map((g) => (
              <label className="inline ground" key={g}>
                <input
                  type="radio"
                  name="ground"
                  checked={ground === g}
                  onChange={() => setGround(g)}
                  {...fe.aria('ground')}
                />{' '}
                {ADJUSTMENT_GROUND_LABELS[g][language]}
              </label>
            ))}
            <FieldMessage id={fe.messageId('ground')} message={fe.message('ground')} />
          </fieldset>
          <TextField
            label={labels.reason ?? ''}
            name="reason"
            value={reason}
            onChange={setReason}
            max={L.reason}
            errors={fe}
            rows={2}
          />
          <TextField
            label={labels.necessity ?? ''}
            name="necessity"
            value={necessity}
            onChange={setNecessity}
            max={L.necessity}
            errors={fe}
            rows={2}
          />
          <TextField
            label={labels.impact ?? ''}
            name="impact"
            value={impact}
            onChange={setImpact}
            max={L.impact}
            errors={fe}
            rows={2}
          />
        </div>
      </div>
      <FormActions onClose={onClose} submitLabel={t('adj.submit')} disabled={busy} />
    </Modal>
  );
}
