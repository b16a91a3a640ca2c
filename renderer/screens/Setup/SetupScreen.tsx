import { type FormEvent, useState } from 'react';
import { AGENCY_TEXT_LIMITS, PROVINCE_PRESETS } from '../../../shared/contract/agency';
import type { AppStatus } from '../../../shared/contract/app';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field, TextField, useFieldErrors } from '../../components/FieldErrors';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { SampleDataButton } from './SampleDataButton';

/** First run: the agency this installation belongs to. Nothing else can be done before it exists. */
export function SetupScreen({ status }: { status: AppStatus }) {
  const t = useT();
  const loadStatus = useAppStore((s) => s.loadStatus);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [preset, setPreset] = useState<(typeof PROVINCE_PRESETS)[number]>('default-53-2022');
  const [officeHoursEnd, setOfficeHoursEnd] = useState('17:00');
  const { error, busy, run } = useAction();
  const labels = {
    name: t('setup.name'),
    code: t('setup.code'),
    provincePreset: t('setup.preset'),
    officeHoursEnd: t('setup.officeHoursEnd'),
  };
  const fe = useFieldErrors(error, labels);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await call('agency.setup', { name, code, provincePreset: preset, officeHoursEnd });
      await loadStatus();
    });
  }

  return (
    <div className="setup">
      <form className="card setup-card" onSubmit={submit} aria-labelledby="setup-title">
        <div className="setup-head">
          <h1 id="setup-title">{t('setup.title')}</h1>
          <LanguageSwitch />
        </div>
        <p>
          {t('setup.intro')} <code className="path">{status.dataDir}</code>
        </p>
        {fe.summary && <ErrorBanner error={fe.summary} />}
        <TextField
          label={labels.name}
          name="name"
          controlName="agencyName"
          value={name}
          onChange={setName}
          max={AGENCY_TEXT_LIMITS.name}
          errors={fe}
          placeholder={t('setup.namePlaceholder')}
          autoFocus
        />
        <TextField
          label={labels.code}
          name="code"
          controlName="agencyCode"
          value={code}
          onChange={setCode}
          max={AGENCY_TEXT_LIMITS.code}
          errors={fe}
          placeholder={t('setup.codePlaceholder')}
        />
        <Field label={labels.provincePreset} name="provincePreset" errors={fe}>
          {(p) => (
            <select {...p} value={preset} onChange={(e) => setPreset(e.target.value as typeof preset)}>
              {PROVINCE_PRESETS.map((k) => (
                <option key={k} value={k}>
                  {t(`setup.preset.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={labels.officeHoursEnd} name="officeHoursEnd" errors={fe}>
          {(p) => <input {...p} value={officeHoursEnd} onChange={(e) => setOfficeHoursEnd(e.target.value)} />}
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {t('setup.submit')}
        </button>
        <SampleDataButton />
      </form>
    </div>
  );
}
