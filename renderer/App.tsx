import { useEffect, useState } from 'react';
import type { AppErrorData } from '../shared/errors/appError';
import { ApiError } from './api/api';
import { ConfirmHost } from './components/ConfirmDialog';
import { DatabaseCheckBanner } from './components/DatabaseCheckNotice';
import { ErrorBanner } from './components/ErrorBanner';
import { Layout } from './components/Layout';
import { useT } from './i18n/useT';
import { DatabaseRefusedScreen } from './screens/Setup/DatabaseRefusedScreen';
import { SessionMissingScreen } from './screens/Setup/SessionMissingScreen';
import { SetupScreen } from './screens/Setup/SetupScreen';
import { useAppStore } from './stores/appStore';

export function App() {
  return (
    <>
      <AppBody />
      <ConfirmHost />
    </>
  );
}

function AppBody() {
  const t = useT();
  const status = useAppStore((s) => s.status);
  const loadStatus = useAppStore((s) => s.loadStatus);
  const [error, setError] = useState<AppErrorData | null>(null);

  useEffect(() => {
    loadStatus().catch((e: unknown) => setError(e instanceof ApiError ? e.data : toData(e)));
  }, [loadStatus]);

  if (error?.code === 'invalid-token') return <SessionMissingScreen />;
  if (error) return <ErrorBanner error={error} />;
  if (!status) return <p className="loading">{t('app.loading')}</p>;
  if (status.state === 'error' && status.error) return <DatabaseRefusedScreen status={status} />;
  if (status.state === 'needs-setup') return <SetupScreen status={status} />;
  return (
    <>
      <DatabaseCheckBanner />
      <Layout />
    </>
  );
}

function toData(e: unknown): AppErrorData {
  return { code: 'internal', vi: `Lỗi: ${String(e)}`, en: `Error: ${String(e)}` };
}
