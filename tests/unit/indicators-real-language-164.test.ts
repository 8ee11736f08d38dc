/**
 * Round 164 of issue 12: each case failed before this round (8d7afcc).
 */
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 164', () => {
  it('"visiting professionals" are clients who visit, not a woman on tour', () => {
    const r = scan(
      'Body rub studios with sensual massage that satisfy both local executives and visiting professionals.',
      'Body rubs in Marietta',
    );
    expect(cats(r)).toEqual(['massage-sex']);
    expect(flagged(r)).toBe(false);
  });

  it('a garden, hills or horse show named after a people is a place, not her ethnicity', () => {
    const r = scan(
      'Erotic massage near the Japanese Friendship Garden and the quiet elegance of Indian Hills.',
      'Body rubs in Phoenix',
    );
    expect(cats(r)).not.toContain('ethnicity');
  });

  it('a personal that asks to "send pic" is read as a personal', () => {
    const r = scan(
      'Looking for fem types in my area. Prefer petite shaved younger fem types. No reciprocation, sound fun send pic in email.',
      'Looking for a crossdresser',
    );
    expect(r.context).toBe('dating');
    expect(flagged(r)).toBe(false);
  });
});
