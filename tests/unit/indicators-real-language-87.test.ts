// @vitest-environment node
// Round 87 of issue 12: an escort card written about her (rounds 56–86 read again) and the
// round-87 ads, read after their blind run. Every sentence is written for this test, not copied
// from any ad; each positive failed before this round (84a9593). Near-misses must stay as they are.
import { describe, expect, it } from 'vitest';
import { cats, flagged, matches, scan } from '../support/engine-scan';

describe('the ad words of round 87', () => {
  const card =
    'Escort. Nadia is a true delight, and you will love her charm. She is tall and fit, ' +
    'and her smile lights up any room.';

  it('an escort card about her, not by her, is a light third-party cue', () => {
    const r = scan(card);
    expect(cats(r)).toContain('third-party');
    expect(matches(r, 'third-party')).toEqual(['her']);
    // Light: alone, or with her looks' words, it asks for no closer look.
    expect(flagged(r)).toBe(false);
    expect(flagged(scan(card + ' Asian beauty.'))).toBe(false);
  });

  it('her own words, a job ad or a massage page about her are not', () => {
    const own =
      'Escort. I am Nadia, you will love my charm. She is my friend, her smile, her eyes.';
    expect(cats(scan(own))).not.toContain('third-party');
    const job = 'Caregiver job. She is 80, her daughter visits, she needs help with her meals.';
    expect(cats(scan(job))).not.toContain('third-party');
    const spa = 'Massage therapist. Lena is licensed, her hands are strong, she trained in Oslo.';
    expect(cats(scan(spa))).not.toContain('third-party');
  });

  it('"black goddess", "black queen" name her ethnicity in an escort ad', () => {
    expect(
      cats(scan('Escort. Spend an hour with the tropical black goddess of your dreams')),
    ).toContain('ethnicity');
    expect(
      cats(scan('Escort. Long black hair, black lingerie, a queen of the night')),
    ).not.toContain('ethnicity');
  });
});
