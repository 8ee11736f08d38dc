// @vitest-environment node
// Round 73 of issue 12: classes of real-ad language found in the round-73 ads, read after their
// blind run. Every sentence is written for this test, not copied from any ad; each positive
// failed before this round (137b604). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe("an honest clinic's aftercare and its clients' children", () => {
  it('soreness "for a few days" after a massage is no stay', () => {
    const faq = 'Massage clinic FAQ. You may feel some soreness for a few days, this is normal.';
    expect(cats(scan(faq))).not.toContain('movement');
    expect(cats(scan('Escort. Here for a few days only, call me'))).toContain('movement');
  });

  it('"when children become teenagers" is no youth cue', () => {
    const faq = 'Massage clinic. Touch helps families when children become teenagers.';
    expect(cats(scan(faq))).not.toContain('youth');
  });
});
