import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './appProtocol';

/**
 * Guards applied to every web contents the app ever creates: no navigation away from the app, no new
 * windows, no webviews, every permission request denied. One module, applied on `web-contents-created`.
 */
export function applySecurityGuards(app: App): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

export function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
