import { dirname } from 'node:path';
import type { BrowserWindow, Dialog, Shell } from 'electron';
import type { Language } from '../../shared/format/dates';
import type { DesktopPort, FilePurpose } from '../app/desktopPort';

export interface DesktopPortDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  shell: Pick<Shell, 'showItemInFolder' | 'openPath'>;
  window(): BrowserWindow | null;
  language(): Language;
  setLanguage(language: Language): void;
}

const DIALOGS: Record<FilePurpose, Record<Language, { title: string; filterName: string }>> = {
  'restore-backup': {
    vi: { title: 'Chọn bản sao lưu để khôi phục', filterName: 'Bản sao lưu Dossier Desk (*.db)' },
    en: { title: 'Choose a backup to restore', filterName: 'Dossier Desk backup (*.db)' },
  },
};

const EXTENSIONS: Record<FilePurpose, string[]> = { 'restore-backup': ['db'] };

/**
 * The Electron side of the desktop port: native dialogs (modal to the main window, in the interface
 * language), the file manager and the system viewer. Paths reaching showInFolder/openPath have already
 * been limited by the handler (allowedPaths); this adapter only acts.
 */
export function createDesktopPort(deps: DesktopPortDeps): DesktopPort {
  const chosen = new Set<string>();
  return {
    async chooseFile(purpose) {
      const text = DIALOGS[purpose][deps.language()];
      const options = {
        title: text.title,
        properties: ['openFile' as const],
        filters: [{ name: text.filterName, extensions: EXTENSIONS[purpose] }],
      };
      const win = deps.window();
      const result = win
        ? await deps.dialog.showOpenDialog(win, options)
        : await deps.dialog.showOpenDialog(options);
      const path = result.canceled ? undefined : result.filePaths[0];
      if (!path) return null;
      chosen.add(dirname(path));
      return path;
    },
    showInFolder: (path) => deps.shell.showItemInFolder(path),
    openPath: (path) => deps.shell.openPath(path),
    chosenFolders: () => [...chosen],
    setLanguage: (language) => deps.setLanguage(language),
  };
}
