// @vitest-environment node
// Round 86 of issue 12: classes of real-ad language found in the round-86 ads (agencies' and
// companions' own pages), read after their blind run. Every sentence is written for this test,
// not copied from any ad; each positive failed before this round (45ae9ed). Near-misses must
// stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 86', () => {
  it('"the agency" and "your hostess" on an escort page are a third party', () => {
    const page = 'Escort booking. Cancel two hours ahead, or the agency charges a fee.';
    expect(cats(scan(page))).toContain('third-party');
    expect(flagged(scan(page))).toBe(true);
    const fee = 'Escort dates. Hand the fee to your hostess when the date begins';
    expect(cats(scan(fee))).toContain('third-party');
    const own = 'Independent escort, non agency, I book my own dates. Browse agency directories';
    expect(cats(scan(own))).not.toContain('third-party');
  });

  it('"not on offer" before a list refuses it', () => {
    const t = 'Escort. These are not on offer under any circumstances: bareback, anything rough';
    expect(cats(scan(t))).not.toContain('risky-services');
  });

  it('"I am British" beside two other lands is one woman, no menu', () => {
    const t =
      'Independent chinese escort. I welcome kind and respectful clients of any background. My ' +
      'favourite food is Asian street food. Where are you from? I am British and grew up here.';
    expect(cats(scan(t))).not.toContain('third-party');
  });

  it("a teen memory, a daisy, Thai techniques, a nail spa's rooms are no cues", () => {
    const none = [
      'Companion. I used to sneak a beer as a teen by the lake',
      'Companion. I arrive fresh as a daisy',
      'Thai combination massage, 1 hour $60. Originated in Thailand',
      'Nail spa. Large VIP room (up to 20 people) $400, VIP room reservation fee applies',
    ];
    for (const t of none) expect(cats(scan(t)), t).toEqual([]);
  });
});
