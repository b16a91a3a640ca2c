import { create } from 'zustand';
import type { DeadlineView } from '../../shared/contract/calendar';
import type { AppErrorData } from '../../shared/errors/appError';
import { ApiError, call } from '../api/api';

/** A meeting's deadlines as the main process computed them, or why they could not be. */
export type MeetingDeadlines =
  | { state: 'ready'; deadlines: DeadlineView[] }
  | { state: 'error'; error: AppErrorData };

interface DeadlinesState {
  byMeeting: Record<number, MeetingDeadlines>;
  /** Fetches the deadlines of these meetings that are not cached yet (all of them with `force`). */
  loadForMeetings(ids: readonly number[], force?: boolean): Promise<void>;
  /** Forget every computed deadline: the calendar, the rules or a meeting changed. */
  invalidate(): void;
}

/**
 * Deadlines per meeting, shared by the meetings list, the dashboard and the dossier screens. The main
 * process is the only one that computes them (same calendar, overrides and rules as the CLI); screens
 * that change what they depend on call invalidate().
 */
export const useDeadlinesStore = create<DeadlinesState>((set, get) => ({
  byMeeting: {},
  async loadForMeetings(ids, force = false) {
    const wanted = force ? [...ids] : ids.filter((id) => !(id in get().byMeeting));
    if (wanted.length === 0) return;
    const results = await Promise.all(
      wanted.map(async (meetingId): Promise<[number, MeetingDeadlines]> => {
        try {
          return [
            meetingId,
            { state: 'ready', deadlines: await call('deadlines.forMeeting', { meetingId }) },
          ];
        } catch (e) {
          if (e instanceof ApiError) return [meetingId, { state: 'error', error: e.data }];
          throw e;
        }
      }),
    );
    set({ byMeeting: { ...get().byMeeting, ...Object.fromEntries(results) } });
  },
  invalidate() {
    set({ byMeeting: {} });
  },
}));
