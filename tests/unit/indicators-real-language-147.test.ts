/**
 * Round 147 of issue 12: each case failed before this round (c4f04c7).
 */
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 147', () => {
  it('"nothing unprotected" refuses unprotected sex', () => {
    const t = 'Pop special 30 roses. +Nothing UNPROTECTED+ Car play ok, text sexy pic 4 pic.';
    expect(cats(scan(t, 'Sexy head nurse'))).not.toContain('risky-services');
  });

  it('a mistress who is the boss is no third party', () => {
    const t = 'Session rules. 1. You do as I say. I am the boss at all times. 2. Tribute first.';
    expect(cats(scan(t, 'Mistress rules'))).not.toContain('third-party');
  });
});
