// @vitest-environment node
// Round 72 of issue 12: classes of real-ad language found in the round-72 ads, read after their
// blind run. Every sentence is written for this test, not copied from any ad; each positive
// failed before this round (c4f5d11). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe("two women's cup sizes, and a novel", () => {
  it('two different cup sizes in one ad are two women behind one number', () => {
    const two = 'Escort. 514 555 0100. Lily 32C 115lbs, blue eyes. Rose 34B 120lbs, black hair';
    expect(cats(scan(two))).toContain('third-party');
  });

  it('one cup size in two systems ("34DDD/36DD") is one woman', () => {
    expect(cats(scan('Escort. My bust size is a 34DDD/36DD, 135 lbs'))).not.toContain(
      'third-party',
    );
  });

  it('Nabokov\'s "Lolita" in a list of books is no youth cue; an escort named Lolita stays one', () => {
    expect(cats(scan('Books: maybe Nabokov\'s "Lolita." Films: anything 💋'))).not.toContain(
      'youth',
    );
    expect(cats(scan('Escort. My name is Lolita, call me'))).toContain('youth');
  });
});
