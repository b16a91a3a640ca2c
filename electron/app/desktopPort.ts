import type { Language } from '../../shared/format/dates';

/** Why a file dialog is shown: the shell picks its title and filters, the renderer never passes them. */
export type FilePurpose = 'restore-backup';

/**
 * What only a desktop shell can do (native dialogs, the file manager, the system viewer, menus). The
 * Electron shell provides it; in browser mode and in tests it is absent or a fake, and the handlers that
 * need it answer with a typed "desktop only" error. No Electron types here: the app layer stays plain Node.
 */
export interface DesktopPort {
  /** Asks the user for a file to open; null when the dialog was cancelled. */
  chooseFile(purpose: FilePurpose): Promise<string | null>;
  /** Reveals a file (selected) in Explorer / Finder / the file manager. */
  showInFolder(path: string): void;
  /** Opens a file or folder with the system's default application; '' on success, else the OS's message. */
  openPath(path: string): Promise<string>;
  /** Folders outside the data folder that the user chose in a dialog this session (e.g. an export folder). */
  chosenFolders(): readonly string[];
  /** The interface language changed: native menus and dialogs follow it. */
  setLanguage(language: Language): void;
}
