/**
 * Per-character folding: NFKC, lower case, accents stripped (æøåäöü kept), Cyrillic/Greek
 * look-alikes to Latin. Results are cached in flat tables so the hot loop is two array reads.
 */
import { CONFUSABLES } from './confusables';

/** Character classes. Plain numbers (not an enum) so every bundler inlines them. */
export const UNSEEN = 0,
  LETTER = 1,
  DIGIT = 2,
  SPACE = 3,
  CLAUSE = 4,
  SKIP = 5,
  SYMBOL = 6,
  LEET = 7,
  MULTI_CH = 8,
  HIGH = 9;

/** Class of each UTF-16 code unit, computed on first sight. */
export const CLS = new Uint8Array(65536);
/** Folded code unit for Letter/Digit/Leet/Symbol classes. */
export const FOLD = new Uint16Array(65536);
/** Expansions for code units that fold to several characters (ligatures, ①). */
export const MULTI = new Map<number, string>();

const CONF = new Map<string, string>();
for (let i = 0; i < CONFUSABLES.length; i += 2) CONF.set(CONFUSABLES[i]!, CONFUSABLES[i + 1]!);
// Symbols ads write as letters ("ExOti©", "H℮R℮", "ðaty"), which Unicode's confusables list lacks;
// iota is an "i" there ("ιηdεpεηdεηт"), not the list's "l".
CONF.set('©', 'c').set('℮', 'e').set('ι', 'i').set('ð', 'd');
// Dingbat circled digits ("➋➍/➆"), which NFKC leaves alone (unlike "②").
for (const start of [0x2776, 0x2780, 0x278a])
  for (let d = 1; d <= 9; d++) CONF.set(String.fromCharCode(start + d - 1), String(d));

const KEEP = 'æøåäöü';
const LEET_SYMBOLS = '@$!|';
const CLAUSE_RE = /[.,;:!?()[\]{}"«»…]/;

/** Folds one character (or astral code point) to a string of plain characters. */
export function foldString(ch: string): string {
  let out = '';
  for (const c of ch.normalize('NFKC').toLowerCase()) {
    const base = KEEP.includes(c) ? c : c.normalize('NFD').replace(/\p{M}/gu, '');
    out += base.length === 1 ? (CONF.get(base) ?? base) : base;
  }
  return out;
}

// The Georgian letter "ღ" is a heart between words in ads ("gfeღbbbj"), never a letter here.
const DECOR = 'ღ';

function classOfChar(ch: string): number {
  if (DECOR.includes(ch)) return SPACE;
  if (/\p{L}/u.test(ch)) return LETTER;
  if (/[0-9]/.test(ch)) return DIGIT;
  if (/\p{N}/u.test(ch)) return LETTER;
  if (LEET_SYMBOLS.includes(ch)) return LEET;
  if (CLAUSE_RE.test(ch)) return CLAUSE;
  if (/[\p{Z}\p{P}\s+<>=^`~\\|/*#%&_-]/u.test(ch) || ch < ' ') return SPACE;
  return SYMBOL;
}

/** Computes and caches the class of a BMP code unit. */
export function classify(code: number): number {
  const cached = CLS[code]!;
  if (cached !== UNSEEN) return cached;
  let k: number;
  if (code >= 0xd800 && code <= 0xdbff) k = HIGH;
  else if (code >= 0xdc00 && code <= 0xdfff) k = SYMBOL;
  else if (
    /^[\p{M}\p{Cf}\u00ad]$/u.test(String.fromCharCode(code)) ||
    (code >= 0xfe00 && code <= 0xfe0f)
  )
    k = SKIP;
  else {
    const f = foldString(String.fromCharCode(code));
    if (f.length === 0) k = SKIP;
    else if (f.length > 1) {
      k = MULTI_CH;
      MULTI.set(code, f);
    } else {
      k = classOfChar(f);
      FOLD[code] = f.charCodeAt(0);
    }
  }
  if (k === SYMBOL) FOLD[code] = code;
  CLS[code] = k;
  return k;
}

const ASTRAL = new Map<number, string>();
/** Enclosed letters of "fancy text" ("🅾🅽🅻🆈 🆁🅴🅰🅻", "🄡🄔🄐🄛"): bracketed, negative circled and
 * negative squared A–Z, which NFKC wraps in brackets or leaves alone (it folds squared "🄰" itself;
 * round 114). */
const ENCLOSED_AZ = [0x1f110, 0x1f150, 0x1f170];
/** Folds an astral code point: maths and enclosed letters become ASCII, emoji stay themselves. */
export function foldAstral(cp: number): string {
  let f = ASTRAL.get(cp);
  if (f === undefined) {
    const az = ENCLOSED_AZ.find((s) => cp >= s && cp < s + 26);
    f = az === undefined ? foldString(String.fromCodePoint(cp)) : String.fromCharCode(cp - az + 97);
    ASTRAL.set(cp, f);
  }
  return f;
}

const LEET_MAP: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
};
Object.assign(LEET_MAP, { '@': 'a', $: 's', '!': 'i', '|': 'l' });
/** Letter a leet character stands for, or 0. */
export const LEET_OF = new Uint16Array(128);
for (const [k, v] of Object.entries(LEET_MAP)) LEET_OF[k.charCodeAt(0)] = v.charCodeAt(0);

for (let c = 0; c < 0x250; c++) classify(c);

/** True for normalised letters and digits (word characters for boundaries). */
export function isWord(code: number): boolean {
  const k = CLS[code] || classify(code);
  return k === LETTER || k === DIGIT;
}

// Keep the class numbers above in sync with the copies in normalize.ts, norm-rare.ts, norm-state.ts.
if (
  LETTER !== 1 ||
  DIGIT !== 2 ||
  SPACE !== 3 ||
  CLAUSE !== 4 ||
  SKIP !== 5 ||
  LEET !== 7 ||
  MULTI_CH !== 8 ||
  HIGH !== 9
)
  throw new Error('char-class numbers changed');
