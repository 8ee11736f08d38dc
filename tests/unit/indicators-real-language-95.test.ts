// @vitest-environment node
// Round 95 of issue 12: Craigslist New York posts of 2013, Indian and Ugandan agencies' sites and
// OkCupid bios, read after their blind run. Every sentence is written for this test, not copied
// from any ad; each positive failed before this round (282d0c6). Near-misses must stay.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 95', () => {
  it('"text messaging only" is a text-only rule', () => {
    for (const t of [
      'Escort, incall. Reach me by text messaging only',
      'Escort, outcall. Texting only, no calls',
    ])
      expect(cats(scan(t)), t).toContain('restricted');
    expect(cats(scan('Escort, incall. Texting is fine, calls too'))).not.toContain('restricted');
  });
});
