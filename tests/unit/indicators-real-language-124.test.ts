// @vitest-environment node
// Round 124 of issue 12: ads found by their own words, a phone-number matcher's test ads, job
// adverts in a seed file, Norwegian second-hand listings, read after their blind run. Every
// sentence is written for this test, not copied from any ad; each positive failed before this
// round (070960e).
import { describe, expect, it } from 'vitest';
import { scan } from '../support/engine-scan';

describe('the ad words of round 124', () => {
  it("a care firm's around-the-clock support is its service, not the worker's hours", () => {
    const r = scan(
      'Our care line gives around the clock support, so older people can remain independent at home.',
    );
    expect(r.indicators.filter((i) => i.category === 'restricted')).toEqual([]);
  });
});
