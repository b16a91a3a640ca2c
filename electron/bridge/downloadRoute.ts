/**
 * Browser mode's way to hand the user a file, fetched by the renderer with the per-run token in the
 * X-Dossier-Token header and saved through a blob link, so the token never appears in a URL (the
 * host/origin check is done by the server before routing):
 * - GET /api/download/<name>: a file the app generated (a request letter, a monthly report, a package):
 *   only regular files directly inside `<dataDir>/exports/`, by a plain name (no folders, no dots first);
 * - GET /api/attachment/<id>: the stored copy of an attachment, found through the attachment's record
 *   (never by a path from the request), under the name the user gave it.
 */
import { createReadStream, lstatSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AppContext } from '../app/context';
import { attachmentFile } from '../app/services/attachmentService';
import { exportsDir, isFinishedExportName } from '../app/services/exportFiles';
import { hasValidToken } from './requestGuard';
import { SECURITY_HEADERS } from './securityHeaders';

export const DOWNLOAD_PREFIX = '/api/download/';
export const ATTACHMENT_PREFIX = '/api/attachment/';

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function handleDownload(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: AppContext,
  token: string,
  path: string,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, { error: 'method-not-allowed' });
    return;
  }
  if (!hasValidToken(req, token)) {
    send(res, 401, { error: 'invalid-token' });
    return;
  }
  let name: string;
  try {
    name = decodeURIComponent(path.slice(DOWNLOAD_PREFIX.length));
  } catch {
    send(res, 400, { error: 'bad-name' });
    return;
  }
  if (!isFinishedExportName(name)) {
    send(res, 400, { error: 'bad-name' });
    return;
  }
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  sendFile(req, res, join(exportsDir(ctx.dataDir), name), name, MIME[ext] ?? 'application/octet-stream');
}

export function handleAttachmentDownload(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: AppContext,
  token: string,
  path: string,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, { error: 'method-not-allowed' });
    return;
  }
  if (!hasValidToken(req, token)) {
    send(res, 401, { error: 'invalid-token' });
    return;
  }
  const id = Number(path.slice(ATTACHMENT_PREFIX.length));
  if (!Number.isSafeInteger(id) || id <= 0) {
    send(res, 400, { error: 'bad-id' });
    return;
  }
  let file: ReturnType<typeof attachmentFile>;
  try {
    file = attachmentFile(ctx, id);
  } catch {
    send(res, 404, { error: 'not-found' });
    return;
  }
  sendFile(req, res, file.path, file.name, file.mime);
}

/** Streams one regular file (a link is not followed out of its folder) as a download named `name`. */
function sendFile(req: IncomingMessage, res: ServerResponse, file: string, name: string, mime: string): void {
  let size: number;
  try {
    const info = lstatSync(file);
    if (!info.isFile()) {
      send(res, 404, { error: 'not-found' });
      return;
    }
    size = info.size;
  } catch {
    send(res, 404, { error: 'not-found' });
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': mime,
    'Content-Length': String(size),
    // RFC 6266 / 5987: an ASCII fallback plus the real (Vietnamese) name.
    'Content-Disposition': `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** For clients that ignore filename*: the name without diacritics (case kept), other non-ASCII replaced. */
function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}
