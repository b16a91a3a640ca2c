import { useEffect, useState } from 'react';
import { AGENCY_TEXT_LIMITS } from '../../../shared/contract/agency';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { HeadingDialog } from '../../components/DocumentMaker';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextField, useFieldErrors } from '../../components/FieldErrors';
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
  const labels = {
    name: t('agency.edit.name'),
    code: t('agency.edit.code'),
    governingBody: t('agency.edit.governingBody'),
    province: t('agency.edit.province'),
  };
  const fe = useFieldErrors(error, labels);
  const L = AGENCY_TEXT_LIMITS;
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
      {fe.summary && <ErrorBanner error={fe.summary} onDismiss={() => setError(null)} />}
      <div className="grid-2">
        <TextField
          label={labels.name}
          name="name"
          controlName="agencyName"
          value={name}
          onChange={setName}
          max={L.name}
          errors={fe}
        />
        <TextField
          label={labels.code}
          name="code"
          controlName="agencyCode"
          value={code}
          onChange={setCode}
          max={L.code}
          errors={fe}
        />
        <TextField
          label={labels.governingBody}
          name="governingBody"
          value={governingBody}
          onChange={setGoverningBody}
          max={L.governingBody}
          errors={fe}
        />
        <TextField
          label={labels.province}
          name="province"
          value={province}
          onChange={setProvince}
          max={L.province}
          errors={fe}
        />
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
