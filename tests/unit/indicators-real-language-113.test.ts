// @vitest-environment node
// Rounds 113–114 of issue 12: spam posts in GitHub issues, Pakistani job posts, a Backpage
// for-sale page of 2014, Thai salons and clinics, Bedpage listings, read after their blind run.
// Every sentence is written for this test, not copied from any ad; each positive failed before
// this round (65049ac).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 113', () => {
  it('a late cancellation "less than 24 hours" (sv) is a clinic rule', () => {
    for (const t of [
      'Massage. Sen avbokning (mindre än 24 timmar) kostar halva priset.',
      'Massage. Avbokning med kortare än 24 timmar debiteras.',
    ])
      expect(cats(scan(t))).not.toContain('restricted');
  });

  it('"fancy text" in Canadian syllabics reads as the letters it imitates (a round 111 listing)', () => {
    const found = cats(scan('Erotic massage by ᒪᗩTIᑎᗩ and ᗩSIᗩᑎ girls, specials all night'));
    expect(found).toContain('ethnicity');
  });

  it('enclosed "fancy text" letters read as letters (round 114 listings)', () => {
    expect(cats(scan('Escort papi 🅾🅽🅻🆈 🆁🅴🅰🅻 🅿🅸🅲🆂'))).toContain('trust-language');
    expect(cats(scan('Body rub 🄡🄔🄐🄛 pics, call me'))).toContain('trust-language');
  });
});
