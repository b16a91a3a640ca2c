/**
 * Bản tổng hợp tiếp thu, giải trình (§3c): each PPC member's stance and comment on a draft, the agency's
 * tiếp thu / giải trình of it, and the tally, from the same votes and tally the Votes screen shows.
 * Superseded votes (a member who voted again) are left out: the latest one counts.
 */
import type { ExportedFile } from '../../../../shared/contract/workProgram';
import { COMMENT_RESPONSE_LABELS, VOTE_STANCE_LABELS } from '../../../../shared/votes/tally';
import { voteSummaryDocx } from '../../../reports/agencyDocumentsDocx';
import { todayOf } from '../../clock';
import type { AppContext } from '../../context';
import { requireItem } from '../agendaItemService';
import { asciiSlug, writeExport } from '../exportFiles';
import { requireDb } from '../requireDb';
import { listVotes, tally } from '../voteService';
import { documentFrame } from './frame';

export async function voteSummaryFile(ctx: AppContext, agendaItemId: number): Promise<ExportedFile> {
  const db = requireDb(ctx);
  const item = requireItem(ctx, agendaItemId);
  const votes = listVotes(ctx, agendaItemId).filter((v) => !v.superseded);
  const t = tally(ctx, agendaItemId);
  const frame = documentFrame(db, { number: '', symbol: 'report', date: todayOf(ctx.now) });
  const tallyLines = [
    `Tổng số thành viên UBND tỉnh: ${t.members}; số thành viên đã cho ý kiến: ${t.answered}.`,
    `- ${VOTE_STANCE_LABELS.agree.vi}: ${t.counts.agree};`,
    `- ${VOTE_STANCE_LABELS['agree-with-comments'].vi}: ${t.counts['agree-with-comments']};`,
    `- ${VOTE_STANCE_LABELS.disagree.vi}: ${t.counts.disagree};`,
    `- Chưa cho ý kiến: ${t.notAnswered.length}${t.notAnswered.length > 0 ? ` (${t.notAnswered.join(', ')})` : ''}.`,
    t.moreThanHalfInFavour
      ? 'Số thành viên đồng ý (kể cả đồng ý có ý kiến bổ sung) chiếm quá nửa tổng số thành viên.'
      : 'Số thành viên đồng ý (kể cả đồng ý có ý kiến bổ sung) chưa quá nửa tổng số thành viên.',
  ];
  const rows = votes.map((v, i) => [
    String(i + 1),
    v.memberName,
    VOTE_STANCE_LABELS[v.stance].vi,
    v.comment === '' ? '—' : v.comment,
    v.response === null
      ? v.comment === ''
        ? '—'
        : '[Chưa tiếp thu, giải trình]'
      : `${COMMENT_RESPONSE_LABELS[v.response.kind].vi}: ${v.response.text}`,
  ]);
  const file = await voteSummaryDocx({
    ...frame,
    about: `Ý kiến của thành viên UBND tỉnh đối với ${draftName(item.title)}; tiếp thu, giải trình của ${frame.agency.name}`,
    tally: tallyLines,
    rows,
    closing: `Trên đây là tổng hợp ý kiến của thành viên UBND tỉnh và việc tiếp thu, giải trình của ${frame.agency.name}, kính trình Ủy ban nhân dân tỉnh xem xét./.`,
  });
  return writeExport(
    ctx.dataDir,
    `tong-hop-bieu-quyet-${asciiSlug(frame.agency.code)}-muc-${item.id}-${asciiSlug(item.title, 40)}.docx`,
    file,
  );
}

/** "dự thảo Quyết định …", without saying "dự thảo" twice when the title starts with it. */
function draftName(title: string): string {
  const lower = title.charAt(0).toLocaleLowerCase('vi') + title.slice(1);
  return /^dự thảo\b/iu.test(lower) ? lower : `dự thảo ${lower}`;
}
