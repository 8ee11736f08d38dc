/**
 * Her looks as an escort ad states them: a bust size, or a height just before a weight. Either
 * votes escort in the ad's context (context.ts), so a listing of women with no escort word is
 * read as one.
 */
import type { Normalized } from './normalize';

const BUST_VOTE = 3;

/**
 * A bust size ("34d", "36 dd", "38DDD") votes escort: a masseuse's clinic never states one, an
 * escort who lists massage among her services does (detect48). A walk over the digits the
 * normaliser noted, not a regex over every ad (engine speed).
 */
function bust(text: string, n: Normalized): boolean {
  for (let k = 1; k < n.nd; k++) {
    const j = n.dig[k]!;
    if (n.dig[k - 1] !== j - 1 || (k > 1 && n.dig[k - 2] === j - 2)) continue;
    const d = text.charCodeAt(j - 1);
    if (d < 51 || d > 52) continue; // 30–49
    let i = j + 1;
    const spaced = text.charCodeAt(i) === 32;
    if (spaced) i++;
    const c = text.charCodeAt(i) | 32;
    // Cups a–g; "a" only glued ("34a"), since "$40 a session" is a price.
    if (c < 97 || c > 103 || (spaced && c === 97)) continue;
    let e = i + 1;
    while ((text.charCodeAt(e) | 32) === c && e < i + 3) e++;
    const after = text.charCodeAt(e) | 32;
    if (!(after >= 97 && after <= 122) && !(after >= 48 && after <= 57)) return true;
  }
  return false;
}

/**
 * A height just before a weight ("5 ' 7 125lbs", "5'2 98 lbs"): a listing of her stats, which votes
 * escort like a bust size (detect85). Not a tall man's "6'1 190lbs".
 */
export const WEIGHED = /[45] ?(?:['’"`´]|ft)[^a-z]{0,9}(?<!\d)(?:\d\d|1[0-7]\d) ?(?:lb|pd|pound)/i;
export function weighed(text: string, n: Normalized): boolean {
  for (let k = 1; k < n.nd; k++) {
    const j = n.dig[k]!;
    const c = text.charCodeAt(j + 1 + +(text.charCodeAt(j + 1) === 32)) | 32;
    if ((c === 108 || c === 112) && WEIGHED.test(text.slice(Math.max(0, j - 17), j + 8)))
      return true;
  }
  return false;
}

/** The escort votes of her stated looks. */
export const looksVote = (text: string, n: Normalized): number =>
  bust(text, n) || weighed(text, n) ? BUST_VOTE : 0;
