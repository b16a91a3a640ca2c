import { useState } from 'react';
import type { ExportedFile } from '../../shared/contract/workProgram';
import type { AppErrorData } from '../../shared/errors/appError';
import { call } from '../api/api';
import { deliverFile } from '../api/files';
import { asErrorData } from '../api/useAction';
import { useT } from '../i18n/useT';
import { useAppStore } from '../stores/appStore';
import { useDocumentSettingsForm } from './DocumentSettingsForm';
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

/** The heading every document shares: asked for once before the first document, editable afterwards. */
export function HeadingDialog(props: { firstTime?: boolean; onClose(): void; onSaved(): void }) {
  const t = useT();
  const form = useDocumentSettingsForm(() => call('documents.heading', {}).then((h) => h.settings));
  async function save() {
    if (await form.save((settings) => call('documents.saveHeading', settings))) props.onSaved();
  }
  return (
    // React bubbles a portal's events through its React parents: without this, saving the heading would
    // also submit the dialog it was opened from (making its document a second time).
    <div className="portal-host" onSubmit={(e) => e.stopPropagation()}>
      <Modal
        title={t('doc.heading.title')}
        error={form.summary}
        onClose={props.onClose}
        onSubmit={save}
        wide
        testId="heading-dialog"
      >
        <p className="muted">{t('doc.heading.intro')}</p>
        {form.fields}
        <FormActions
          onClose={props.onClose}
          disabled={form.busy || !form.settings}
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
