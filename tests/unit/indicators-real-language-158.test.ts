/**
 * Round 158 of issue 12: each case failed before this round (7769998), except the one marked as a guard.
 */
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 158', () => {
  it('a personal\'s "discreet" is no trust claim', () => {
    const r = scan(
      'Married guy looking for friends with benefits, nothing serious. I need this to stay discreet. Send a pic and tell me about you.',
      'Married m4w',
    );
    expect(r.context).toBe('dating');
    expect(cats(r)).not.toContain('trust-language');
  });

  it('guard: an escort\'s "discreet" still names trust language', () => {
    const r = scan(
      'Upscale companion, incall and outcall, discreet and classy. Call me.',
      'Discreet escort',
    );
    expect(r.context).toBe('escort');
    expect(cats(r)).toContain('trust-language');
  });
});
