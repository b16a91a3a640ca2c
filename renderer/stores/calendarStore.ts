import { create } from 'zustand';
import type { Args } from '../../shared/contract';
import type { CalendarMonth, CalendarOverrideView, RuleSetView } from '../../shared/contract/calendar';
import { call } from '../api/api';
import { useDeadlinesStore } from './deadlinesStore';

interface CalendarState {
  year: number;
  month: number;
  view: CalendarMonth | null;
  overrides: CalendarOverrideView[];
  rules: RuleSetView | null;
  /** Shows a month (loads it); months past December or before January roll the year. */
  show(year: number, month: number): Promise<void>;
  loadOverrides(): Promise<void>;
  saveOverride(args: Args<'calendar.overrides.save'>): Promise<void>;
  removeOverride(date: string): Promise<void>;
  loadRules(): Promise<void>;
  saveRules(rules: RuleSetView): Promise<void>;
}

/**
 * Settings > Lịch làm việc: the month on screen, the agency's own days and the rule numbers. Every change
 * reloads the month from the main process and drops cached deadlines, so no screen shows a stale due date.
 */
export const useCalendarStore = create<CalendarState>((set, get) => ({
  year: 0,
  month: 0,
  view: null,
  overrides: [],
  rules: null,
  async show(year, month) {
    const index = year * 12 + (month - 1);
    const y = Math.floor(index / 12);
    const m = (index % 12) + 1;
    if (y < 1900 || y > 2100) return;
    set({ year: y, month: m });
    const view = await call('calendar.month', { year: y, month: m });
    // A slower answer for a month the user has already left must not overwrite the newer one.
    if (get().year === y && get().month === m) set({ view });
  },
  async loadOverrides() {
    set({ overrides: await call('calendar.overrides.list', {}) });
  },
  async saveOverride(args) {
    const overrides = await call('calendar.overrides.save', args);
    set({ overrides });
    useDeadlinesStore.getState().invalidate();
    await get().show(get().year, get().month);
  },
  async removeOverride(date) {
    const overrides = await call('calendar.overrides.remove', { date });
    set({ overrides });
    useDeadlinesStore.getState().invalidate();
    await get().show(get().year, get().month);
  },
  async loadRules() {
    set({ rules: await call('rules.get', {}) });
  },
  async saveRules(rules) {
    const saved = await call('rules.update', { rules });
    set({ rules: saved });
    useDeadlinesStore.getState().invalidate();
  },
}));
