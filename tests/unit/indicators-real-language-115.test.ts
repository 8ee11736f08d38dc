// @vitest-environment node
// Round 115 of issue 12: Backpage-era ads of a research data set, Craigslist personals, EMSCAD
// job ads, Indian agency pages and clinics, read after their blind run. Every sentence is written
// for this test, not copied from any ad; each positive failed before this round (801d5ac).
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 115', () => {
  it("a personal's own race, or the partner's it asks for, is no listed ethnicity", () => {
    const r = scan('Hispanic male, 34, looking for a woman for a long term relationship.');
    expect(r.context).toBe('dating');
    expect(cats(r)).not.toContain('ethnicity');
  });

  it("a personal's partner preference is no client exclusion; an escort's still is", () => {
    const personal = scan('Single mom looking for a man, long term relationship. Prefer white.');
    expect(personal.context).toBe('dating');
    expect(cats(personal)).not.toContain('restricted');
    expect(cats(scan('Sexy brunette, incall 80 hh, 150 hr. Prefer white gentlemen.'))).toContain(
      'restricted',
    );
  });

  it('a personal that asks for a photo and names whom it wants reads as dating', () => {
    for (const t of [
      'Curvy and sexy, looking for a female for fun tonight. No men. Send a picture.',
      'Bi curious and naughty, me and my husband can host. Voice verify first.',
    ]) {
      const r = scan(t);
      expect(r.context).toBe('dating');
      expect(flagged(r)).toBe(false);
    }
  });

  it('foreign escorts are listed nationalities', () => {
    expect(cats(scan('Our agency has housewives and foreign escorts, call us.'))).toContain(
      'ethnicity',
    );
  });

  it('an agency seeking escorts recruits', () => {
    expect(cats(scan('Escort agency seeking high-class escorts, earn weekly.'))).toContain(
      'recruitment',
    );
  });
});
