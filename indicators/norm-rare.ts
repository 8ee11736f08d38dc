/**
 * The normaliser's rarer characters: digits and leet, symbols, zero-width and combining marks,
 * ligatures, maths letters and emoji. normalize.ts handles letters and separators in its hot
 * loop and hands its state over here (a State) for the rest, one character a call.
 */
import * as cc from './char-class';
import { SEP, State, step, SYM, WORD } from './norm-state';
import type { Normalized } from './normalize';

const { CLS, FOLD, LEET_OF, MULTI, classify, foldAstral } = cc;
const LETTER = 1,
  DIGIT = 2,
  SPACE = 3,
  CLAUSE = 4,
  SKIP = 5,
  LEET = 7,
  MULTI_CH = 8,
  HIGH = 9;

/** Class of the character at i; 0 past the end. */
const classAt = (text: string, i: number): number =>
  i < text.length ? CLS[text.charCodeAt(i)] || classify(text.charCodeAt(i)) : 0;
const isLetterAt = (text: string, i: number): boolean => classAt(text, i) === LETTER;

/** A leet character stands for a letter when a letter (or another leet char, then a letter) follows. */
function leetNext(text: string, i: number): boolean {
  if (isLetterAt(text, i)) return true;
  const c = text.charCodeAt(i);
  return c < 128 && LEET_OF[c]! > 0 && isLetterAt(text, i + 1);
}

/**
 * A pictograph in place of a space ("NEW💋IN💋TOWN", "Without❤️Condom"): a letter on both sides
 * (after its variation selector or skin tone). It then separates words like a space.
 */
function glued(text: string, s: number, e: number): boolean {
  let j = e;
  for (let c = text.charCodeAt(j); c === 0xfe0f || c === 0xfe0e; c = text.charCodeAt(++j));
  if (text.charCodeAt(j) === 0xd83c && (text.charCodeAt(j + 1) & 0xfff8) === 0xdff8) j += 2;
  return s > 0 && isLetterAt(text, s - 1) && isLetterAt(text, j);
}

/** "n0", "N0 AA": a zero after a word of letters, with no letter or digit next, is an "o". */
function zeroEndsWord(text: string, i: number, S: State): boolean {
  if (S.raw === 0 || S.rawLetters !== S.raw) return false;
  const k = classAt(text, i + 1);
  return k !== LETTER && k !== DIGIT;
}

/**
 * "discrete!I'm", "fun!Call me": a "!" between a small and a capital letter ends a sentence, and
 * so does a run of them ("time!!Guaranteed"): leet writes one "!" for an "i" ("K!NKY"). Glued
 * scrapes ("burnaby!today") put it after four small letters, where leet ("squ!rt") never was.
 */
function sentenceBang(text: string, i: number): boolean {
  const p = text.charCodeAt(i - 1);
  const n = text.charCodeAt(i + 1);
  if (p === 33 || n === 33) return true;
  if (!(p >= 97 && p <= 122)) return false;
  return (n >= 65 && n <= 90) || (n >= 97 && n <= 122 && smallRun(text, i - 4, i - 1));
}

function smallRun(text: string, from: number, to: number): boolean {
  for (let j = Math.max(from, 0); j < to; j++) {
    const c = text.charCodeAt(j);
    if (c < 97 || c > 122) return false;
  }
  return from >= 0;
}

/** a + ring → å; a, o, u + diaeresis → ä, ö, ü (NFC, for the letters the lexicon keeps); else 0. */
function compose(prev: number, mark: number): number {
  if (mark === 0x30a) return prev === 0x61 ? 0xe5 : 0;
  return prev === 0x61 ? 0xe4 : prev === 0x6f ? 0xf6 : prev === 0x75 ? 0xfc : 0;
}

const ASTRAL = new Map<number, string>();
/**
 * Folded units of the character at [i, e): a ligature or maths letter folds to plain letters;
 * an emoji (or other astral character that does not fold) stays itself, marked by a leading NUL.
 */
function expansion(text: string, i: number, e: number, high: boolean): string {
  if (!high) return MULTI.get(text.charCodeAt(i))!;
  const cp = e > i + 1 ? text.codePointAt(i)! : text.charCodeAt(i);
  let f = ASTRAL.get(cp);
  if (f === undefined) {
    f = foldAstral(cp);
    if (f.length === 2 && f.codePointAt(0) === cp) f = '\0' + f;
    ASTRAL.set(cp, f);
  }
  return f;
}

function grow(out: Normalized, need: number): void {
  const size = Math.max(need, out.buf.length * 2);
  const { buf, st, en } = out;
  out.buf = new Uint16Array(size);
  out.st = new Int32Array(size);
  out.en = new Int32Array(size);
  out.buf.set(buf);
  out.st.set(st);
  out.en.set(en);
}

/**
 * One character of class k (not a letter, space or clause mark) at i. Returns the index of its
 * last code unit (a surrogate pair takes two). May replace out's buffers when they grow.
 */
export function rare(text: string, i: number, k: number, S: State, out: Normalized): number {
  const c = text.charCodeAt(i);
  const s = i;
  let e = i + 1;
  const { buf, en } = out;
  if (k === SKIP) {
    if (S.sepLen === 0 && S.n > 0) en[S.n - 1] = i + 1;
    // Decomposed å/ä/ö/ü: compose with the letter before.
    if (S.tok > 0 && (c === 0x30a || c === 0x308)) {
      const m = compose(buf[S.n - 1]!, c);
      if (m > 0) buf[S.n - 1] = S.last = m;
    }
    return i;
  }
  // Expanded characters (ligatures, maths letters, emoji): `exp` holds the folded units.
  let exp = '';
  let x = 0;
  if (k === HIGH || k === MULTI_CH) {
    if (k === HIGH) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) e = i + 2; // a surrogate pair
    }
    exp = expansion(text, i, e, k === HIGH);
    if (exp === '') return e - 1; // folds to nothing (a combining mark)
    const need = S.n + exp.length * 2 + 8 + (text.length - e) * 3;
    if (need > buf.length) {
      grow(out, need);
      return rare(text, i, k, S, out);
    }
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
        act = glued(text, s, e) ? SEP : SYM;
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
      if (c <= 57 && c >= 48) out.dig[S.nd++] = i;
      // Leet only inside or at the head of a word ("y0ung", "g1rl", "$exy", never "24/7" or
      // "18 år"), and a zero at the end of one ("n0").
      const l = c < 128 ? LEET_OF[c]! : 0;
      if (
        l > 0 &&
        (((S.raw === 0 || (S.hasLetter && S.tok > 0)) &&
          leetNext(text, i + 1) &&
          !(c === 33 && sentenceBang(text, i))) ||
          (c === 48 && zeroEndsWord(text, i, S)))
      ) {
        act = WORD;
        f = l;
      } else if (k === DIGIT) {
        act = WORD;
        f = c < 128 ? c : FOLD[c]!; // "②", "➋" → "2"
        letter = false;
      } else {
        act = SEP;
        clause = c === 33;
      }
    } else {
      act = c >= 0x2190 && c <= 0x2bff && glued(text, s, e) ? SEP : SYM;
      f = FOLD[c]!;
    }
    step(text, act, f, f2, letter, clause, s, e, S, out);
  } while (x < exp.length);
  return e - 1;
}
