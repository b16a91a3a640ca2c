import { type ReactNode, useEffect, useState } from 'react';
import type { DocumentSettings } from '../../shared/contract/workProgram';
import type { AppErrorData } from '../../shared/errors/appError';
import { useAction } from '../api/useAction';
import { useT } from '../i18n/useT';

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

export interface DocumentSettingsForm {
  /** Null until loaded. */
  settings: DocumentSettings | null;
  /** The fields (null until loaded), to put inside the dialog's form. */
  fields: ReactNode;
  error: AppErrorData | null;
  busy: boolean;
  /** Hands the edited settings to `write` (recipients one a line, blank lines dropped); true once saved. */
  save(write: (settings: DocumentSettings) => Promise<unknown>): Promise<boolean>;
}

/**
 * The form of the Decree 30 heading and signature every letter and report shares, for the dialogs that
 * edit it (the heading asked for before the first document, the work program's document settings).
 * `load` reads the settings once, when the dialog opens.
 */
export function useDocumentSettingsForm(load: () => Promise<DocumentSettings>): DocumentSettingsForm {
  const t = useT();
  const [settings, setSettings] = useState<DocumentSettings | null>(null);
  const [recipients, setRecipients] = useState('');
  const { error, busy, run } = useAction();
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once per dialog; callers pass a new `load` on every render
  useEffect(() => {
    void run(load).then((s) => {
      if (s) {
        setSettings(s);
        setRecipients(s.recipients.join('\n'));
      }
    });
  }, [run]);

  async function save(write: (settings: DocumentSettings) => Promise<unknown>): Promise<boolean> {
    if (!settings) return false;
    const saved = await run(() =>
      write({
        ...settings,
        recipients: recipients
          .split('\n')
          .map((r) => r.trim())
          .filter((r) => r !== ''),
      }),
    );
    return saved !== undefined;
  }

  const fields = settings && (
    <div className="two-col">
      <div className="grid-2">
        {FIELDS.map((f) => (
          <label key={f}>
            {t(`docs.${f}`)}
            <input
              name={f}
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
  );
  return { settings, fields, error, busy, save };
}
