import { describe, expect, it } from 'vitest';
import type { Vote } from '../../../shared/votes/tally';
import { tallyVotes } from '../../../shared/votes/tally';

const members = [
  { id: 'm1', name: 'Chủ tịch Nguyễn Văn A' },
  { id: 'm2', name: 'Phó Chủ tịch Trần Thị B' },
  { id: 'm3', name: 'Giám đốc Sở Tài chính Lê Văn C' },
  { id: 'm4', name: 'Giám đốc Sở Tư pháp Phạm Thị D' },
  { id: 'm5', name: 'Giám đốc Sở Nội vụ Hoàng Văn E' },
];

function aVote(overrides: Partial<Vote>): Vote {
  return { draftId: 'd1', memberId: 'm1', stance: 'agree', castOn: '2026-03-10', ...overrides };
}

describe('tallyVotes', () => {
  it('counts each stance, lists members who have not answered and the comments with their responses', () => {
    const votes = [
      aVote({ memberId: 'm1' }),
      aVote({
        memberId: 'm2',
        stance: 'agree-with-comments',
        comment: 'Bổ sung căn cứ pháp lý',
        response: { kind: 'accepted', text: 'Đã bổ sung tại Điều 1' },
      }),
      aVote({ memberId: 'm3', stance: 'disagree', comment: 'Chưa đủ nguồn lực' }),
    ];
    const [t] = tallyVotes(votes, members);
    expect(t?.counts).toEqual({ agree: 1, 'agree-with-comments': 1, disagree: 1 });
    expect(t?.answered).toBe(3);
    expect(t?.notAnswered.map((m) => m.id)).toEqual(['m4', 'm5']);
    expect(t?.comments.map((c) => [c.memberId, c.response?.kind ?? null])).toEqual([
      ['m2', 'accepted'],
      ['m3', null],
    ]);
    expect(t?.commentsAwaitingResponse).toBe(1);
  });

  it('needs more than half of all members in favour, not of those who answered', () => {
    const two = tallyVotes(
      [aVote({ memberId: 'm1' }), aVote({ memberId: 'm2', stance: 'agree-with-comments' })],
      members,
    );
    expect(two[0]?.moreThanHalfInFavour).toBe(false);
    const three = tallyVotes(
      [
        aVote({ memberId: 'm1' }),
        aVote({ memberId: 'm2' }),
        aVote({ memberId: 'm3', stance: 'agree-with-comments' }),
      ],
      members,
    );
    expect(three[0]?.moreThanHalfInFavour).toBe(true);
  });

  it('counts only the latest vote of a member who changed their answer', () => {
    const first = aVote({ memberId: 'm4', stance: 'disagree', castOn: '2026-03-10' });
    const second = aVote({ memberId: 'm4', stance: 'agree', castOn: '2026-03-12' });
    const [t] = tallyVotes([second, first], members);
    expect(t?.counts).toEqual({ agree: 1, 'agree-with-comments': 0, disagree: 0 });
    expect(t?.supersededVotes).toEqual([first]);
  });

  it('keeps votes from ids not on the member list apart instead of counting them', () => {
    const stranger = aVote({ memberId: 'x9' });
    const [t] = tallyVotes([stranger], members);
    expect(t?.answered).toBe(0);
    expect(t?.votesFromUnknownMembers).toEqual([stranger]);
  });

  it('tallies drafts separately and lists a draft without votes when asked for it', () => {
    const tallies = tallyVotes([aVote({ draftId: 'd2', memberId: 'm5' })], members, ['d1']);
    expect(tallies.map((t) => [t.draftId, t.answered, t.notAnswered.length])).toEqual([
      ['d1', 0, 5],
      ['d2', 1, 4],
    ]);
  });
});
