import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { matcherTable } from '../../cli/matcher-table';
import { compile, type Compiled } from '../../indicators/compile';
import { LEXICONS } from '../../indicators/lexicon';
import {
  adoptMatcherTable,
  buildMatcher,
  createHits,
  type Matcher,
  type PatternSpec,
} from '../../indicators/matcher';
import { LANGS } from '../../indicators/types';

// The CLI fills the matcher's table once on the main thread (share()) and its workers read it
// (adoptMatcherTable): a matcher on an adopted table must find exactly what a fresh one finds.

function hitsOf(m: Matcher, s: string): number[] {
  const buf = Uint16Array.from(s, (ch) => ch.charCodeAt(0));
  const hits = createHits(1);
  m.run(buf, buf.length, hits);
  return Array.from(hits.a.subarray(0, hits.n * 3));
}

const cliCompile = (): Compiled => compile(LEXICONS, LANGS, [], new Set());

/** Text from pieces of the patterns (cut anywhere), separators and other characters. */
const textFrom = (patterns: readonly PatternSpec[]) =>
  fc
    .array(
      fc.oneof(
        fc
          .tuple(fc.nat(patterns.length - 1), fc.nat(40), fc.nat(40))
          .map(([p, a, b]) => patterns[p]!.text.slice(Math.min(a, b), Math.max(a, b) + 1)),
        fc.constantFrom(' ', '  ', '1', 'x', 'é', '\u0000', '-'),
        fc.string({ maxLength: 3 }),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));

afterEach(() => adoptMatcherTable(undefined));

describe('shared matcher table', () => {
  it('the CLI engine on the shared table finds what a fresh engine finds', () => {
    const table = matcherTable();
    adoptMatcherTable(table);
    const c = cliCompile();
    adoptMatcherTable(undefined);
    const fresh = cliCompile();
    expect(c.matcher.shared).toBe(true);
    expect(fresh.matcher.shared).toBe(false);
    const specs = c.rows.map((r) => ({ text: r.term.toLowerCase(), left: true, right: true }));
    fc.assert(
      fc.property(textFrom(specs), (s) => {
        expect(hitsOf(c.matcher, s)).toEqual(hitsOf(fresh.matcher, s));
      }),
      { numRuns: 3000 },
    );
  });

  it('adopted on a 32-bit table (more than 32,767 states) too', () => {
    const word = (i: number) =>
      Array.from({ length: 8 }, (_, k) =>
        String.fromCharCode(97 + (Math.floor(i / 26 ** k) % 26)),
      ).join('');
    const specs: PatternSpec[] = Array.from({ length: 9000 }, (_, i) => ({
      text: word((i * 2654435761) % 26 ** 8).slice(0, 6 + (i % 3)),
      left: i % 3 !== 0,
      right: i % 2 === 0,
    }));
    adoptMatcherTable(buildMatcher(specs).share());
    const shared = buildMatcher(specs);
    adoptMatcherTable(undefined);
    const fresh = buildMatcher(specs);
    expect(shared.shared).toBe(true);
    expect(shared.states).toBeGreaterThan(0x7fff);
    fc.assert(
      fc.property(textFrom(specs), (s) => {
        expect(hitsOf(shared, s)).toEqual(hitsOf(fresh, s));
      }),
      { numRuns: 500 },
    );
  });

  it('a table of other patterns is not adopted', () => {
    const a: PatternSpec[] = [{ text: 'ab', left: false, right: false }];
    const b: PatternSpec[] = [
      { text: 'ab', left: false, right: false },
      { text: 'a', left: false, right: false },
    ];
    adoptMatcherTable(buildMatcher(a).share());
    const m = buildMatcher(b);
    expect(m.shared).toBe(false);
    expect(hitsOf(m, 'xab')).toEqual([1, 1, 2, 0, 1, 3]);
    expect(buildMatcher(a).shared).toBe(true);
  });
});
