// @vitest-environment node
// The tour-date regex runs only where a month's name ends right before a digit (engine speed,
// perf45). Whatever the month's spelling, case, dot and space, a short day range still counts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cats, scan } from '../support/engine-scan';

const MONTHS = ['jan', 'january', 'feb', 'march', 'apr', 'may', 'june', 'jul', 'august', 'sept'];
const month = fc
  .tuple(fc.constantFrom(...MONTHS), fc.constantFrom('lower', 'upper', 'title'))
  .map(([m, c]) =>
    c === 'upper' ? m.toUpperCase() : c === 'title' ? m[0]!.toUpperCase() + m.slice(1) : m,
  );

describe('tour dates behind the month-before-a-digit look', () => {
  it('a short day range after any spelling of a month is movement', () => {
    fc.assert(
      fc.property(
        month,
        fc.constantFrom('', '.', ' ', '. '),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 14 }),
        fc.constantFrom('-', ' - ', ' to ', '–', ' thru '),
        fc.constantFrom(' ', '(', ', ', ' 555-0101 '),
        (m, sep, from, days, dash, before) => {
          const text = `Escort incall, here${before}${m}${sep}${from}${dash}${from + days} only`;
          expect(cats(scan(text))).toContain('movement');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a phone number after a month-like word is no tour', () => {
    expect(cats(scan('Escort incall, call Mayra 555-0101 tonight'))).not.toContain('movement');
  });
});
