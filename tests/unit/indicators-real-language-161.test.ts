/**
 * Round 161 of issue 12: each case failed before this round (ee8c938).
 */
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 161', () => {
  it('a personal "hoping to find" a "sexy" younger partner is read as a personal', () => {
    const r = scan(
      'Two guys seeking an attractive younger female. Hoping to find a sexy girl who is naughty and real. If interested reply with pic. mm4w',
      'Seeking a sub',
    );
    expect(r.context).toBe('dating');
    expect(flagged(r)).toBe(false);
  });

  it('a body-rub page\'s "raw urban character" is no unprotected service', () => {
    const r = scan(
      'Body rub studios in converted lofts that blend raw urban character with comfort.',
      'Body rubs in Detroit',
    );
    expect(cats(r)).not.toContain('risky-services');
  });
});
