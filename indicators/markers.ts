/**
 * Marker words: category-less lexicon entries (`*.our-words`, `*.stock-words`, …) and the rows of
 * "girls" and "ladies", whose hits let an expression run, so ads without them skip it (engine
 * speed, perf91–92); and the lists of a bio that those words open.
 */
import type { Row } from './compile';
import type { Spans } from './findings';
import type { Normalized } from './normalize';

/** "our" / "these": the agency voice (OUR in engine.ts). */
export const OUR_WORDS = 1;
/** "selection of", "range of" …: a house's stock of women (STOCK in engine.ts). */
export const STOCK_WORDS = 2;
/** "books", "movies" …: a list of favourites. */
export const FAVOURITE_WORDS = 4;
/** "food", "cuisine" …: a food list. */
export const FOOD_WORDS = 8;
/** "girls", "ladies" (any row of those terms): no "new … girls" or "3 sexy ladies" without them. */
export const GIRLS_WORDS = 16;
const BITS: Record<string, number> = {
  '.our-words': OUR_WORDS,
  '.stock-words': STOCK_WORDS,
  '.favourite-words': FAVOURITE_WORDS,
  '.food-words': FOOD_WORDS,
};

/** Per row, its marker bits (0 for all other rows). */
export const markerBits = (rows: readonly Row[]): Uint8Array =>
  Uint8Array.from(
    rows,
    (r) =>
      (BITS[r.entry.id.slice(r.entry.id.lastIndexOf('.'))] ?? 0) |
      (r.term === 'girls' || r.term === 'ladies' ? GIRLS_WORDS : 0),
  );

/**
 * A title in a list of favourites ("books: hamlet, pride and prejudice, lolita", "movies: coen
 * brothers, young poisoner's handbook"), up to the line's end or the next field's colon: no cue
 * (detect93: 13 false categories in dating bios of rounds 56–93, one expected found by a field
 * after "Music: dance Other hobbies:", which the colon keeps).
 */
const FAVOURITES =
  /\b(?:books|movies|films|music|bands|shows|tv|authors|favou?rites?)\s*:[^\n:]*$/i;
export function favourites(text: string, n: Normalized, sp: Spans): void {
  for (let i = 0; i < sp.n; i++)
    if (sp.live[i]) {
      const at = n.st[sp.from[i]!]!;
      if (FAVOURITES.test(text.slice(Math.max(0, at - 200), at))) sp.live[i] = 0;
    }
}

/** A dish down a food list ("food: indian. thai.", "cuisines: italian, thai, ethnic"): detect93. */
export const FOOD =
  /\b(?:foods?|cuisines?|dishes|restaurants?)\b:?\s+(?:[\p{L}']+[.,;:]?\s+){0,4}$/iu;
