/**
 * Round 152 of issue 12: each case failed before this round (8d19e45).
 */
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 152', () => {
  it('a massage "with a special ending" offers sex', () => {
    const r = scan('Come by for a relaxing full body massage with a special ending.', 'Massage');
    expect(cats(r)).toContain('massage-sex');
  });

  it("a spa's holiday dates are a package, not a tour", () => {
    const r = scan(
      'Celebrate Love March 14th- 17th with a couples massage: warm oil, rose petals and a foot scrub.',
      "Valentine's massage specials",
    );
    expect(cats(r)).not.toContain('movement');
  });

  it('"we have the best escorts in …" is the agency\'s stock of women', () => {
    const r = scan(
      'Looking for an escort in Perth? We have the best escorts in Perth and we will book your appointment today.',
      'Perth escorts',
    );
    expect(cats(r)).toContain('third-party');
  });
});
