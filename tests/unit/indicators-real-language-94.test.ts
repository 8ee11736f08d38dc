// @vitest-environment node
// Round 94 of issue 12: agencies' sites and blogs, a directory's city pages, Tryst and Craigslist
// posts and job spam, read after their blind run. Every sentence is written for this test, not
// copied from any ad; each positive failed before this round (a472cb5). Near-misses must stay.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 94', () => {
  it('"for eighteen months" is a time, not her age', () => {
    const t = 'Escort diary: we have met for the last eighteen months, twice a month';
    expect(cats(scan(t))).not.toContain('youth');
    expect(cats(scan('Escort diary: I am eighteen and new'))).toContain('youth');
  });

  it('"recruiting women" and "fast cash" in a job ad are recruitment words', () => {
    expect(cats(scan('Model job, apply now: recruiting women for shoots'))).toContain(
      'recruitment',
    );
    expect(cats(scan('Work from home job, apply now, fast cash weekly'))).toContain('recruitment');
  });

  it('a high salary with a visa arranged abroad still asks for a closer look', () => {
    expect(scan('Job in Dubai: high salary, visa arranged, apply now').level).toBe('medium');
  });
});
