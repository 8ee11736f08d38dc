// @vitest-environment node
// Round 92 of issue 12: an escort directory's city pages and Craigslist restaurant jobs, read after
// their blind run. Every sentence is written for this test, not copied from any ad; each positive
// failed before this round (c9d1df1). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 92', () => {
  it('a "99% verified account" or "fully trusted profile" insists she is real', () => {
    for (const t of [
      'Escort tonight, incall. 99% verified account, ask for Mia',
      'Escort in the city: fully trusted profile, call now',
    ])
      expect(cats(scan(t)), t).toContain('trust-language');
  });

  it('"sex" in a job ad\'s equal-opportunity line is no escort word', () => {
    const t =
      'Sous chef job, apply now. Plan the menu and new menus with our managers. We hire without ' +
      'regard to race, color, religion, sex, national origin';
    expect(scan(t).level).toBe('none');
    expect(cats(scan(t))).toEqual([]);
  });

  it('"Call Girls in <city>" alone is a light third party; with more it still asks for a look', () => {
    const alone = scan('Call Girls in Pune, book tonight. Hotel visits');
    expect(cats(alone)).toEqual(['third-party']);
    expect(alone.level).toBe('low');
    expect(scan('Call Girls in Pune, young college girl, hotel visits').level).not.toBe('low');
  });
});
