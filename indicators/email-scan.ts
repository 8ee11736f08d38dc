/**
 * The e-mail expression (contacts.ts) tried only where a match can start, with the same result
 * as a global search from `from`. A match holds an "@" or a bracket ("anna (at) …"), and what
 * comes before it in the match is address characters, then spaces. So for the next such
 * character y, no match starts before the address characters and spaces that end at y;
 * one that starts after y has its own "@" or bracket further on. The global search instead tries
 * every letter of the ad, and from each one runs to the end of its word (most of the e-mail
 * time of an ad with an "@" in it).
 */

/** A match's "@" or bracket. */
const AT = /[@([{<]/g;
// What may sit before the "@" in a match: the address (a letter, a digit, ._%+-, or half of a
// surrogate pair: an astral letter), then spaces. More than the expression takes is safe: it
// only starts the tries earlier. (Small code on purpose: the content script's size budget.)
const BEFORE = /[\p{L}\d._%+\-\ud800-\udfff]/u;
const SPACE = /\s/u;
/**
 * A bracket starts a match's "at" only as "(at)", "[snabel-a]"… (contacts.ts's AT); any other
 * bracket ("(30 min)", "<3") cannot be a match's first "@" or bracket, so no try before it can
 * match: skipping it skips the walk back and the tries (most brackets in ads).
 */
export const AT_WORDS = 'at|snabel-?a|alfakrøll';
const BRACKET_AT = new RegExp(`[([{<]\\s*(?:${AT_WORDS})\\s*[)\\]}>]`, 'iuy');

/**
 * The first match of the sticky expression `re` (flags "iuy") that starts at or after `from`:
 * what `exec` of the same expression with "g" and lastIndex `from` returns. A try inside a
 * surrogate pair finds nothing (a lone half is no letter), as the global search, which skips it.
 */
export function nextEmail(re: RegExp, text: string, from: number): RegExpExecArray | null {
  AT.lastIndex = from;
  // No match starts before lo: [from, lo) was tried.
  for (let lo = from, at; (at = AT.exec(text)); lo = at.index + 1) {
    const y = at.index;
    if (text.charCodeAt(y) !== 64) {
      BRACKET_AT.lastIndex = y;
      if (!BRACKET_AT.test(text)) continue;
    }
    let s = y;
    while (s > lo && SPACE.test(text[s - 1]!)) s--;
    while (s > lo && BEFORE.test(text[s - 1]!)) s--;
    for (; s <= y; s++) {
      re.lastIndex = s;
      const m = re.exec(text);
      if (m) return m;
    }
  }
  return null;
}
