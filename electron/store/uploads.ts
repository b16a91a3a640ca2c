/**
 * Browser-mode uploads: the renderer cannot hand the main process a file path, so the bytes come over the
 * loopback bridge first and wait in `<dataDir>/uploads/<id>` until `attachments.add` consumes them (moved
 * into the store without a second copy). An upload never attached is removed by "check data" after a day.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import type { FileSource } from '../../shared/contract/fileSource';
import { appError } from '../../shared/errors/appError';
import type { AppContext } from '../app/context';
import { DEFAULT_MAX_ATTACHMENT_BYTES } from './blobStore';
import { errnoOf } from './storeErrors';

export const UPLOADS_FOLDER = 'uploads';
const UPLOAD_ID = /^[0-9a-f]{32}$/;
/** Uploads older than this were abandoned (the attach call never came). */
export const STALE_UPLOAD_MS = 24 * 3_600_000;
/**
 * What all uploads waiting to be used may take together: one attachment of the largest size and some
 * room. Abandoned ones were seen to pile up (3 × 512 MB); the sweep removes them after a day.
 */
export const UPLOADS_QUOTA_BYTES = 6 * 1024 ** 3;

/** Bytes held by uploads not yet consumed, finished or still arriving. */
export function pendingUploadBytes(dataDir: string): number {
  const dir = uploadsDir(dataDir);
  let total = 0;
  try {
    for (const name of fs.readdirSync(dir)) {
      try {
        total += fs.statSync(join(dir, name)).size;
      } catch {
        // Consumed meanwhile.
      }
    }
  } catch {
    return 0;
  }
  return total;
}

export function uploadsDir(dataDir: string): string {
  return join(dataDir, UPLOADS_FOLDER);
}

/** The file of a finished upload; the id is checked so that it can never name a path outside the folder. */
export function uploadPath(dataDir: string, uploadId: string): string {
  if (!UPLOAD_ID.test(uploadId)) throw uploadNotFound(uploadId);
  return join(uploadsDir(dataDir), uploadId);
}

/**
 * The file behind a contract's file source: a path as given (made absolute), or a finished upload of this
 * data folder. `name` is what the user called the file (NFC), for display and for the store's records.
 */
export function resolveFileSource(
  ctx: Pick<AppContext, 'dataDir' | 'readsLocalPaths'>,
  source: FileSource,
): { path: string; name: string; isUpload: boolean } {
  const { dataDir } = ctx;
  if (source.kind === 'path') {
    if (!ctx.readsLocalPaths) {
      throw appError(
        'local-path-refused',
        'Ở chế độ trình duyệt, tệp phải được gửi lên ứng dụng; không thể chỉ đường dẫn trên máy.',
        'In browser mode a file must be uploaded to the app; a path on this computer cannot be named.',
      );
    }
    const path = resolve(source.path);
    return { path, name: basename(path).normalize('NFC'), isUpload: false };
  }
  const path = uploadPath(dataDir, source.uploadId);
  if (!fs.existsSync(path)) throw uploadNotFound(source.uploadId, source.name);
  return { path, name: source.name.normalize('NFC'), isUpload: true };
}

/** Names the user's file when it is known (the id means nothing to a person). */
export function uploadNotFound(uploadId: string, name?: string) {
  const file = name ? ` "${name.normalize('NFC').slice(0, 200)}"` : '';
  return appError(
    'upload-not-found',
    `Không tìm thấy tệp vừa tải lên${file} (có thể đã được dùng hoặc đã bị dọn). Hãy chọn lại tệp.`,
    `The uploaded file${file} was not found (it may have been used already or cleaned up). Pick the file again.`,
    { uploadId: uploadId.slice(0, 64) },
  );
}

export type UploadOutcome =
  | { ok: true; uploadId: string; size: number }
  | { ok: false; reason: 'too-large' | 'aborted' | 'disk-full' | 'failed'; code?: string };

/**
 * Streams a request body into a new upload file: `<id>.part` while receiving, fsynced and renamed to
 * `<id>` when complete. Past `maxBytes` the transfer is refused and the partial file removed.
 */
export async function receiveUpload(
  dataDir: string,
  body: Readable,
  maxBytes: number = DEFAULT_MAX_ATTACHMENT_BYTES,
): Promise<UploadOutcome> {
  const dir = uploadsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const uploadId = randomBytes(16).toString('hex');
  const partial = join(dir, `${uploadId}.part`);
  const handle = await open(partial, 'wx');
  let size = 0;
  let outcome: UploadOutcome | null = null;
  try {
    for await (const chunk of body) {
      const bytes = chunk as Buffer;
      size += bytes.length;
      // Past the cap the rest is read and dropped (not written), so the client receives the refusal.
      if (size > maxBytes) outcome = { ok: false, reason: 'too-large' };
      if (!outcome) await handle.write(bytes);
    }
    if (!outcome && body.readableAborted) outcome = { ok: false, reason: 'aborted' };
    if (!outcome) await handle.sync();
  } catch (error) {
    const code = errnoOf(error);
    outcome = {
      ok: false,
      reason: code === 'ENOSPC' ? 'disk-full' : body.readableAborted ? 'aborted' : 'failed',
      code,
    };
  } finally {
    await handle.close();
  }
  if (outcome) {
    await unlink(partial).catch(() => undefined);
    return outcome;
  }
  await rename(partial, join(dir, uploadId));
  return { ok: true, uploadId, size };
}

/** Uploads (finished or partial) older than STALE_UPLOAD_MS at `nowMs`. */
export function staleUploads(dataDir: string, nowMs: number): string[] {
  const dir = uploadsDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((path) => {
      try {
        return nowMs - fs.statSync(path).mtimeMs > STALE_UPLOAD_MS;
      } catch {
        return false;
      }
    });
}
