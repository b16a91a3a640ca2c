import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Serves the built renderer. Paths are resolved inside `root` and anything that would escape it
 * (`..`, encoded or not) is a 404; unknown routes fall back to index.html for the single-page app.
 */
export function serveStatic(
  root: string,
  urlPath: string,
  res: ServerResponse,
  headers: Record<string, string>,
) {
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return notFound(res, headers);
  }
  if (decoded.includes('\0')) return notFound(res, headers);
  const candidate = resolve(base, `.${normalize(`/${decoded}`)}`);
  if (candidate !== base && !candidate.startsWith(base + sep)) return notFound(res, headers);
  const file = isFile(candidate) ? candidate : extname(decoded) ? null : join(base, 'index.html');
  if (!file || !isFile(file)) return notFound(res, headers);
  res.writeHead(200, {
    ...headers,
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
  });
  createReadStream(file).pipe(res);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function notFound(res: ServerResponse, headers: Record<string, string>) {
  res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}
