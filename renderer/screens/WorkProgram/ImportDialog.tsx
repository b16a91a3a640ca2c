import { useState } from 'react';
import type { ImportPreview } from '../../../shared/contract/workProgram';
import {
  TO_WHOM,
  TO_WHOM_LABELS,
  type ToWhom,
  WORK_PROGRAM_STATUS_LABELS,
} from '../../../shared/workProgram/types';
import { call } from '../../api/api';
import { fileSource } from '../../api/files';
import { useAction } from '../../api/useAction';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { shownMonth } from './common';

/** Rows shown at most: a 10,000-row program is previewed by its problems first, then the first good rows. */
const MAX_SHOWN = 400;

/**
 * Nhập từ Excel: pick the file → preview with each row's errors and warnings (nothing written) → commit
 * the good rows in one go. Rows with errors are listed first so none is missed.
 */
export function ImportDialog({ onClose }: { onClose(message?: string): void }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [toWhom, setToWhom] = useState<ToWhom | ''>('');
  const { error, busy, run } = useAction();

  async function check() {
    if (!file) return;
    const result = await run(async () =>
      call('workProgram.importPreview', { source: await fileSource(file) }),
    );
    if (result) setPreview(result);
  }

  async function commit() {
    if (!preview) return;
    const result = await run(() =>
      call('workProgram.importCommit', {
        previewId: preview.previewId,
        defaultToWhom: toWhom === '' ? null : toWhom,
      }),
    );
    if (result) onClose(t('wp.import.done', { n: result.inserted, skipped: result.skippedRowsWithErrors }));
  }

  const rows = preview
    ? [
        ...preview.rows.filter((r) => r.errors.length > 0),
        ...preview.rows.filter((r) => r.errors.length === 0),
      ].slice(0, MAX_SHOWN)
    : [];
  const s = preview?.summary;

  return (
    <Modal title={t('wp.import')} error={error} onClose={onClose} wide onSubmit={preview ? commit : check}>
      <div className="filters">
        <label>
          {t('wp.import.file')}
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
            }}
            autoFocus
          />
        </label>
        <button type="button" onClick={() => void check()} disabled={!file || busy}>
          {t('wp.import.check')}
        </button>
      </div>
      <p className="muted">{t('wp.import.hint')}</p>
      {preview && s && (
        <>
          <p role="status" data-testid="import-summary">
            {t('wp.import.summary', {
              sheet: preview.sheetName,
              valid: s.validRows,
              errors: s.rowsWithErrors,
              skipped: s.skippedRows,
              warnings: s.rowsWithWarnings,
            })}
          </p>
          <div className="scroll">
            <table className="table compact" aria-label={t('wp.import.preview')}>
              <thead>
                <tr>
                  <th>{t('wp.import.row')}</th>
                  <th>{t('wp.col.number')}</th>
                  <th>{t('wp.col.title')}</th>
                  <th>{t('wp.col.month')}</th>
                  <th>{t('wp.col.status')}</th>
                  <th>{t('wp.import.problems')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr
                    key={r.rowNumber}
                    data-testid="import-row"
                    className={r.errors.length > 0 ? 'row-error' : r.skipped ? 'row-skip' : undefined}
                  >
                    <td className="num">{r.rowNumber}</td>
                    <td>{r.item?.number ?? ''}</td>
                    <td>{r.item?.title ?? (r.skipped ? t(`wp.import.skipped.${r.skipped}`) : '')}</td>
                    <td className="nowrap">{shownMonth(r.item?.targetMonth)}</td>
                    <td>{r.item ? WORK_PROGRAM_STATUS_LABELS[r.item.status][language] : ''}</td>
                    <td>
                      {r.errors.map((e) => (
                        <span key={`${e.code}-${e.column}`} className="issue">
                          {language === 'vi' ? e.vi : e.en}
                        </span>
                      ))}
                      {r.warnings.map((w) => (
                        <span key={`${w.code}-${w.column}`} className="issue warn">
                          {language === 'vi' ? w.vi : w.en}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.rows.length > MAX_SHOWN && (
            <p className="muted">{t('wp.import.more', { shown: MAX_SHOWN, total: preview.rows.length })}</p>
          )}
          {s.rowsWithoutToWhom > 0 && (
            <label>
              {t('wp.import.toWhom', { n: s.rowsWithoutToWhom })}
              <select value={toWhom} onChange={(e) => setToWhom(e.target.value as ToWhom | '')}>
                <option value="">{t('wp.import.choose')}</option>
                {TO_WHOM.map((w) => (
                  <option key={w} value={w}>
                    {TO_WHOM_LABELS[w][language]}
                  </option>
                ))}
              </select>
            </label>
          )}
        </>
      )}
      <div className="form-actions">
        <button type="button" onClick={() => onClose()}>
          {t('wp.close')}
        </button>
        {preview && (
          <button type="submit" className="primary" disabled={busy || preview.summary.validRows === 0}>
            {t('wp.import.commit', { n: preview.summary.validRows })}
          </button>
        )}
      </div>
    </Modal>
  );
}
