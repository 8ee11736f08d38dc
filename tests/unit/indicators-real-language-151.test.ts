/**
 * Round 151 of issue 12: each case failed before this round (3e74fc5).
 */
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 151', () => {
  it('a couple seeking a female playmate writes a personal ad, not an escort ad', () => {
    const t =
      'We are a couple seeking a woman to explore with us. A sexy, fun pair with a fantasy. Non-smoker, fit, Caucasian preferred. Discretion and privacy.';
    const r = scan(t, 'Seeking female playmate');
    expect(r.context).toBe('dating');
    expect(flagged(r)).toBe(false);
  });

  it('a "college model" offered for hotel visits is youth', () => {
    const r = scan(
      'College model companion for dinner dates and hotel visits. Available 24/7, cash on arrival.',
      'Riya, college model',
    );
    expect(cats(r)).toContain('youth');
    expect(flagged(r)).toBe(true);
  });

  it('a clinic\'s glued genitive "thaimassasjens" is its technique, not a woman', () => {
    const r = scan(
      'Skolen har utdannet folk fra hele verden i thaimassasjens kunster siden 1960. Trykk, tøyning og strekking av ledd.',
      'Thai-massasje',
    );
    expect(r.context).toBe('massage');
    expect(cats(r)).not.toContain('ethnicity');
  });
});
