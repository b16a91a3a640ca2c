import { useEffect, useState } from 'react';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { HeadingDialog } from '../../components/DocumentMaker';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';

/**
 * Settings › Chung: the agency's name, short code, governing body and province, validated by the main
 * process. Documents and packages already made keep what they were made with.
 */
export function AgencyDetailsForm() {
  const t = useT();
  const loadStatus = useAppStore((s) => s.loadStatus);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [governingBody, setGoverningBody] = useState('');
  const [province, setProvince] = useState('');
  const [saved, setSaved] = useState(false);
  const [heading, setHeading] = useState(false);
  const { error, setError, busy, run } = useAction();
  useEffect(() => {
    void run(() => call('agency.details', {})).then((d) => {
      if (!d) return;
      setName(d.name);
      setCode(d.code);
      setGoverningBody(d.governingBody);
      setProvince(d.province);
    });
  }, [run]);
  async function save() {
    setSaved(false);
    const d = await run(() => call('agency.update', { name, code, governingBody, province }));
    if (d) {
      setSaved(true);
      await loadStatus();
    }
  }
  return (
    <form
      className="card card-pad"
      aria-label={t('agency.edit.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{t('agency.edit.title')}</h2>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      <div className="grid-2">
        <label>
          {t('agency.edit.name')}
          <input name="agencyName" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('agency.edit.code')}
          <input name="agencyCode" value={code} onChange={(e) => setCode(e.target.value)} />
        </label>
        <label>
          {t('agency.edit.governingBody')}
          <input
            name="governingBody"
            value={governingBody}
            onChange={(e) => setGoverningBody(e.target.value)}
          />
        </label>
        <label>
          {t('agency.edit.province')}
          <input name="province" value={province} onChange={(e) => setProvince(e.target.value)} />
        </label>
      </div>
      <p className="muted">{t('agency.edit.hint')}</p>
      <div className="form-actions">
        <button type="button" onClick={() => setHeading(true)}>
          {t('agency.edit.headingLink')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('agency.edit.save')}
        </button>
      </div>
      {saved && <p role="status">{t('agency.edit.saved')}</p>}
      {heading && <HeadingDialog onClose={() => setHeading(false)} onSaved={() => setHeading(false)} />}
    </form>
  );
}
