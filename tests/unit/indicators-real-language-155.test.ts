/**
 * Round 155 of issue 12: each case failed before this round (e8dd3fd), except the
 * guard marked as such.
 */
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 155', () => {
  it('a personal ad seeking "hs guys" asks for minors: strong youth even in a dating ad', () => {
    const r = scan(
      'Looking for young hs guys to hook up tonight, can host.',
      'looking for young guys - m4m',
    );
    expect(r.context).toBe('dating');
    expect(cats(r)).toEqual(['youth']);
    expect(flagged(r)).toBe(true);
  });

  it('guard: "young" alone in a personal ad stays weak', () => {
    const r = scan(
      'Looking for a young guy to hook up tonight, can host.',
      'looking tonight - m4m',
    );
    expect(r.context).toBe('dating');
    expect(flagged(r)).toBe(false);
  });
});
