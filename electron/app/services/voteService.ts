import type { ParsedArgs } from '../../../shared/contract';
import type { MemberView, TallyView, VoteView } from '../../../shared/contract/tasks';
import { appError } from '../../../shared/errors/appError';
import { tallyVotes, type Vote } from '../../../shared/votes/tally';
import { formatIsoDateVi } from '../../../shared/workProgram/yearMonth';
import * as votes from '../../db/repositories/voteRepository';
import { todayOf } from '../clock';
import type { AppContext } from '../context';
import { requireDb } from './requireDb';

/**
 * Biểu quyết của thành viên UBND tỉnh (§3c) on the agency's drafts (agenda items): every vote is kept
 * (a member who answers again supersedes, not erases, the earlier answer), the agency answers each
 * comment (tiếp thu / giải trình), and the tally is shared/votes `tallyVotes` over the member list.
 */

export function listMembers(ctx: AppContext): MemberView[] {
  return votes.listMembers(requireDb(ctx));
}

/**
 * Saves the list in the given order. A member left out is deleted, or, having voted, kept inactive so
 * the votes still name them; a member given again by id is reactivated.
 */
export function saveMembers(ctx: AppContext, args: ParsedArgs<'members.save'>): MemberView[] {
  const db = requireDb(ctx);
  db.transaction(() => {
    const existing = new Map(votes.listMembers(db).map((m) => [m.id, m]));
    const kept = new Set<number>();
    args.members.forEach((m, i) => {
      if (m.id === null) {
        votes.insertMember(db, m.name, i + 1);
        return;
      }
      if (!existing.has(m.id)) {
        throw appError(
          'member.notFound',
          `Không tìm thấy thành viên số ${m.id}.`,
          `Member ${m.id} was not found.`,
          {
            id: m.id,
          },
        );
      }
      kept.add(m.id);
      votes.updateMember(db, m.id, m.name, i + 1, true);
    });
    let position = args.members.length;
    for (const m of existing.values()) {
      if (kept.has(m.id)) continue;
      if (votes.memberHasVotes(db, m.id)) {
        position += 1;
        votes.updateMember(db, m.id, m.name, position, false);
      } else {
        votes.deleteMember(db, m.id);
      }
    }
  })();
  return votes.listMembers(db);
}

export function drafts(ctx: AppContext) {
  return votes.listDrafts(requireDb(ctx), 300);
}

export function listVotes(ctx: AppContext, agendaItemId: number): VoteView[] {
  const db = requireDb(ctx);
  requireDraft(db, agendaItemId);
  const names = new Map(votes.listMembers(db).map((m) => [m.id, m.name]));
  const records = votes.listVotes(db, agendaItemId);
  // The latest vote per member counts (by cast date, then by the order they were recorded).
  const latest = new Map<number, number>();
  for (const v of records) latest.set(v.memberId, v.id);
  return records.map((v) => ({
    ...v,
    memberName: names.get(v.memberId) ?? `#${v.memberId}`,
    superseded: latest.get(v.memberId) !== v.id,
  }));
}

export function recordVote(ctx: AppContext, args: ParsedArgs<'votes.record'>): VoteView {
  const db = requireDb(ctx);
  const today = todayOf(ctx.now);
  if (args.castOn > today) {
    throw appError(
      'vote.dateInFuture',
      `Ngày biểu quyết ${formatIsoDateVi(args.castOn)} ở sau hôm nay.`,
      `The vote date ${formatIsoDateVi(args.castOn)} is after today.`,
      { field: 'castOn' },
    );
  }
  if (args.stance === 'agree-with-comments' && args.comment === '') {
    throw appError(
      'vote.commentRequired',
      '"Đồng ý nhưng có ý kiến" cần ghi nội dung ý kiến bổ sung, sửa đổi.',
      '"Agree with comments" needs the comments.',
      { field: 'comment' },
    );
  }
  const id = db.transaction(() => {
    requireDraft(db, args.agendaItemId);
    const member = votes.listMembers(db).find((m) => m.id === args.memberId);
    if (!member?.active) {
      throw appError(
        'member.notFound',
        `Thành viên số ${args.memberId} không có trong danh sách.`,
        `Member ${args.memberId} is not on the list.`,
        { field: 'memberId' },
      );
    }
    return votes.insertVote(db, args, ctx.now().toISOString());
  })();
  return viewOf(ctx, id);
}

export function respond(ctx: AppContext, args: ParsedArgs<'votes.respond'>): VoteView {
  const db = requireDb(ctx);
  db.transaction(() => {
    const vote = votes.getVote(db, args.voteId) ?? throwVoteNotFound(args.voteId);
    if (vote.comment.trim() === '') {
      throw appError(
        'vote.noComment',
        'Ý kiến này không có nội dung góp ý để tiếp thu, giải trình.',
        'This vote has no comment to answer.',
        { voteId: args.voteId },
      );
    }
    if (args.respondedOn < vote.castOn || args.respondedOn > todayOf(ctx.now)) {
      throw appError(
        'vote.badResponseDate',
        `Ngày tiếp thu, giải trình ${formatIsoDateVi(args.respondedOn)} phải từ ngày biểu quyết ${formatIsoDateVi(vote.castOn)} đến hôm nay.`,
        `The response date ${formatIsoDateVi(args.respondedOn)} must be between the vote date ${formatIsoDateVi(vote.castOn)} and today.`,
        { field: 'respondedOn' },
      );
    }
    votes.setResponse(db, args.voteId, args.kind, args.text, args.respondedOn);
  })();
  return viewOf(ctx, args.voteId);
}

export function tally(ctx: AppContext, agendaItemId: number): TallyView {
  const db = requireDb(ctx);
  requireDraft(db, agendaItemId);
  const records = votes.listVotes(db, agendaItemId);
  const voted = new Set(records.map((v) => v.memberId));
  // The members counted: the current list, plus former members whose votes on this draft stand.
  const members = votes
    .listMembers(db)
    .filter((m) => m.active || voted.has(m.id))
    .map((m) => ({ id: String(m.id), name: m.name }));
  const domainVotes: Vote[] = records.map((v) => ({
    draftId: String(v.agendaItemId),
    memberId: String(v.memberId),
    stance: v.stance,
    castOn: v.castOn,
    ...(v.comment !== '' && { comment: v.comment }),
    ...(v.response !== null && { response: { kind: v.response.kind, text: v.response.text } }),
  }));
  const [t] = tallyVotes(domainVotes, members, [String(agendaItemId)]);
  if (!t) throw new Error('tallyVotes returned no tally for the draft asked for');
  return {
    agendaItemId,
    counts: t.counts,
    answered: t.answered,
    members: members.length,
    notAnswered: t.notAnswered.map((m) => m.name),
    commentsAwaitingResponse: t.commentsAwaitingResponse,
    moreThanHalfInFavour: t.moreThanHalfInFavour,
  };
}

function viewOf(ctx: AppContext, voteId: number): VoteView {
  const db = requireDb(ctx);
  const vote = votes.getVote(db, voteId) ?? throwVoteNotFound(voteId);
  const view = listVotes(ctx, vote.agendaItemId).find((v) => v.id === voteId);
  return view ?? throwVoteNotFound(voteId);
}

function requireDraft(db: ReturnType<typeof requireDb>, agendaItemId: number): void {
  if (votes.agendaItemTitle(db, agendaItemId) === null) {
    throw appError(
      'agenda-item-not-found',
      `Không tìm thấy dự thảo (nội dung trình) số ${agendaItemId}.`,
      `Draft (agenda item) ${agendaItemId} was not found.`,
      { agendaItemId },
    );
  }
}

function throwVoteNotFound(id: number): never {
  throw appError('vote.notFound', `Không tìm thấy ý kiến biểu quyết số ${id}.`, `Vote ${id} was not found.`, {
    id,
  });
}
