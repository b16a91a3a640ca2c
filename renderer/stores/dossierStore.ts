import { create } from 'zustand';
import { useAppStore } from './appStore';

interface DossierNavState {
  /** The meeting whose dossier is open on the Dossiers screen (null: the first upcoming one). */
  meetingId: number | null;
  /** The agenda item open on the Dossiers screen (null: the meeting's list of items). */
  itemId: number | null;
  /** Bumped to ask the dashboard to focus its search box (/ or Ctrl+K from anywhere). */
  searchFocus: number;
  /** The keyboard help panel ("?"). */
  helpOpen: boolean;
  /** The items of the open meeting in program order, so J/K work at once when moving item to item. */
  siblings: number[];
  setSiblings(ids: number[]): void;
  openMeeting(meetingId: number): void;
  openItem(itemId: number, meetingId?: number): void;
  backToMeeting(): void;
  focusSearch(): void;
  setHelpOpen(open: boolean): void;
}

/**
 * Where the secretary is in the dossier workspace. Kept apart from appStore (which only knows screens) so
 * the dashboard, the search results and the meetings list can each open a meeting's or an item's dossier.
 */
export const useDossierNav = create<DossierNavState>((set) => ({
  meetingId: null,
  itemId: null,
  searchFocus: 0,
  helpOpen: false,
  siblings: [],
  setSiblings(siblings) {
    set({ siblings });
  },
  openMeeting(meetingId) {
    set({ meetingId, itemId: null });
    useAppStore.getState().setScreen('dossiers');
  },
  openItem(itemId, meetingId) {
    set((s) => ({ itemId, meetingId: meetingId ?? s.meetingId }));
    useAppStore.getState().setScreen('dossiers');
  },
  backToMeeting() {
    set({ itemId: null });
  },
  focusSearch() {
    set((s) => ({ searchFocus: s.searchFocus + 1 }));
    useAppStore.getState().setScreen('dashboard');
  },
  setHelpOpen(helpOpen) {
    set({ helpOpen });
  },
}));
