/**
 * Đính kèm tệp: copies a file into the content-addressed store and records it on a checklist entry.
 * Order matters (see electron/store/blobStore.ts): stream + hash + fsync into a temp file; inspect PDFs;
 * then, synchronously, move the file to its hash name and insert the rows in one transaction. A failure
 * before the rows leaves no row; a failure of the transaction removes a file it had just placed.
 */

import type { ParsedArgs } from '../../../shared/contract';
import type { AttachmentView } from '../../../shared/contract/attachments';
import type { ChecklistEntryView } from '../../../shared/contract/checklists';
import type { FileSource } from '../../../shared/contract/fileSource';
import { attachRefusal } from '../../../shared/dossiers/attachmentType';
import { isTrustedWholeFileSignature } from '../../../shared/dossiers/signatureCheck';
import { appError, isAppError } from '../../../shared/errors/appError';
import * as attachments from '../../db/repositories/attachmentRepository';
import {
  type BlobRecord,
  deleteBlobIfUnreferenced,
  getBlob,
  insertBlobIfAbsent,
} from '../../db/repositories/blobRepository';
import {
  type ChecklistEntryRecord,
  getEntry,
  setEntryState,
} from '../../db/repositories/checklistRepository';
import type { PdfFacts } from '../../pdf/pdfFacts';
import type { BlobStore, StagedBlob } from '../../store/blobStore';
import { PDF_MIME, sniffMime } from '../../store/mime';
import { resolveFileSource } from '../../store/uploads';
import { runInWorker } from '../../workers/guardedWorker';
import type { AppContext } from '../context';
import { storeFor } from './attachmentStore';
import { getEntryView, requireEntry } from './checklistService';
import { dossierErrors } from './dossierErrors';
import { attachmentView } from './dossierViews';
import { pdfFindings } from './pdfFindings';
import { requireDb } from './requireDb';
import { trustMaterialOf } from './trustMaterialOf';

/**
 * Contexts whose files the app generated itself (the sample data): their PDFs are inspected in this
 * thread, since spawning a worker per sample file made the demo slow and guards nothing. Never set for
 * a context that serves a user.
 */
const generatedOnly = new WeakSet<AppContext>();

export function inspectGeneratedFilesInProcess(ctx: AppContext): void {
  generatedOnly.add(ctx);
}

/**
 * Inspects a staged PDF and judges its signatures against the agency's trust material as it is now (a
 * later import of anchors or CRLs re-judges it). Both run in the guarded worker: a hostile PDF (a
 * /Contents spanning 1.6 GB) costs it, not us, and chain building and CRL checks stay off the main thread.
 */
async function inspectStagedPdf(ctx: AppContext, path: string, name: string): Promise<PdfFacts> {
  const trust = trustMaterialOf(ctx);
  const now = ctx.now();
  if (generatedOnly.has(ctx)) {
    const { inspectAndJudgePdf } = await import('../../signatures/pdfSignatures');
    const { prepareTrust } = await import('../../signatures/judgeSignature');
    return inspectAndJudgePdf(path, prepareTrust(trust), now);
  }
  const input = { path, trust, now: now.toISOString() };
  return runInWorker('inspect-and-judge-pdf', input, { fileName: name }).catch((error: unknown): PdfFacts => {
    // Past the worker's time or memory limit the file is still attached, marked as not inspected.
    if (!isAppError(error)) throw error;
    return {
      isPdf: true,
      pages: null,
      pageCountSource: null,
      encrypted: false,
      signatures: [],
      error: error.toData(),
    };
  });
}

export interface IngestedFile {
  staged: StagedBlob;
  name: string;
  /** The blob row to insert (null: the same content is already recorded). */
  blob: BlobRecord | null;
}

/**
 * Streams the source into the store's temp area and inspects it. Nothing is recorded yet: the caller
 * finishes with `placeAndRecord` (or `store.discard`).
 */
export async function ingest(ctx: AppContext, store: BlobStore, source: FileSource): Promise<IngestedFile> {
  const db = requireDb(ctx);
  const { path, name, isUpload } = resolveFileSource(ctx, source);
  // An upload is ours to consume: it moves into the store instead of being copied a second time.
  const inPlace = isUpload;
  const staged = await store.stage(path, name, { inPlace });
  try {
    if (getBlob(db, staged.sha256)) return { staged, name, blob: null };
    const mime = sniffMime(staged.head, name);
    const at = ctx.now().toISOString();
    let pdf: BlobRecord['pdf'] = null;
    if (mime === PDF_MIME) {
      const facts = await inspectStagedPdf(ctx, staged.tempPath, name);
      pdf = { ...pdfFindings(facts), inspectedAt: at };
    }
    return { staged, name, blob: { sha256: staged.sha256, size: staged.size, mime, pdf, createdAt: at } };
  } catch (error) {
    store.discard(staged);
    throw error;
  }
}

/**
 * Moves the staged file to its hash name, then runs `record` (which inserts the rows) in one transaction.
 * Synchronous from here on, so nothing interleaves between the file landing and the rows.
 */
export function placeAndRecord<T>(ctx: AppContext, store: BlobStore, file: IngestedFile, record: () => T): T {
  const db = requireDb(ctx);
  const { existed } = store.place(file.staged);
  try {
    return db.transaction(() => {
      if (file.blob) insertBlobIfAbsent(db, file.blob);
      else if (!getBlob(db, file.staged.sha256)) {
        // Recorded while we were copying, and removed again since: record it afresh (size and type only).
        insertBlobIfAbsent(db, {
          sha256: file.staged.sha256,
          size: file.staged.size,
          mime: sniffMime(file.staged.head, file.name),
          pdf: null,
          createdAt: ctx.now().toISOString(),
        });
      }
      return record();
    })();
  } catch (error) {
    // The rows did not go in: a file placed just now would be an orphan.
    if (!existed && !getBlob(db, file.staged.sha256)) store.removeFile(file.staged.sha256);
    throw error;
  }
}

export async function addAttachment(
  ctx: AppContext,
  args: ParsedArgs<'attachments.add'>,
): Promise<{ attachment: AttachmentView; entry: ChecklistEntryView; reusedBlob: boolean }> {
  const db = requireDb(ctx);
  requireEntry(ctx, args.entryId);
  const store = storeFor(ctx);
  const file = await ingest(ctx, store, args.source);
  // Checked again after the copy: the entry may have been removed, or the file attached, meanwhile.
  const entry = getEntry(db, args.entryId);
  if (!entry) {
    store.discard(file.staged);
    throw dossierErrors.entryNotFound(args.entryId);
  }
  const blob = file.blob ?? getBlob(db, file.staged.sha256);
  const refusal = attachRefusal(
    { name: file.name, mime: blob?.mime ?? sniffMime(file.staged.head, file.name) },
    entry,
  );
  if (refusal) {
    store.discard(file.staged);
    throw appError(refusal.code, refusal.vi, refusal.en, { entryId: args.entryId, name: file.name });
  }
  const duplicate = attachments.findAttachmentOfEntry(db, args.entryId, file.staged.sha256);
  if (duplicate) {
    store.discard(file.staged);
    throw appError(
      'attachment-duplicate',
      `Mục này đã có tệp cùng nội dung: "${duplicate.name}". Không thêm lần thứ hai.`,
      `This entry already has a file with the same content: "${duplicate.name}". It was not added twice.`,
      { attachmentId: duplicate.id, sha256: file.staged.sha256 },
    );
  }
  const reusedBlob = file.blob === null;
  const at = ctx.now().toISOString();
  const id = placeAndRecord(ctx, store, file, () => {
    const inserted = attachments.insertAttachment(db, args.entryId, file.staged.sha256, file.name, at);
    const next = stateAfterAttach(entry, blob?.pdf?.signatures ?? []);
    if (next !== entry.state) setEntryState(db, args.entryId, next, at);
    return inserted;
  });
  const attachment = attachments.getAttachment(db, id);
  if (!attachment) throw dossierErrors.attachmentNotFound(id);
  return { attachment: attachmentView(attachment), entry: getEntryView(ctx, args.entryId), reusedBlob };
}

/**
 * A file on an entry still marked "Chưa có" (missing) means there is at least a draft now; a PDF with a
 * valid signature over the whole file on an entry that must be signed is the signed copy. An entry the
 * user has already moved on is left as they set it.
 */
function stateAfterAttach(
  entry: ChecklistEntryRecord,
  signatures: readonly Parameters<typeof isTrustedWholeFileSignature>[0][],
): ChecklistEntryRecord['state'] {
  if (entry.state !== 'missing') return entry.state;
  return entry.mustBeSigned && signatures.some(isTrustedWholeFileSignature) ? 'signed' : 'draft';
}

/** Removes an attachment; its file leaves the store when nothing else uses the same content. */
export function removeAttachment(ctx: AppContext, id: number): ChecklistEntryView {
  const db = requireDb(ctx);
  const { entryId, freed } = db.transaction(() => {
    const attachment = attachments.getAttachment(db, id);
    if (!attachment) throw dossierErrors.attachmentNotFound(id);
    attachments.deleteAttachment(db, id);
    return {
      entryId: attachment.entryId,
      freed: deleteBlobIfUnreferenced(db, attachment.blob.sha256) ? attachment.blob.sha256 : null,
    };
  })();
  if (freed) storeFor(ctx).removeFile(freed);
  return getEntryView(ctx, entryId);
}

/** The stored copy's path, for the system viewer; refuses when the file is missing from the store. */
export function attachmentFile(ctx: AppContext, id: number) {
  const attachment = attachments.getAttachment(requireDb(ctx), id);
  if (!attachment) throw dossierErrors.attachmentNotFound(id);
  const store = storeFor(ctx);
  if (!store.hasFile(attachment.blob.sha256)) {
    throw appError(
      'blob-file-missing',
      `Tệp lưu trữ của "${attachment.name}" không còn trong kho dữ liệu. Hãy chạy "Kiểm tra dữ liệu" trong Cài đặt và đính kèm lại tệp.`,
      `The stored copy of "${attachment.name}" is missing from the data store. Run "Check data" in Settings and attach the file again.`,
      { attachmentId: id, sha256: attachment.blob.sha256 },
    );
  }
  return {
    id,
    path: store.pathOf(attachment.blob.sha256),
    name: attachment.name,
    mime: attachment.blob.mime,
    size: attachment.blob.size,
    sha256: attachment.blob.sha256,
  };
}
