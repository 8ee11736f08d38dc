/**
 * Letters replaced by "?" (encoding damage or evasion: "b?ck in town", "se?y", "?sc??ts S??vic?"):
 * a word with a "?" between its letters is read as the one lexicon word of its length that fits
 * its other letters. Same length, so every offset (and highlight) stays the original's.
 */
import type { Compiled } from './compile';

/** Runs of (Latin) letters and "?"; a "?" between two letters is a masked letter. */
const TOKEN = /[a-z?]{3,14}/gi;
const INNER = /[a-z]\?+[a-z]/i;

/** Lexicon words of 3–14 letters, by length; and the words found for masked tokens so far. */
export interface MaskVocabulary {
  byLength: string[][];
  /** Lower-cased masked token → the one word that fits it, or "" (none or several). */
  fills: Map<string, string>;
}

/** Masked tokens remembered per engine (the same damaged words recur across a site's ads). */
const FILLS_MAX = 4096;

export function maskVocabulary(c: Compiled): MaskVocabulary {
  const sets: Set<string>[] = [];
  for (const r of c.rows)
    for (const w of r.term.toLowerCase().split(' '))
      if (/^[a-z]{3,14}$/.test(w)) (sets[w.length] ??= new Set()).add(w);
  return { byLength: sets.map((words) => [...words]), fills: new Map() };
}

/** The one word of `key`'s length whose letters fit `key`'s letters ("?" fits any), or "". */
function fillOf(key: string, words: readonly string[] | undefined): string {
  let found = '';
  if (words)
    for (const w of words) {
      let j = 0;
      while (j < key.length && (key.charCodeAt(j) === 63 || key[j] === w[j])) j++;
      if (j < key.length) continue;
      if (found) return '';
      found = w;
    }
  return found;
}

function unmaskToken(t: string, v: MaskVocabulary): string {
  // Half the letters must be known; "girl?" (a question) has no "?" between letters.
  if (t.split('?').length * 2 > t.length + 2 || !INNER.test(t)) return t;
  const key = t.toLowerCase();
  let w = v.fills.get(key);
  if (w === undefined) {
    w = fillOf(key, v.byLength[t.length]);
    if (v.fills.size >= FILLS_MAX) v.fills.clear();
    v.fills.set(key, w);
  }
  if (!w) return t;
  let out = '';
  for (let i = 0; i < t.length; i++) out += t.charCodeAt(i) === 63 ? w[i] : t[i];
  return out;
}

/** `text` with its masked words filled in, or `text` itself (most ads: no "?" at all). */
export const unmask = (text: string, v: MaskVocabulary): string =>
  text.includes('?') && INNER.test(text) ? text.replace(TOKEN, (t) => unmaskToken(t, v)) : text;
