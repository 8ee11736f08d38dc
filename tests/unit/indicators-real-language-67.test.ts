// @vitest-environment node
// Round 67 of issue 12: classes of real-ad language found in the round-67 ads, read after their
// blind run. Every sentence is written for this test, not copied from any ad; each positive
// failed before this round (6b5fbe7). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('two women behind one number, and an open mind', () => {
  it('"give us a txt" in an escort title is the house\'s voice', () => {
    expect(cats(scan('Escort. Full service, give us a txt, Anna and Mia'))).toContain(
      'third-party',
    );
  });

  it('"always open to trying new things" is no round-the-clock rule', () => {
    expect(cats(scan('Escort. Curvy and fun, always open to trying new things'))).not.toContain(
      'restricted',
    );
  });

  it('"always open, call anytime" stays round the clock', () => {
    expect(cats(scan('Escort incall. Always open, call anytime'))).toContain('restricted');
  });
});
