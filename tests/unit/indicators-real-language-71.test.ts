// @vitest-environment node
// Round 71 of issue 12: classes of real-ad language found in the round-71 ads, read after their
// blind run. Every sentence is written for this test, not copied from any ad; each positive
// failed before this round (1d50fc3). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('a menu of women by their ages', () => {
  it('three women with "22yr", "25yr", "31yr" are a menu', () => {
    const menu = 'Escort. Amy, 22yr, slim brunette. Kim is 25yr, blonde. Eva, a 31yr redhead.';
    expect(cats(scan(menu))).toContain('third-party');
  });

  it("one woman's age and years of work are no menu", () => {
    expect(cats(scan('Escort. I am 25 yrs, 10 yrs of experience, call me'))).not.toContain(
      'third-party',
    );
  });
});
