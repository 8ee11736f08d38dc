// @vitest-environment node
// Round 118 of issue 12: Craigslist personals of the scraper's results folder, job listings of a
// research data set, Norwegian and Swedish job pages, read after their blind run. Every sentence
// is written for this test, not copied from any ad; each positive failed before this round
// (9db315b).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 118', () => {
  it('"doesn\'t" negates the next cue as "don\'t" does', () => {
    expect(cats(scan("Escort, incall. Anna doesn't offer bareback."))).not.toContain(
      'risky-services',
    );
  });

  it("a mother's teenagers are no youth cue", () => {
    const r = scan('Sexy single mom, 2 teenagers at home, looking for a long term relationship.');
    expect(cats(r)).not.toContain('youth');
  });

  it('an attractive girl needed for easy cash recruits', () => {
    expect(cats(scan('Attractive girl needed for a late night gig, easy cash.'))).toContain(
      'recruitment',
    );
  });
});
