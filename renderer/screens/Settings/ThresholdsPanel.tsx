import { type FormEvent, useEffect, useState } from 'react';
import { DEFAULT_THRESHOLDS, thresholdFieldProblems } from '../../../shared/dossiers/urgency';
import type { AppErrorData } from '../../../shared/errors/appError';
import { call } from '../../api/api';
import { asErrorData } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FieldMessage, useFieldErrors } from '../../components/FieldErrors';
import { useT } from '../../i18n/useT';

/** Ngưỡng cảnh báo: how many working days left turn a deadline red or amber on the dashboard and dossiers. */
export function ThresholdsPanel() {
  const t = useT();
  const [red, setRed] = useState('');
  const [amber, setAmber] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const [notice, setNotice] = useState('');
  // The fields wait for the stored numbers: what is typed before they load would be overwritten.
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    call('dashboard.thresholds.get', {})
      .then((v) => {
        setRed(String(v.red));
        setAmber(String(v.amber));
        setLoaded(true);
      })
      .catch((e: unknown) => setError(asErrorData(e)));
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    setNotice('');
    const values = { red: Number(red), amber: Number(amber) };
    const issues = thresholdFieldProblems(red, amber);
    const first = issues[0];
    if (first) {
      setError({ code: 'invalid-thresholds', vi: first.vi, en: first.en, detail: { issues } });
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

  const fe = useFieldErrors(error, { red: t('thresholds.red'), amber: t('thresholds.amber') });
  const r = Number(red);
  const a = Number(amber);
  return (
    <form className="card thresholds" onSubmit={save}>
      <h2>{t('thresholds.title')}</h2>
      <p>{t('thresholds.intro')}</p>
      {fe.summary && <ErrorBanner error={fe.summary} onDismiss={() => setError(null)} />}
      {notice && <p className="notice">{notice}</p>}
      <div className="threshold-row">
        <div className="field">
          <label>
            <span>
              <span className="swatch-inline urgency-red" aria-hidden="true" /> {t('thresholds.red')}
            </span>
            <input
              className="narrow"
              inputMode="numeric"
              value={red}
              disabled={!loaded}
              onChange={(e) => setRed(e.target.value)}
              name="red"
              {...fe.aria('red')}
            />
          </label>
          <FieldMessage id={fe.messageId('red')} message={fe.message('red')} />
        </div>
        <div className="field">
          <label>
            <span>
              <span className="swatch-inline urgency-amber" aria-hidden="true" /> {t('thresholds.amber')}
            </span>
            <input
              className="narrow"
              inputMode="numeric"
              value={amber}
              disabled={!loaded}
              onChange={(e) => setAmber(e.target.value)}
              name="amber"
              {...fe.aria('amber')}
            />
          </label>
          <FieldMessage id={fe.messageId('amber')} message={fe.message('amber')} />
        </div>
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
        <button type="submit" className="primary" disabled={!loaded}>
          {t('rules.save')}
        </button>
      </div>
    </form>
  );
}
