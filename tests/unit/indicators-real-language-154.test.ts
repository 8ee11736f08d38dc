/**
 * Round 154 of issue 12: each case failed before this round (dd62210).
 */
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 154', () => {
  it('an escort agency\'s "new models" are new women, and "uncovered images" are no service', () => {
    const r = scan(
      'Members get full access to the escorts gallery, including uncovered images, and advance notice of new models.',
      'VIP escort membership',
    );
    expect(cats(r)).toEqual(['third-party']);
    expect(flagged(r)).toBe(true);
  });

  it('a profile\'s "Nationality: British" is listed ethnicity', () => {
    const r = scan(
      'Emma, 25, escort in Chelsea. Height: 5\'7" | Hair: Blonde Nationality: British | Languages: English',
      'Emma',
    );
    expect(cats(r)).toContain('ethnicity');
  });

  it('"visiting cultural attractions" is a date idea, not a stay', () => {
    const r = scan(
      'Date ideas with our escorts: dining at cozy cafes, visiting cultural attractions and museums.',
      'Marylebone escorts',
    );
    expect(cats(r)).not.toContain('movement');
  });
});
