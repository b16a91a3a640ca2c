import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { aFile, anItem, aWorkspace, unsignedPdf } from './builders';

const tempDir = tempDirsPerTest();

describe('searching meetings, items and file names', () => {
  it('finds Vietnamese text typed without diacritics, in any case, including đ typed as d', async () => {
    const dir = tempDir();
    const { ctx, meeting } = await aWorkspace(dir, '2026-11-25', {
      title: 'Phiên họp về Đề án đường giao thông',
    });
    const item = await invoke(
      ctx,
      'agendaItems.create',
      anItem(meeting.id, { title: 'Tờ trình về giá đất năm 2027' }),
    );
    const entry = (await invoke(ctx, 'checklist.get', { itemId: item.id })).entries[0]!;
    const file = await invoke(ctx, 'attachments.add', {
      entryId: entry.id,
      source: { kind: 'path', path: aFile(dir, 'Ý kiến thẩm định.pdf', await unsignedPdf()) },
    });
    const kindsFor = async (text: string) =>
      (await invoke(ctx, 'search.query', { text })).hits.map((h) => `${h.kind}:${h.id}`);
    expect(await kindsFor('to trinh')).toEqual([`item:${item.id}`]);
    expect(await kindsFor('TO TRÌNH')).toEqual([`item:${item.id}`]);
    expect(await kindsFor('gia dat')).toEqual([`item:${item.id}`]);
    expect(await kindsFor('de an duong')).toEqual([`meeting:${meeting.id}`]);
    expect(await kindsFor('y kien tham')).toEqual([`attachment:${file.attachment.id}`]);
    expect(await kindsFor('Đề'.normalize('NFD'))).toEqual([`meeting:${meeting.id}`]);
    // Every word must match; the last may be unfinished.
    expect(await kindsFor('to trinh duong')).toEqual([]);
    expect(await kindsFor('thẩm đ')).toEqual([`attachment:${file.attachment.id}`]);
    closeAppContext(ctx);
  });

  it('treats FTS syntax in the query as plain words and answers an empty query with nothing', async () => {
    const { ctx, meeting } = await aWorkspace(tempDir());
    await invoke(ctx, 'agendaItems.create', anItem(meeting.id, { title: 'Kế hoạch NEAR "AND" OR' }));
    expect((await invoke(ctx, 'search.query', { text: '"ke hoach" OR * NEAR(' })).hits).toHaveLength(1);
    expect(await invoke(ctx, 'search.query', { text: '  -- ' })).toEqual({
      tokens: [],
      hits: [],
      hasMore: { meeting: false, item: false, attachment: false },
    });
    closeAppContext(ctx);
  });

  it('follows renames and deletions in the same transaction', async () => {
    const { ctx, meeting } = await aWorkspace(tempDir());
    const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id, { title: 'Báo cáo thủy lợi' }));
    await invoke(ctx, 'agendaItems.update', {
      id: item.id,
      title: 'Báo cáo khoáng sản',
      contentKind: 'report-plan-scheme',
    });
    expect((await invoke(ctx, 'search.query', { text: 'thuy loi' })).hits).toEqual([]);
    expect((await invoke(ctx, 'search.query', { text: 'khoang san' })).hits).toHaveLength(1);
    await invoke(ctx, 'agendaItems.delete', { id: item.id });
    expect((await invoke(ctx, 'search.query', { text: 'khoang san' })).hits).toEqual([]);
    closeAppContext(ctx);
  });

  it('returns most recent first within each kind and says when there are more than the limit', async () => {
    const { ctx, meeting } = await aWorkspace(tempDir());
    const ids: number[] = [];
    for (let i = 1; i <= 4; i++)
      ids.push(
        (await invoke(ctx, 'agendaItems.create', anItem(meeting.id, { title: `Kế hoạch số ${i}` }))).id,
      );
    const result = await invoke(ctx, 'search.query', { text: 'ke hoach', limit: 3 });
    expect(result.hits.map((h) => h.id)).toEqual([ids[3], ids[2], ids[1]]);
    expect(result.hasMore).toEqual({ meeting: false, item: true, attachment: false });
    closeAppContext(ctx);
  });
});
