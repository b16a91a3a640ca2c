import { useEffect, useState } from 'react';
import type { DatabaseCheck } from '../../shared/contract/app';
import { call } from '../api/api';
import { useT } from '../i18n/useT';
import { formatTimestamp } from '../screens/Dossiers/common';

/**
 * The database's quick check runs after the first dashboard (in a worker); this follows it through
 * app.status until it is done. `banner` shows only a failure, prominently; the line form (Settings) shows
 * every state.
 */
export function useDatabaseCheck(): DatabaseCheck | null {
  const [check, setCheck] = useState<DatabaseCheck | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const status = await call('app.status', {});
        if (stopped) return;
        setCheck(status.databaseCheck);
        if (status.databaseCheck.state === 'running' || status.databaseCheck.state === 'not-run') {
          timer = setTimeout(() => void poll(), 3000);
        }
      } catch {
        // app.status failing is shown by the app itself; the check is simply not known.
      }
    };
    timer = setTimeout(() => void poll(), 2000);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return check;
}

export function DatabaseCheckBanner() {
  const t = useT();
  const check = useDatabaseCheck();
  if (check?.state !== 'failed') return null;
  return (
    <div className="error-banner" role="alert" data-testid="database-check-failed">
      {t('dbCheck.failed')} <code>{check.findings.slice(0, 2).join('; ')}</code>
    </div>
  );
}

export function DatabaseCheckLine() {
  const t = useT();
  const check = useDatabaseCheck();
  if (!check) return null;
  const text =
    check.state === 'ok'
      ? t('dbCheck.ok', { ms: check.ms ?? 0, at: check.checkedAt ? formatTimestamp(check.checkedAt) : '' })
      : check.state === 'failed'
        ? t('dbCheck.failedShort', { findings: check.findings.slice(0, 2).join('; ') })
        : check.state === 'running'
          ? t('dbCheck.running')
          : t('dbCheck.notRun');
  return (
    <p className={check.state === 'failed' ? 'error-text' : 'muted'} data-testid="database-check-line">
      {t('dbCheck.status')} {text}
    </p>
  );
}
