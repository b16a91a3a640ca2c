import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowSizes } from './windowState';

/** Default and minimum size: the dashboard needs 1024×640 to show its columns without scrolling. */
export const WINDOW_SIZES: WindowSizes = { width: 1366, height: 768, minWidth: 1024, minHeight: 640 };

/**
 * The renderer's security settings in one place, asserted by tests: isolated, sandboxed, no Node, no
 * remote module, no webview. Test builds use the same object; weaker settings would test another product.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...WINDOW_SIZES,
    show: false,
    title: 'Dossier Desk — Hồ sơ trình họp',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
