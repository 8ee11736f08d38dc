import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../indicators/compile';
import { LEXICONS } from '../../indicators/lexicon';
import { CLS, FOLD, classify } from '../../indicators/char-class';
import { isWord } from '../../indicators/char-class';
import type { PatternSpec } from '../../indicators/matcher';
import {
  camel,
  createBuffers,
  normalize,
  normalizePattern,
  type Normalized,
} from '../../indicators/normalize';
import { rare } from '../../indicators/norm-rare';
import { SEP, State, step, WORD } from '../../indicators/norm-state';
import { LANGS } from '../../indicators/types';
import { hitsOf } from '../support/matcher-hits';

// The engine's hot loops against the general form they stand for, on random texts.

const c = compile(LEXICONS, LANGS, [], new Set());

/**
 * The normaliser through its general step (norm-state.ts) for every character: what the hot
 * loop's inlined letter, digit and separator paths must equal.
 */
function normalizeByStep(text: string): Normalized {
  const out = createBuffers(text.length * 3 + 8);
  const S = new State();
  let brackets = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = CLS[c] || classify(c);
    if (k === 1) {
      if (S.raw > 2 && c <= 90 && c >= 65 && camel(text, i, S.raw)) {
        S.prevRaw = S.raw = S.rawLetters = 0;
        S.sepLen = 1;
        S.sepCh = S.sepCode = 32;
        S.sepPos = i;
      }
      step(text, WORD, FOLD[c]!, 0, true, false, i, i + 1, S, out);
    } else if (k === 3 || k === 4) {
      step(text, SEP, 0, 0, false, k === 4, i, i + 1, S, out);
      if (c === 40 || c === 91 || c === 123 || c === 60) brackets = true;
    } else i = rare(text, i, k, S, out);
  }
  return { ...out, n: S.n, nd: S.nd, brackets };
}

const view = (r: Normalized) => ({
  buf: String.fromCharCode(...r.buf.subarray(0, r.n)),
  st: [...r.st.subarray(0, r.n)],
  en: [...r.en.subarray(0, r.n)],
  dig: [...r.dig.subarray(0, r.nd)],
  brackets: r.brackets,
});

describe('normalize: the hot loop against the general step', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      'sweet',
      'SWEET',
      'GoddessYoung',
      'iPhone',
      'YoUnG',
      'toWn',
      'bbbj',
      'Yoouung',
      'n e w',
      's.e.x',
      'f-r-e-s-h',
      'y0ung',
      'g1rl',
      '$exy',
      '24/7',
      '18 år',
      'Ærlig',
      'ÅSE',
      'møte',
      'e\u0301',
      'a\u030a',
      'o\u0308',
      '\u200b',
      '\u00ad',
      'ﬁ',
      '①',
      '𝐡𝐨𝐭',
      '😀',
      'ѕех',
      'ΑΒ',
      'ſ',
      'K',
      ' ',
      '  ',
      '.',
      ', ',
      '(',
      '[',
      '{',
      '<',
      '?',
      '!',
      '@',
      '|',
      '\n',
      '\t',
      '\ud800',
    ),
    fc.string({ maxLength: 6 }),
    fc.string({ unit: 'binary', maxLength: 4 }),
    fc.stringMatching(/^[A-Za-z]{1,8}$/),
  );
  const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

  it('gives the same characters, offsets, digits and brackets (4,000 texts)', () => {
    const reused = createBuffers(16);
    fc.assert(
      fc.property(text, (t) => {
        expect(view(normalize(t, reused))).toEqual(view(normalizeByStep(t)));
      }),
      { numRuns: 4000 },
    );
  });
});

/** Every match of `specs` in `s` by indexOf, with the word-boundary rules, in the matcher's order. */
function matchesByIndexOf(specs: readonly PatternSpec[], s: string): number[][] {
  const digit = (c: number) => c >= 48 && c <= 57;
  const want: number[][] = [];
  specs.forEach((p, i) => {
    for (let at = s.indexOf(p.text); at >= 0; at = s.indexOf(p.text, at + 1)) {
      const end = at + p.text.length;
      const c0 = p.text.charCodeAt(0);
      const before = at > 0 ? s.charCodeAt(at - 1) : 32;
      // A digit before a pattern that starts with a letter is a boundary ("0110blondes"), and a
      // letter before one that starts with a digit ("deposits24/7": a line break lost).
      if (p.left && isWord(c0) && isWord(before) && digit(c0) === digit(before)) continue;
      const lastCh = p.text.charCodeAt(p.text.length - 1);
      const after = end < s.length ? s.charCodeAt(end) : 32;
      // … and the same after a pattern ("non rushed1000%", "24/7incall").
      if (p.right && isWord(lastCh) && isWord(after) && digit(lastCh) === digit(after)) continue;
      want.push([i, at, end]);
    }
  });
  // By end; at one end, longer first; one length: the later pattern first (as the trie lists them).
  return want.sort((x, y) => x[2]! - y[2]! || x[1]! - y[1]! || y[0]! - x[0]!);
}

describe('matcher: long texts', () => {
  it('finds exactly what indexOf finds, in the same order (1,500 cases)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'ab .1'), minLength: 1, maxLength: 6 });
    const spec = fc.record({ text: word, left: fc.boolean(), right: fc.boolean() });
    fc.assert(
      fc.property(
        fc.array(spec, { minLength: 1, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom(...'ab .x1'), minLength: 60, maxLength: 300 }),
        (specs: PatternSpec[], s) => {
          expect(hitsOf(specs, s)).toEqual(matchesByIndexOf(specs, s));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('finds what indexOf finds for the lexicon in long texts of its own terms (200 cases)', () => {
    const specs = c.rows.map((r) => ({ text: normalizePattern(r.term), left: true, right: true }));
    const long = fc
      .array(
        fc.oneof(
          // Terms of letters, digits and spaces (the emoji terms follow rules of their own).
          fc.constantFrom(...specs.map((p) => p.text).filter((t) => /^[\p{L}\d ]+$/u.test(t))),
          fc.constantFrom(' ', '  ', '1', 'x', 'é', '-'),
        ),
        { minLength: 20, maxLength: 120 },
      )
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(long, (s) => {
        expect(hitsOf(specs, s)).toEqual(matchesByIndexOf(specs, s));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
