import { useCallback, useEffect, useState } from 'react';
import type { Args } from '../../../shared/contract';
import type { WorkProgramItemView } from '../../../shared/contract/workProgram';
import { plural } from '../../../shared/format/locale';
import {
  TO_WHOM,
  TO_WHOM_LABELS,
  type ToWhom,
  WORK_PROGRAM_STATUS_LABELS,
  WORK_PROGRAM_STATUSES,
  type WorkProgramStatus,
} from '../../../shared/workProgram/types';
import { call } from '../../api/api';
import { deliverFile } from '../../api/files';
import { useAction } from '../../api/useAction';
import { askConfirm } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { MonthPicker } from '../../components/MonthPicker';
import { useKeyShortcut } from '../../components/useKeyShortcut';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { AdjustmentDialog } from './AdjustmentDialog';
import { shownDate, shownMonth } from './common';
import { ImportDialog } from './ImportDialog';
import { ItemForm } from './ItemForm';
import { StatusDialog } from './StatusDialog';

type Dialog =
  | { kind: 'new' }
  | { kind: 'edit'; item: WorkProgramItemView }
  | { kind: 'status'; item: WorkProgramItemView }
  | { kind: 'import' }
  | { kind: 'adjust'; items: WorkProgramItemView[] }
  | null;

export function statusClass(item: Pick<WorkProgramItemView, 'status' | 'monthsLate'>): string {
  if (item.monthsLate !== null) return 'status bad';
  if (item.status === 'promulgated' || item.status === 'submitted') return 'status good';
  if (item.status === 'postponed' || item.status === 'withdrawn') return 'status';
  return 'status warn';
}

export function ProgramTab() {
  const t = useT();
  const { language, status } = useAppStore();
  const [items, setItems] = useState<WorkProgramItemView[]>([]);
  const [filters, setFilters] = useState<Args<'workProgram.list'>>({});
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState('');
  const { error, setError, busy, run } = useAction();

  const load = useCallback(async () => {
    const list = await run(() => call('workProgram.list', filters));
    if (list) setItems(list);
  }, [filters, run]);

  useEffect(() => {
    void load();
  }, [load]);

  useKeyShortcut('n', () => setDialog({ kind: 'new' }), { enabled: !dialog });

  const close = (message = '') => {
    setDialog(null);
    setNotice(message);
    void load();
  };

  async function exportSheet() {
    await run(async () => {
      const file = await call('workProgram.exportXlsx', {});
      await deliverFile(file, status?.transport ?? 'browser');
      setNotice(t('wp.exported', { name: file.name }));
    });
  }

  async function remove(item: WorkProgramItemView) {
    if (!(await askConfirm({ message: t('wp.deleteConfirm', { title: item.title }), danger: true }))) return;
    await run(() => call('workProgram.delete', { id: item.id }));
    await load();
  }

  const toggle = (id: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const set = (patch: Partial<Args<'workProgram.list'>>) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <div>
      <div className="filters">
        <label>
          {t('wp.filter.from')}
          <MonthPicker
            allowEmpty
            value={filters.fromMonth ?? ''}
            onChange={(v) => set({ fromMonth: v || null })}
          />
        </label>
        <label>
          {t('wp.filter.to')}
          <MonthPicker
            allowEmpty
            value={filters.toMonth ?? ''}
            onChange={(v) => set({ toMonth: v || null })}
          />
        </label>
        <label>
          {t('wp.col.status')}
          <select
            value={filters.statuses?.[0] ?? ''}
            onChange={(e) => set({ statuses: e.target.value ? [e.target.value as WorkProgramStatus] : [] })}
          >
            <option value="">{t('wp.filter.all')}</option>
            {WORK_PROGRAM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {WORK_PROGRAM_STATUS_LABELS[s][language]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('wp.col.toWhom')}
          <select
            value={filters.toWhom ?? ''}
            onChange={(e) => set({ toWhom: (e.target.value || null) as ToWhom | null })}
          >
            <option value="">{t('wp.filter.all')}</option>
            {TO_WHOM.map((w) => (
              <option key={w} value={w}>
                {TO_WHOM_LABELS[w][language]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('wp.filter.text')}
          <input type="search" value={filters.text ?? ''} onChange={(e) => set({ text: e.target.value })} />
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={filters.lateOnly ?? false}
            onChange={(e) => set({ lateOnly: e.target.checked })}
          />{' '}
          {t('wp.filter.late')}
        </label>
      </div>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => setDialog({ kind: 'new' })} title="N">
          {t('wp.new')}
        </button>
        <button type="button" onClick={() => setDialog({ kind: 'import' })}>
          {t('wp.import')}
        </button>
        <button type="button" onClick={() => void exportSheet()} disabled={busy}>
          {t('wp.export')}
        </button>
        <button
          type="button"
          disabled={selected.size === 0}
          onClick={() => setDialog({ kind: 'adjust', items: items.filter((i) => selected.has(i.id)) })}
        >
          {t('wp.adjust', { n: selected.size })}
        </button>
      </div>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {notice && (
        <p className="muted" role="status">
          {notice}
        </p>
      )}
      {items.length === 0 ? (
        <p className="muted empty">{t('wp.empty')}</p>
      ) : (
        <div className="card table-card">
          <table className="table compact" aria-label={t('wp.tab.program')}>
            <thead>
              <tr>
                <th>
                  <span className="visually-hidden">{t('wp.select')}</span>
                </th>
                <th>{t('wp.col.number')}</th>
                <th>{t('wp.col.title')}</th>
                <th>{t('wp.col.toWhom')}</th>
                <th>{t('wp.col.month')}</th>
                <th>{t('wp.col.status')}</th>
                <th>{t('wp.col.dossier')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id} data-testid="wp-row">
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('wp.selectItem', { title: item.title })}
                      checked={selected.has(item.id)}
                      onChange={() => toggle(item.id)}
                    />
                  </td>
                  <td className="nowrap">{item.number}</td>
                  <td>
                    {item.title}
                    {item.leadAgency && <div className="muted">{item.leadAgency}</div>}
                    {item.milestones.length > 0 && (
                      <div className="muted">
                        {t('wp.milestonesDone', {
                          done: item.milestones.filter((m) => m.doneOn !== null).length,
                          total: item.milestones.length,
                        })}
                      </div>
                    )}
                  </td>
                  <td>{TO_WHOM_LABELS[item.toWhom][language]}</td>
                  <td className="nowrap">{shownMonth(item.targetMonth)}</td>
                  <td>
                    <span className={statusClass(item)}>
                      {WORK_PROGRAM_STATUS_LABELS[item.status][language]}
                    </span>
                    {item.submittedOn && <div className="muted">{shownDate(item.submittedOn)}</div>}
                    {item.monthsLate !== null && (
                      <div className="issue">
                        {t('wp.monthsLate', {
                          n: plural(
                            item.monthsLate,
                            { vi: 'tháng', en: { one: 'month', other: 'months' } },
                            language,
                          ),
                        })}
                      </div>
                    )}
                    {item.pendingAdjustments > 0 && (
                      <div className="issue warn">{t('wp.pendingAdjustment')}</div>
                    )}
                  </td>
                  <td>
                    {item.linkedAgendaItems.map((a) => (
                      <div key={a.id}>
                        {a.title} <span className="muted">({shownDate(a.meetingDate)})</span>
                      </div>
                    ))}
                  </td>
                  <td className="actions stacked">
                    <button
                      type="button"
                      className="link"
                      onClick={() => setDialog({ kind: 'status', item })}
                    >
                      {t('wp.setStatus')}
                    </button>
                    <button type="button" className="link" onClick={() => setDialog({ kind: 'edit', item })}>
                      {t('wp.edit')}
                    </button>
                    <button type="button" className="link danger" onClick={() => void remove(item)}>
                      {t('wp.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog?.kind === 'new' && <ItemForm item={null} onClose={close} />}
      {dialog?.kind === 'edit' && <ItemForm item={dialog.item} onClose={close} />}
      {dialog?.kind === 'status' && <StatusDialog item={dialog.item} onClose={close} />}
      {dialog?.kind === 'import' && <ImportDialog onClose={close} />}
      {dialog?.kind === 'adjust' && (
        <AdjustmentDialog
          items={dialog.items}
          onClose={(message) => {
            setSelected(new Set());
            close(message);
          }}
        />
      )}
    </div>
  );
}
