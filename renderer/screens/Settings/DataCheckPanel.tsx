import { useState } from 'react';
import type { DataCheckReport } from '../../../shared/contract/dataCheck';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { askConfirm } from '../../components/ConfirmDialog';
import { DatabaseCheckLine } from '../../components/DatabaseCheckNotice';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { formatTimestamp } from '../Dossiers/common';

/**
 * Kiểm tra dữ liệu: compares the database with the file store (missing, damaged, orphan and leftover files,
 * the search index, SQLite's own integrity check) and repairs what can be repaired without losing anything
 * the user made. What is left after a repair needs a person: restore a backup or attach the file again.
 */
export function DataCheckPanel() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const [deep, setDeep] = useState(false);
  const [report, setReport] = useState<DataCheckReport | null>(null);
  const [repaired, setRepaired] = useState<string>('');
  const { error, setError, busy, run } = useAction();

  async function check() {
    setRepaired('');
    await run(async () => setReport(await call('dataCheck.run', { deep })));
  }

  async function repair() {
    if (!(await askConfirm({ message: t('dataCheck.repairConfirm') }))) return;
    await run(async () => {
      const r = await call('dataCheck.repair', {});
      setReport(r.after);
      setRepaired(
        t('dataCheck.repaired', {
          files: r.removedOrphanFiles + r.removedUnreferencedBlobs,
          temp: r.removedTempFiles + r.removedUploads,
          index: r.rebuiltSearchIndex ? t('dataCheck.indexRebuilt') : '',
        }),
      );
    });
  }

  const repairable = report?.findings.some((f) => f.repairable) ?? false;
  return (
    <div className="card data-check">
      <h2>{t('dataCheck.title')}</h2>
      <p>{t('dataCheck.intro')}</p>
      <DatabaseCheckLine />
      <div className="form-row">
        <label className="inline">
          <input type="checkbox" checked={deep} onChange={(e) => setDeep(e.target.checked)} />{' '}
          {t('dataCheck.deep')}
        </label>
        <button type="button" className="primary" onClick={() => void check()} disabled={busy}>
          {busy ? t('dataCheck.running') : t('dataCheck.run')}
        </button>
      </div>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {repaired && <p className="notice">{repaired}</p>}
      {report && (
        <div data-testid="data-check-report">
          <p className={report.ok ? 'notice' : 'warn-box'}>
            {report.ok ? t('dataCheck.ok') : t('dataCheck.problems', { n: report.totalFindings })}{' '}
            <span className="muted small">
              {t('dataCheck.checked', {
                when: formatTimestamp(report.checkedAt),
                blobs: report.counts.blobs,
                attachments: report.counts.attachments,
              })}
              {report.deep ? ` · ${t('dataCheck.deepDone')}` : ''}
            </span>
          </p>
          {report.findings.length > 0 && (
            <table className="table findings" aria-label={t('dataCheck.findings')}>
              <thead>
                <tr>
                  <th>{t('dataCheck.col.severity')}</th>
                  <th>{t('dataCheck.col.finding')}</th>
                  <th>{t('dataCheck.col.subject')}</th>
                  <th>{t('dataCheck.col.repairable')}</th>
                </tr>
              </thead>
              <tbody>
                {report.findings.map((f) => (
                  <tr key={`${f.code}:${f.subject}`} data-testid="finding" data-severity={f.severity}>
                    <td>
                      <span className={`severity severity-${f.severity}`}>
                        {t(`dataCheck.severity.${f.severity}`)}
                      </span>
                    </td>
                    <td>{language === 'vi' ? f.vi : f.en}</td>
                    <td>
                      <code className="path small">{f.subject}</code>
                    </td>
                    <td>{f.repairable ? t('dataCheck.yes') : t('dataCheck.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.totalFindings > report.findings.length && (
            <p className="hint">
              {t('dataCheck.truncated', { shown: report.findings.length, total: report.totalFindings })}
            </p>
          )}
          {repairable && (
            <div className="form-actions spaced">
              <button type="button" className="primary" onClick={() => void repair()} disabled={busy}>
                {t('dataCheck.repair')}
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
