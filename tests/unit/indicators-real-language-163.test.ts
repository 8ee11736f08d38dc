/**
 * Round 163 of issue 12: each case failed before this round (4aed167).
 */
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 163', () => {
  it("fines in a job's conditions are a labour cue", () => {
    const r = scan(
      'All dancers work six shifts per week. A dancer who leaves before the end of her shift will be subject to an early departure fine.',
      'Conditions of service',
    );
    expect(cats(r)).toContain('labour');
  });

  it('an au pair "lives together with you in a provided room": employer housing', () => {
    const r = scan(
      'The Au Pair works max 30 hours per week and lives together with you in a provided room. Weekly payment of 100 euro.',
      'Host family job',
    );
    expect(cats(r)).toEqual(['labour']);
    expect(flagged(r)).toBe(false);
  });
});
