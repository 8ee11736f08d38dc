/** The normaliser's rarer rules, kept out of its hot loop (normalize.ts). */
import * as cc from './char-class';

const { CLS, LEET_OF, MULTI, classify, foldAstral } = cc;
const LETTER = 1;

const isLetterAt = (text: string, i: number): boolean =>
  i < text.length && (CLS[text.charCodeAt(i)] || classify(text.charCodeAt(i))) === LETTER;

/** A leet character stands for a letter when a letter (or another leet char, then a letter) follows. */
export function leetNext(text: string, i: number): boolean {
  if (isLetterAt(text, i)) return true;
  const c = text.charCodeAt(i);
  return c < 128 && LEET_OF[c]! > 0 && isLetterAt(text, i + 1);
}

/** a + ring → å; a, o, u + diaeresis → ä, ö, ü (NFC, for the letters the lexicon keeps); else 0. */
export function compose(prev: number, mark: number): number {
  if (mark === 0x30a) return prev === 0x61 ? 0xe5 : 0;
  return prev === 0x61 ? 0xe4 : prev === 0x6f ? 0xf6 : prev === 0x75 ? 0xfc : 0;
}

const ASTRAL = new Map<number, string>();
/**
 * Folded units of the character at [i, e): a ligature or maths letter folds to plain letters;
 * an emoji (or other astral character that does not fold) stays itself, marked by a leading NUL.
 */
export function expansion(text: string, i: number, e: number, high: boolean): string {
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
