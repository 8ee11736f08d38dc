// @vitest-environment node
// Round 101 of issue 12: an Indian directory's posted ads, British agencies' pages, massage
// blogs, missed connections and restaurant jobs, read after their blind run. Every sentence is
// written for this test, not copied from any ad; each positive failed before this round (bf9e822).
import { describe, expect, it } from 'vitest';
import { cats, flagged, scan } from '../support/engine-scan';

describe('the ad words of round 101', () => {
  it('a man to call for the girls is a third party', () => {
    expect(flagged(scan('Call girls in Delhi, short and night rates. Call Mr Sunny'))).toBe(true);
  });

  it('an agency\'s concierge, its "we represent" and "meet the girls" are a third party', () => {
    const t = 'Escorts in Leeds: all bookings via our concierge. We represent companions';
    expect(flagged(scan(t))).toBe(true);
    expect(flagged(scan('Escorts in Leeds. Meet the girls'))).toBe(true);
  });

  it('"without condem" is a risky service however it is spelled', () => {
    expect(cats(scan('Escort Delhi: anal without condem'))).toContain('risky-services');
  });
});
