/**
 * Letters replaced by "?" (encoding damage or evasion: "b?ck in town", "se?y", "?sc??ts S??vic?"):
 * a word with a "?" between its letters is read as the one lexicon word of its length that fits
 * its other letters. Same length, so every offset (and highlight) stays the original's.
 */
import type { Compiled } from './compile';

/** Runs of (Latin) letters and "?"; a "?" between two letters is a masked letter. */
const TOKEN = /[a-z?]{3,14}/gi;
const INNER = /[a-z]\?+[a-z]/i;

/** Lexicon words of 3–14 letters, by length, as " word word " strings. */
export function maskVocabulary(c: Compiled): string[] {
  const byLength: Set<string>[] = [];
  for (const r of c.rows)
    for (const w of r.term.toLowerCase().split(' '))
      if (/^[a-z]{3,14}$/.test(w)) (byLength[w.length] ??= new Set()).add(w);
  return byLength.map((words) => ` ${[...words].join(' ')} `);
}

/** `text` with its masked words filled in, or `text` itself (most ads: no "?" at all). */
export const unmask = (text: string, v: readonly string[]): string =>
  text.includes('?') && INNER.test(text)
    ? text.replace(TOKEN, (t) => {
        // Half the letters must be known; "girl?" (a question) has no "?" between letters.
        if (t.split('?').length * 2 > t.length + 2 || !INNER.test(t)) return t;
        const m = v[t.length]?.match(
          RegExp(` ${t.toLowerCase().replace(/\?/g, '[a-z]')}(?= )`, 'g'),
        );
        return m?.length === 1 ? t.replace(/\?/g, (_, i: number) => m[0][i + 1]!) : t;
      })
    : text;
