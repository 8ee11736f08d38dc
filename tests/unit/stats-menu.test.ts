// @vitest-environment node
// The stats menu's digit walk (indicators/stats-menu.ts) never counts fewer numbers that could
// start a stat than the expression finds stats, so skipping the expression below three
// candidates changes no result: random text of the stats' own words (fast-check) and the eval ads.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../indicators/normalize';
import { STATS, statCandidates, statsMenu } from '../../indicators/stats-menu';

/** The expression's count of stats, up to 2 (what the engine needs). */
function count(text: string): number {
  const all = new RegExp(STATS.source, 'gi');
  let found = 0;
  while (found < 2 && all.test(text)) found++;
  return found;
}

const UNITS = [
  ...' 0123456789:,.-/\n',
  ...['34', '36', '115', '1234', '22', '19', '110'],
  ...['lb', 'lbs', 'kg', 'LB', 'd', 'dd', 'ddd', 'C', 'b', 'h', 'yrs old', 'years old', 'yo'],
  ...['år', 'ÅR', 'age', 'Age:', 'AGE', 'page', 'x', 'Anna', 'sage'],
  ...['5', '4', "'", '’', '`', '´', '"', '”', 'ft', 'FT.', 'feet', '7', '10', '+', 'heels'],
];
const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 50 }).map((u) => u.join(''));
const spaced = fc.array(fc.constantFrom(...UNITS), { maxLength: 50 }).map((u) => u.join(' '));

describe('statCandidates', () => {
  it('counts at least as many as the expression finds, on random text', () => {
    fc.assert(
      fc.property(fc.oneof(text, spaced), (t) => {
        expect(statCandidates(t, normalize(t))).toBeGreaterThanOrEqual(count(t));
      }),
      { numRuns: 20_000 },
    );
  });

  it('counts at least as many as the expression finds, on the eval ads', () => {
    let menus = 0;
    for (const f of ['dev-ads.jsonl', 'real-dev.jsonl']) {
      const lines = readFileSync(`../shared/eval/${f}`, 'utf8').split('\n').filter(Boolean);
      for (const l of lines) {
        const t = (JSON.parse(l) as { text: string }).text;
        expect(statCandidates(t, normalize(t))).toBeGreaterThanOrEqual(count(t));
        if (count(t) === 2) menus++;
      }
    }
    expect(menus).toBeGreaterThan(0);
  });

  it("finds a menu of women, and none in one woman's profile", () => {
    const menu = 'Anna 34C 110 lb. Mia 36D 120 lbs. Eva 32B 105lb';
    expect(statsMenu(menu, normalize(menu))?.[0]).toBe('36D');
    // Two women's cup sizes are two women; one size in two systems is one (detect72).
    const two = 'Jenny 32C 115lbs, long blond hair. Gemma 34B 120lbs, black hair';
    expect(statsMenu(two, normalize(two))?.[0]).toBe('34B');
    const systems = 'Anna, my bust size is a 34DDD/36DD, 135 lbs';
    expect(statsMenu(systems, normalize(systems))).toBeNull();
    const one = 'Anna, 34C, 110 lb (50 kg), 25 yrs old. Call 415 555 0130';
    expect(statsMenu(one, normalize(one))).toBeNull();
    // Two women's heights are two women; a range, a client's height or heels are not (detect76).
    const tall = "Kara is 5 ' 8 135 pds, long brunette hair. Ceira is 5 ' 3 short cute hair";
    expect(statsMenu(tall, normalize(tall))?.[0]).toBe("5 ' 3");
    for (const t of [
      "Stacy, 5'6 - 5'7, 110 lbs",
      'Height: 5ft 4in to 5ft 7in',
      "I'm 5'4, gentlemen over 5'10 only",
      "I'm 5’2 so be 5’9+ please",
      '5\'7" (5\'10" in heels), 34C',
    ])
      expect(statsMenu(t, normalize(t)), t).toBeNull();
  });
});
