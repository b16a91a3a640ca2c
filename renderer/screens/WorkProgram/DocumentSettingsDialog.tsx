import { useEffect, useState } from 'react';
import type { DocumentSettings } from '../../../shared/contract/workProgram';
import { call } from '../../api/api';
import { useAction } from '../../api/useAction';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';

type TextField = Exclude<keyof DocumentSettings, 'recipients'>;
const FIELDS: TextField[] = [
  'parentAgency',
  'agencyShortName',
  'place',
  'letterSymbol',
  'reportSymbol',
  'addressee',
  'signerAuthority',
  'signerTitle',
  'signerName',
  'programDecision',
];

/** The Decree 30 heading and signature of the letters and reports: set once, used by every document. */
export function DocumentSettingsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const [settings, setSettings] = useState<DocumentSettings | null>(null);
  const [recipients, setRecipients] = useState('');
  const { error, busy, run } = useAction();
  useEffect(() => {
    void run(() => call('workProgram.documentSettings', {})).then((s) => {
      if (s) {
        setSettings(s);
        setRecipients(s.recipients.join('\n'));
      }
    });
  }, [run]);
  async function save() {
    if (!settings) return;
    const saved = await run(() =>
      call('workProgram.saveDocumentSettings', {
        ...settings,
        recipients: recipients
          .split('\n')
          .map((r) => r.trim())
          .filter((r) => r !== ''),
      }),
    );
    if (saved) onClose();
  }
  return (
    <Modal title={t('docs.title')} error={error} onClose={onClose} onSubmit={save} wide>
      {settings && (
        <div className="two-col">
          <div className="grid-2">
            {FIELDS.map((f) => (
              <label key={f}>
                {t(`docs.${f}`)}
                <input
                  value={settings[f]}
                  onChange={(e) => setSettings({ ...settings, [f]: e.target.value })}
                />
              </label>
            ))}
          </div>
          <label>
            {t('docs.recipients')}
            <textarea value={recipients} onChange={(e) => setRecipients(e.target.value)} rows={6} />
          </label>
        </div>
      )}
      <FormActions onClose={onClose} disabled={busy || !settings} />
    </Modal>
  );
}
