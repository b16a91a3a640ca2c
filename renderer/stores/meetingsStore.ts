import { create } from 'zustand';
import type { Args } from '../../shared/contract';
import type { Meeting } from '../../shared/contract/meetings';
import { call } from '../api/api';

interface MeetingsState {
  meetings: Meeting[];
  includeCancelled: boolean;
  loaded: boolean;
  load(): Promise<void>;
  setIncludeCancelled(value: boolean): Promise<void>;
  create(args: Args<'meetings.create'>): Promise<Meeting>;
  update(args: Args<'meetings.update'>): Promise<Meeting>;
  cancel(id: number): Promise<void>;
}

/** The meeting list as the main process orders it; every change reloads it so the order stays the server's. */
export const useMeetingsStore = create<MeetingsState>((set, get) => ({
  meetings: [],
  includeCancelled: false,
  loaded: false,
  async load() {
    const meetings = await call('meetings.list', { includeCancelled: get().includeCancelled });
    set({ meetings, loaded: true });
  },
  async setIncludeCancelled(value) {
    set({ includeCancelled: value });
    await get().load();
  },
  async create(args) {
    const meeting = await call('meetings.create', args);
    await get().load();
    return meeting;
  },
  async update(args) {
    const meeting = await call('meetings.update', args);
    await get().load();
    return meeting;
  },
  async cancel(id) {
    await call('meetings.cancel', { id });
    await get().load();
  },
}));
