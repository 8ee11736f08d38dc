// @vitest-environment node
// Round 122 of issue 12: agency pages, independents' etiquette and tour pages, spa policies,
// webcam and hostess recruiting pages, read after their blind run. Every sentence is written for
// this test, not copied from any ad; each positive failed before this round (f5f5d7a).
import { describe, expect, it } from 'vitest';
import { scan } from '../support/engine-scan';

const cats = (text: string, title?: string) =>
  [...new Set(scan(text, title).indicators.map((i) => i.category))].sort();

describe('the ad words of round 122', () => {
  it('an agency that speaks of "the lady" or "the model" is a third party', () => {
    for (const t of [
      'Escort bookings: her travel costs are paid to us before the lady sets off.',
      'Escort bookings: the model arrives ten minutes early at your hotel.',
    ])
      expect(cats(t)).toContain('third-party');
  });

  it('"fresh" alone is no youth: clean linen, a clean client', () => {
    expect(cats('Escort etiquette: please arrive fresh and showered.')).not.toContain('youth');
    expect(cats('Sensual massage on fresh linens, incall.')).not.toContain('youth');
  });

  it("a blog's summer, generation and last day are no movement, youth or round-the-clock work", () => {
    for (const t of [
      'Escort blog: the last few days of summer are here.',
      'Escort blog: short shorts are for the younger generation.',
      'Independent escort. In the last twenty-four hours the weather turned.',
      "Independent escort. I'm quite the lady at dinner.",
    ])
      expect(scan(t).indicators.filter((i) => i.weight > 0)).toEqual([]);
  });

  it("a webcam site's performer page is a job page", () => {
    expect(scan('How do I become a webcam performer? Email us.').context).toBe('job');
  });
});
