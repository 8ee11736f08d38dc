// @vitest-environment node
// "New sweet girls" (NEW_GIRLS in indicators/engine.ts) is searched only in ads where the matcher
// saw "girls" or "ladies" (engine speed, perf68): on random text of its own words (fast-check),
// every match of the expression is still reported as the house's new women.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEW_GIRLS } from '../../indicators/engine';
import { scan } from '../support/engine-scan';

const WORDS = [
  ...['new', 'NEW', 'New', 'girls', 'GIRLS', 'Girls', 'ladies', 'LADIES', 'girl', 'lady'],
  ...['sweet', 'hot', 'asian', 'Beautiful', 'and', 'for', 'in', 'with', 'every', 'week'],
  ...['girlss', 'ladiez', '💋', '!', ',', '2', 'g1rls', 'x'],
];
const words = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 12 });

describe('new girls with adjectives between', () => {
  it('reports every match of the expression in an escort ad', () => {
    let found = 0;
    fc.assert(
      fc.property(words, (w) => {
        const text = `Escort incall, GFE. ${w.join(' ')}. Call me`;
        const m = NEW_GIRLS.exec(text);
        if (!m) return;
        found++;
        const r = scan(text);
        const at = m.index;
        const hit = r.indicators.some(
          (f) => f.category === 'third-party' && f.start <= at && f.end >= at + m[0].length,
        );
        expect(hit).toBe(true);
      }),
      { numRuns: 5_000 },
    );
    expect(found).toBeGreaterThan(100);
  });
});
