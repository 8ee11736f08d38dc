/**
 * Her looks as an escort ad states them: a bust size, or a height just before a weight. Either
 * votes escort in the ad's context (context.ts), so a listing of women with no escort word is
 * read as one.
 */
import { digitRun, type Normalized } from './normalize';

const BUST_VOTE = 3;

/**
 * A bust size ("34d", "36 dd", "38DDD") ending at digit `j` votes escort: a masseuse's clinic never
 * states one, an escort who lists massage among her services does (detect48).
 */
function bustAt(text: string, j: number): boolean {
  const d = text.charCodeAt(j - 1);
  if (d < 51 || d > 52) return false; // 30–49
  let i = j + 1;
  const spaced = text.charCodeAt(i) === 32;
  if (spaced) i++;
  const c = text.charCodeAt(i) | 32;
  // Cups a–g; "a" only glued ("34a"), since "$40 a session" is a price.
  if (c < 97 || c > 103 || (spaced && c === 97)) return false;
  let e = i + 1;
  while ((text.charCodeAt(e) | 32) === c && e < i + 3) e++;
  const after = text.charCodeAt(e) | 32;
  return !(after >= 97 && after <= 122) && !(after >= 48 && after <= 57);
}

/**
 * A height just before a weight ("5 ' 7 125lbs", "5'2 98 lbs"): a listing of her stats, which votes
 * escort like a bust size (detect85). Not a tall man's "6'1 190lbs".
 */
export const WEIGHED = /[45] ?(?:['’"`´]|ft)[^a-z]{0,9}(?<!\d)(?:\d\d|1[0-7]\d) ?(?:lb|pd|pound)/i;
function weightAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j + 1 + +(text.charCodeAt(j + 1) === 32)) | 32;
  return (c === 108 || c === 112) && WEIGHED.test(text.slice(Math.max(0, j - 17), j + 8));
}

/** Bits of stated(): a bust size, a height just before a weight. */
export const BUST = 1;
export const WEIGHT = 2;

/**
 * Her stats the ad states, as BUST | WEIGHT: one walk over the ad's numbers of two digits or more
 * (the normaliser's digits), not a regex over every ad (engine speed; two walks cost 1–2%).
 */
export function stated(text: string, { dig, nd }: Pick<Normalized, 'dig' | 'nd'>): number {
  let found = 0;
  for (let k = 0; k < nd && found !== (BUST | WEIGHT); k++) {
    const len = digitRun(dig, nd, k);
    if (len < 2) continue;
    const j = dig[k + len - 1]!; // the number's last digit
    if ((found & WEIGHT) === 0 && weightAt(text, j)) found |= WEIGHT;
    if ((found & BUST) === 0 && len === 2 && bustAt(text, j)) found |= BUST;
  }
  return found;
}

/** The escort votes of her stated looks. */
export const looksVote = (text: string, n: Normalized): number =>
  stated(text, n) !== 0 ? BUST_VOTE : 0;
