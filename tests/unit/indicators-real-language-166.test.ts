/**
 * Round 166 of issue 12: each case failed before this round (1220b36).
 */
import { describe, expect, it } from 'vitest';
import { flagged, scan } from '../support/engine-scan';

describe('the ad words of round 166', () => {
  it('a personal that says "pics please" is read as a personal', () => {
    const r = scan(
      'Tall, fit, friendly nice guy. Interested in a hot, pretty and young or very hot girl for friendship and fun! Discretion is very important. Pics please for my response.',
      'If you are sweet and hot read this',
    );
    expect(r.context).toBe('dating');
    expect(flagged(r)).toBe(false);
  });
});
