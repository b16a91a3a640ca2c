import { useEffect, useState } from 'react';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, useFieldErrors } from '../../components/FieldErrors';
import { useT } from '../../i18n/useT';

/** Settings › Xin ý kiến đến: N, the working days after receipt when a sender sets no due date. */
export function RequestSettingsPanel() {
  const t = useT();
  // Null until the stored value has loaded: the field waits for it, so nothing typed is overwritten.
  const [days, setDays] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { error, setError, busy, run } = useAction();
  const labels = { answerWorkingDays: t('req.settings.days') };
  const fe = useFieldErrors(error, labels);
  useEffect(() => {
    void run(() => call('opinionRequests.settings', {})).then(
      (s) => s && setDays(String(s.answerWorkingDays)),
    );
  }, [run]);
  async function save() {
    setSaved(false);
    const s = await run(() =>
      call('opinionRequests.saveSettings', { answerWorkingDays: Math.trunc(Number(days ?? '')) }),
    );
    if (s) setSaved(true);
  }
  return (
    <form
      className="card card-pad"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {fe.summary && <ErrorBanner error={fe.summary} onDismiss={() => setError(null)} />}
      <Field label={labels.answerWorkingDays} name="answerWorkingDays" errors={fe}>
        {(p) => (
          <input
            {...p}
            type="number"
            min={1}
            max={60}
            value={days ?? ''}
            disabled={days === null}
            onChange={(e) => setDays(e.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy || days === null}>
          {t('meetingForm.save')}
        </button>
      </div>
      {saved && <p role="status">{t('req.settings.saved')}</p>}
    </form>
  );
}
