// @vitest-environment node
// Round 105 of issue 12: Memex test data of 2012–16, agency and massage sites, Nordic job pages,
// read after their blind run. Every sentence is written for this test, not copied from any ad;
// each positive failed before this round (6c637ba).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 105', () => {
  it('a tariff that tells clients to pay the companion speaks for her', () => {
    const t = 'Escort rates: pay your companion directly in cash when she arrives';
    expect(cats(scan(t))).toContain('third-party');
  });

  it("a funeral procession's escorts are no escort ad", () => {
    const t = 'Funeral escort: processions planned with funeral directors, discreet, call 24/7';
    const r = scan(t);
    expect(r.context).toBe('other');
    expect(cats(r)).not.toContain('restricted');
  });
});
