/**
 * The export benchmarks' common setup: an agency, a Chairman session on Thu 17/12/2026, one item, and the
 * given files attached to its first document entry that need not be signed (so that files of any type are
 * accepted, as attach checks them), all through dispatch as the app does it.
 */
import { join } from 'node:path';
import type { AppContext } from '../../../electron/app/context';
import { dispatch } from '../../../electron/app/dispatch';
import type { Args, Channel, Value } from '../../../shared/contract';

export async function itemWithFiles(
  ctx: AppContext,
  folder: string,
  files: readonly string[],
): Promise<{ kind: 'item'; itemId: number }> {
  const call = async <C extends Channel>(channel: C, args: Args<C>): Promise<Value<C>> => {
    const r = await dispatch(ctx, channel, args);
    if (!r.ok) throw new Error(`${channel}: ${r.error.en}`);
    return r.value as Value<C>;
  };
  await call('agency.setup', { name: 'Sở Nội vụ', code: 'SNV', provincePreset: 'default-53-2022' });
  const meeting = await call('meetings.create', {
    kind: 'chairman',
    date: '2026-12-17',
    time: '08:00',
    title: 'Làm việc với Chủ tịch UBND tỉnh',
    chair: 'Chủ tịch UBND tỉnh',
    place: 'Phòng họp số 1',
  });
  const item = await call('agendaItems.create', {
    meetingId: meeting.id,
    title: 'Đề án sắp xếp tổ chức bộ máy',
    contentKind: 'other',
  });
  const checklist = await call('checklist.get', { itemId: item.id });
  const entry = checklist.entries.find((e) => e.entryKind === 'document' && !e.mustBeSigned);
  if (!entry) throw new Error('no document entry that need not be signed');
  for (const f of files) {
    await call('attachments.add', { entryId: entry.id, source: { kind: 'path', path: join(folder, f) } });
  }
  return { kind: 'item', itemId: item.id };
}
