/**
 * Round 160 of issue 12: each case failed before this round (083fd06).
 */
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 160', () => {
  it('an agency\'s bare "discretion" is trust language; tips "at your discretion" are not', () => {
    const agency = scan(
      'Outcall to your hotel. Same discretion and payment rules for every escort on our list.',
      'Regular escorts',
    );
    expect(cats(agency)).toContain('trust-language');
    const tips = scan('Incall and outcall escort. Tips are at your discretion.', 'Escort');
    expect(cats(tips)).not.toContain('trust-language');
  });

  it('an agency\'s "the rest when she arrives" and "we\'ll see who\'s available" speak of a woman it sends', () => {
    const r = scan(
      "Tell us your area and we'll see who's available. Ten percent advance, the rest when she arrives.",
      'Escorts in Chennai',
    );
    expect(cats(r)).toContain('third-party');
  });
});
