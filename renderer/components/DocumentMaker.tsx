import { useEffect, useState } from 'react';
import {
  DOCUMENT_SETTINGS_LIMITS,
  type DocumentSettings,
  type ExportedFile,
  MAX_RECIPIENTS,
} from '../../shared/contract/workProgram';
import type { AppErrorData } from '../../shared/errors/appError';
import { call } from '../api/api';
import { deliverFile } from '../api/files';
import { asErrorData, useAction } from '../api/useAction';
import { useT } from '../i18n/useT';
import { useAppStore } from '../stores/appStore';
import { Field, TextField, useFieldErrors } from './FieldErrors';
import { FormActions } from './FormActions';
import { Modal } from './Modal';

type Produce = () => Promise<ExportedFile>;

/**
 * Makes a document and hands it to the user (shown in its folder on the desktop, downloaded in browser
 * mode). The first time any document is made the main process answers `documents.headingRequired`: the
 * heading form opens, and once saved the same document is made. Every document button uses this.
 */
export function useDocumentMaker() {
  const transport = useAppStore((s) => s.status?.transport ?? 'browser');
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<ExportedFile | null>(null);
  const [pending, setPending] = useState<{ produce: Produce } | null>(null);

  async function make(produce: Produce): Promise<ExportedFile | null> {
    setBusy(true);
    setError(null);
    try {
      const file = await produce();
      await deliverFile(file, transport);
      setMade(file);
      return file;
    } catch (e) {
      const data = asErrorData(e);
      if (data.code === 'documents.headingRequired') setPending({ produce });
      else setError(data);
      return null;
    } finally {
      setBusy(false);
    }
  }

  const dialog = pending ? (
    <HeadingDialog
      firstTime
      onClose={() => setPending(null)}
      onSaved={() => {
        const { produce } = pending;
        setPending(null);
        void make(produce);
      }}
    />
  ) : null;
  return { make, busy, error, setError, made, dialog };
}

/** Shows "Document made: name" under the buttons once a document has been made. */
export function MadeNotice({ file }: { file: ExportedFile | null }) {
  const t = useT();
  if (!file) return null;
  return (
    <p className="muted" role="status" data-testid="document-made">
      {t('doc.made', { name: file.name })}
    </p>
  );
}

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

/** The banner's wording for the heading's errors: every field named as its label reads. */
export function useHeadingErrors(error: AppErrorData | null) {
  const t = useT();
  const labels: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f, t(`docs.${f}`)]));
  for (let n = 0; n < MAX_RECIPIENTS; n++) labels[`recipients.${n}`] = t('docs.recipientsLine', { n: n + 1 });
  labels.recipients = t('docs.recipients');
  return useFieldErrors(error, labels);
}

/**
 * The heading's fields with their limits and errors, for both dialogs that edit it (this one and the
 * work program's). Recipients are one per line; a line too long is reported as "Nơi nhận, dòng n".
 */
export function HeadingFields(props: {
  settings: DocumentSettings;
  onChange(settings: DocumentSettings): void;
  recipients: string;
  onRecipientsChange(value: string): void;
  error: AppErrorData | null;
}) {
  const t = useT();
  const { settings } = props;
  const fe = useHeadingErrors(props.error);
  const lineIssue = Array.from({ length: MAX_RECIPIENTS }, (_, n) => `recipients.${n}`).find((f) =>
    fe.message(f),
  );
  const recipientsField = lineIssue ?? 'recipients';
  return (
    <div className="two-col">
      <div className="grid-2">
        {FIELDS.map((f) => (
          <TextField
            key={f}
            label={t(`docs.${f}`)}
            name={f}
            value={settings[f]}
            onChange={(v) => props.onChange({ ...settings, [f]: v })}
            max={DOCUMENT_SETTINGS_LIMITS[f]}
            errors={fe}
          />
        ))}
      </div>
      <Field label={t('docs.recipients')} name={recipientsField} errors={fe}>
        {(p) => (
          <textarea
            {...p}
            name="recipients"
            value={props.recipients}
            onChange={(e) => props.onRecipientsChange(e.target.value)}
            rows={6}
          />
        )}
      </Field>
    </div>
  );
}

/** The heading every document shares: asked for once before the first document, editable afterwards. */
export function HeadingDialog(props: { firstTime?: boolean; onClose(): void; onSaved(): void }) {
  const t = useT();
  const [settings, setSettings] = useState<DocumentSettings | null>(null);
  const [recipients, setRecipients] = useState('');
  const { error, busy, run } = useAction();
  const headingErrors = useHeadingErrors(error);
  useEffect(() => {
    void run(() => call('documents.heading', {})).then((h) => {
      if (h) {
        setSettings(h.settings);
        setRecipients(h.settings.recipients.join('\n'));
      }
    });
  }, [run]);
  async function save() {
    if (!settings) return;
    const saved = await run(() =>
      call('documents.saveHeading', {
        ...settings,
        recipients: recipients
          .split('\n')
          .map((r) => r.trim())
          .filter((r) => r !== ''),
      }),
    );
    if (saved) props.onSaved();
  }
  return (
    // React bubbles a portal's events through its React parents: without this, saving the heading would
    // also submit the dialog it was opened from (making its document a second time).
    <div className="portal-host" onSubmit={(e) => e.stopPropagation()}>
      <Modal
        title={t('doc.heading.title')}
        error={headingErrors.summary}
        onClose={props.onClose}
        onSubmit={save}
        wide
        testId="heading-dialog"
      >
        <p className="muted">{t('doc.heading.intro')}</p>
        {settings && (
          <HeadingFields
            settings={settings}
            onChange={setSettings}
            recipients={recipients}
            onRecipientsChange={setRecipients}
            error={error}
          />
        )}
        <FormActions
          onClose={props.onClose}
          disabled={busy || !settings}
          {...(props.firstTime ? { submitLabel: t('doc.heading.saveAndMake') } : {})}
        />
      </Modal>
    </div>
  );
}

/**
 * For screens that make a document through their own channel (the monthly report, the adjustment
 * letter): runs the action at once when the heading has been filled in, else asks for it first.
 */
export function useHeadingGate() {
  const [waiting, setWaiting] = useState<{ action: () => Promise<void> } | null>(null);
  async function gate(action: () => Promise<void>): Promise<void> {
    const heading = await call('documents.heading', {});
    if (heading.confirmed) return action();
    setWaiting({ action });
  }
  const dialog = waiting ? (
    <HeadingDialog
      firstTime
      onClose={() => setWaiting(null)}
      onSaved={() => {
        const { action } = waiting;
        setWaiting(null);
        void action();
      }}
    />
  ) : null;
  return { gate, dialog };
}
