import { posix, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SECURITY_HEADERS } from '../bridge/securityHeaders';

/**
 * The renderer is served from a privileged custom scheme instead of file:// (Electron security
 * checklist: file:// pages can read any local file they are pointed at).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs of the app's own origin, parsed, never matched with `includes`. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * The file of the built renderer that an app:// URL names, or null for anything that is not a file
 * below the renderer folder: another host, a path escaping with `..` (plain or percent-encoded), a
 * backslash or drive letter (separators on Windows), a NUL byte.
 */
export function rendererFileFor(rawUrl: string, rendererRoot: string): string | null {
  const root = resolve(rendererRoot);
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (/[\0\\:]/.test(path)) return null;
  const file = resolve(root, `.${posix.normalize(`/${path}`)}`);
  return file.startsWith(root + sep) ? file : null;
}

/**
 * The app:// protocol handler: serves the built renderer, with the same Content-Security-Policy header
 * as the browser mode (on top of the meta tag in index.html), and a 404 for anything else.
 * `fetchFile` is Electron's `net.fetch` in the app; tests pass a fake.
 */
export function createAppProtocolHandler(
  rendererRoot: string,
  fetchFile: (fileUrl: string) => Promise<Response>,
): (request: { url: string }) => Promise<Response> {
  return async (request) => {
    const file = rendererFileFor(request.url, rendererRoot);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await fetchFile(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  };
}
