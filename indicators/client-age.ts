import { digitRun, type Normalized } from './normalize';

/**
 * A client age rule in an escort or massage ad ("gentlemen 30+ only", "40+ please", "25yrs old and
 * over", "I don't see anyone under the age of 26", "ages 28 to 80", "must be over 25yo", "be
 * over 35 please"): a client exclusion, `restricted` like "no black men", as real-dev's labels
 * read it (rd-005, rd-027) and every blind round's helpers did (POLICY-LOG.md, detect49). Ages
 * 22–79 only: "18+", "over 18" and "21+ only" are legal ages, not her choice of clients.
 * Swedish, Norwegian and Danish forms too.
 */
const WHO = '(?:gent(?:lemen|leman|s)?|m[ae]n|guys|clients?)';
const AGE = '(?:2[2-9]|[3-7]\\d)';
/** A number glued to a word ("blocked25yrs", "loading...40+") counts; a price ("$25", "150", "1.25") not. */
const NUM = `(?<![\\d$,]|\\d\\.)${AGE}`;
const UP = '(?:and|&) ?(?:over|older|up|above)\\b(?! for)';
/** Exported for tests/unit/client-age.test.ts: the window search must equal a whole-text search. */
export const CLIENT_AGE = new RegExp(
  [
    // "gentlemen 30+", "gents aged 35 and up", "men over 30 years and up"
    // not a review count glued on ("523+Happy Clients73+5-Star")
    `\\b${WHO} ?(?:aged? |over )?${AGE} ?(?:\\+(?!\\d)|(?:yrs?|years?)? ?(?:old ?)?${UP})`,
    // "gent over 30", "men over 40 please"; not "men over 30 years" (a span of time)
    `\\b${WHO} over ${AGE}\\b(?!\\.\\d| ?%| ?(?:years?|yrs?)\\b(?! ?(?:old|of age)))`,
    `\\bages ${AGE} ?(?:to|-) ?${AGE}\\b`,
    // "30+ only", "40+ please", "40+mature men", "30years + gents only", "25yrs old and over"
    `${NUM} ?(?:yrs?|years?)? ?\\+ ?(?:mature ?)?(?:only|please|pls|gent|men\\b|guys)`,
    `${NUM} ?(?:yrs?|years?|yo|y\\.o\\.) ?(?:old ?)?(?:and|&) ?(?:over|older|up|above)`,
    // "please be 30 and up"
    `\\bbe ${AGE} ?${UP}`,
    `${NUM} ?${UP} (?:only|please)`,
    // "anyone under the age of 26", "no men under 40", "please be over age 40", "must be 25+"
    `\\b(?:(?:no ?one|anyone|(?:no )?${WHO}) under|(?:under|over) (?:the )?age(?: of)?) ?${AGE}\\b`,
    `\\bmust be (?:at least |over )?${AGE} ?(?:\\+|yo\\b|yrs?\\b|years?\\b)`,
    // "I have a minimum age requirement of 30 years", "age limit of 35" ("of" is a LEAD word)
    `\\bage (?:requirement|limit) of ${AGE}\\b`,
    // "i ask that you be over 35 please"; not "be over 30 minutes" or "… years"
    `\\bbe over ${AGE}\\b(?! ?(?:y|mi|%))`,
    // sv, nb, da: "menn over 35", "män som är över 30", "för dig över 40+" (a plus: no senior offer)
    `(?:\\bmän|\\bmenn|\\bmænd|\\bherr(?:ar|er)) (?:som (?:är|er) )?(?:över|over) ${AGE}\\b`,
    `(?:för dig|for de[gi]) (?:som (?:är|er) )?(?:över|over) ${AGE} ?\\+`,
  ].join('|'),
  'gi',
);

/**
 * Every rule holds an age (22–79) with no digit on either side, at most 24 characters after the
 * rule's start, and the expression reads at most about 45 characters past that age. So only a
 * window around each such number is searched (engine speed: tried at every character of every
 * ad, the expression took 7% of a scan), and the answer equals a search of the whole text
 * (tests/unit/client-age.test.ts proves it on real ads and random text). The numbers come from
 * the digits the normaliser noted, not from a search of the text (engine speed, perf68).
 */
const BEFORE = 24;
const AFTER = 64;
/** Characters the expression's lookbehinds and boundaries read before a start. */
const CONTEXT = 4;
/** The words right before a rule's first age when no "+", years or "and over" follows it. */
const LEAD = /(?:over|över|under|age[ds]?|of|be|least) ?$/i;

/** The offsets of the first client age rule in `text`, or null; `dig`: its ASCII digits' offsets. */
export function clientAge(
  text: string,
  { dig, nd }: Pick<Normalized, 'dig' | 'nd'>,
): [number, number] | null {
  let done = 0; // every start before this offset is ruled out
  for (let k = 0; k + 1 < nd; k++) {
    if (digitRun(dig, nd, k) !== 2) continue; // two digits exactly, 22–79
    const at = dig[k]!;
    const age = text.charCodeAt(at) * 10 + text.charCodeAt(at + 1) - 528;
    if (age < 22 || age > 79) continue;
    // Every rule has "+", "y(rs)", "o(ld)", "a(nd)" or "&" after its first age, or "over",
    // "under", "age(d, s)", "of", "be" or "least" before it: prices and times ("60 min") skip
    // the window (engine speed, perf68).
    let j = at + 2;
    if (text.charCodeAt(j) === 32) j++;
    const next = text.charCodeAt(j) | 32;
    if (next !== 43 && next !== 121 && next !== 111 && next !== 97 && next !== 38)
      if (!LEAD.test(text.slice(Math.max(0, at - 7), at))) continue;
    const lo = Math.max(done, at - BEFORE);
    const from = Math.max(0, lo - CONTEXT);
    const window = text.slice(from, at + AFTER);
    CLIENT_AGE.lastIndex = lo - from;
    const m = CLIENT_AGE.exec(window);
    if (m && m.index + from <= at) return [m.index + from, m.index + from + m[0].length];
    done = at + 1;
  }
  return null;
}
