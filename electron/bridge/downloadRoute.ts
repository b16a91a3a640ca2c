/**
 * GET /api/download/<name>: browser mode's way to hand the user a file the app generated (a request
 * letter, a monthly report, an exported program). It serves only regular files directly inside
 * `<dataDir>/exports/`, by a plain name (no folders, no dots first), and only with the per-run token in
 * the X-Dossier-Token header — the renderer fetches it and saves the bytes through a blob link, so the
 * token never appears in a URL. The host/origin check is done by the server before routing.
 */
import { createReadStream, lstatSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AppContext } from '../app/context';
import { EXPORT_NAME, exportsDir } from '../app/services/exportFiles';
import { hasValidToken } from './requestGuard';
import { SECURITY_HEADERS } from './securityHeaders';

export const DOWNLOAD_PREFIX = '/api/download/';

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
  if (!EXPORT_NAME.test(name)) {
    send(res, 400, { error: 'bad-name' });
    return;
  }
  const file = join(exportsDir(ctx.dataDir), name);
  let size: number;
  try {
    // lstat: a symbolic link planted in exports/ is not followed out of the folder.
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
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': MIME[ext] ?? 'application/octet-stream',
    'Content-Length': String(size),
    'Content-Disposition': `attachment; filename="${name}"`,
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

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}
