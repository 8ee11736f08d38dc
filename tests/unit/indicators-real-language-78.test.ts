// @vitest-environment node
// Round 78 of issue 12: classes of real-ad language found in the round-78 ads, read after their
// blind run. Every sentence is written for this test, not copied from any ad; each positive
// failed before this round (aa8f564). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe("two women's stats in other spellings", () => {
  it('a height written "5 \' \' 4" and a bust of "42 DD" count', () => {
    const heights = "Escort. MIA 22yrs old , 5 ' ' 4 , 32B . ZOE 23yrs old , 5 ' ' 7 , 32B";
    expect(cats(scan(heights))).toContain('third-party');
    const cups = 'Escort. Nina small frame, 32B, brown hair. Vera 42 DD, short hair. Incall';
    expect(cats(scan(cups))).toContain('third-party');
  });

  it('a rival\'s "triple D\'s that really are 40E" is no second woman', () => {
    const one = 'Escort. Natural busty 36DD. No fake "triple D\'s" that really are 40E! Call';
    expect(cats(scan(one))).not.toContain('third-party');
  });
});

describe('the ad words of round 78', () => {
  it('"I prefer my race only" and "please be Caucasian" are client rules', () => {
    expect(cats(scan('Escort incall. I PREFER MY RACE ONLY. Call me'))).toContain('restricted');
    expect(cats(scan('Massage, sensual. Please be Caucasian, laid back'))).toContain('restricted');
  });

  it('"One girl, two girl, three girl" offers several women', () => {
    expect(cats(scan('Escort outcall. One girl, two girl, three girl, call'))).toContain(
      'third-party',
    );
  });
});
