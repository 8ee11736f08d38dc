/**
 * Normaliser: one pass over the ad text producing folded characters plus, for each, the range
 * of original UTF-16 code units it came from, so matches map back to exact offsets.
 *
 *   "Y0UNGGGG  s w e e t"  →  "young swet"
 *    leet in words · repeated letters collapsed (except a word's first run: BBBJ) ·
 *    spaced/punctuated single letters joined (n e w, s.e.x, f-r-e-s-h) · zero-width dropped ·
 *    separator runs → one " " (or "." when the run holds clause punctuation)
 *
 * Speed: letters and separators (nearly all of an ad) take a hot loop over local variables, with
 * no call and no allocation per character; the rest goes through norm-rare.ts, one character a
 * call. The golden and property tests hold both paths to the same results.
 */
import * as cc from './char-class';
import { rare } from './norm-rare';
import { State } from './norm-state';

// Local copies: module namespace reads can go through getters (CommonJS interop in Node).
const { CLS, FOLD, LEET_OF, classify } = cc;
const LETTER = 1,
  DIGIT = 2,
  SPACE = 3,
  CLAUSE = 4,
  HIGH = 9;
const S = new State();

export interface Normalized {
  buf: Uint16Array;
  /** Original start / end offset of each normalised character. */
  st: Int32Array;
  en: Int32Array;
  n: number;
  /** Positions of the ASCII digits in the text (for the phone search). */
  dig: Int32Array;
  nd: number;
  /** Whether the text has "(", "[", "{" or "<" (for the e-mail search: "anna (at) …"). */
  brackets: boolean;
}

export function createBuffers(size = 256): Normalized {
  const buf = new Uint16Array(size);
  const [st, en, dig] = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  return { buf, st, en, n: 0, dig, nd: 0, brackets: false };
}

export function normalize(
  text: string,
  out: Normalized = createBuffers(text.length * 3 + 8),
): Normalized {
  const len = text.length;
  // Each code unit adds at most a pending separator and itself (expansions grow the buffers).
  if (out.buf.length < len * 3 + 8) Object.assign(out, createBuffers(len * 4 + 8));
  if (out.dig.length < len) out.dig = new Int32Array(len * 2);
  let buf = out.buf;
  let st = out.st;
  let en = out.en;
  const dig = out.dig;
  let nd = 0;
  let brackets = false;
  let n = 0,
    tok = 0, // length of the current (joined) word in the output
    raw = 0, // word characters since the last separator in the input
    rawLetters = 0,
    prevRaw = 0, // 1 when the previous raw word was a single letter
    sepLen = 0,
    sepCh = 32,
    sepPos = 0,
    sepCode = 0, // the separator character itself
    joinCode = 0, // separator used inside the current spaced-out word ("s.e.x" → ".")
    last = 0,
    startRun = false,
    hasLetter = false;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    // Most of an ad: a lower-case ASCII letter inside a word (no camel split, join or leet).
    if (c >= 97 && c <= 122 && tok > 0 && raw > 0) {
      raw++;
      rawLetters++;
      if (c === last) {
        if (!startRun) {
          en[n - 1] = i + 1;
          continue;
        }
      } else startRun = false;
      buf[n] = c;
      st[n] = i;
      en[n++] = i + 1;
      tok++;
      last = c;
      hasLetter = true;
      continue;
    }
    if (c === 32) {
      // A plain space: the separator steps below, minus the class lookup.
      if (raw > 0) prevRaw = raw === 1 && rawLetters === 1 ? 1 : 0;
      raw = rawLetters = 0;
      if (sepLen++ === 0) {
        sepPos = i;
        sepCode = 32;
      }
      continue;
    }
    const k = CLS[c] || classify(c);
    if (k === LETTER) {
      // Words glued by CamelCase ("GoddessYoung") split like words with a space between.
      if (raw > 2 && c <= 90 && c >= 65 && camel(text, i, raw)) {
        prevRaw = raw = rawLetters = 0;
        sepLen = 1;
        sepCh = sepCode = 32;
        sepPos = i;
      }
      // Fast path for plain letters: the WORD steps below, minus what cannot apply.
      const f = FOLD[c]!;
      if (raw === 0) {
        let join = false;
        if (sepLen === 1 && prevRaw === 1 && tok > 0) {
          const kn =
            i + 1 < len ? CLS[text.charCodeAt(i + 1)] || classify(text.charCodeAt(i + 1)) : 0;
          join =
            kn !== LETTER &&
            kn !== DIGIT &&
            kn !== HIGH &&
            (joinCode === 0 || joinCode === sepCode);
        }
        if (sepLen > 0 && !join) {
          if (n > 0) {
            buf[n] = sepCh;
            st[n] = sepPos;
            en[n++] = sepPos + 1;
          }
          tok = 0;
        }
        sepLen = 0;
        sepCh = 32;
        if (join) joinCode = sepCode;
        else {
          tok = joinCode = 0;
          hasLetter = false;
        }
      }
      raw++;
      rawLetters++;
      if (tok === 0) startRun = true;
      else if (f === last) {
        if (!startRun) {
          en[n - 1] = i + 1;
          continue;
        }
      } else startRun = false;
      buf[n] = f;
      st[n] = i;
      en[n++] = i + 1;
      tok++;
      last = f;
      hasLetter = true;
      continue;
    }
    if (k === DIGIT && c < 128 && !(LEET_OF[c]! > 0 && (raw === 0 || (hasLetter && tok > 0)))) {
      // Fast path for a digit that is not leet here: the WORD steps for a non-letter.
      dig[nd++] = i;
      if (raw === 0) {
        if (sepLen > 0) {
          if (n > 0) {
            buf[n] = sepCh;
            st[n] = sepPos;
            en[n++] = sepPos + 1;
          }
          sepLen = 0;
          sepCh = 32;
        }
        tok = joinCode = 0;
        hasLetter = false;
      }
      raw++;
      if (tok === 0) startRun = true;
      else if (c !== last) startRun = false;
      buf[n] = c;
      st[n] = i;
      en[n++] = i + 1;
      tok++;
      last = c;
      continue;
    }
    if (k === SPACE || k === CLAUSE) {
      if (raw > 0) prevRaw = raw === 1 && rawLetters === 1 ? 1 : 0;
      raw = rawLetters = 0;
      if (sepLen === 0) {
        sepPos = i;
        sepCode = c;
      }
      sepLen++;
      if (k === CLAUSE) {
        sepCh = 46;
        if (c === 40 || c === 91 || c === 123) brackets = true;
      } else if (c === 60) brackets = true;
      continue;
    }
    // Anything else: hand the state to the general step (norm-rare.ts), then take it back.
    S.n = n;
    S.nd = nd;
    S.tok = tok;
    S.raw = raw;
    S.rawLetters = rawLetters;
    S.prevRaw = prevRaw;
    S.sepLen = sepLen;
    S.sepCh = sepCh;
    S.sepPos = sepPos;
    S.sepCode = sepCode;
    S.joinCode = joinCode;
    S.last = last;
    S.startRun = startRun;
    S.hasLetter = hasLetter;
    i = rare(text, i, k, S, out);
    ({ buf, st, en } = out);
    ({ n, nd, tok, raw, rawLetters, prevRaw, sepLen, sepCh, sepPos, sepCode, joinCode, last } = S);
    ({ startRun, hasLetter } = S);
  }
  out.n = n;
  out.nd = nd;
  out.brackets = brackets;
  return out;
}

/** Length of the run of adjacent digits that starts at dig[k]; 0 when dig[k] continues one. */
export function digitRun(dig: Int32Array, nd: number, k: number): number {
  if (k > 0 && dig[k - 1] === dig[k]! - 1) return 0;
  let e = k + 1;
  while (e < nd && dig[e] === dig[e - 1]! + 1) e++;
  return e - k;
}

// Non-ASCII lower-case letters count too: fancy-text titles glue "MîxëďPůërto". Codes, not
// one-character strings, on the ASCII path (a call per capital of every word in CAPS).
const lower = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c > 127 && String.fromCharCode(c) !== String.fromCharCode(c).toUpperCase());
/**
 * At an ASCII capital inside a word: whether the word so far is one Capitalised word of three
 * letters or more ("Goddess"), or a small one of four or more (a scrape's lost line break:
 * "englishFor", "clientsExpert"), and a lower-case letter follows, so the capital starts a new
 * word. Alternating case ("YoUnG", "toWn") and brands ("iPhone") stay one word.
 */
export function camel(text: string, i: number, raw: number): boolean {
  if (!lower(text.charCodeAt(i + 1))) return false;
  const first = text.charCodeAt(i - raw);
  if ((first < 65 || first > 90) && (raw < 4 || first < 97 || first > 122)) return false;
  for (let j = i - raw + 1; j < i; j++) if (!lower(text.charCodeAt(j))) return false;
  return true;
}

const patternBuf = createBuffers(64);
/** Normalised form of a lexicon pattern or custom term, as a string. */
export function normalizePattern(p: string): string {
  const r = normalize(p, patternBuf);
  let s = '';
  for (let i = 0; i < r.n; i++) s += String.fromCharCode(r.buf[i]!);
  return s.trim();
}
