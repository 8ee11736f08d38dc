/**
 * The normaliser's state between characters, and the one step every character takes: a word
 * character, a separator or a symbol. normalize.ts inlines the same steps for plain letters and
 * separators (its hot loop); this is the general form, used for the rarer characters.
 */
import * as cc from './char-class';
import type { Normalized } from './normalize';

const { CLS, classify } = cc;
/** A letter or digit (LETTER = 1, DIGIT = 2 in char-class.ts). */
const wordClass = (c: number) => {
  const k = CLS[c] || classify(c);
  return k === 1 || k === 2;
};

export const WORD = 1,
  SEP = 2,
  SYM = 3;

export class State {
  n = 0;
  nd = 0; // ASCII digits seen
  tok = 0; // length of the current (joined) word in the output
  raw = 0; // word characters since the last separator in the input
  rawLetters = 0;
  prevRaw = 0; // 1 when the previous raw word was a single letter
  sepLen = 0;
  sepCh = 32;
  sepPos = 0;
  sepCode = 0; // the separator character itself
  joinCode = 0; // separator used inside the current spaced-out word ("s.e.x" → ".")
  last = 0;
  startRun = false;
  hasLetter = false;
}

/**
 * One step for the source character at [s, e): `act` WORD (f, a letter or not), SEP (clause
 * punctuation or not) or SYM (f, and f2 when it is two units).
 */
export function step(
  text: string,
  act: number,
  f: number,
  f2: number,
  letter: boolean,
  clause: boolean,
  s: number,
  e: number,
  S: State,
  out: Normalized,
): void {
  if (act === SEP) {
    if (S.raw > 0) S.prevRaw = S.raw === 1 && S.rawLetters === 1 ? 1 : 0;
    S.raw = S.rawLetters = 0;
    if (S.sepLen === 0) {
      S.sepPos = s;
      S.sepCode = text.charCodeAt(s);
    }
    S.sepLen++;
    if (clause) S.sepCh = 46;
    return;
  }
  const { buf, st, en } = out;
  let join = false;
  if (act === SYM) S.raw = S.rawLetters = S.prevRaw = 0;
  else if (S.raw === 0 && S.sepLen === 1 && S.prevRaw === 1 && letter && S.tok > 0) {
    // "n e w", "s.e.x": a single letter after a one-character separator after a single letter.
    // A high surrogate next is a maths letter ("𝙖𝙢"): the letter is no single one.
    const c = e < text.length ? text.charCodeAt(e) : 32;
    const kn = (c >= 0xd800 && c <= 0xdbff) || wordClass(c);
    join = !kn && (S.joinCode === 0 || S.joinCode === S.sepCode);
  }
  if (act === SYM || S.raw === 0) {
    if (S.sepLen > 0 && !join) {
      if (S.n > 0) {
        buf[S.n] = S.sepCh;
        st[S.n] = S.sepPos;
        en[S.n++] = S.sepPos + 1;
      }
      S.tok = 0;
    }
    S.sepLen = 0;
    S.sepCh = 32;
  }
  if (act === SYM) {
    buf[S.n] = f;
    st[S.n] = s;
    en[S.n++] = e;
    if (f2 > 0) {
      buf[S.n] = f2;
      st[S.n] = s;
      en[S.n++] = e;
    }
    S.tok = 0;
    return;
  }
  if (S.raw === 0) {
    if (join) S.joinCode = S.sepCode;
    else {
      S.tok = S.joinCode = 0;
      S.hasLetter = false;
    }
  }
  S.raw++;
  if (letter) S.rawLetters++;
  if (letter && S.tok > 0 && f === S.last && !S.startRun) {
    en[S.n - 1] = e;
    return;
  }
  if (S.tok === 0) S.startRun = true;
  else if (f !== S.last) S.startRun = false;
  buf[S.n] = f;
  st[S.n] = s;
  en[S.n++] = e;
  S.tok++;
  S.last = f;
  if (letter) S.hasLetter = true;
}
