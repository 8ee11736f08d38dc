/**
 * From hits to findings: cues that count in the ad's context, minus the ones a negation
 * cancels and the ones inside a longer cue of the same category.
 * Works on typed arrays (a few entries per ad), so an ad costs no Set, Map or string key.
 */
import { IND, NEG, SCOPE_AD, SCOPE_SPAN, type Compiled } from './compile';
import type { Hits } from './matcher';
import type { Normalized } from './normalize';
import { CATEGORIES, type Category } from './types';

/** How far (in normalised characters) a "no"/"ikke" reaches forward in its clause. */
const NEG_REACH = 24;
/**
 * Cues a "no" cancels only right after it ("no young girls", "not 24/7"): in unpunctuated real
 * ads "no" ends its own item ("NO BLOCKED CALLS TEXT ONLY", "no rush young and sweet"). Services
 * and control keep the clause ("no sex without a condom", "I don't have a driver").
 */
const ADJACENT = (
  ['ethnicity', 'movement', 'restricted', 'trust-language', 'youth'] as Category[]
).reduce((m, c) => m | (1 << CATEGORIES.indexOf(c)), 0);

/** Whether only separators (no letter or digit) lie in buf[from, to). */
function onlySeparators(norm: Normalized, from: number, to: number): boolean {
  const b = norm.buf;
  for (let j = from; j < to; j++) {
    const ch = b[j]!;
    if ((ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57) || ch >= 128) return false;
  }
  return true;
}

/** Whether buf[f…] is "no ", "not " or "non ": a cue that is itself a refusal ("🚫No aa", "❌ no
 * fakes"), which a refusal mark right before it repeats, not negates. */
function refusal(norm: Normalized, f: number): boolean {
  const b = norm.buf;
  if (b[f] !== 110 || b[f + 1] !== 111) return false;
  const k = b[f + 2] === 116 || b[f + 2] === 110 ? f + 3 : f + 2;
  return b[k] === 32;
}

/** Scratch for one scan: spans as (row, from, to), a live flag each, and sort orders. */
export class Spans {
  p = new Int32Array(16);
  from = new Int32Array(16);
  to = new Int32Array(16);
  live = new Uint8Array(16);
  order = new Int32Array(16);
  n = 0;
  push(p: number, from: number, to: number): void {
    if (this.n === this.p.length) {
      const g = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.p = g(this.p);
      this.from = g(this.from);
      this.to = g(this.to);
      this.live = g(this.live);
      this.order = g(this.order);
    }
    this.p[this.n] = p;
    this.from[this.n] = from;
    this.to[this.n] = to;
    this.live[this.n++] = 1;
  }
}

/**
 * Sorts order[0, k) by `cmp` (a total order): insertion sort for the few spans of most ads,
 * the built-in O(k log k) sort beyond that, so a huge ad stays near-linear (issue 19).
 */
export function sortOrder(order: Int32Array, k: number, cmp: (x: number, y: number) => number) {
  if (k > 24) {
    order.subarray(0, k).sort(cmp);
    return;
  }
  for (let i = 1; i < k; i++) {
    const x = order[i]!;
    let j = i;
    for (; j > 0 && cmp(order[j - 1]!, x) > 0; j--) order[j] = order[j - 1]!;
    order[j] = x;
  }
}

/** Fills `sp` with the spans that survive, in hit order. Linear in hits (issue 19): hits come
 * ordered by end (then longest first), so every lookup below is a sweep or a binary search.
 * `gate`: contexts (as bits) whose cues count. */
export function select(
  c: Compiled,
  text: string,
  norm: Normalized,
  hits: Hits,
  gate: number,
  sp: Spans,
): void {
  const { kind, mask } = c;
  const a = hits.a;
  const end = hits.n * 3;
  sp.n = 0;
  let negs = false;
  let maxLen = 0;
  for (let h = 0; h < end; h += 3) {
    const p = a[h]!;
    if (kind[p] === NEG) negs = true;
    else if (kind[p] === IND && (mask[p]! & gate) !== 0) {
      sp.push(p, a[h + 1]!, a[h + 2]!);
      maxLen = Math.max(maxLen, a[h + 2]! - a[h + 1]!);
    }
  }
  if (sp.n === 0) return;
  if (negs) negate(c, text, norm, hits, sp, maxLen);
  dropInner(c, sp);
}

/** Index of the first span whose end is greater than `x` (ends never decrease). */
function firstEndAfter(to: Int32Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (to[m]! > x) hi = m;
    else lo = m + 1;
  }
  return lo;
}

/** Whether the word "yes" starts at `i` (after a separator, before a non-letter). */
function isYes(norm: Normalized, i: number): boolean {
  const b = norm.buf;
  if (b[i] !== 121 || b[i + 1] !== 101 || b[i + 2] !== 115 || i + 2 >= norm.n || i === 0)
    return false;
  const before = b[i - 1]!;
  const after = i + 3 < norm.n ? b[i + 3]! : 32;
  return (before < 97 || before > 122) && (after < 97 || after > 122);
}

/** Whether "i do" starts a new clause at `i` ("no service under 60 i do bbbj"); not "i do not". */
function isIDo(norm: Normalized, i: number): boolean {
  const b = norm.buf;
  if (i === 0 || i + 5 >= norm.n || b[i] !== 105 || b[i + 1] !== 32 || b[i + 2] !== 100)
    return false;
  if (b[i + 3] !== 111 || b[i + 4] !== 32 || (b[i - 1]! >= 97 && b[i - 1]! <= 122)) return false;
  return !(i + 7 < norm.n && b[i + 5] === 110 && b[i + 6] === 111 && b[i + 7] === 116);
}

/** "won't do: greek and bareback", 'if you need " cim, bbfs"': a colon or an opening quote right
 * after a negation opens its list, not a clause. */
function listOpens(text: string, norm: Normalized, ht: number): boolean {
  return norm.buf[ht] === 46 && /^ *[:"]/.test(text.slice(norm.en[ht - 1]!));
}

/** "I do not offer oral without (OWO)": a bracketed short code right after the refused words
 * glosses them, so the refusal reads into it; "no kissing (BBFS ok)" is no gloss (detect107). */
function glossOpens(text: string, norm: Normalized, at: number): boolean {
  const i = norm.en[at - 1]!; // at > 0: a negation's words come before it
  return /^ ?\([a-z]{2,6}\)/i.test(text.slice(i, i + 10));
}

/**
 * Services a refusal lists with commas ("no greek, cim, cof"): the list goes on past them. Written
 * as the normaliser folds them ("grek", "kising"): calling normalizePattern here would pull the
 * normaliser into popover.js (+2.6 KB gzipped, measured).
 */
const SERVICE =
  /^ ?(?:a level|anal|bb|bbbj|bbfs|bj|cif|cim|cob|cof|daty|dfk|duos?|facials?|french|fs|gfe|grek|kising|pse|riming|swalowing|toys)$/;

/** Whether buf[item, stop) is one listed service and a comma follows it in the ad. */
function listGoesOn(text: string, norm: Normalized, item: number, stop: number): boolean {
  if (stop >= norm.n || norm.buf[stop] !== 46 || stop - item > 10 || stop === item) return false;
  if (text.charCodeAt(norm.en[stop - 1]!) !== 44) return false;
  return SERVICE.test(String.fromCharCode(...norm.buf.subarray(item, stop)));
}

/** Cancels the cues a negation reaches: the whole ad, its own span, or the next words. */
function negate(
  c: Compiled,
  text: string,
  norm: Normalized,
  hits: Hits,
  sp: Spans,
  maxLen: number,
): void {
  const { kind, code, mask } = c;
  const { from, to, live, n } = sp;
  const a = hits.a;
  const buf = norm.buf;
  let adCats = 0;
  // Backwards, so that a "no" idiom ("no limits bbbj", "no rush": a span negation with no
  // category) is seen before the "no" it starts, which then negates nothing.
  let idiom = -1;
  for (let h = hits.n * 3 - 3; h >= 0; h -= 3) {
    const p = a[h]!;
    if (kind[p] !== NEG) continue;
    const cats = mask[p]!;
    const hf = a[h + 1]!;
    const ht = a[h + 2]!;
    if (cats === 0) idiom = hf;
    if (code[p] === SCOPE_AD) {
      adCats |= cats;
    } else if (code[p] === SCOPE_SPAN) {
      // Overlaps [hf, ht): ends after hf and starts before ht; but a longer phrase that starts with
      // the span ("new to this area" past "new to this") is the lexicon's closer reading.
      for (let i = firstEndAfter(to, n, hf); i < n && to[i]! - maxLen < ht; i++)
        if (
          from[i]! < ht &&
          (from[i] !== hf || to[i]! <= ht) &&
          (cats & (1 << code[sp.p[i]!]!)) !== 0
        )
          live[i] = 0;
    } else if (hf !== idiom) {
      // Starts within NEG_REACH after the negation, with no full stop, "yes" or "i do" between, and
      // is not itself answered "yes": a service table without punctuation ("group sex no sex
      // toys yes oral without condom yes") gives each item its own answer.
      let stop = listOpens(text, norm, ht) ? ht + 1 : ht;
      let item = stop;
      let reach = ht + NEG_REACH;
      for (;;) {
        while (
          stop < reach &&
          stop < norm.n &&
          (buf[stop] !== 46 || glossOpens(text, norm, stop)) &&
          !isYes(norm, stop) &&
          !isIDo(norm, stop)
        )
          stop++;
        if (!listGoesOn(text, norm, item, stop)) break;
        item = ++stop;
        reach = stop + NEG_REACH;
      }
      if (stop === norm.n) stop = reach;
      for (let i = firstEndAfter(to, n, ht); i < n && to[i]! - maxLen <= reach; i++) {
        const f = from[i]!;
        if (
          f >= ht &&
          f <= stop &&
          (cats & (1 << code[sp.p[i]!]!)) !== 0 &&
          !isYes(norm, to[i]! + 1) &&
          ((ADJACENT & (1 << code[sp.p[i]!]!)) === 0 ||
            (onlySeparators(norm, ht, f) && !refusal(norm, f)))
        )
          live[i] = 0;
      }
    }
  }
  if (adCats !== 0)
    for (let i = 0; i < n; i++) if ((adCats & (1 << code[sp.p[i]!]!)) !== 0) live[i] = 0;
}

const NONE = 0x7fffffff;
/** Per category: the smallest start among live spans that end later; a stamp per group. */
const minFrom = new Int32Array(32);
const inGroup = new Int32Array(32);
let group = 0;

/**
 * Drops a cue inside a longer cue of the same category ("new girls" in "new girls every week");
 * the same span twice (a word in two languages' lists) keeps the first. A dropped cue still
 * hides shorter ones inside it. Sweeps from the last end backwards: within one end, hits run
 * longest first, so an earlier one of the same category contains a later one.
 */
function dropInner(c: Compiled, sp: Spans): void {
  const { code } = c;
  const { p, from, to, live, n } = sp;
  minFrom.fill(NONE);
  for (let g1 = n; g1 > 0;) {
    let g0 = g1 - 1;
    while (g0 > 0 && to[g0 - 1] === to[g1 - 1]) g0--;
    const stamp = ++group;
    for (let i = g0; i < g1; i++) {
      if (live[i] === 0) continue;
      const cat = code[p[i]!]!;
      if (minFrom[cat]! <= from[i]! || inGroup[cat] === stamp) live[i] = 2;
      inGroup[cat] = stamp;
    }
    for (let i = g0; i < g1; i++)
      if (live[i] !== 0) minFrom[code[p[i]!]!] = Math.min(minFrom[code[p[i]!]!]!, from[i]!);
    g1 = g0;
  }
  for (let i = 0; i < n; i++) if (live[i] === 2) live[i] = 0;
}

/**
 * Drops the live cues of backing rows whose backing categories (`backs`: a bit per category, its
 * own and any the lexicon names) have no other live cue.
 */
export function dropUnbacked(sp: Spans, backs: Uint16Array, code: Uint8Array): void {
  const { p, live } = sp;
  let cats = 0;
  for (let i = 0; i < sp.n; i++) if (live[i] && !backs[p[i]!]) cats |= 1 << code[p[i]!]!;
  for (let i = 0; i < sp.n; i++)
    if (live[i] && backs[p[i]!] && !(cats & backs[p[i]!]!)) live[i] = 0;
}
