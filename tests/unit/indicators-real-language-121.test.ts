// @vitest-environment node
// Round 121 of issue 12: the research data set's job listings, honest independents' booking pages
// and Scandinavian job pages, read after their blind run. Every sentence is written for this test,
// not copied from any ad; each positive failed before this round (9cc5186).
import { describe, expect, it } from 'vitest';
import { scan } from '../support/engine-scan';

describe('the ad words of round 121', () => {
  it("clinicians' job titles and openings vote job, not massage or escort", () => {
    for (const t of [
      'Occupational Therapists for our rehab unit, 13-week assignments.',
      'Our home care agency has immediate openings for all shifts.',
      'Sales positions open, good commission.',
    ])
      expect(scan(t).context).toBe('job');
  });

  it('a home care agency that hires aides has no third party', () => {
    expect(
      scan('A home care agency seeks home health aides to provide care services.').indicators,
    ).toEqual([]);
  });
});
