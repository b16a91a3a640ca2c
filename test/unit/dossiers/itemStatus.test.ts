import { describe, expect, it } from 'vitest';
import {
  AGENDA_ITEM_STATUSES,
  allowedTransitions,
  canTransition,
  isOpenStatus,
} from '../../../shared/dossiers/itemStatus';

describe('the status of an agenda item', () => {
  it('moves forward along the main line, skipping steps a matter does not need', () => {
    expect(canTransition('drafting', 'under-appraisal')).toBe(true);
    expect(canTransition('drafting', 'awaiting-coordination')).toBe(true);
    expect(canTransition('awaiting-signature', 'submitted')).toBe(true);
  });

  it('goes back one step only', () => {
    expect(canTransition('awaiting-coordination', 'under-appraisal')).toBe(true);
    expect(canTransition('awaiting-coordination', 'drafting')).toBe(false);
    expect(canTransition('submitted', 'signed')).toBe(true);
  });

  it('can be withdrawn or struck from any state of the main line, and then only reopened as a draft', () => {
    for (const s of AGENDA_ITEM_STATUSES.slice(0, 6)) {
      expect(canTransition(s, 'withdrawn')).toBe(true);
      expect(canTransition(s, 'struck')).toBe(true);
    }
    expect(allowedTransitions('withdrawn')).toEqual(['drafting']);
    expect(allowedTransitions('struck')).toEqual(['drafting']);
  });

  it('is open (deadlines live) from drafting to signed, and closed once submitted, withdrawn or struck', () => {
    expect(AGENDA_ITEM_STATUSES.filter(isOpenStatus)).toEqual([
      'drafting',
      'under-appraisal',
      'awaiting-coordination',
      'awaiting-signature',
      'signed',
    ]);
  });

  it('never offers a move to the same state', () => {
    for (const s of AGENDA_ITEM_STATUSES) expect(allowedTransitions(s)).not.toContain(s);
  });
});
