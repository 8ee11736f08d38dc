// @vitest-environment node
// Round 128 of issue 12: the rest of a 2016 Memex crawl's escort, massage and dating sites, read
// after their blind run. Every sentence is written for this test, not copied from any ad; each
// positive failed before this round (212dec6).
import { describe, expect, it } from 'vitest';
import { scan } from '../support/engine-scan';

describe('the ad words of round 128', () => {
  it('a charity ball for teens "and their escorts" raises no flag and no youth', () => {
    const r = scan(
      'Escort registration: the charity ball for junior girls and their escorts. Proceeds help teens and children. Gowns required.',
    );
    expect(['none', 'low']).toContain(r.level);
    expect(r.indicators.filter((i) => i.category === 'youth')).toEqual([]);
  });
});
