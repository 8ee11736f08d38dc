/**
 * Round 165 of issue 12: each case failed before this round (ffe494c).
 */
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 165', () => {
  it('"the therapist\'s discretion" and tips "left to the discretion of our clients" are no trust claim', () => {
    const r = scan(
      "With a fever the massage will be rescheduled at the therapist's discretion. Tipping is left to the discretion of our clients.",
      'Spa policies',
    );
    expect(cats(r)).not.toContain('trust-language');
  });

  it('a spa answering "happy endings? Absolutely not." sells no sex', () => {
    const r = scan(
      'Do you offer extra services or "happy endings"? Absolutely not. We are a professional massage clinic.',
      'Massage FAQ',
    );
    expect(cats(r)).not.toContain('massage-sex');
  });

  it('"please do not call or text me at odd hours" is no text-only rule', () => {
    const r = scan(
      'Incall escort. Please do not call or text me at odd hours (12am-5am). Screening required.',
      'Etiquette',
    );
    expect(cats(r)).not.toContain('restricted');
  });
});
