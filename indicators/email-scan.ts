/**
 * The e-mail expression (contacts.ts) tried only where a match can start, with the same result
 * as a global search from `from`. A match holds an "@" or a bracket ("anna (at) …"), and what
 * comes before it in the match is address characters and spaces only. So for the next such
 * character y, no match starts before the run of address characters and spaces that ends at y;
 * one that starts after y has its own "@" or bracket further on. The global search instead tries
 * every letter of the ad, and from each one runs to the end of its word (most of the e-mail
 * time of an ad with an "@" in it).
 */

/** Where a match's "@" or bracket may be. */
const AT_CHARS = ['@', '(', '[', '{', '<'];
const next = [0, 0, 0, 0, 0];

/** The first "@" or bracket at or after y (native indexOf per character, each kept until passed). */
function atFrom(text: string, y: number): number {
  let best = text.length;
  for (let k = 0; k < 5; k++) {
    let p = next[k]!;
    if (p < y) next[k] = p = text.indexOf(AT_CHARS[k]!, y) >>> 0; // -1 → beyond any text
    if (p < best) best = p;
  }
  return best;
}

// 1 where a code unit may sit before the "@" in a match: a letter, a digit, ._%+-, a space, or
// half of a surrogate pair (an astral letter); 2 where not; 0 until first seen. More than the
// expression takes is safe: it only starts the tries earlier.
const BEFORE = new Uint8Array(65536);
const LOCAL = /[\p{L}\p{N}._%+\-\s]/u;
function before(c: number): boolean {
  let k = BEFORE[c]!;
  if (k === 0)
    BEFORE[c] = k = (c >= 0xd800 && c <= 0xdfff) || LOCAL.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

const isTrail = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isLead = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * The first match of the sticky expression `re` (flags "iuy") that starts at or after `from`:
 * what `exec` of the same expression with "g" and lastIndex `from` returns.
 */
export function nextEmail(re: RegExp, text: string, from: number): RegExpExecArray | null {
  // No match starts before lo: [from, lo) was tried.
  next.fill(-1);
  for (let y = atFrom(text, from), lo = from; y < text.length; y = atFrom(text, y + 1)) {
    let s = y;
    while (s > lo && before(text.charCodeAt(s - 1))) s--;
    for (; s <= y; s++) {
      // The global search steps over whole code points: never start inside a pair.
      if (s > 0 && isTrail(text.charCodeAt(s)) && isLead(text.charCodeAt(s - 1))) continue;
      re.lastIndex = s;
      const m = re.exec(text);
      if (m) return m;
    }
    lo = y + 1;
  }
  return null;
}
