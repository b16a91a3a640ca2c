import { type DragEvent, type FormEvent, useRef, useState } from 'react';
import type { AttachmentView, PdfSignatureView } from '../../../shared/contract/attachments';
import {
  type ChecklistEntryView,
  type ChecklistView,
  ENTRY_STATES,
  ENTRY_TEXT_LIMITS,
  type EntryState,
} from '../../../shared/contract/checklists';
import type { EntryKind } from '../../../shared/dossiers/checklistTemplates';
import type { AppErrorData } from '../../../shared/errors/appError';
import {
  SIGNATURE_STATE_TEXT,
  type SignatureState,
  signatureStateOf,
} from '../../../shared/packages/signatureState';
import { reasonsOf, trustOf } from '../../../shared/signatures/trust';
import { call } from '../../api/api';
import { attachFiles, openAttachment } from '../../api/attachmentFiles';
import { asErrorData, useAction } from '../../api/useAction';
import { askConfirm } from '../../components/ConfirmDialog';
import { CharCounter, Field, TextField, useFieldErrors } from '../../components/FieldErrors';
import { FormActions } from '../../components/FormActions';
import { Modal } from '../../components/Modal';
import { useT } from '../../i18n/useT';
import { useAppStore } from '../../stores/appStore';
import { formatBytes, formatTimestamp, shortHash } from './common';
import { SignDialog } from './SignDialog';

/** The file types a dossier carries; anything else can still be dropped, the store takes it as is. */
const ACCEPT = '.pdf,.docx,.doc,.xlsx,.xls,.odt,.ods,.png,.jpg,.jpeg,.tif,.tiff';

/**
 * Danh mục hồ sơ: every entry with its state, files and notes. Documents take files (picked or dropped);
 * the four content requirements of a submission are ticked when the tờ trình states them. An entry that
 * must be signed shows the back end's warning when its file is unsigned or was changed after signing.
 */
export function ChecklistPanel(props: {
  checklist: ChecklistView;
  onChanged(): Promise<void>;
  onError(error: AppErrorData | null): void;
}) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const { entries } = props.checklist;
  const documents = entries.filter((e) => e.entryKind === 'document');
  const requirements = entries.filter((e) => e.entryKind === 'content-requirement');
  const warnings = entries.reduce((n, e) => n + e.warnings.length, 0);

  return (
    <div className="card checklist-card" data-testid="checklist">
      <div className="card-head">
        <h2>{t('checklist.title')}</h2>
        {warnings > 0 && (
          <span className="count-chip urgency-red" data-testid="checklist-warning-count">
            {t('checklist.warnings', { n: warnings })}
          </span>
        )}
        <button type="button" onClick={() => setAdding(true)}>
          {t('checklist.addEntry')}
        </button>
      </div>
      <h3 className="section-title">{t('checklist.documents')}</h3>
      <ol className="entries">
        {documents.map((entry) => (
          <EntryRow key={entry.id} entry={entry} onChanged={props.onChanged} onError={props.onError} />
        ))}
      </ol>
      {requirements.length > 0 && (
        <>
          <h3 className="section-title">{t('checklist.requirements')}</h3>
          <p className="hint">{t('checklist.requirementsHint')}</p>
          <ol className="entries requirements">
            {requirements.map((entry) => (
              <EntryRow key={entry.id} entry={entry} onChanged={props.onChanged} onError={props.onError} />
            ))}
          </ol>
        </>
      )}
      {adding && (
        <EntryForm
          itemId={props.checklist.item.id}
          entry={null}
          onClose={() => setAdding(false)}
          onSaved={async () => {
            setAdding(false);
            await props.onChanged();
          }}
        />
      )}
    </div>
  );
}

function EntryRow(props: {
  entry: ChecklistEntryView;
  onChanged(): Promise<void>;
  onError(error: AppErrorData | null): void;
}) {
  const { entry } = props;
  const t = useT();
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const [notesOpen, setNotesOpen] = useState(false);
  const [notes, setNotes] = useState(entry.notes);
  const picker = useRef<HTMLInputElement>(null);
  const isDocument = entry.entryKind === 'document';

  async function run(action: () => Promise<unknown>) {
    props.onError(null);
    setBusy(true);
    try {
      await action();
      await props.onChanged();
    } catch (e) {
      props.onError(asErrorData(e));
    } finally {
      setBusy(false);
    }
  }

  function attach(files: FileList | null) {
    const list = files ? [...files] : [];
    if (list.length === 0) return;
    void run(() => attachFiles(entry.id, list));
  }

  function onDrop(event: DragEvent<HTMLLIElement>) {
    if (!isDocument) return;
    event.preventDefault();
    setDragging(false);
    attach(event.dataTransfer.files);
  }

  function setState(state: EntryState) {
    void run(() => call('checklist.setState', { entryId: entry.id, state }));
  }

  function saveNotes(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      await call('checklist.setNotes', { entryId: entry.id, notes });
      setNotesOpen(false);
    });
  }

  async function remove() {
    if (!(await askConfirm({ message: t('checklist.removeConfirm', { label: entry.label }), danger: true })))
      return;
    void run(() => call('checklist.removeEntry', { entryId: entry.id }));
  }

  const done = entry.state === 'final' || entry.state === 'signed';
  return (
    <li
      className={`entry state-${entry.state}${isDocument ? '' : ' requirement'}${dragging ? ' dragging' : ''}${entry.warnings.length ? ' has-warning' : ''}`}
      data-testid="checklist-entry"
      data-state={entry.state}
      data-label={entry.label}
      aria-busy={busy}
      onDragOver={(e) => {
        if (!isDocument) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="entry-main">
        <div className="entry-label">
          {isDocument ? (
            <span className={`state-dot state-${entry.state}`} aria-hidden="true" />
          ) : (
            <input
              type="checkbox"
              checked={done}
              onChange={(e) => setState(e.target.checked ? 'final' : 'missing')}
              aria-label={t('checklist.stated', { label: entry.label })}
              disabled={busy}
            />
          )}
          <strong>{entry.label}</strong>
          <span className={entry.required ? 'tag tag-required' : 'tag'}>
            {t(entry.required ? 'checklist.required' : 'checklist.optional')}
          </span>
          {entry.mustBeSigned && <span className="tag tag-sign">{t('checklist.mustBeSigned')}</span>}
        </div>
        {entry.warnings.length > 0 && (
          <ul className="entry-warnings" data-testid="entry-warning">
            {entry.warnings.map((w) => (
              <li key={`${w.code}:${w.attachmentId ?? ''}`}>
                <Bilingual text={w} />
              </li>
            ))}
          </ul>
        )}
        {entry.attachments.length > 0 && (
          <ul className="attachments">
            {entry.attachments.map((a) => (
              <AttachmentRow
                key={a.id}
                attachment={a}
                onRemove={() => run(() => call('attachments.remove', { id: a.id }))}
                onError={props.onError}
                onSigned={props.onChanged}
              />
            ))}
          </ul>
        )}
        {isDocument && (
          <div className="drop-line">
            <button
              type="button"
              className="small-button"
              onClick={() => picker.current?.click()}
              disabled={busy}
            >
              {t('checklist.attach')}
            </button>
            <span className="hint">{busy ? t('checklist.attaching') : t('checklist.dropHint')}</span>
            <input
              ref={picker}
              type="file"
              multiple
              accept={ACCEPT}
              className="sr-only"
              tabIndex={-1}
              aria-label={t('checklist.attachTo', { label: entry.label })}
              onChange={(e) => {
                attach(e.target.files);
                e.target.value = '';
              }}
            />
          </div>
        )}
        {notesOpen ? (
          <form className="notes-form" onSubmit={saveNotes}>
            <textarea
              value={notes}
              maxLength={ENTRY_TEXT_LIMITS.notes}
              onChange={(e) => setNotes(e.target.value)}
              rows={2}
              aria-label={t('checklist.notesOf', { label: entry.label })}
              aria-describedby={`entry-notes-${entry.id}-count`}
              autoFocus
            />
            <CharCounter id={`entry-notes-${entry.id}-count`} value={notes} max={ENTRY_TEXT_LIMITS.notes} />
            <div className="form-actions">
              <button type="button" onClick={() => setNotesOpen(false)}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="primary">
                {t('checklist.saveNotes')}
              </button>
            </div>
          </form>
        ) : (
          entry.notes && <p className="entry-notes">{entry.notes}</p>
        )}
      </div>
      <div className="entry-side">
        {isDocument ? (
          <select
            value={entry.state}
            onChange={(e) => setState(e.target.value as EntryState)}
            aria-label={t('checklist.stateOf', { label: entry.label })}
            data-testid="entry-state"
            disabled={busy}
          >
            {ENTRY_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`checklist.state.${s}`)}
              </option>
            ))}
          </select>
        ) : (
          <span className={done ? 'ok-text small' : 'muted small'}>
            {t(done ? 'checklist.statedYes' : 'checklist.statedNo')}
          </span>
        )}
        <div className="entry-actions">
          <button
            type="button"
            className="link"
            onClick={() => {
              setNotes(entry.notes);
              setNotesOpen(true);
            }}
          >
            {t(entry.notes ? 'checklist.editNotes' : 'checklist.addNotes')}
          </button>
          <button type="button" className="link" onClick={() => setEditing(true)}>
            {t('meetings.edit')}
          </button>
          <button type="button" className="link danger" onClick={remove}>
            {t('dossier.delete')}
          </button>
        </div>
      </div>
      {editing && (
        <EntryForm
          itemId={entry.itemId}
          entry={entry}
          onClose={() => setEditing(false)}
          onSaved={async () => {
            setEditing(false);
            await props.onChanged();
          }}
        />
      )}
    </li>
  );
}

function rank(s: PdfSignatureView) {
  const trust = trustOf(s);
  return (trust === 'trusted' ? 0 : trust === 'untrusted' ? 2 : 4) + (s.coversWholeFile ? 0 : 1);
}

/**
 * The file's verdict in words, the same words as the cover sheet, dossier.json, the verify screen and the
 * dashboard (SIGNATURE_STATE_TEXT): never "signed" without saying how far it can be trusted.
 */
function SignatureVerdict({ signature: s, state }: { signature: PdfSignatureView; state: SignatureState }) {
  const t = useT();
  const trust = trustOf(s);
  const reason = reasonsOf(s).find((r) => r.code !== 'chain-ok') ?? reasonsOf(s)[0];
  const mark = state === 'trusted' ? '✔' : state === 'untrusted' ? '⚠' : '✗';
  return (
    <span className={state === 'trusted' ? 'ok-text' : 'warn-text'} data-trust={trust} data-signature={state}>
      {mark} <Bilingual text={SIGNATURE_STATE_TEXT[state]} /> · {t('sig.by', { signer: s.signerName ?? '?' })}
      {s.signingTime && ` · ${formatTimestamp(s.signingTime)}`}
      {!s.coversWholeFile && state !== 'not-whole-file' && ` · ${t('checklist.notWhole')}`}
      {reason && (
        <span className="muted">
          {' '}
          · <Bilingual text={reason} />
        </span>
      )}
    </span>
  );
}

function Bilingual({ text }: { text: { vi: string; en: string } }) {
  const language = useAppStore((s) => s.language);
  return <>{language === 'vi' ? text.vi : text.en}</>;
}

/** A stored file: name, size, short hash, pages and what its digital signature says. */
function AttachmentRow(props: {
  attachment: AttachmentView;
  onRemove(): void;
  onError(error: AppErrorData | null): void;
  onSigned(): Promise<void>;
}) {
  const { attachment: a } = props;
  const [signing, setSigning] = useState(false);
  const t = useT();
  const language = useAppStore((s) => s.language);
  const transport = useAppStore((s) => s.status?.transport ?? 'browser');

  async function open() {
    props.onError(null);
    try {
      await openAttachment(a.id, transport);
    } catch (e) {
      props.onError(asErrorData(e));
    }
  }

  async function remove() {
    if (await askConfirm({ message: t('checklist.removeFileConfirm', { name: a.name }), danger: true }))
      props.onRemove();
  }

  const pdf = a.pdf;
  // The best signature speaks for the file: trusted whole-file first, then intact, then any.
  const ranked = [...(pdf?.signatures ?? [])].sort((x, y) => rank(x) - rank(y));
  const best = ranked[0];
  return (
    <li className="attachment" data-testid="attachment">
      <div className="attachment-line">
        <button
          type="button"
          className="link file-name"
          onClick={() => void open()}
          title={t('checklist.open')}
        >
          {a.name}
        </button>
        <span className="muted small">{formatBytes(a.size, language)}</span>
        <code className="small hash" title={`SHA-256 ${a.sha256}`}>
          {shortHash(a.sha256)}
        </code>
        {pdf?.pages != null && <span className="muted small">{t('checklist.pages', { n: pdf.pages })}</span>}
        {a.pdf && (
          <button
            type="button"
            className="link small"
            onClick={() => setSigning(true)}
            data-testid="sign-pdf"
          >
            {t('sig.sign')}
          </button>
        )}
        <button
          type="button"
          className="link danger small"
          onClick={remove}
          aria-label={t('checklist.removeFile', { name: a.name })}
        >
          {t('checklist.removeFileShort')}
        </button>
      </div>
      {signing && (
        <SignDialog
          attachment={a}
          onClose={() => setSigning(false)}
          onSigned={async () => {
            setSigning(false);
            await props.onSigned();
          }}
        />
      )}
      {pdf && (
        <div className="signature-line small" data-testid="signature-status">
          {pdf.problem ? (
            <span className="warn-text">
              <Bilingual text={pdf.problem} />
            </span>
          ) : best ? (
            <SignatureVerdict signature={best} state={signatureStateOf(pdf)} />
          ) : (
            <span className="muted" data-signature="unsigned">
              {t('checklist.unsigned')}
            </span>
          )}
        </div>
      )}
    </li>
  );
}

/** Add an entry of the item's own, or change one: label, kind, required, must be signed. */
function EntryForm(props: {
  itemId: number;
  entry: ChecklistEntryView | null;
  onClose(): void;
  onSaved(): Promise<void>;
}) {
  const t = useT();
  const { entry } = props;
  const [label, setLabel] = useState(entry?.label ?? '');
  const [entryKind, setEntryKind] = useState<EntryKind>(entry?.entryKind ?? 'document');
  const [required, setRequired] = useState(entry?.required ?? true);
  const [mustBeSigned, setMustBeSigned] = useState(entry?.mustBeSigned ?? false);
  const { error, busy, run } = useAction();
  const labels = {
    label: t('checklist.label'),
    entryKind: t('checklist.entryKind'),
    required: t('checklist.required'),
    mustBeSigned: t('checklist.mustBeSigned'),
  };
  const fe = useFieldErrors(error, labels);

  async function submit() {
    const fields = { label, entryKind, required, mustBeSigned };
    await run(async () => {
      if (entry) await call('checklist.updateEntry', { entryId: entry.id, ...fields });
      else await call('checklist.addEntry', { itemId: props.itemId, ...fields });
      await props.onSaved();
    });
  }

  return (
    <Modal
      title={t(entry ? 'checklist.editEntry' : 'checklist.newEntry')}
      onClose={props.onClose}
      error={fe.summary}
      onSubmit={submit}
    >
      <TextField
        label={labels.label}
        name="label"
        value={label}
        onChange={setLabel}
        max={ENTRY_TEXT_LIMITS.label}
        errors={fe}
      />
      <Field label={labels.entryKind} name="entryKind" errors={fe}>
        {(p) => (
          <select {...p} value={entryKind} onChange={(e) => setEntryKind(e.target.value as EntryKind)}>
            <option value="document">{t('checklist.kind.document')}</option>
            <option value="content-requirement">{t('checklist.kind.content-requirement')}</option>
          </select>
        )}
      </Field>
      <div className="checks">
        <label className="inline">
          <input type="checkbox" checked={required} onChange={(e) => setRequired(e.target.checked)} />{' '}
          {t('checklist.required')}
        </label>
        <label className="inline">
          <input type="checkbox" checked={mustBeSigned} onChange={(e) => setMustBeSigned(e.target.checked)} />{' '}
          {t('checklist.mustBeSigned')}
        </label>
      </div>
      <FormActions onClose={props.onClose} disabled={busy} />
    </Modal>
  );
}
