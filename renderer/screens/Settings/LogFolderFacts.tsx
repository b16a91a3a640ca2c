import { useEffect, useState } from 'react';
import type { LogLocation } from '../../../shared/contract/logs';
import type { AppErrorData } from '../../../shared/errors/appError';
import { ApiError, call } from '../../api/api';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';

/** Settings › Chung: where the log is, and (desktop) a button that opens its folder. */
export function LogFolderFacts() {
  const t = useT();
  const desktop = useAppStore((s) => s.status?.transport === 'electron');
  const [location, setLocation] = useState<LogLocation | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  useEffect(() => {
    call('app.logLocation', {}).then(setLocation, (e: unknown) => {
      if (e instanceof ApiError) setError(e.data);
    });
  }, []);

  const open = () => {
    if (!location) return;
    call('shell.openPath', { path: location.folder }).catch((e: unknown) => {
      if (e instanceof ApiError) setError(e.data);
    });
  };

  return (
    <>
      <dt>{t('settings.logFolder')}</dt>
      <dd>
        {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
        <code className="path" data-testid="log-folder">
          {location?.folder ?? '…'}
        </code>
        {desktop && location && (
          <button type="button" onClick={open}>
            {t('settings.logFolder.open')}
          </button>
        )}
        <p className="hint small">{t('settings.logFolder.hint')}</p>
      </dd>
    </>
  );
}
