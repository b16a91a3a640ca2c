import { type ReactNode, useEffect, useState } from 'react';
import {
  DOCUMENT_SETTINGS_LIMITS,
  type DocumentSettings,
  MAX_RECIPIENTS,
} from '../../shared/contract/workProgram';
import type { AppErrorData } from '../../shared/errors/appError';
import { useAction } from '../api/useAction';
import { useT } from '../i18n/useT';
import { Field, TextField, useFieldErrors } from './FieldErrors';

type HeadingTextField = Exclude<keyof DocumentSettings, 'recipients'>;
const FIELDS: HeadingTextField[] = [
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
  /** The error for the dialog's banner: every invalid field named as its label reads. */
  summary: AppErrorData | null;
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
  const fe = useHeadingErrors(error);
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

  // A recipients line that is too long is reported as "Nơi nhận, dòng n" and marks the one textarea.
  const lineIssue = Array.from({ length: MAX_RECIPIENTS }, (_, n) => `recipients.${n}`).find((f) =>
    fe.message(f),
  );
  const fields = settings && (
    <div className="two-col">
      <div className="grid-2">
        {FIELDS.map((f) => (
          <TextField
            key={f}
            label={t(`docs.${f}`)}
            name={f}
            value={settings[f]}
            onChange={(v) => setSettings({ ...settings, [f]: v })}
            max={DOCUMENT_SETTINGS_LIMITS[f]}
            errors={fe}
          />
        ))}
      </div>
      <Field label={t('docs.recipients')} name={lineIssue ?? 'recipients'} errors={fe}>
        {(p) => (
          <textarea
            {...p}
            name="recipients"
            value={recipients}
            onChange={(e) => setRecipients(e.target.value)}
            rows={6}
          />
        )}
      </Field>
    </div>
  );
  return { settings, fields, error, summary: fe.summary, busy, save };
}

/** The banner's wording for the heading's errors: every field named as its label reads. */
function useHeadingErrors(error: AppErrorData | null) {
  const t = useT();
  const labels: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f, t(`docs.${f}`)]));
  for (let n = 0; n < MAX_RECIPIENTS; n++) labels[`recipients.${n}`] = t('docs.recipientsLine', { n: n + 1 });
  labels.recipients = t('docs.recipients');
  return useFieldErrors(error, labels);
}
