import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../indicators/compile';
import { LEXICONS } from '../../indicators/lexicon';
import { CLS, FOLD, classify } from '../../indicators/char-class';
import { maskVocabulary, unmask } from '../../indicators/masked';
import { camel, createBuffers, normalize, type Normalized } from '../../indicators/normalize';
import { rare } from '../../indicators/norm-rare';
import { SEP, State, step, WORD } from '../../indicators/norm-state';
import { LANGS } from '../../indicators/types';

// The engine's fast paths against the general form they replace, on random texts.

const c = compile(LEXICONS, LANGS, [], new Set());

/** The masked-letter reading as it was: one expression over the vocabulary string per token. */
function unmaskByExpression(text: string, v: readonly string[]): string {
  const TOKEN = /[a-z?]{3,14}/gi;
  const INNER = /[a-z]\?+[a-z]/i;
  return text.includes('?') && INNER.test(text)
    ? text.replace(TOKEN, (t) => {
        if (t.split('?').length * 2 > t.length + 2 || !INNER.test(t)) return t;
        const m = v[t.length]?.match(
          RegExp(` ${t.toLowerCase().replace(/\?/g, '[a-z]')}(?= )`, 'g'),
        );
        return m?.length === 1 ? t.replace(/\?/g, (_, i: number) => m[0][i + 1]!) : t;
      })
    : text;
}

describe('unmask: word list and remembered fills', () => {
  const vocab = maskVocabulary(c);
  const asString = vocab.byLength.map((words) => ` ${words.join(' ')} `);
  const words = vocab.byLength.flat();
  /** A lexicon word with some letters masked, in any case; or noise around it. */
  const masked = fc
    .tuple(
      fc.constantFrom(...words),
      fc.array(fc.boolean(), { maxLength: 14 }),
      fc.array(fc.boolean(), { maxLength: 14 }),
    )
    .map(([w, mask, upper]) =>
      [...w].map((ch, i) => (mask[i] ? '?' : upper[i] ? ch.toUpperCase() : ch)).join(''),
    );
  const text = fc
    .array(
      fc.oneof(
        masked,
        fc.constantFrom(' ', '?', '??', 'a?', '?b', 'ſ?x', 'K?k', 'é?e', '\u200b', '1?2', '. '),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));

  it('fills exactly what the expression over the vocabulary string fills', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(unmask(t, vocab)).toBe(unmaskByExpression(t, asString));
        // Again, now from the remembered fills.
        expect(unmask(t, vocab)).toBe(unmaskByExpression(t, asString));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a masked lexicon word, and leaves one that fits several words', () => {
    expect(unmask('b?ck in town', vocab)).toBe(unmaskByExpression('b?ck in town', asString));
    expect(unmask('?sc??ts S??vic?', vocab)).toBe('escorts Service');
    expect(unmask('a??', vocab)).toBe('a??');
  });
});

/**
 * The normaliser through its general step (norm-state.ts) for every character: what the hot
 * loop's inlined letter, digit and separator paths (and the rest-of-word loop) must equal.
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

describe('normalize: hot loop against the general step', () => {
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
