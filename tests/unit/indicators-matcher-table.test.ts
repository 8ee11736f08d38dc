import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../indicators/matcher';
import { hitsOf } from '../support/matcher-hits';

/** Word i in base 26, `len` letters ("aaab"…). */
const word = (i: number, len: number) =>
  Array.from({ length: len }, (_, k) =>
    String.fromCharCode(97 + (Math.floor(i / 26 ** (len - 1 - k)) % 26)),
  ).join('');

// The transition table is 16-bit when the states fit in 15 bits and 32-bit beyond: both widths
// must find the same words, decided by the states built, not the patterns' total length.
describe('matcher transition table', () => {
  it('many patterns sharing prefixes (long in total, few states): 16-bit table', () => {
    // 5,000 words of 8 letters = 40,000 characters, but under 32,767 states.
    const specs = Array.from({ length: 5000 }, (_, i) => ({
      text: 'zzzz' + word(i, 4),
      left: true,
      right: true,
    }));
    const m = buildMatcher(specs);
    expect(m.states).toBeLessThan(0x7fff);
    expect(m.bytes).toBeLessThan(m.states * 64 * 2 + 65536 * 2 + m.states * 12 + 5000 * 6 + 1);
    const text = `x zzzz${word(4999, 4)} zzzz${word(17, 4)}y zzzz${word(0, 4)}`;
    const at = (w: string) => text.indexOf(w);
    expect(hitsOf(specs, text)).toEqual([
      [4999, at('zzzz' + word(4999, 4)), at('zzzz' + word(4999, 4)) + 8],
      [0, at('zzzz' + word(0, 4)), text.length],
    ]);
  });

  it('more states than 15 bits hold: 32-bit table, same hits', () => {
    // 9,000 scattered 8-letter words (few shared prefixes): over 32,767 states.
    const pick = (i: number) => word((i * 2654435761) % 26 ** 8, 8);
    const specs = Array.from({ length: 9000 }, (_, i) => ({
      text: pick(i),
      left: true,
      right: false,
    }));
    const m = buildMatcher(specs);
    expect(m.states).toBeGreaterThan(0x7fff);
    const text = `ab ${pick(8999)}s ${pick(1)}`;
    expect(hitsOf(specs, text)).toEqual([
      [8999, 3, 11],
      [1, 13, 21],
    ]);
  });
});
