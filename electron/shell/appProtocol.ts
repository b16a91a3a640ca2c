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
