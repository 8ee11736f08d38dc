/**
 * Round 148 of issue 12: each case failed before this round (f3519f9).
 */
import { describe, expect, it } from 'vitest';
import { flagged, scan } from '../support/engine-scan';

describe('the ad words of round 148', () => {
  it('a personal ad that "wishes to meet the right person" is no escort ad', () => {
    const t =
      'Gracious young 58 year old, elegant and unconventional, wishes to meet the right person. Loves independent movies. Please be over 52. Brunette, not thin.';
    const r = scan(t, 'Hiker and traveler');
    expect(r.context).toBe('dating');
    expect(flagged(r)).toBe(false);
  });

  it('an SBF seeking an SBM writes a personal ad', () => {
    const t =
      'Curvy, sexy, sweet SBF seeks a kind SBM, Islander or Caribbean man over 45 for movies and the beach.';
    const r = scan(t, 'Curvy Sexy SBF seeks SBM');
    expect(r.context).toBe('dating');
    expect(flagged(r)).toBe(false);
  });
});
