import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { BackupEntry, BackupOverview } from '../../../shared/contract/backup';
import type { AppErrorData } from '../../../shared/errors/appError';
import { formatDate } from '../../../shared/format/dates';
import { formatBytes } from '../../../shared/format/locale';
import { ApiError, call } from '../../api/api';
import { askConfirm } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FieldMessage, useFieldErrors } from '../../components/FieldErrors';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';

/** Sao lưu và khôi phục: the backups folder, a manual backup, how many daily backups to keep, restore. */
export function BackupPanel() {
  const t = useT();
  const status = useAppStore((s) => s.status);
  const language = useAppStore((s) => s.language);
  const loadStatus = useAppStore((s) => s.loadStatus);
  const [overview, setOverview] = useState<BackupOverview | null>(null);
  const [keep, setKeep] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const desktop = status?.transport === 'electron';
  const fe = useFieldErrors(error, { keep: t('backup.keep') });

  const refresh = useCallback(async () => {
    const next = await call('backup.list', {});
    setOverview(next);
    setKeep(String(next.keep));
  }, []);

  useEffect(() => {
    refresh().catch((e: unknown) => setError(toError(e)));
  }, [refresh]);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      setNotice(await action());
      await refresh();
    } catch (e) {
      setError(toError(e));
    } finally {
      setBusy(false);
    }
  }

  const backUpNow = () =>
    run(async () => {
      const made = await call('backup.create', {});
      return t('backup.made', { name: made.name });
    });

  const restore = async (entry: BackupEntry) => {
    const message = t('backup.restoreConfirm', { name: entry.name, date: when(entry.createdAt) });
    if (!(await askConfirm({ message, danger: true }))) return;
    void run(async () => {
      const outcome = await call('backup.restore', { name: entry.name });
      await loadStatus();
      return t('backup.restored', { name: outcome.restored, aside: outcome.setAside ?? '—' });
    });
  };

  const restoreFromFile = () =>
    run(async () => {
      const outcome = await call('backup.restoreFromFile', {});
      if ('cancelled' in outcome) return '';
      await loadStatus();
      return t('backup.restored', { name: outcome.restored, aside: outcome.setAside ?? '—' });
    });

  const saveKeep = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await call('backup.configure', { keep: Number(keep) });
      return t('backup.keepSaved');
    });
  };

  const openFolder = () =>
    run(async () => {
      if (overview) await call('shell.openPath', { path: overview.folder });
      return '';
    });

  return (
    <div className="card" data-testid="backup-panel">
      <h2>{t('backup.title')}</h2>
      <p className="hint">{t('backup.intro')}</p>
      {fe.summary && <ErrorBanner error={fe.summary} onDismiss={() => setError(null)} />}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="primary" disabled={busy} onClick={backUpNow}>
          {t('backup.now')}
        </button>
        {desktop && (
          <button type="button" disabled={busy} onClick={restoreFromFile}>
            {t('backup.restoreFromFile')}
          </button>
        )}
        {desktop && overview && (
          <button type="button" disabled={busy} onClick={openFolder}>
            {t('backup.openFolder')}
          </button>
        )}
      </div>
      {overview && (
        <p className="small">
          {t('backup.folder')} <code className="path">{overview.folder}</code>
          {!desktop && <> — {t('backup.browserHint')}</>}
        </p>
      )}
      <form onSubmit={saveKeep} className="small" noValidate>
        <label>
          {t('backup.keep')}{' '}
          <input
            type="number"
            min={1}
            max={365}
            value={keep}
            // Waits for the stored number: what is typed before it loads would be overwritten.
            disabled={overview === null}
            onChange={(e) => setKeep(e.target.value)}
            style={{ width: '5em' }}
            {...fe.aria('keep')}
          />
        </label>{' '}
        <button type="submit" disabled={busy || overview === null}>
          {t('backup.keepSave')}
        </button>
        <FieldMessage id={fe.messageId('keep')} message={fe.message('keep')} />
      </form>
      {overview && overview.backups.length === 0 && <p className="empty">{t('backup.none')}</p>}
      {overview && overview.backups.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>{t('backup.col.when')}</th>
              <th>{t('backup.col.kind')}</th>
              <th>{t('backup.col.name')}</th>
              <th>{t('backup.col.size')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {overview.backups.map((entry) => (
              <tr key={entry.name}>
                <td className="nowrap">{when(entry.createdAt)}</td>
                <td>{t(`backup.kind.${entry.kind}`)}</td>
                <td>
                  <code className="path">{entry.name}</code>
                </td>
                <td className="nowrap">{formatBytes(entry.size, language)}</td>
                <td>
                  <button type="button" className="link" disabled={busy} onClick={() => restore(entry)}>
                    {t('backup.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** '2026-11-25T09:30:05+07:00' (already Vietnam time) → '25/11/2026 09:30'. */
function when(createdAt: string): string {
  return `${formatDate(createdAt.slice(0, 10))} ${createdAt.slice(11, 16)}`;
}

function toError(e: unknown): AppErrorData {
  return e instanceof ApiError
    ? e.data
    : { code: 'internal', vi: `Lỗi không mong đợi: ${String(e)}`, en: `Unexpected error: ${String(e)}` };
}
