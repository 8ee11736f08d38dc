// @vitest-environment node
// Round 98 of issue 12: teaching and childcare jobs and OkCupid bios, read after their blind run.
// Every sentence is written for this test, not copied from any ad; each positive failed before
// this round (50ef4ca).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 98', () => {
  it('"stable" in a life is no pimp\'s stable', () => {
    const t =
      'Escort and companion: we feel somewhat stable in our lives and financially stable too';
    expect(cats(scan(t))).not.toContain('third-party');
    expect(cats(scan('Escort: daddy looks after his stable of girls'))).toContain('third-party');
  });
});
