// @vitest-environment node
// Round 132 of issue 12: Irish and Gulf job ads, Memex test data, Craigslist personals and an
// agency site's cards, read after their blind run. Every sentence is written for this test, not
// copied from any ad; each positive failed before this round (59bf8d5).
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 132', () => {
  it('a woman "seeking male age 30 to 40" with "young parents" is a personal with no youth', () => {
    const r = scan(
      'I am a 29 year old brunette, curvy, Caucasian. Seeking male age 30 to 40, long term. I have young parents and two kids.',
    );
    expect(r.context).toBe('dating');
    expect(cats(r)).not.toContain('youth');
    expect(flagged(r)).toBe(false);
  });
});
