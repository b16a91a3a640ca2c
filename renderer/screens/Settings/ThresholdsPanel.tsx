import { type FormEvent, useEffect, useState } from 'react';
import { DEFAULT_THRESHOLDS, thresholdProblem } from '../../../shared/dossiers/urgency';
import type { AppErrorData } from '../../../shared/errors/appError';
import { call } from '../../api/api';
import { asErrorData } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';

/** Ngưỡng cảnh báo: how many working days left turn a deadline red or amber on the dashboard and dossiers. */
export function ThresholdsPanel() {
  const t = useT();
  const [red, setRed] = useState('');
  const [amber, setAmber] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    call('dashboard.thresholds.get', {})
      .then((v) => {
        setRed(String(v.red));
        setAmber(String(v.amber));
      })
      .catch((e: unknown) => setError(asErrorData(e)));
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    setNotice('');
    const values = { red: Number(red), amber: Number(amber) };
    // An empty field reads as 0 to Number(): check it as "not a whole number" instead.
    const problem = thresholdProblem(
      red.trim() === '' || amber.trim() === '' ? { red: -1, amber: -1 } : values,
    );
    if (problem) {
      setError({ code: 'invalid-thresholds', ...problem });
      return;
    }
    setError(null);
    try {
      const saved = await call('dashboard.thresholds.set', values);
      setRed(String(saved.red));
      setAmber(String(saved.amber));
      setNotice(t('thresholds.saved'));
    } catch (e) {
      setError(asErrorData(e));
    }
  }

  const r = Number(red);
  const a = Number(amber);
  return (
    <form className="card thresholds" onSubmit={save}>
      <h2>{t('thresholds.title')}</h2>
      <p>{t('thresholds.intro')}</p>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {notice && <p className="notice">{notice}</p>}
      <div className="threshold-row">
        <label>
          <span>
            <span className="swatch-inline urgency-red" aria-hidden="true" /> {t('thresholds.red')}
          </span>
          <input
            className="narrow"
            inputMode="numeric"
            value={red}
            onChange={(e) => setRed(e.target.value)}
            name="red"
          />
        </label>
        <label>
          <span>
            <span className="swatch-inline urgency-amber" aria-hidden="true" /> {t('thresholds.amber')}
          </span>
          <input
            className="narrow"
            inputMode="numeric"
            value={amber}
            onChange={(e) => setAmber(e.target.value)}
            name="amber"
          />
        </label>
      </div>
      {Number.isInteger(r) && Number.isInteger(a) && r <= a && (
        <ul className="threshold-preview hint">
          <li>{t('thresholds.previewRed', { n: r })}</li>
          <li>{t('thresholds.previewAmber', { from: r + 1, to: a })}</li>
          <li>{t('thresholds.previewGreen', { n: a + 1 })}</li>
        </ul>
      )}
      <p className="hint">
        {t('thresholds.default', { red: DEFAULT_THRESHOLDS.red, amber: DEFAULT_THRESHOLDS.amber })}
      </p>
      <div className="form-actions">
        <button
          type="button"
          onClick={() => {
            setRed(String(DEFAULT_THRESHOLDS.red));
            setAmber(String(DEFAULT_THRESHOLDS.amber));
          }}
        >
          {t('thresholds.useDefault')}
        </button>
        <button type="submit" className="primary">
          {t('rules.save')}
        </button>
      </div>
    </form>
  );
}
