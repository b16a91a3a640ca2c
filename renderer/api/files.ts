import type { FileSource } from '../../shared/contract/fileSource';
import type { ExportedFile } from '../../shared/contract/workProgram';
import { ApiError, call } from './api';

/**
 * Files between the user and the app. Browser mode: a picked file is sent to the bridge's upload route
 * first (the contract then names it by upload id), and a generated file is fetched from the download
 * route with the session token and saved through a blob link. Desktop: generated files are shown in the
 * file manager (they live in the data folder's exports/).
 */
const TOKEN_KEY = 'dossier-desk-token';

function token(): string {
  return window.sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function transportError(vi: string, en: string, status: number): ApiError {
  return new ApiError({ code: 'transport', vi, en, detail: { status } });
}

/**
 * How a file the user picked or dropped reaches the main process. Desktop: its path, read by the preload
 * (webUtils.getPathForFile), and the main process reads the file itself. Browser mode: the bytes are
 * streamed to the bridge's upload route first, which answers an id that the contract then names.
 */
export async function fileSource(file: File): Promise<FileSource> {
  const path = window.api?.pathForFile?.(file);
  if (path) return { kind: 'path', path };
  const response = await fetch('./api/upload', {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', 'X-Dossier-Token': token() },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as
    | { ok: true; value: { uploadId: string } }
    | { ok: false; error: { code: string; vi: string; en: string } }
    | null;
  if (body && 'ok' in body && body.ok) {
    return { kind: 'upload', uploadId: body.value.uploadId, name: file.name.normalize('NFC') };
  }
  if (body && 'ok' in body && !body.ok) throw new ApiError(body.error);
  if (response.status === 413) {
    throw new ApiError({
      code: 'too-large',
      vi: `Tệp "${file.name}" quá lớn.`,
      en: `"${file.name}" is too large.`,
    });
  }
  throw transportError(
    `Không gửi được tệp "${file.name}" tới ứng dụng (HTTP ${response.status}).`,
    `Could not send "${file.name}" to the app (HTTP ${response.status}).`,
    response.status,
  );
}

export async function deliverFile(
  file: ExportedFile,
  transport: 'electron' | 'browser' | 'cli',
): Promise<void> {
  if (transport === 'electron') {
    await call('shell.showInFolder', { path: file.path });
    return;
  }
  await saveDownload(`./api/download/${encodeURIComponent(file.name)}`, file.name);
}

/** Fetches a file from a token-checked bridge route and hands it to the browser as a download. */
export async function saveDownload(url: string, name: string): Promise<void> {
  const response = await fetch(url, { headers: { 'X-Dossier-Token': token() } });
  if (!response.ok) {
    throw transportError(
      `Không tải được tệp "${name}" (HTTP ${response.status}).`,
      `Could not download "${name}" (HTTP ${response.status}).`,
      response.status,
    );
  }
  const blobUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = blobUrl;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(blobUrl), 10_000);
}
