import { type FormEvent, useState } from 'react';
import { PROVINCE_PRESETS } from '../../../shared/contract/agency';
import type { AppStatus } from '../../../shared/contract/app';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { ErrorBanner } from '../../components/ErrorBanner';
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
        {error && <ErrorBanner error={error} />}
        <label>
          {t('setup.name')}
          <input
            name="agencyName"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('setup.namePlaceholder')}
            autoFocus
          />
        </label>
        <label>
          {t('setup.code')}
          <input
            name="agencyCode"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder={t('setup.codePlaceholder')}
          />
        </label>
        <label>
          {t('setup.preset')}
          <select value={preset} onChange={(e) => setPreset(e.target.value as typeof preset)}>
            {PROVINCE_PRESETS.map((p) => (
              <option key={p} value={p}>
                {t(`setup.preset.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('setup.officeHoursEnd')}
          <input
            name="officeHoursEnd"
            value={officeHoursEnd}
            onChange={(e) => setOfficeHoursEnd(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {t('setup.submit')}
        </button>
        <SampleDataButton />
      </form>
    </div>
  );
}
