// @vitest-environment node
// Round 137 of issue 12: escort ads of a domain summariser's test data, massage shops' pages,
// African, Gulf and Asian agencies' pages, roommate ads, read after their blind run. Every
// sentence is written for this test, not copied from any ad; each positive failed before this
// round (19bb821).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 137', () => {
  it('a house that says "we arrange a girl" for its customers has women to offer', () => {
    expect(
      cats(scan('Incall and outcall at 5-star hotels: we arrange a girl for you tonight')),
    ).toContain('third-party');
  });

  it('"sandwich massage" and "stimulation included" are erotic massage', () => {
    expect(cats(scan('Spa menu: couple massage, sandwich massage, foot spa'))).toContain(
      'massage-sex',
    );
    expect(cats(scan('Massage at your hotel, 60 minutes, with stimulation included'))).toContain(
      'massage-sex',
    );
  });

  it('a "career in the escort industry" and "contact our agency to work" recruit', () => {
    for (const t of [
      'Escorts in Dubai meet rich clients; a career in the escort industry brings a lavish lifestyle.',
      'Escorts in Dubai meet rich clients. Contact our agency to work in the best cities.',
    ])
      expect(cats(scan(t))).toContain('recruitment');
  });
});
