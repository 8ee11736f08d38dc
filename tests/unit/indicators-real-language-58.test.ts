// @vitest-environment node
// Round 58 of issue 12: classes of real-ad language found in the round-58 ads, read after their
// blind run. Every sentence is written for this test, not copied from any ad; each positive
// failed before this round (dfaec72). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('her own hours and words', () => {
  it('"hours available: always" is round the clock', () => {
    expect(cats(scan('Escort profile. Incall and outcall. Hours available: always'))).toContain(
      'restricted',
    );
  });

  it('"independent worker" is her own trust claim', () => {
    expect(cats(scan('Escort incall GFE. Independent worker, clean and classy'))).toContain(
      'trust-language',
    );
  });

  it('bamboo "in many Asian cultures" is no ethnicity', () => {
    const r = scan('Massage studio. In many Asian cultures bamboo stands for strength and energy');
    expect(cats(r)).not.toContain('ethnicity');
  });
});
