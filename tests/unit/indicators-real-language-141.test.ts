// @vitest-environment node
// Round 141 of issue 12: escort ads of a review-id extractor's ground truth, Indian and
// Pakistani agency pages, massage pages of Delhi, Bali and Dubai spas and clinics, Craigslist
// personals, read after their blind run. Every sentence is written for this test, not copied from
// any ad; each case failed before this round (4e9a4f5).
import { describe, expect, it } from 'vitest';
import { scan } from '../support/engine-scan';

describe('the ad words of round 141', () => {
  it('a personal ad that says "just friends", "missed connections" or "lost your number" is dating', () => {
    for (const t of [
      'Want a buddy to play video games with, nothing else, just friends. Im a college student.',
      'My missed connections: tall guy at the hotel bar, younger than me, say hi.',
      'We met at the gym and I lost your number, would love to catch up with you.',
    ])
      expect(scan(t).context).toBe('dating');
  });

  it('a nationality before healing, customs or hospitality is no ethnicity', () => {
    const t = 'Home massage in Ubud: authentic Balinese healing, and we respect Balinese customs.';
    expect(scan(t, 'Massage').indicators.map((f) => f.category)).not.toContain('ethnicity');
  });
});
