// @vitest-environment node
// Round 116 of issue 12: Backpage-era ads of a research data set, Istanbul and Dubai agency
// cards, Craigslist personals, ads found by their words, read after their blind run. Every
// sentence is written for this test, not copied from any ad; each positive failed before this
// round (a1486c5).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 116', () => {
  it('"girls who are my friends" you "can meet us all" are several women', () => {
    expect(cats(scan('Escort here, many girls who are my friends work with me, incall'))).toContain(
      'third-party',
    );
    expect(cats(scan('Escort in town: you can meet us all this weekend, outcall'))).toContain(
      'third-party',
    );
  });

  it('a French courtesan is a listed nationality', () => {
    expect(cats(scan('Upscale French courtesan, dinner dates and overnights'))).toContain(
      'ethnicity',
    );
  });

  it('"pic 4 pic" asks a personal\'s reader for a photo', () => {
    const r = scan('Curious and naughty, girl for girl fun. Pic 4 pic, yours gets mine.');
    expect(r.context).toBe('dating');
  });
});
