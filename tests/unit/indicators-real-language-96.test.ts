// @vitest-environment node
// Round 96 of issue 12: the last Craigslist New York posts of 2013, a Ugandan directory, Indian
// agencies' pages and OkCupid bios, read after their blind run. Every sentence is written for this
// test, not copied from any ad; each positive failed before this round (ce6cdfb).
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

describe('the ad words of round 96', () => {
  it('a raw diet, muay thai, fresh local food and "my late teens" are no cues', () => {
    const none = [
      'Bodywork and couples massage. I was vegan or raw for ten years',
      'Massage therapist. Hobbies: muay thai, and fresh local food at the market',
      'Escort. I took up tennis in my late teens and still play',
    ];
    for (const t of none) expect(cats(scan(t)), t).toEqual([]);
    expect(cats(scan('Escort, incall, raw for extra'))).toContain('risky-services');
  });
});
