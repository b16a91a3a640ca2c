import { create } from 'zustand';
import type { AppStatus } from '../../shared/contract/app';
import type { Language } from '../../shared/format/dates';
import { call } from '../api/api';

export const SCREENS = [
  'dashboard',
  'meetings',
  'dossiers',
  'workProgram',
  'tasks',
  'settings',
  'packages',
  'agenda',
  'requests',
] as const;
export type Screen = (typeof SCREENS)[number];

interface AppState {
  status: AppStatus | null;
  language: Language;
  screen: Screen;
  loadStatus(): Promise<void>;
  setLanguage(language: Language): void;
  setScreen(screen: Screen): void;
}

const LANGUAGE_KEY = 'dossier-desk-language';
const savedLanguage: Language = localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
// Screen readers and the browser's spell checker read <html lang>: it follows the saved choice from the
// first paint, not only after the language is switched.
document.documentElement.lang = savedLanguage;

export const useAppStore = create<AppState>((set) => ({
  status: null,
  language: savedLanguage,
  screen: 'dashboard',
  async loadStatus() {
    set({ status: await call('app.status', {}) });
  },
  setLanguage(language) {
    localStorage.setItem(LANGUAGE_KEY, language);
    document.documentElement.lang = language;
    set({ language });
    // The desktop's native menus and dialogs follow; best effort (browser mode answers applied: false).
    call('app.setLanguage', { language }).catch((e: unknown) => console.warn('app.setLanguage', e));
  },
  setScreen(screen) {
    set({ screen });
  },
}));
