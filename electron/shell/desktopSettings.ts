import { readFileSync } from 'node:fs';
import type { Language } from '../../shared/format/dates';
import { writeFileAtomic } from '../backup/durableFs';

export const DESKTOP_SETTINGS_FILE = 'desktop-settings.json';

/** What the shell itself remembers: the interface language, for menus and dialogs before the page loads. */
export interface DesktopSettings {
  language: Language;
}

export function readDesktopSettings(file: string): DesktopSettings {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const language: unknown =
      typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'language') : null;
    if (language === 'vi' || language === 'en') return { language };
  } catch {
    // Missing or damaged: Vietnamese, the app's first language.
  }
  return { language: 'vi' };
}

export function writeDesktopSettings(file: string, settings: DesktopSettings): void {
  writeFileAtomic(file, `${JSON.stringify(settings)}\n`);
}
