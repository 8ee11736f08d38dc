// @vitest-environment node
// Her stated looks (indicators/looks.ts): a bust size or a height just before a weight votes
// escort. The weight's digit walk looks only where a digit is followed by "l" or "p", so it must
// find what the expression finds over the whole text: random text of its own words (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksVote, stated, WEIGHED, WEIGHT } from '../../indicators/looks';
import { createBuffers, normalize } from '../../indicators/normalize';

const n = createBuffers(256);
const vote = (t: string) => (normalize(t, n), looksVote(t, n));
const walk = (t: string) => (normalize(t, n), (stated(t, n) & WEIGHT) !== 0);

describe('her stated looks', () => {
  it('a height before a weight, or a bust size, votes escort', () => {
    for (const t of ["Kim 5 ' 7 125lbs", "5'2 98 lbs, slim", '5ft 4 - 120 pounds', 'busty 36 dd'])
      expect(vote(t), t).toBeGreaterThan(0);
  });

  it("a tall man's weight, a job's load and a price are no vote", () => {
    for (const t of ["I'm 6'1 190 lbs", "5'10 190lbs, fit", 'Must lift 50 lbs', '$40 a session'])
      expect(vote(t), t).toBe(0);
  });

  it('the digit walk finds what the expression finds anywhere', () => {
    const words = ['5', '4', '6', "'", '’', '"', 'ft', ' ', '1', '2', '0', '9', '98', '125', '180'];
    const units = ['lbs', 'lb', 'pds', 'pounds', 'kg', ',', '-', '\n', 'tall', 'lp'];
    const piece = fc.constantFrom(...words, ...units);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const t = parts.join('');
        expect(walk(t)).toBe(WEIGHED.test(t));
      }),
      { numRuns: 3000 },
    );
  });
});
