/**
 * Tìm kiếm: meetings, items and file names, matched without diacritics ("to trinh" finds "Tờ trình",
 * "dat dai" finds "đất đai"), through one FTS5 table per kind that the triggers of migration 0010 keep in step.
 */
import type { ParsedArgs } from '../../../shared/contract';
import type { SearchHit, SearchResult } from '../../../shared/contract/search';
import { ftsMatchExpression, searchTokens } from '../../../shared/dossiers/searchText';
import * as queries from '../../db/repositories/dossierQueries';
import type { AppContext } from '../context';
import { requireDb } from './requireDb';

export function search(ctx: AppContext, args: ParsedArgs<'search.query'>): SearchResult {
  const db = requireDb(ctx);
  const tokens = searchTokens(args.text);
  const match = ftsMatchExpression(args.text);
  const hasMore = { meeting: false, item: false, attachment: false };
  if (!match) return { tokens, hits: [], hasMore };

  const ids = (kind: queries.SearchKind) => {
    const found = queries.searchIds(db, kind, match, args.limit + 1);
    hasMore[kind] = found.length > args.limit;
    return found.slice(0, args.limit);
  };
  const hits: SearchHit[] = [];

  const meetingIds = ids('meeting');
  const meetings = queries.meetingHits(db, meetingIds);
  for (const id of meetingIds) {
    const m = meetings.get(id);
    if (m) hits.push({ kind: 'meeting', id, title: m.title, meeting: m, item: null, entry: null });
  }
  const itemIds = ids('item');
  const items = queries.itemHits(db, itemIds);
  for (const id of itemIds) {
    const i = items.get(id);
    if (i)
      hits.push({
        kind: 'item',
        id,
        title: i.title,
        meeting: i.meeting,
        item: { id, title: i.title },
        entry: null,
      });
  }
  const attachmentIds = ids('attachment');
  const files = queries.attachmentHits(db, attachmentIds);
  for (const id of attachmentIds) {
    const a = files.get(id);
    if (a)
      hits.push({ kind: 'attachment', id, title: a.name, meeting: a.meeting, item: a.item, entry: a.entry });
  }
  return { tokens, hits, hasMore };
}
