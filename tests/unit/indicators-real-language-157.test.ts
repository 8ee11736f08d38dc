/**
 * Round 157 of issue 12: each case failed before this round (c74b3cf).
 */
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 157', () => {
  it('asking for the other\'s "recent picture" is no trust claim', () => {
    const r = scan(
      'I offer women a full body massage with a happy ending. Please include a recent picture and I will send mine.',
      'Massage for women',
    );
    expect(cats(r)).toEqual(['massage-sex']);
    expect(flagged(r)).toBe(false);
  });

  it('a personal ad\'s "submissive bottom girl" is a role, not a pimp\'s bottom girl', () => {
    const r = scan(
      'Looking for a long term relationship with one guy. Sexually I am a submissive bottom girl.',
      'Transitioning girl',
    );
    expect(cats(r)).not.toContain('third-party');
  });
});
