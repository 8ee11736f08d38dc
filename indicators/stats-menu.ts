import { digitRun, type Normalized } from './normalize';

/**
 * Stats of several women in one ad (a menu: "Crystal … 115 lb 34C ? Vanessa … 110 lb 36C"):
 * weights (1), cup sizes (2), stated ages (3, 4: "22yr" too, detect71; not a time of a life story,
 * "by age 36", detect91). One woman's profile repeats hers (or gives her weight in lb and kg),
 * so it never has three different ones of a kind, nor two different cup sizes, except one size
 * in two systems side by side ("34DDD/36DD"): two women's cups were labelled several women in 13
 * of 14 ads (detect72); a big bust counts in double letters only ("42 DD", not a rival's "40E",
 * detect78). Two different heights ("5 ' 7", "5'4", "5 ' ' 6") are two women too, unless one is
 * a range's end ("5'6 - 5'7"), a client's ("over 5'10", "6'0+"), or in heels; only 4 to 5 feet
 * count, so a male client's or escort's never does (detect76).
 */
export const STATS =
  /\b(?:(\d{2,3} ?(?:lb|kg))s?\b|(3[2-9] ?(?:d{2,3}|[b-g])|4[0-6] ?d{2,3})(?![a-z])|(?:(?<!\b(?:at|by|since|until) )age:? ?(\d\d)|(\d\d) ?(?:yrs?(?: ?old)?|years? ?old|yo|år))\b|([45] ?(?:['’`´"”] ?){1,2}(?:1[01]|\d)|[45] ?(?:ft\.?|feet) ?(?:1[01]|\d))(?!\d| ?(?:\+|(?:in\.? )?heels|or (?:taller|over)|and up)))/gi;
const stats = [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()];
/** A height a client must have, or the low end of a range just before. */
const CLIENT = /(?:over|taller|than|least|under|min(?:imum)?|from)\W*$/i;

const FOOT = [39, 0x2019, 96, 0xb4, 34, 0x201d];

/** Lower-case ASCII letter or "å" at i. */
const low = (text: string, i: number) => text.charCodeAt(i) | 32;

/**
 * How many numbers could start a stat, up to 2: every stat holds one run of two or three digits
 * with "lb", "kg", a cup, "y…" or "år" after it (a space between at most) or "age" before it, or
 * a lone 4 or 5 with a foot mark or "f" after it (a height). A
 * walk over the digits the normaliser noted, so most ads (fewer than two) skip the expression
 * (engine speed, perf68); tests/unit/stats-menu.test.ts holds it above the expression's count.
 */
export function statCandidates(text: string, { dig, nd }: Pick<Normalized, 'dig' | 'nd'>): number {
  let found = 0;
  for (let k = 0; k < nd && found < 2; k++) {
    const len = digitRun(dig, nd, k);
    if (len === 0 || len > 3) continue;
    const at = dig[k]!;
    // A height's feet: a lone 4 or 5.
    if (len === 1 && text.charCodeAt(at) !== 52 && text.charCodeAt(at) !== 53) continue;
    let j = at + len;
    if (text.charCodeAt(j) === 32) j++;
    const c = low(text, j);
    if (len === 1) {
      // ' ’ ` ´ " ” f
      if (FOOT.includes(text.charCodeAt(j)) || c === 102) found++;
      continue;
    }
    // l(b), k(g), a cup b–g, y(rs, ears, o), å(r)
    if (c === 108 || c === 107 || (c >= 98 && c <= 103) || c === 121 || c === 0xe5) found++;
    else {
      let i = at - 1;
      if (text.charCodeAt(i) === 32) i--;
      if (text.charCodeAt(i) === 58) i--;
      if (low(text, i) === 101 && low(text, i - 1) === 103 && low(text, i - 2) === 97) found++;
    }
  }
  return found;
}

/**
 * The first stat that makes three different ones of a kind (two cup sizes or heights), or null;
 * `candidates`: statCandidates' count, when the caller has it already.
 */
export function statsMenu(
  text: string,
  n: Pick<Normalized, 'dig' | 'nd'>,
  candidates = statCandidates(text, n),
): RegExpExecArray | null {
  if (candidates < 2) return null;
  for (const set of stats) set.clear();
  let cupEnd = -9;
  let tallEnd = -9;
  STATS.lastIndex = 0;
  for (let m; (m = STATS.exec(text));) {
    const g = m[1] ? 0 : m[2] ? 1 : m[5] ? 3 : 2;
    if (g === 1) {
      const near = m.index - cupEnd <= 3; // "34DDD/36DD": one size, two systems
      cupEnd = m.index + m[0].length;
      if (near) continue;
    }
    if (g === 3) {
      const near = m.index - tallEnd <= 8; // "5ft 4in to 5ft 7in"
      tallEnd = m.index + m[0].length;
      if (near || CLIENT.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    }
    const key = g === 3 ? m[5]!.replace(/\D+/, "'") : (m[g + 1] ?? m[4]!).replace(' ', '');
    const size = stats[g]!.add(key.toLowerCase()).size;
    if (size > (g % 2 ? 1 : 2)) return m;
  }
  return null;
}
