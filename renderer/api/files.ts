import type { ExportedFile, ImportSource } from '../../shared/contract/workProgram';
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

export async function uploadForImport(file: File): Promise<ImportSource> {
  const response = await fetch('./api/upload', {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', 'X-Dossier-Token': token() },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as
    | { ok: true; value: { uploadId: string } }
    | { ok: false; error: { code: string; vi: string; en: string } }
    | null;
  if (body && 'ok' in body && body.ok)
    return { kind: 'upload', uploadId: body.value.uploadId, name: file.name };
  if (body && 'ok' in body && !body.ok) throw new ApiError(body.error);
  throw transportError(
    `Không gửi được tệp tới ứng dụng (HTTP ${response.status}).`,
    `Could not send the file to the app (HTTP ${response.status}).`,
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
  const response = await fetch(`./api/download/${encodeURIComponent(file.name)}`, {
    headers: { 'X-Dossier-Token': token() },
  });
  if (!response.ok) {
    throw transportError(
      `Không tải được tệp "${file.name}" (HTTP ${response.status}).`,
      `Could not download "${file.name}" (HTTP ${response.status}).`,
      response.status,
    );
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
