/**
 * Round 146 of issue 12: each case failed before this round (2c71586).
 */
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 146', () => {
  it('an agency voice may list its adjectives with a comma', () => {
    const t = 'Our verified, premium escorts in Lahore are available now for in-call and out-call.';
    expect(cats(scan(t))).toContain('third-party');
  });

  it('a free visa and ticket alone is recruitment, not a reason to look closer', () => {
    const r = scan(
      'Driving and security jobs in Riyadh. The company provides a free visa and ticket for international workers. Apply now.',
      'Jobs in Saudi Arabia',
    );
    expect(cats(r)).toContain('recruitment');
    expect(flagged(r)).toBe(false);
  });

  it('"25 and younger" in a personal ad is an age cap, not youth', () => {
    const t = 'Me and my man want a sexy girlfriend, send pictures, looking for 25 and younger.';
    expect(cats(scan(t, 'needed loving sexy girlfriend'))).not.toContain('youth');
  });
});
