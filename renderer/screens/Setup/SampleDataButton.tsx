import { useState } from 'react';
import type { AppErrorData } from '../../../shared/errors/appError';
import { call } from '../../api/api';
import { asErrorData } from '../../api/useAction';
import { askConfirm } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';

/**
 * "Dùng thử với dữ liệu mẫu": on first run, fills the empty data folder with a sample agency (meetings of
 * every kind around today, items in every state, checklists, signed and unsigned PDFs, coordination).
 */
export function SampleDataButton() {
  const t = useT();
  const loadStatus = useAppStore((s) => s.loadStatus);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function fill() {
    if (!(await askConfirm({ message: t('setup.sampleConfirm') }))) return;
    setBusy(true);
    setError(null);
    try {
      await call('demo.fill', {});
      await loadStatus();
    } catch (e) {
      setError(asErrorData(e));
      setBusy(false);
    }
  }

  return (
    <div className="sample-data">
      <div className="or-line">
        <span>{t('setup.or')}</span>
      </div>
      {error && <ErrorBanner error={error} />}
      <button type="button" onClick={() => void fill()} disabled={busy} data-testid="sample-data">
        {busy ? t('setup.sampleBusy') : t('setup.sample')}
      </button>
      <p className="hint">{t('setup.sampleHint')}</p>
    </div>
  );
}
