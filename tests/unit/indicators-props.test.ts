// @vitest-environment node
// Property tests (fast-check) for the normaliser and the matcher: 10,000+ random cases a run.
// Random Unicode never throws, offsets stay inside the text, hits slice back to their pattern,
// and the automaton finds exactly what a plain indexOf search finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../indicators/compile';
import { LEXICONS } from '../../indicators/lexicon';
import { buildMatcher, createHits, type PatternSpec } from '../../indicators/matcher';
import { createBuffers, normalize, normalizePattern } from '../../indicators/normalize';
import { isWord } from '../../indicators/char-class';
import { LANGS } from '../../indicators/types';

// Ad-like noise: letters, leet, separators, zero-width, marks, look-alikes, emoji, lone surrogates.
const ADISH = [
  ...'aeinosty bg0134578@$!|.-_/,;:()[]\u200b\u00ad\u0301\u0308\u030aåøæÅуоеß',
  '😀',
  '✈️',
  '\ud800',
  'ﬁ',
  '𝐲',
  '１',
  'ﷺ',
];
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...ADISH), maxLength: 120 }),
);

describe('normaliser properties', () => {
  const out = createBuffers(16);
  it('never throws; every character maps to an in-bounds, ordered source range', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = normalize(t, out);
        expect(r.n).toBeLessThanOrEqual(r.buf.length);
        let bad = -1;
        for (let i = 0; i < r.n && bad < 0; i++) {
          const ordered = r.st[i]! >= (i > 0 ? r.st[i - 1]! : 0);
          if (!ordered || r.st[i]! >= r.en[i]! || r.en[i]! > t.length) bad = i;
        }
        expect(bad, `character ${bad}: ${r.st[bad]}–${r.en[bad]}`).toBe(-1);
        const digits = Array.from(r.dig.subarray(0, r.nd), (i) => t[i]).join('');
        expect(digits).toBe(t.replace(/[^0-9]/g, ''));
      }),
      { numRuns: 6000 }, // + 4,000 + 1,000 below: 11,000 cases a run
    );
  });
});

describe('matcher properties', () => {
  it('hits the full lexicon in random text only where the pattern is (4,000 cases)', () => {
    const c = compile(LEXICONS, LANGS, [], new Set());
    const texts = c.rows.map((r) => normalizePattern(r.term));
    const norm = createBuffers(16);
    const hits = createHits();
    fc.assert(
      fc.property(text, (t) => {
        const r = normalize(`ung ${t} new girls 24/7`, norm);
        c.matcher.run(r.buf, r.n, hits);
        expect(hits.n).toBeGreaterThan(0);
        for (let h = 0; h < hits.n * 3; h += 3) {
          const [p, from, to] = [hits.a[h]!, hits.a[h + 1]!, hits.a[h + 2]!];
          expect(from).toBeGreaterThanOrEqual(0);
          expect(to).toBeLessThanOrEqual(r.n);
          expect(String.fromCharCode(...r.buf.subarray(from, to))).toBe(texts[p]);
          expect(r.en[to - 1]).toBeLessThanOrEqual(t.length + 20);
        }
      }),
      { numRuns: 4000 },
    );
  }, 30_000); // 4,000 matcher runs over the full lexicon: seconds on a loaded machine

  it('finds exactly what indexOf finds, in the same order (1,000 random pattern sets)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'ab .'), minLength: 1, maxLength: 5 });
    const spec = fc.record({ text: word, left: fc.boolean(), right: fc.boolean() });
    fc.assert(
      fc.property(
        fc.array(spec, { minLength: 1, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom(...'ab .x'), maxLength: 60 }),
        (specs: PatternSpec[], s) => {
          const buf = Uint16Array.from(s, (ch) => ch.charCodeAt(0));
          const hits = createHits(1);
          buildMatcher(specs).run(buf, buf.length, hits);
          const got: number[][] = [];
          for (let h = 0; h < hits.n * 3; h += 3)
            got.push([hits.a[h]!, hits.a[h + 1]!, hits.a[h + 2]!]);
          const want: number[][] = [];
          specs.forEach((p, i) => {
            for (let at = s.indexOf(p.text); at >= 0; at = s.indexOf(p.text, at + 1)) {
              const end = at + p.text.length;
              if (p.left && isWord(p.text.charCodeAt(0)) && at > 0 && isWord(s.charCodeAt(at - 1)))
                continue;
              const lastCh = p.text.charCodeAt(p.text.length - 1);
              if (p.right && isWord(lastCh) && end < s.length && isWord(s.charCodeAt(end)))
                continue;
              want.push([i, at, end]);
            }
          });
          // By end; at one end, longer first; one length: the later pattern first (as the trie lists them).
          want.sort((x, y) => x[2]! - y[2]! || x[1]! - y[1]! || y[0]! - x[0]!);
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
