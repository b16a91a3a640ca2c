import type { AttachmentSource } from '../../shared/contract/attachments';
import { ApiError, call } from './api';

/**
 * Attachments between the user's files and the store.
 *
 * Picking or dropping a file gives the renderer a `File`. In browser mode its bytes are POSTed (streamed,
 * with the session token) to the bridge's /api/upload route, which answers an upload id; the contract's
 * `attachments.add` / `coordination.answer` then take `{ kind: 'upload', uploadId, name }`.
 *
 * In Electron there is no bridge and a sandboxed renderer cannot read a File's path: the shell is
 * expected to expose `window.dossierFiles.pathForFile(file)` from its preload (webUtils.getPathForFile),
 * and the source is then `{ kind: 'path', path }` — the main process copies the file into the store.
 * Until it does, attaching in the desktop app answers a typed error rather than failing silently.
 */
declare global {
  interface Window {
    dossierFiles?: { pathForFile(file: File): string };
  }
}

const TOKEN_KEY = 'dossier-desk-token';

export type Transport = 'electron' | 'browser' | 'cli';

export async function uploadFile(file: File, transport: Transport = 'browser'): Promise<AttachmentSource> {
  if (transport === 'electron') {
    const path = window.dossierFiles?.pathForFile(file) ?? '';
    if (path) return { kind: 'path', path };
    throw new ApiError({
      code: 'desktop-file-path-unavailable',
      vi: 'Ứng dụng trên máy tính chưa đọc được đường dẫn của tệp này. Hãy cập nhật ứng dụng hoặc dùng chế độ trình duyệt.',
      en: 'The desktop app cannot read this file’s path yet. Update the app or use the browser mode.',
    });
  }
  const response = await fetch('./api/upload', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/octet-stream',
      'X-Dossier-Token': window.sessionStorage.getItem(TOKEN_KEY) ?? '',
    },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as
    | { ok: true; value: { uploadId: string } }
    | { ok: false; error: { code: string; vi: string; en: string } }
    | { error: string }
    | null;
  if (body && 'ok' in body && body.ok) {
    return { kind: 'upload', uploadId: body.value.uploadId, name: file.name.normalize('NFC') };
  }
  if (body && 'ok' in body && !body.ok) throw new ApiError(body.error);
  if (response.status === 413) {
    throw new ApiError({
      code: 'too-large',
      vi: `Tệp "${file.name}" quá lớn để đính kèm.`,
      en: `"${file.name}" is too large to attach.`,
    });
  }
  throw new ApiError({
    code: 'transport',
    vi: `Không gửi được tệp "${file.name}" tới ứng dụng (HTTP ${response.status}).`,
    en: `Could not send "${file.name}" to the app (HTTP ${response.status}).`,
    detail: { status: response.status },
  });
}

/** Attaches picked or dropped files to a checklist entry, one after the other (each is its own transaction). */
export async function attachFiles(entryId: number, files: readonly File[], transport: Transport) {
  const results = [];
  for (const file of files) {
    const source = await uploadFile(file, transport);
    results.push(await call('attachments.add', { entryId, source }));
  }
  return results;
}

/**
 * Opens a stored file. Desktop: the system viewer on the store's copy. Browser mode has no route that serves
 * the store, so the caller shows the stored path instead (returned here).
 */
export async function openAttachment(
  id: number,
  transport: Transport,
): Promise<{ opened: boolean; path: string }> {
  const file = await call('attachments.file', { id });
  if (transport === 'electron') {
    await call('shell.openPath', { path: file.path });
    return { opened: true, path: file.path };
  }
  return { opened: false, path: file.path };
}
