// @vitest-environment node
// Round 88 of issue 12: escort-directory cards, job cards and dating bios, read after their blind
// run. Every sentence is written for this test, not copied from any ad; each positive failed
// before this round (d218a63). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 88', () => {
  it('"a Denver based independent (upscale companion)" is her own trust word', () => {
    const t = 'Escort. I am Lisa, a Denver based independent upscale companion. Incall rates';
    expect(cats(scan(t))).toContain('trust-language');
  });

  it("a nurse job's daily pay option and a bio's visits to friends are no cues", () => {
    const job = 'RN job, full time. Benefits: 401(K), PTO, daily pay option, tuition help';
    expect(cats(scan(job))).not.toContain('labour');
    const bio = 'Retired and free. I have friends everywhere and I enjoy visiting them';
    expect(cats(scan(bio))).not.toContain('movement');
    expect(cats(scan('Escort. In town visiting family until Sunday'))).toContain('movement');
  });

  it('a discreet e-mail, option or way is no word about her', () => {
    const t =
      'Escort booking. Send it from a discreet email address, pay by gift card as a more discreet ' +
      'option, or place the fee in a card or any other discreet way.';
    expect(cats(scan(t))).not.toContain('trust-language');
    expect(cats(scan('Escort. I am a discreet and classy companion'))).toContain('trust-language');
  });
});
