/**
 * Round 162 of issue 12: each case failed before this round (0bab989).
 */
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 162', () => {
  it('a terms page\'s "legal age limit of 18 years" is no youth cue', () => {
    const r = scan(
      'By booking an erotic massage you confirm that you have reached the legal age limit of 18 years.',
      'Terms and conditions',
    );
    expect(cats(r)).not.toContain('youth');
  });

  it('a job ad\'s "young crew" is no youth cue', () => {
    const r = scan(
      'Young crew, friendly working environment. Call me or text me about the job, then apply with your CV.',
      'Event staff',
    );
    expect(cats(r)).not.toContain('youth');
  });

  it('"please be 30y.o. and up" is a client age rule', () => {
    const r = scan(
      'I am available for a sensual massage at my private place. Please be 30y.o. and Up. Monday - Sunday',
      'Fantasy Massage',
    );
    expect(cats(r)).toEqual(['massage-sex', 'restricted']);
    expect(flagged(r)).toBe(true);
  });

  it('"Nat" in an Australian service list is unprotected sex', () => {
    const r = scan('Party girl with big boobs. Nat/ PSE/ GFE/ available, call me.', '3some fun');
    expect(cats(r)).toContain('risky-services');
  });
});
