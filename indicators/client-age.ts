/**
 * A client age rule in an escort or massage ad ("gentlemen 30+ only", "40+ please", "25yrs old and
 * over", "I don't see anyone under the age of 26", "ages 28 to 80", "must be over 20yo"): a client
 * exclusion, `restricted` like "no black men", as real-dev's labels read it (rd-005, rd-027) and
 * every blind round's helpers did (POLICY-LOG.md, detect49). Ages 20–79 only: "18+" and "over 18"
 * are the law, and "18 and over" a youth-benign phrase.
 */
const WHO = '(?:gent(?:lemen|leman|s)?|men|guys|clients?)';
const AGE = '[2-7]\\d';
const UP = '(?:yrs?|years?)? ?(?:old ?)?(?:and|&) ?(?:over|older|up|above)\\b(?! for)';
const CLIENT_AGE = new RegExp(
  [
    // "gentlemen 30+", "men over 40", "gents aged 35 and up", "ages 28 to 80"
    `\\b${WHO} ?(?:aged? |over )?${AGE} ?(?:\\+|${UP})`,
    `\\bages ${AGE} ?(?:to|-) ?${AGE}\\b`,
    // "30+ only", "40+ please", "30+gentlemen", "35 years old and over only"
    `\\b${AGE} ?\\+ ?(?:only|please|pls|gent)`,
    `\\b${AGE} ?${UP}(?: only| please|[.!,])`,
    // "anyone under the age of 26", "must be over 20yo", "must be 21+"
    `\\b(?:under|over) the age of ${AGE}\\b`,
    `\\bmust be (?:at least |over )?${AGE} ?(?:\\+|yo\\b|yrs?\\b|years?\\b)`,
  ].join('|'),
  'i',
);

/** The offsets of the first client age rule in `text`, or null. */
export function clientAge(text: string): [number, number] | null {
  const m = CLIENT_AGE.exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}
