// @vitest-environment node
// Round 79 of issue 12: classes of real-ad language found in the round-79 ads, read after their
// blind run. Every sentence is written for this test, not copied from any ad; each positive
// failed before this round (e6536b4). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('women named one after another, in capitals and with one hair colour', () => {
  it('"NORA : 34F … IVY : long blonde hair" is a menu of women', () => {
    const ad =
      'Escort. A lovely lady from our house. NORA : 34F, black hair. IVY : Long blonde hair';
    expect(cats(scan(ad))).toContain('third-party');
  });

  it('"Lina is 19" in an escort ad is a stated age of 19', () => {
    expect(cats(scan('Escort incall. Lina is 19 and has green eyes'))).toContain('youth');
    expect(cats(scan('Escort incall. Lina is 29 and has green eyes'))).not.toContain('youth');
  });
});

describe("a duo's voice", () => {
  it('"call us … my girlfriend" is two women, not a house', () => {
    const duo = 'Escort. Call us, my name is Tia and my girlfriends name is Angel, outcalls';
    expect(cats(scan(duo))).not.toContain('third-party');
    expect(cats(scan('Escort. Call us, ask for Tia, outcalls'))).toContain('third-party');
  });
});
