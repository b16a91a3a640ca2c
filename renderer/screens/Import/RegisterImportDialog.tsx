import { useState } from 'react';
import '../WorkProgram/workProgram.css';
import type { Value } from '../../../shared/contract';
import type { ImportTarget } from '../../../shared/registerImport/mapping';
import { call } from '../../api/api';
import { fileSource } from '../../api/files';
import { useAction } from '../../api/useAction';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { shownDate } from '../WorkProgram/common';

type Read = Value<'registerImport.read'>;
type Preview = Value<'registerImport.preview'>;
const MAX_SHOWN = 300;

/**
 * Import from the document system's Excel export: read the file (guarded), map each field to a column
 * (suggested from the headers), preview every row with its own content next to its errors, and import
 * all rows at once, only when none has an error.
 */
export function RegisterImportDialog({ target, onClose }: { target: ImportTarget; onClose(): void }) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [file, setFile] = useState<File | null>(null);
  const [read, setRead] = useState<Read | null>(null);
  const [mapping, setMapping] = useState<Record<string, number | null>>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const { error, busy, run } = useAction();

  async function readFile() {
    if (!file) return;
    setPreview(null);
    const r = await run(async () => call('registerImport.read', { source: await fileSource(file), target }));
    if (r) {
      setRead(r);
      setMapping(r.suggested);
      const p = await run(() => call('registerImport.preview', { readId: r.readId, mapping: r.suggested }));
      if (p) setPreview(p);
    }
  }
  async function check(next: Record<string, number | null>) {
    if (!read) return;
    setMapping(next);
    const p = await run(() => call('registerImport.preview', { readId: read.readId, mapping: next }));
    if (p) setPreview(p);
  }
  async function commit() {
    if (!read) return;
    const r = await run(() => call('registerImport.commit', { readId: read.readId, mapping }));
    if (r) setDone(r.inserted);
  }

  const fields = read?.fields ?? [];
  const mapped = fields.filter((f) => mapping[f.key] !== null && mapping[f.key] !== undefined);
  const rows = preview
    ? [
        ...preview.rows.filter((r) => r.errors.length > 0),
        ...preview.rows.filter((r) => r.errors.length === 0),
      ].slice(0, MAX_SHOWN)
    : [];
  const ready =
    preview !== null &&
    preview.mappingProblems.length === 0 &&
    preview.summary.withErrors === 0 &&
    preview.summary.rows > 0;

  return (
    <Modal title={t(`imp.title.${target}`)} error={error} onClose={onClose} wide testId="register-import">
      {done !== null ? (
        <>
          <p role="status">{t('imp.done', { n: done })}</p>
          <div className="form-actions">
            <button type="button" className="primary" onClick={onClose}>
              {t('meetingForm.close')}
            </button>
          </div>
        </>
      ) : (
        <>
          <div className="filters">
            <label>
              {t('imp.file')}
              <input
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setRead(null);
                  setPreview(null);
                }}
              />
            </label>
            <button type="button" onClick={() => void readFile()} disabled={!file || busy}>
              {t('imp.read')}
            </button>
          </div>
          {read && (
            <>
              <p className="muted">
                {t('imp.sheet', { sheet: read.sheetName, row: read.headerRowNumber, n: read.rowCount })}
              </p>
              <fieldset>
                <legend>{t('imp.mapping')}</legend>
                <div className="grid-2">
                  {fields.map((f) => (
                    <label key={f.key}>
                      {language === 'vi' ? f.vi : f.en}{' '}
                      {f.required && <span className="muted">{t('imp.required')}</span>}
                      <select
                        name={`map-${f.key}`}
                        value={mapping[f.key] ?? ''}
                        onChange={(e) =>
                          void check({
                            ...mapping,
                            [f.key]: e.target.value === '' ? null : Number(e.target.value),
                          })
                        }
                      >
                        <option value="">{t('imp.noColumn')}</option>
                        {read.headers.map((h, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions; two may share a title
                          <option key={i} value={i}>
                            {String.fromCharCode(65 + (i % 26))}
                            {i >= 26 ? String(Math.floor(i / 26)) : ''}: {h || '—'}
                          </option>
                        ))}
                      </select>
                    </label>
                  ))}
                </div>
              </fieldset>
            </>
          )}
          {preview && (
            <>
              {preview.mappingProblems.map((p) => (
                <p key={p.code + (p.field ?? '')} className="issue">
                  {language === 'vi' ? p.vi : p.en}
                </p>
              ))}
              <p role="status">
                {t('imp.summary', {
                  valid: preview.summary.valid,
                  rows: preview.summary.rows,
                  errors: preview.summary.withErrors,
                })}
              </p>
              {preview.summary.withErrors > 0 && <p className="warn-text">{t('imp.allOrNothing')}</p>}
              {preview.rows.length > MAX_SHOWN && (
                <p className="muted">{t('imp.shownFirst', { n: MAX_SHOWN })}</p>
              )}
              <div className="scroll">
                <table className="table compact" data-testid="import-preview">
                  <thead>
                    <tr>
                      <th>{t('imp.row')}</th>
                      {mapped.map((f) => (
                        <th key={f.key}>{language === 'vi' ? f.vi : f.en}</th>
                      ))}
                      {target === 'opinion-requests' && <th>{t('imp.computedDue')}</th>}
                      <th>{t('imp.errors')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.rowNumber} className={r.errors.length > 0 ? 'row-error' : undefined}>
                        <td className="num">{r.rowNumber}</td>
                        {mapped.map((f) => (
                          <td key={f.key}>{r.cells.find((c) => c.field === f.key)?.text ?? ''}</td>
                        ))}
                        {target === 'opinion-requests' && <td className="nowrap">{shownDate(r.due)}</td>}
                        <td>
                          {r.errors.map((e) => (
                            <div key={e.code + (e.field ?? '')} className="issue">
                              {language === 'vi' ? e.vi : e.en}
                            </div>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <div className="form-actions">
            <button type="button" onClick={onClose}>
              {t('meetingForm.close')}
            </button>
            <button type="button" className="primary" disabled={!ready || busy} onClick={() => void commit()}>
              {t('imp.commit', { n: preview?.summary.rows ?? 0 })}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
