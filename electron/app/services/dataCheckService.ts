/**
 * Kiểm tra dữ liệu: compares the database with the attachment store and the search index, and reports
 * every inconsistency (files without rows, rows without files, damaged files, leftovers of interrupted
 * copies, a search index out of step). `repairData` fixes what can be fixed without losing anything the
 * user made; a missing or damaged file needs a person (re-attach it, or restore a backup).
 *
 * Files freed by the app wait in the store's trash (see blobStore.ts) and are not orphans. Repair moves
 * back the ones the database records again (after a restore), and deletes the ones moved there before
 * the oldest backup kept in the backups folder — every kept backup was made after they were freed, so
 * none records them. With no backup at all, it deletes those freed more than TRASH_DAYS_WITHOUT_BACKUP
 * days ago.
 */
import { statSync } from 'node:fs';
import type { DataCheckReport, DataFinding } from '../../../shared/contract/dataCheck';
import { listBackups } from '../../backup/backupService';
import {
  countAttachments,
  deleteBlobIfUnreferenced,
  listBlobs,
  listUnreferencedBlobs,
  namesUsingBlob,
} from '../../db/repositories/blobRepository';
import {
  countSearchRows,
  rebuildSearchIndex,
  searchIndexProblems,
} from '../../db/repositories/searchIndexRepository';
import { removeQuietly } from '../../store/blobStore';
import { staleUploads } from '../../store/uploads';
import type { AppContext } from '../context';
import { recoverTrashedBlobs, storeFor } from './attachmentStore';
import { requireDb } from './requireDb';

const MAX_LISTED = 500;
/** A temp file this recent may belong to a copy still running. */
const TEMP_GRACE_MS = 10 * 60_000;
/** How long a freed file stays in the trash when there is no backup to go by. */
export const TRASH_DAYS_WITHOUT_BACKUP = 30;
const DAY_MS = 24 * 3600_000;

/** Trash files moved there before this instant (ms) are needed by no kept backup (module comment). */
export function trashCutoffMs(ctx: AppContext): number {
  const oldest = listBackups(ctx).at(-1);
  return oldest ? Date.parse(oldest.createdAt) : ctx.now().getTime() - TRASH_DAYS_WITHOUT_BACKUP * DAY_MS;
}

interface CheckState {
  findings: DataFinding[];
  orphanFiles: Array<{ path: string; sha256: string | null }>;
  tempFiles: string[];
  uploads: string[];
  unreferenced: string[];
  trashCutoffMs: number;
  searchOutOfSync: boolean;
  report: DataCheckReport;
}

async function check(ctx: AppContext, deep: boolean): Promise<CheckState> {
  const db = requireDb(ctx);
  const store = storeFor(ctx);
  const nowMs = ctx.now().getTime();
  const findings: DataFinding[] = [];
  const add = (f: DataFinding) => findings.push(f);

  const quick = db.pragma('quick_check') as Array<{ quick_check: string }>;
  if (quick.length !== 1 || quick[0]?.quick_check !== 'ok') {
    add({
      code: 'database-integrity',
      severity: 'error',
      vi: 'Cơ sở dữ liệu không qua được kiểm tra tính toàn vẹn. Hãy khôi phục từ bản sao lưu.',
      en: 'The database failed its integrity check. Restore a backup.',
      subject: quick
        .slice(0, 3)
        .map((r) => r.quick_check)
        .join('; '),
      repairable: false,
    });
  }
  const fk = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
  for (const v of fk.slice(0, 50)) {
    add({
      code: 'foreign-key-violation',
      severity: 'error',
      vi: `Bản ghi ${v.rowid} của bảng ${v.table} trỏ tới ${v.parent} không tồn tại.`,
      en: `Row ${v.rowid} of ${v.table} points to a missing ${v.parent}.`,
      subject: `${v.table}:${v.rowid}`,
      repairable: false,
    });
  }

  const blobs = listBlobs(db);
  const files = store.listFiles();
  const fileByHash = new Map(files.filter((f) => f.sha256 !== null).map((f) => [f.sha256 as string, f]));
  const blobHashes = new Set(blobs.map((b) => b.sha256));
  const trash = store.listTrash();
  const trashed = new Map(trash.map((f) => [f.sha256, f]));
  const usedBy = (h: string) =>
    namesUsingBlob(db, h)
      .map((name) => `"${name}"`)
      .join(', ') || '—';

  for (const b of blobs) {
    const file = fileByHash.get(b.sha256);
    if (!file && trashed.get(b.sha256)?.size === b.size) {
      add({
        code: 'blob-file-in-trash',
        severity: 'warning',
        vi: `Tệp lưu trữ ${b.sha256.slice(0, 12)}… của ${usedBy(b.sha256)} đang nằm trong thùng rác của kho (tệp đã gỡ trước khi khôi phục bản sao lưu). Sửa để đưa tệp về chỗ cũ.`,
        en: `The stored file ${b.sha256.slice(0, 12)}… of ${usedBy(b.sha256)} is in the store's trash (removed before a backup was restored). Repair puts it back.`,
        subject: b.sha256,
        repairable: true,
      });
    } else if (!file) {
      add({
        code: 'missing-blob-file',
        severity: 'error',
        vi: `Thiếu tệp lưu trữ ${b.sha256.slice(0, 12)}… của ${usedBy(b.sha256)}. Hãy đính kèm lại tệp hoặc khôi phục bản sao lưu.`,
        en: `The stored file ${b.sha256.slice(0, 12)}… of ${usedBy(b.sha256)} is missing. Attach it again or restore a backup.`,
        subject: b.sha256,
        repairable: false,
      });
    } else if (file.size !== b.size) {
      add({
        code: 'blob-size-mismatch',
        severity: 'error',
        vi: `Tệp lưu trữ của ${usedBy(b.sha256)} bị hỏng: ${file.size} byte thay vì ${b.size}.`,
        en: `The stored file of ${usedBy(b.sha256)} is damaged: ${file.size} bytes instead of ${b.size}.`,
        subject: b.sha256,
        repairable: false,
      });
    } else if (deep && (await store.hashFile(b.sha256)) !== b.sha256) {
      add({
        code: 'blob-hash-mismatch',
        severity: 'error',
        vi: `Nội dung tệp lưu trữ của ${usedBy(b.sha256)} đã bị thay đổi (mã băm SHA-256 không khớp).`,
        en: `The content of the stored file of ${usedBy(b.sha256)} has changed (SHA-256 mismatch).`,
        subject: b.sha256,
        repairable: false,
      });
    }
  }

  const orphanFiles: CheckState['orphanFiles'] = [];
  for (const f of files) {
    if (f.sha256 !== null && blobHashes.has(f.sha256)) continue;
    orphanFiles.push({ path: f.path, sha256: f.sha256 });
    add({
      code: 'orphan-blob-file',
      severity: 'warning',
      vi: `Tệp trong kho không thuộc hồ sơ nào (có thể do sao chép bị gián đoạn): ${f.path}`,
      en: `A file in the store belongs to no dossier (an interrupted copy?): ${f.path}`,
      subject: f.path,
      repairable: true,
    });
  }

  const cutoff = trashCutoffMs(ctx);
  const expired = trash.filter((f) => f.trashedAtMs < cutoff && !blobHashes.has(f.sha256));
  if (expired.length > 0) {
    const bytes = expired.reduce((sum, f) => sum + f.size, 0);
    add({
      code: 'expired-trash-file',
      severity: 'info',
      vi: `${expired.length} tệp đã gỡ (${bytes} byte) trong thùng rác của kho không còn bản sao lưu nào cần tới; sửa để xoá hẳn.`,
      en: `${expired.length} removed file(s) (${bytes} bytes) in the store's trash are needed by no kept backup; repair deletes them.`,
      subject: store.trashDir,
      repairable: true,
    });
  }

  const unreferenced = listUnreferencedBlobs(db);
  for (const h of unreferenced) {
    add({
      code: 'unreferenced-blob',
      severity: 'info',
      vi: `Tệp lưu trữ ${h.slice(0, 12)}… không còn được hồ sơ nào dùng.`,
      en: `The stored file ${h.slice(0, 12)}… is no longer used by any dossier.`,
      subject: h,
      repairable: true,
    });
  }

  const tempFiles = store.listTempFiles().filter((p) => {
    try {
      return nowMs - statSync(p).mtimeMs > TEMP_GRACE_MS;
    } catch {
      return false;
    }
  });
  for (const p of tempFiles) {
    add({
      code: 'stray-temp-file',
      severity: 'warning',
      vi: `Tệp tạm còn lại sau một lần sao chép bị gián đoạn: ${p}`,
      en: `A temp file left by an interrupted copy: ${p}`,
      subject: p,
      repairable: true,
    });
  }
  const uploads = staleUploads(ctx.dataDir, nowMs);
  for (const p of uploads) {
    add({
      code: 'stale-upload',
      severity: 'info',
      vi: `Tệp tải lên nhưng chưa từng được đính kèm: ${p}`,
      en: `A file uploaded but never attached: ${p}`,
      subject: p,
      repairable: true,
    });
  }

  const searchProblems = searchIndexProblems(db);
  for (const problem of searchProblems) {
    add({
      code: 'search-index-out-of-sync',
      severity: 'warning',
      vi: `Chỉ mục tìm kiếm không khớp dữ liệu (${problem}). Sửa được bằng cách dựng lại chỉ mục.`,
      en: `The search index does not match the data (${problem}). Repair rebuilds it.`,
      subject: 'search_index',
      repairable: true,
    });
  }

  const searchRows = countSearchRows(db);
  const attachmentsCount = countAttachments(db);
  const report: DataCheckReport = {
    checkedAt: ctx.now().toISOString(),
    deep,
    ok: !findings.some((f) => f.severity !== 'info'),
    counts: { blobs: blobs.length, blobFiles: files.length, attachments: attachmentsCount, searchRows },
    findings: findings.slice(0, MAX_LISTED),
    totalFindings: findings.length,
  };
  return {
    findings,
    orphanFiles,
    tempFiles,
    uploads,
    unreferenced,
    trashCutoffMs: cutoff,
    searchOutOfSync: searchProblems.length > 0,
    report,
  };
}

export async function runDataCheck(ctx: AppContext, deep: boolean): Promise<DataCheckReport> {
  return (await check(ctx, deep)).report;
}

export async function repairData(ctx: AppContext) {
  const db = requireDb(ctx);
  const store = storeFor(ctx);
  const state = await check(ctx, false);
  // Synchronous from here on: no attach interleaves between this re-read of the blob rows and the removals.
  const restoredFromTrash = recoverTrashedBlobs(ctx).length;
  const blobHashes = new Set(listBlobs(db).map((b) => b.sha256));
  let removedOrphanFiles = 0;
  for (const { path, sha256 } of state.orphanFiles) {
    if (sha256 !== null && blobHashes.has(sha256)) continue; // recorded since the check
    // A file named by its hash may be one an older backup records (its removal interrupted): trash, too.
    if (sha256 !== null) store.removeFile(sha256);
    else removeQuietly(path);
    removedOrphanFiles++;
  }
  for (const path of state.tempFiles) removeQuietly(path);
  for (const path of state.uploads) removeQuietly(path);
  const freed = db.transaction(() => state.unreferenced.filter((h) => deleteBlobIfUnreferenced(db, h)))();
  for (const h of freed) store.removeFile(h);
  const purgedTrashFiles = store.purgeTrash(
    state.trashCutoffMs,
    new Set(listBlobs(db).map((b) => b.sha256)),
  ).length;
  if (state.searchOutOfSync) rebuildSearchIndex(db);
  return {
    removedOrphanFiles,
    removedTempFiles: state.tempFiles.length,
    removedUploads: state.uploads.length,
    removedUnreferencedBlobs: freed.length,
    rebuiltSearchIndex: state.searchOutOfSync,
    restoredFromTrash,
    purgedTrashFiles,
    after: (await check(ctx, false)).report,
  };
}
