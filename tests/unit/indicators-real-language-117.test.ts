// @vitest-environment node
// Round 117 of issue 12: Backpage-era ads of a research data set, Craigslist personals, ads found
// by their words, read after their blind run. Every sentence is written for this test, not
// copied from any ad; each positive failed before this round (bf4f7f5).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 117', () => {
  it('"young boys" sought in a sexual personal are youth', () => {
    expect(cats(scan('Bi curious man, 50, looking for young boys to teach. Can host.'))).toContain(
      'youth',
    );
  });

  it('a man "seeking to groom" a woman to be an escort recruits', () => {
    expect(cats(scan('Seeking to groom a single lady to be the best escort, high end.'))).toContain(
      'recruitment',
    );
  });

  it('"it isn\'t a 24/7 thing" and "a fresh take" are no cues', () => {
    for (const t of [
      "Escort, incall. My time isn't a 24/7 thing, book ahead.",
      'Escort with a fresh take on the girlfriend experience, incall.',
    ])
      expect(cats(scan(t))).toEqual([]);
  });
});
