/**
 * Round 153 of issue 12: each case failed before this round (0b96466).
 */
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 153', () => {
  it('an agency\'s "most stunning and talented escorts in town" is praise, not a stay', () => {
    const r = scan(
      'At our agency you can find the most stunning and talented escorts in town. Our escorts are friendly and discreet.',
      'Perth escorts',
    );
    expect(cats(r)).not.toContain('movement');
    expect(cats(r)).toContain('third-party');
  });

  it('"the most attractive girls in town" is praise, not new girls arriving', () => {
    const r = scan(
      'Our escorts are some of the sexiest and most attractive girls in town. Book one of our escorts tonight.',
      'Darwin escorts',
    );
    expect(cats(r)).not.toContain('movement');
  });

  it('"visiting vintage shops" is a date idea, not a stay', () => {
    const r = scan(
      'Ideas for your date with our companions: dinner at a gastropub, visiting vintage shops and boutiques, the local nightlife.',
      'London escorts',
    );
    expect(cats(r)).not.toContain('movement');
  });

  it('escorts "available wherever and whenever you need them" are always available', () => {
    const r = scan(
      'Our escorts are available wherever and whenever you need them, for dinner dates and hotel visits.',
      'Adelaide escorts',
    );
    expect(cats(r)).toContain('restricted');
  });
});
