import type { IsoDate } from '../workProgram/yearMonth';

/**
 * Biểu quyết của thành viên UBND tỉnh (directive §3c): each member answers a draft with one of three
 * stances. Order is the order shown on screen and in tallies.
 */
export const VOTE_STANCES = ['agree', 'agree-with-comments', 'disagree'] as const;
export type VoteStance = (typeof VOTE_STANCES)[number];

export const VOTE_STANCE_LABELS: Record<VoteStance, { vi: string; en: string }> = {
  agree: { vi: 'Đồng ý', en: 'Agree' },
  'agree-with-comments': { vi: 'Đồng ý nhưng có ý kiến bổ sung, sửa đổi', en: 'Agree with comments' },
  disagree: { vi: 'Không đồng ý', en: 'Disagree' },
};

/** How the drafting agency answers a comment: tiếp thu (takes it in) or giải trình (explains why not). */
export type CommentResponseKind = 'accepted' | 'explained';
export const COMMENT_RESPONSE_LABELS: Record<CommentResponseKind, { vi: string; en: string }> = {
  accepted: { vi: 'Tiếp thu', en: 'Accepted' },
  explained: { vi: 'Giải trình', en: 'Explained' },
};

export interface CommentResponse {
  kind: CommentResponseKind;
  text: string;
}

export interface Vote {
  /** The draft (dự thảo) voted on: the agenda item's id. */
  draftId: string;
  memberId: string;
  stance: VoteStance;
  castOn: IsoDate;
  comment?: string;
  response?: CommentResponse;
}

export interface Member {
  id: string;
  name: string;
}

export interface TalliedComment {
  memberId: string;
  memberName: string;
  stance: VoteStance;
  comment: string;
  /** Null until the drafting agency answers it: the screen lists these as work left. */
  response: CommentResponse | null;
}

export interface DraftTally {
  draftId: string;
  counts: Record<VoteStance, number>;
  answered: number;
  /** Members on the list who have not answered, in list order. */
  notAnswered: Member[];
  comments: TalliedComment[];
  commentsAwaitingResponse: number;
  /**
   * Whether more than half of ALL members (not of those who answered) are in favour (agree, with or
   * without comments): the threshold for a decision of the People's Committee. An indicator only; the
   * Office announces the result.
   */
  moreThanHalfInFavour: boolean;
  /** Votes from ids not on the member list: not counted, shown so a data error is not hidden. */
  votesFromUnknownMembers: Vote[];
  /** Earlier votes of a member who voted again; the latest (by castOn, then list order) counts. */
  supersededVotes: Vote[];
}

/**
 * Tally per draft. Drafts appear in the order given by `draftIds` (drafts with no vote yet are listed
 * with everyone not answered), then any other draft that has votes, in order of first vote.
 */
export function tallyVotes(
  votes: readonly Vote[],
  members: readonly Member[],
  draftIds: readonly string[] = [],
): DraftTally[] {
  const memberById = new Map(members.map((m) => [m.id, m]));
  const order = [...draftIds];
  for (const v of votes) if (!order.includes(v.draftId)) order.push(v.draftId);

  return order.map((draftId) => {
    const latest = new Map<string, Vote>();
    const superseded: Vote[] = [];
    const unknown: Vote[] = [];
    for (const v of votes) {
      if (v.draftId !== draftId) continue;
      if (!memberById.has(v.memberId)) {
        unknown.push(v);
        continue;
      }
      const previous = latest.get(v.memberId);
      if (previous === undefined) {
        latest.set(v.memberId, v);
      } else if (v.castOn >= previous.castOn) {
        superseded.push(previous);
        latest.set(v.memberId, v);
      } else {
        superseded.push(v);
      }
    }
    const counts: Record<VoteStance, number> = { agree: 0, 'agree-with-comments': 0, disagree: 0 };
    const comments: TalliedComment[] = [];
    // Walk the member list, not the map, so tallies read in the list's order.
    for (const member of members) {
      const v = latest.get(member.id);
      if (v === undefined) continue;
      counts[v.stance] += 1;
      const text = v.comment?.trim() ?? '';
      if (text !== '') {
        comments.push({
          memberId: member.id,
          memberName: member.name,
          stance: v.stance,
          comment: text,
          response: v.response ?? null,
        });
      }
    }
    const inFavour = counts.agree + counts['agree-with-comments'];
    return {
      draftId,
      counts,
      answered: latest.size,
      notAnswered: members.filter((m) => !latest.has(m.id)),
      comments,
      commentsAwaitingResponse: comments.filter((c) => c.response === null).length,
      moreThanHalfInFavour: members.length > 0 && inFavour * 2 > members.length,
      votesFromUnknownMembers: unknown,
      supersededVotes: superseded,
    };
  });
}
