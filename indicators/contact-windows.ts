/**
 * Cheap checks that keep the phone and e-mail expressions (contacts.ts) off text that cannot
 * hold a contact: most ads have a price, a year or a street number, few have a phone number.
 */

/** Number words (en, nb, sv, da) a phone number may be spelled with, grouped by digit. */
export const NUMBER_WORDS =
  'zero null noll nul|one en ett et én|two to två|three tre|four fire fyra|five fem|six seks sex|seven sju syv|eight åtte åtta otte|nine ni nio';

// ASCII number words as numbers (5 bits a letter), for a lookup without slicing the text.
const ASCII_WORDS = new Set<number>();
for (const w of NUMBER_WORDS.split(/[| ]/))
  if (/^[a-z]+$/.test(w))
    ASCII_WORDS.add([...w].reduce((k, ch) => k * 32 + ch.charCodeAt(0) - 96, 0));

const LETTER = 1,
  SPACE = 2,
  OTHER = 3,
  DIGIT = 4,
  ASTRAL = 5;
// Code units as the phone expression sees them (\p{L}, \s, [.\-()/], \d), filled on first sight.
const KIND = new Uint8Array(65536);
function kindOf(c: number): number {
  let k = KIND[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff) k = ASTRAL;
    else if (c >= 48 && c <= 57) k = DIGIT;
    else if (/\p{L}/u.test(ch)) k = LETTER;
    else k = /[\s.\-()/]/.test(ch) ? SPACE : OTHER;
    KIND[c] = k;
  }
  return k;
}

/** An emoji (U+1F000–1FAFF: symbols, never letters) starts at i. */
const emojiAt = (t: string, i: number) => {
  const cp = t.codePointAt(i)!;
  return cp >= 0x1f000 && cp <= 0x1faff;
};

/** Whether the letters t[i, j) may be a number word (any short word with a non-ASCII letter may). */
function numberWord(t: string, i: number, j: number): boolean {
  if (j - i > 5) return false;
  let k = 0;
  for (let x = i; x < j; x++) {
    const c = t.charCodeAt(x);
    if (c >= 128) return true;
    k = k * 32 + (c | 0x20) - 96;
  }
  return ASCII_WORDS.has(k);
}

/** Where the chain last measured by chainUnits starts and ends. */
let chainStart = 0;
let chainEnd = 0;

/**
 * Units (digits, number words at most 3 separators apart) in the chain through the digit at p,
 * within [a, b): the phone expression needs 8 in a row, 2 of them digits, so a digit whose chain
 * is shorter cannot be part of a phone number. Returns 99 when astral text makes it unclear.
 */
function chainUnits(t: string, a: number, b: number, p: number): number {
  let units = 1;
  chainStart = p;
  for (let q = p; ;) {
    let gap = 0;
    for (; q > a && gap < 4 && kindOf(t.charCodeAt(q - 1)) === SPACE; q--) gap++;
    if (gap === 4 || q === a) break;
    const k = kindOf(t.charCodeAt(q - 1));
    if (k === ASTRAL) {
      if (q - 2 >= a && emojiAt(t, q - 2)) break;
      return 99;
    }
    if (k === DIGIT) q--;
    else if (k === LETTER) {
      const end = q;
      while (q > a && kindOf(t.charCodeAt(q - 1)) === LETTER) q--;
      if (q > a && kindOf(t.charCodeAt(q - 1)) === ASTRAL && !(q - 2 >= a && emojiAt(t, q - 2)))
        return 99;
      if (!numberWord(t, q, end)) break;
    } else break;
    units++;
    chainStart = q;
  }
  chainEnd = p + 1;
  for (let q = p + 1; ;) {
    let gap = 0;
    for (; q < b && gap < 4 && kindOf(t.charCodeAt(q)) === SPACE; q++) gap++;
    if (gap === 4 || q === b) break;
    const k = kindOf(t.charCodeAt(q));
    if (k === ASTRAL) {
      if (emojiAt(t, q)) break;
      return 99;
    }
    if (k === DIGIT) q++;
    else if (k === LETTER) {
      const start = q;
      while (q < b && kindOf(t.charCodeAt(q)) === LETTER) q++;
      if (q < b && kindOf(t.charCodeAt(q)) === ASTRAL && !emojiAt(t, q)) return 99;
      if (!numberWord(t, start, q)) break;
    } else break;
    units++;
    chainEnd = q;
  }
  return units;
}

/** Positions of the ASCII digits in t, into `out`; returns how many. */
export function digitsOf(t: string, out: Int32Array): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) out[n++] = i;
  }
  return n;
}

/** Seven spelled-out digits ("five five five - zero one two eight") fit in 60 characters. */
const REACH = 60;

/**
 * Stretches of text around runs of digits (digits at most 16 apart, 2 or more), widened to
 * whitespace REACH characters out so spelled-out digits join in: [a0, b0, a1, b1, …]. The phone
 * expression reads each on its own. `dig` holds the positions of the ASCII digits in t.
 */
export function digitWindows(t: string, dig: Int32Array, nd: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < nd;) {
    let j = i + 1;
    while (j < nd && dig[j]! - dig[j - 1]! <= 16) j++;
    if (j - i >= 2) {
      let a = Math.max(0, dig[i]! - REACH);
      while (a > 0 && t.charCodeAt(a - 1) > 32) a--;
      let b = Math.min(t.length, dig[j - 1]! + REACH + 1);
      while (b < t.length && t.charCodeAt(b) > 32) b++;
      if (out.length > 0 && out[out.length - 1]! >= a) out[out.length - 1] = b;
      else out.push(a, b);
    }
    i = j;
  }
  return out;
}

/**
 * Where the phone expression can match, as stretches [s0, e0, s1, e1, …] for it to read one by
 * one: a match is 8 units in a row, so it lies inside one chain of 8 units or more through a
 * digit of a window (one with fewer than 2 digits is no phone number). Each chain comes with one
 * character on each side: a '+' before it, and what the expression's look-behind and look-ahead
 * see; so it reads a chain as it reads the chain's window. A window with unclear astral text is
 * read whole. tests/unit/contacts-regions.test.ts holds this to reading every window whole.
 */
export function phoneRegions(t: string, dig: Int32Array, nd: number): number[] {
  const win = digitWindows(t, dig, nd);
  const out: number[] = [];
  for (let k = 0, d = 0; k < win.length; k += 2) {
    const a = win[k]!;
    const b = win[k + 1]!;
    const first = out.length;
    for (let seen = a; d < nd && dig[d]! < b; d++) {
      if (dig[d]! < seen) continue; // digits inside the last chain have the same chain
      const units = chainUnits(t, a, b, dig[d]!);
      if (units === 99) {
        out.length = first; // the whole window
        out.push(a, b);
        while (d < nd && dig[d]! < b) d++;
        break;
      }
      if (units >= 8) out.push(Math.max(a, chainStart - 1), Math.min(b, chainEnd + 1));
      seen = chainEnd;
    }
  }
  return out;
}
