/**
 * Normaliser: one pass over the ad text producing folded characters plus, for each, the range
 * of original UTF-16 code units it came from, so matches map back to exact offsets.
 *
 *   "Y0UNGGGG  s w e e t"  →  "young swet"
 *    leet in words · repeated letters collapsed (except a word's first run: BBBJ) ·
 *    spaced/punctuated single letters joined (n e w, s.e.x, f-r-e-s-h) · zero-width dropped ·
 *    separator runs → one " " (or "." when the run holds clause punctuation)
 *
 * Speed: the whole scanner is one function over local variables (no calls, no allocation per
 * character); the rules themselves live in norm-rules.ts.
 */
import * as cc from './char-class';
import { compose, expansion, leetNext } from './norm-rules';

// Local copies: module namespace reads can go through getters (CommonJS interop in Node).
const { CLS, FOLD, LEET_OF, classify } = cc;
const LETTER = 1,
  DIGIT = 2,
  SPACE = 3,
  CLAUSE = 4,
  SKIP = 5,
  LEET = 7,
  MULTI_CH = 8,
  HIGH = 9;
// What one (source or expanded) character does.
const WORD = 1,
  SEP = 2,
  SYM = 3;

export interface Normalized {
  buf: Uint16Array;
  /** Original start / end offset of each normalised character. */
  st: Int32Array;
  en: Int32Array;
  n: number;
  /** Positions of the ASCII digits in the text (for the phone search). */
  dig: Int32Array;
  nd: number;
}

export function createBuffers(size = 256): Normalized {
  const buf = new Uint16Array(size);
  const [st, en, dig] = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  return { buf, st, en, n: 0, dig, nd: 0 };
}

function grow(out: Normalized, need: number): void {
  if (out.buf.length >= need) return;
  const size = Math.max(need, out.buf.length * 2);
  const { buf, st, en } = out;
  out.buf = new Uint16Array(size);
  out.st = new Int32Array(size);
  out.en = new Int32Array(size);
  out.buf.set(buf);
  out.st.set(st);
  out.en.set(en);
}

export function normalize(
  text: string,
  out: Normalized = createBuffers(text.length * 3 + 8),
): Normalized {
  const len = text.length;
  grow(out, len * 3 + 8); // each code unit adds at most a pending separator and itself
  let buf = out.buf;
  let st = out.st;
  let en = out.en;
  if (out.dig.length < len) out.dig = new Int32Array(len * 2);
  const dig = out.dig;
  let nd = 0;
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
    const k = CLS[c] || classify(c);
    if (k === LETTER) {
      // Fast path for plain letters: the WORD steps below, minus what cannot apply.
      const f = FOLD[c]!;
      if (raw === 0) {
        let join = false;
        if (sepLen === 1 && prevRaw === 1 && tok > 0) {
          const kn = i + 1 < len ? CLS[text.charCodeAt(i + 1)] || classify(text.charCodeAt(i + 1)) : 0;
          join = kn !== LETTER && kn !== DIGIT && (joinCode === 0 || joinCode === sepCode);
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
    if (k === SPACE || k === CLAUSE) {
      if (raw > 0) prevRaw = raw === 1 && rawLetters === 1 ? 1 : 0;
      raw = rawLetters = 0;
      if (sepLen === 0) {
        sepPos = i;
        sepCode = c;
      }
      sepLen++;
      if (k === CLAUSE) sepCh = 46;
      continue;
    }
    const s = i;
    let e = i + 1;
    // Expanded characters (ligatures, maths letters, emoji): `exp` holds the folded units.
    let exp = '';
    let x = 0;
    if (k === HIGH || k === MULTI_CH) {
      if (k === HIGH) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) e = i + 2; // a surrogate pair
      }
      exp = expansion(text, i, e, k === HIGH);
      i = e - 1;
      if (exp === '') continue; // folds to nothing (a combining mark)
      if (n + exp.length * 2 + 8 > buf.length) {
        out.n = n;
        grow(out, n + exp.length * 2 + 8 + (len - i) * 3);
        ({ buf, st, en } = out);
      }
    } else if (k === SKIP) {
      if (sepLen === 0 && n > 0) en[n - 1] = i + 1;
      // Decomposed å/ä/ö/ü: compose with the letter before.
      if (tok > 0 && (c === 0x30a || c === 0x308)) {
        const m = compose(buf[n - 1]!, c);
        if (m > 0) buf[n - 1] = last = m;
      }
      continue;
    }
    do {
      let act: number;
      let f = 0;
      let f2 = 0;
      let letter = true;
      let clause = false;
      if (exp !== '') {
        // Emoji stay themselves, as one symbol (expansion() marks them with a leading NUL).
        if (exp.charCodeAt(0) === 0) {
          act = SYM;
          f = exp.charCodeAt(1);
          f2 = exp.charCodeAt(2);
          x = exp.length;
        } else {
          const fc = exp.charCodeAt(x++);
          const kk = CLS[fc] || classify(fc);
          if (kk === LETTER || kk === DIGIT) {
            act = WORD;
            f = FOLD[fc]!;
            letter = kk === LETTER;
          } else if (kk === SPACE || kk === CLAUSE || kk === LEET) {
            act = SEP;
            clause = kk !== SPACE;
          } else if (kk === SKIP) continue;
          else {
            act = SYM;
            f = fc;
          }
        }
      } else if (k === DIGIT || k === LEET) {
        if (c <= 57 && c >= 48) dig[nd++] = i;
        // Leet only inside or at the head of a word: "y0ung", "g1rl", "$exy", never "24/7" or "18 år".
        const l = c < 128 ? LEET_OF[c]! : 0;
        if (l > 0 && (raw === 0 || (hasLetter && tok > 0)) && leetNext(text, i + 1)) {
          act = WORD;
          f = l;
        } else if (k === DIGIT) {
          act = WORD;
          f = c;
          letter = false;
        } else {
          act = SEP;
          clause = c === 33;
        }
      } else {
        act = SYM;
        f = FOLD[c]!;
      }

      if (act === SEP) {
        if (raw > 0) prevRaw = raw === 1 && rawLetters === 1 ? 1 : 0;
        raw = rawLetters = 0;
        if (sepLen === 0) {
          sepPos = s;
          sepCode = text.charCodeAt(s);
        }
        sepLen++;
        if (clause) sepCh = 46;
        continue;
      }
      let join = false;
      if (act === SYM) {
        raw = rawLetters = prevRaw = 0;
      } else if (raw === 0) {
        // "n e w", "s.e.x": a single letter after a one-character separator after a single letter.
        if (sepLen === 1 && prevRaw === 1 && letter && tok > 0) {
          const kn = e < len ? CLS[text.charCodeAt(e)] || classify(text.charCodeAt(e)) : 0;
          join = kn !== LETTER && kn !== DIGIT && (joinCode === 0 || joinCode === sepCode);
        }
      }
      if (act === SYM || raw === 0) {
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
      }
      if (act === SYM) {
        buf[n] = f;
        st[n] = s;
        en[n++] = e;
        if (f2 > 0) {
          buf[n] = f2;
          st[n] = s;
          en[n++] = e;
        }
        tok = 0;
        continue;
      }
      if (raw === 0) {
        if (join) joinCode = sepCode;
        else {
          tok = joinCode = 0;
          hasLetter = false;
        }
      }
      raw++;
      if (letter) rawLetters++;
      if (letter && tok > 0 && f === last && !startRun) {
        en[n - 1] = e;
        continue;
      }
      if (tok === 0) startRun = true;
      else if (f !== last) startRun = false;
      buf[n] = f;
      st[n] = s;
      en[n++] = e;
      tok++;
      last = f;
      if (letter) hasLetter = true;
    } while (x < exp.length);
  }
  out.n = n;
  out.nd = nd;
  return out;
}

const patternBuf = createBuffers(64);
/** Normalised form of a lexicon pattern or custom term, as a string. */
export function normalizePattern(p: string): string {
  const r = normalize(p, patternBuf);
  let s = '';
  for (let i = 0; i < r.n; i++) s += String.fromCharCode(r.buf[i]!);
  return s.trim();
}
