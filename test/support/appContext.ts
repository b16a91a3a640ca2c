import type { AppContext } from '../../electron/app/context';
import { createAppContext } from '../../electron/app/createAppContext';
import { dispatch } from '../../electron/app/dispatch';
import type { Args, Channel, Value } from '../../shared/contract';

/** A real context on a real SQLite file, with the clock pinned to 09:00 in Vietnam on `today`. */
export function aContext(dataDir: string, today = '2026-11-25'): AppContext {
  return createAppContext({
    dataDir,
    transport: 'browser',
    // The services are tested with local files; the bridge's refusal of paths has its own test.
    readsLocalPaths: true,
    now: () => new Date(`${today}T09:00:00+07:00`),
  });
}

/** Calls the handler map through dispatch, as the transports do, and unwraps the value. */
export async function invoke<C extends Channel>(
  ctx: AppContext,
  channel: C,
  args: Args<C>,
): Promise<Value<C>> {
  const result = await dispatch(ctx, channel, args);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.en}`);
  return result.value as Value<C>;
}

export const anAgency: Args<'agency.setup'> = {
  name: 'Sở Tư pháp',
  code: 'STP',
  provincePreset: 'default-53-2022',
};

export function aMeeting(overrides: Partial<Args<'meetings.create'>> = {}): Args<'meetings.create'> {
  return {
    kind: 'chairman',
    date: '2026-12-17',
    time: '08:00',
    title: 'Làm việc với Chủ tịch về dự thảo Quyết định',
    chair: 'Chủ tịch UBND tỉnh',
    place: 'Phòng họp số 1',
    ...overrides,
  };
}
