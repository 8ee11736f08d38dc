// @vitest-environment node
// Round 126 of issue 12: escort and massage sites' home pages of a Memex crawl, an escort-ad
// page kept as an extractor's ground truth, read after their blind run. Every sentence is written
// for this test, not copied from any ad; each positive failed before this round (00f8510).
import { describe, expect, it } from 'vitest';
import { scan } from '../support/engine-scan';

const cats = (text: string) => [...new Set(scan(text).indicators.map((i) => i.category))].sort();

describe('the ad words of round 126', () => {
  it('a massage "with a happy ending" sells sex; a film with one does not', () => {
    expect(cats('Dubai escort service, call me, with a happy ending.')).toContain('massage-sex');
    expect(cats('Escort etiquette: I love a film with a happy ending.')).not.toContain(
      'massage-sex',
    );
  });

  it('"recruiting new escorts" recruits', () => {
    expect(cats('We are constantly recruiting new escorts.')).toContain('recruitment');
  });
});
