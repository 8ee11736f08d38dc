// @vitest-environment node
// Round 138 of issue 12: a Kuala Lumpur, a London and a Moscow agency's pages, massage shops'
// and clinics' pages, UK job ads, read after their blind run. Every sentence is written for this
// test, not copied from any ad; each positive failed before this round (bc34a3b).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 138', () => {
  it('a spa whose facilities "are coed" speaks of its sauna, not of youth', () => {
    const t = 'Day spa: facials and massage. Our sauna and steam room are coed, so bring swimwear.';
    expect(cats(scan(t))).not.toContain('youth');
  });
});
