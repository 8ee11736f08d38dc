// @vitest-environment node
// Round 89 of issue 12: massage pages, job posts and OkCupid bios, read after their blind run.
// Every sentence is written for this test, not copied from any ad; each positive failed before
// this round (e43ec4e). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 89', () => {
  it('"orgasm" on a massage page is erotic massage', () => {
    const t = 'Massage studio, full body massage. Orgasm is often a welcome side effect';
    expect(cats(scan(t))).toContain('massage-sex');
  });

  it("a bio's jokes, trips and looks are no cues", () => {
    const bios = [
      'I teach project managers, friends thought I teach how to be a pimp. I enjoy cooking italian',
      'I love hiking and touring wine country, and I look much younger than my age. Fresh oj daily',
      'I am visiting my daughter in Brooklyn often. Music: Neil Young, Bjork',
    ];
    for (const t of bios) expect(flagged(scan(t)), t).toBe(false);
    for (const t of bios) expect(cats(scan(t)), t).toEqual([]);
  });

  it("a masseuse's clients' ages and trips, and Thai medicine, are no cues about her", () => {
    const t =
      'Sensual massage. I see men aged from 18 years to their 70s, many who are visiting London. ' +
      'Thai massage blends styles from its Asian neighbors, as Thai medicine does.';
    expect(cats(scan(t))).toEqual(['massage-sex']);
  });
});
