// @vitest-environment node
// Round 119 of issue 12: Craigslist personals (men for men, women for women, romance boards),
// the research data set's last slivers, ads kept in test files, read after their blind run.
// Every sentence is written for this test, not copied from any ad; each positive failed before
// this round (1498d44).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 119', () => {
  it("a men's personal that wants bareback is unprotected", () => {
    const r = scan('Masc guy hosting now, NSA. Age stats pics first. BB preferred.');
    expect(r.context).toBe('dating');
    expect(cats(r)).toContain('risky-services');
  });

  it('an affair sought by a married man reads as a personal', () => {
    const r = scan('Seeking a woman for a discreet affair. Married but missing passion.');
    expect(r.context).toBe('dating');
  });

  it('a pic for a pic, "no guys" and "able to host" are personals\' words', () => {
    const r = scan(
      'Curvy girl for girl fun. Send a pic and you get mine. No guys. Must be able to host.',
    );
    expect(r.context).toBe('dating');
  });
});
