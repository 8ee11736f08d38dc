// @vitest-environment node
// Round 76 of issue 12: classes of real-ad language found in rounds 74–76's ads, read after their
// blind runs. Every sentence is written for this test, not copied from any ad; each positive
// failed before this round (217872d). Near-misses must stay as they are (the
// Caucasian field guards the reversal of the site-field rule).
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('several women behind one ad', () => {
  it('two women by height are two women; one woman with a range or a rule is one', () => {
    const duo = "Escort incall. Mara is 5'8, long dark hair. Lina is 5'3, blue eyes. Call 555 0100";
    expect(cats(scan(duo))).toContain('third-party');
    const one = "Escort incall. Mara, 5'6 - 5'7, gentlemen over 5'10 only. Call 555 0100";
    expect(cats(scan(one))).not.toContain('third-party');
  });

  it('"3 lovely ladies" and "your pick of us" are a menu; "2 lovely ladies" stays a duo', () => {
    expect(cats(scan('Escort incall, 3 lovely ladies waiting for you'))).toContain('third-party');
    expect(cats(scan('Escort incall. Have your pick of us tonight'))).toContain('third-party');
    expect(cats(scan('Escort incall, 2 lovely ladies waiting'))).not.toContain('third-party');
    expect(cats(scan('Escort incall, 1 hour 3 hours ladies choice'))).not.toContain('third-party');
  });
});

describe('her listed heritage', () => {
  it('a profile field "Ethnicity: White" or "Nationality: Canadian" names it', () => {
    const card = 'Escort, incall. Age: 24. Ethnicity: White. Eyes: green. Nationality: Canadian';
    expect(cats(scan(card))).toEqual(['ethnicity']);
    expect(flagged(scan(card))).toBe(false);
  });

  it('"Caucasian (N. American / W. European)" is one woman, no menu', () => {
    const card =
      'Escort incall. Ethnicity: Caucasian (N. American / W. European). Hair: black. Height: 5ft 4in. Languages: English, Russian';
    expect(cats(scan(card))).not.toContain('third-party');
  });
});

describe("a minor's own age, and a stated 19", () => {
  it('"I\'ll be 18 in May" and "im 17" are youth, even in a bio', () => {
    expect(flagged(scan("I'll be 18 in May, add me on snap"))).toBe(true);
    expect(cats(scan('swipe right lol, im 17 tho'))).toContain('youth');
    // Her children's ages are not hers.
    expect(cats(scan('Looking for a kind man, swipe right. My son is 17.'))).not.toContain('youth');
  });

  it('"19 yrs old" in an escort ad is a stated age of 19', () => {
    expect(cats(scan('Escort incall, Nina, 19 yrs old, long hair'))).toContain('youth');
  });

  it('"teen pop" in a bio is music', () => {
    expect(cats(scan('Looking for a man to date. I love teen pop and Japan'))).not.toContain(
      'youth',
    );
  });
});

describe('the ad words of round 76', () => {
  it('"I only do incalls" is incall only; "real & ready" insists she is real', () => {
    expect(cats(scan('Escort. I only do incalls, call me'))).toContain('restricted');
    expect(cats(scan('Escort, real & ready now, call me'))).toContain('trust-language');
  });
});
